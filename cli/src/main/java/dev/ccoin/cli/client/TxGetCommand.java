package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.cli.light.LightOptions;
import dev.ccoin.cli.light.LightSession;
import dev.ccoin.cli.light.VerifiedTransaction;
import dev.ccoin.core.types.Hash32;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin tx get HASH}: a transaction wherever the node has it — included, pending or queued; with
 * {@code --verify}, its inclusion proven against the heaviest valid header chain ({@link VerifiedTransaction}).
 */
@Command(name = "get",
        mixinStandardHelpOptions = true,
        description = "Show a transaction: its fields and whether it is included (in which block), pending or queued.")
public final class TxGetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Mixin
    private LightOptions light;

    @Parameters(index = "0", paramLabel = "HASH", converter = HashConverter.class,
            description = "the transaction hash (64 hex digits)")
    private Hash32 hash;

    @Override
    public Integer call() {
        if (light.verify(spec)) {
            try (LightSession session = light.open(spec, api.nodes(spec))) {
                return VerifiedTransaction.run(session, hash, spec.commandLine().getOut(), api.json());
            }
        }
        JsonNode tx = api.client(spec).json("/transactions/" + hash.toHex());
        if (api.json()) {
            Display.json(spec.commandLine().getOut(), tx);
        } else {
            TransactionReport.of(tx).print(spec.commandLine().getOut());
        }
        return 0;
    }
}
