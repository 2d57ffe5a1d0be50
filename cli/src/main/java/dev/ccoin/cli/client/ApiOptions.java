package dev.ccoin.cli.client;

import dev.ccoin.client.api.NodeClient;
import dev.ccoin.cli.light.NodeApi;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options every client command shares: {@code --api URL} (default {@code $CCOIN_API}, then
 * {@code http://127.0.0.1:8000}) and {@code --json} for the API's JSON instead of text. {@code --api} may be
 * repeated for the light client, which asks every node named. A plain option holder.
 */
public final class ApiOptions {
    @Option(names = "--api", paramLabel = "URL", defaultValue = "${env:CCOIN_API:-" + NodeClient.DEFAULT_URL + "}",
            description = "the node's API (default: $CCOIN_API or " + NodeClient.DEFAULT_URL + "); with --verify it "
                    + "may be given several times, and the heaviest valid chain among them is taken")
    private List<String> apis;

    @Option(names = "--json", description = "print the API's JSON answer, for scripts")
    private boolean json;

    public boolean json() {
        return json;
    }

    /** A client of the node at {@code --api}; a URL that is not http(s)://host[:port] is a usage error. */
    public NodeClient client(CommandSpec spec) {
        if (apis.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--api names one node here; several only with --verify");
        }
        return client(spec, apis.get(0));
    }

    /** Every node given with {@code --api}, in the order given, as the light client asks them. */
    List<NodeApi> nodes(CommandSpec spec) {
        return apis.stream().<NodeApi>map(api -> new ApiNode(client(spec, api))).toList();
    }

    private static NodeClient client(CommandSpec spec, String api) {
        try {
            URI uri = new URI(api.trim());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(api, "not an http(s) URL with a host");
            }
            return NodeClient.of(uri);
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(),
                    "--api must be the node's API URL, e.g. " + NodeClient.DEFAULT_URL + ", not \"" + api + "\"");
        }
    }
}
