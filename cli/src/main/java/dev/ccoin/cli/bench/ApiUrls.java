package dev.ccoin.cli.bench;

import dev.ccoin.client.api.NodeClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The nodes a benchmark talks to, from {@code --api URL[,URL...]}: each an {@code http://host[:port]} node API base;
 * a trailing {@code /api/v1} (as {@code ccoin localnet} prints the URLs) is dropped. Immutable.
 */
record ApiUrls(List<URI> urls) {
    ApiUrls {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("--api needs at least one URL");
        }
        urls = List.copyOf(urls);
    }

    static ApiUrls parse(String text) {
        List<URI> urls = new ArrayList<>();
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(trimmed.replaceAll("/+$", "").replaceAll("/api/v1$", ""));
                if (!"http".equals(uri.getScheme()) || uri.getHost() == null
                        || !(uri.getPath() == null || uri.getPath().isEmpty())) {
                    throw new URISyntaxException(trimmed, "not http://host[:port]");
                }
                urls.add(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("--api takes node API URLs such as " + NodeClient.DEFAULT_URL
                        + ", comma-separated; not \"" + trimmed + "\"", e);
            }
        }
        return new ApiUrls(urls);
    }

    List<NodeClient> clients() {
        return urls.stream().map(NodeClient::of).toList();
    }

    int size() {
        return urls.size();
    }

    /** Picocli's hook: a bad list becomes a usage error (exit code 2). */
    static final class Converter implements ITypeConverter<ApiUrls> {
        @Override
        public ApiUrls convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
