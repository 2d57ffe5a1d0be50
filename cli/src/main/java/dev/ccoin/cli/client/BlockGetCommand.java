package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccoin block get N|HASH|latest}: a block's header, facts and transaction hashes. */
@Command(name = "get",
        mixinStandardHelpOptions = true,
        description = "Show a block by height, hash or 'latest'.")
public final class BlockGetCommand implements Callable<Integer> {
    private static final Pattern ID = Pattern.compile("latest|[0-9]{1,18}|(0[xX])?[0-9a-fA-F]{64}");

    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Parameters(index = "0", paramLabel = "N|HASH|latest", description = "a height, a block hash, or latest")
    private String id;

    @Override
    public Integer call() {
        if (!ID.matcher(id.trim()).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "a block is named by its height, its hash (64 hex digits) or latest, not \"" + id + "\"");
        }
        JsonNode block = api.client(spec).json("/blocks/" + id.trim());
        if (api.json()) {
            Display.json(spec.commandLine().getOut(), block);
            return 0;
        }
        Report report = new Report()
                .add("block", block.path("height").asLong() + (block.path("canonical").asBoolean() ? "" : " (side branch)"))
                .add("hash", block.path("hash").asText())
                .add("parent", block.path("parentHash").asText())
                .add("miner", block.path("miner").asText() + (block.path("inTurn").asBoolean() ? " (in turn)" : " (backup)"))
                .add("time", Display.time(block.path("timestamp").asLong()))
                .add("difficulty", block.path("difficulty").asInt())
                .add("nonce", block.path("nonce").asLong())
                .add("work", block.path("work").asText() + " (total " + block.path("totalWork").asText() + ")")
                .add("tx root", block.path("txRoot").asText())
                .add("state root", block.path("stateRoot").asText())
                .add("data", Display.data(block.path("data").asText()))
                .add("size", block.path("size").asInt() + " bytes")
                .add("transactions", block.path("transactionCount").asInt());
        block.path("transactions").forEach(tx -> report.item(tx.asText()));
        report.print(spec.commandLine().getOut());
        return 0;
    }
}
