package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ccoin block count}: the number of blocks, genesis included (head height + 1), as a bare number. */
@Command(name = "count",
        mixinStandardHelpOptions = true,
        description = "Print the number of blocks in the node's chain (head height + 1).")
public final class BlockCountCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Override
    public Integer call() {
        JsonNode count = api.client(spec).json("/blocks/count");
        // A bare number is both the text and the JSON form.
        spec.commandLine().getOut().println(count.asLong());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
