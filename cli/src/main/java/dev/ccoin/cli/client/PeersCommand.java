package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccoin peers}: the node's connected peers, one per line. */
@Command(name = "peers",
        mixinStandardHelpOptions = true,
        description = "List a node's connected peers: node id, address, direction, head, connected since.")
public final class PeersCommand implements Callable<Integer> {
    private static final String ROW = "%-40s  %-21s  %-9s  %8s  %s%n";

    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Override
    public Integer call() {
        JsonNode peers = api.client(spec).json("/peers");
        PrintWriter out = spec.commandLine().getOut();
        if (api.json()) {
            Display.json(out, peers);
            return 0;
        }
        if (peers.path("peers").isEmpty()) {
            out.println("no peers connected");
        } else {
            out.printf(ROW, "NODE ID", "ADDRESS", "DIRECTION", "HEAD", "SINCE");
            for (JsonNode peer : peers.path("peers")) {
                out.printf(ROW, peer.path("nodeId").asText(),
                        peer.path("host").asText() + ":" + peer.path("port").asInt(),
                        peer.path("direction").asText(), peer.path("headHeight").asLong(),
                        Instant.ofEpochMilli(peer.path("since").asLong()));
            }
        }
        out.flush();
        return 0;
    }
}
