package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccoin status}: who the node is, its chain, head, sync state, peers, pool and mining. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        description = "Show a node's status: identity, chain, head, sync, peers, pool and mining.")
public final class StatusCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Override
    public Integer call() {
        JsonNode status = api.client(spec).json("/status");
        if (api.json()) {
            Display.json(spec.commandLine().getOut(), status);
            return 0;
        }
        JsonNode head = status.path("head");
        JsonNode sync = status.path("sync");
        JsonNode pool = status.path("pool");
        JsonNode mining = status.path("mining");
        String syncText = sync.path("state").asText();
        if ("SYNCING".equals(syncText)) {
            syncText += " " + sync.path("currentHeight").asLong() + "/" + sync.path("targetHeight").asLong()
                    + " blocks, " + Math.round(sync.path("blocksPerSecond").asDouble()) + " blocks/s";
        }
        new Report()
                .add("node", status.path("type").asText() + " " + (status.path("nodeId").isTextual()
                        ? status.path("nodeId").asText() : "(no node key)"))
                .add("network", status.path("networkId").asLong())
                .add("genesis", status.path("genesisHash").asText())
                .add("head", head.path("height").asLong() + " " + head.path("hash").asText())
                .add("head time", Display.time(head.path("timestamp").asLong()))
                .add("total work", head.path("totalWork").asText())
                .add("sync", syncText)
                .add("peers", status.path("peerCount").asInt())
                .add("pool", pool.path("pending").asInt() + " pending, " + pool.path("queued").asInt() + " queued")
                .add("mining", mining.path("enabled").asBoolean()
                        ? "on, " + Display.hashRate(mining.path("hashRate").asDouble()) : "off")
                .print(spec.commandLine().getOut());
        return 0;
    }
}
