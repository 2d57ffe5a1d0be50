package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.cli.light.LightOptions;
import dev.ccoin.cli.light.LightSession;
import dev.ccoin.cli.light.VerifiedBalance;
import dev.ccoin.core.types.Address;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin balance ADDR}: an account's balance and nonces at the node's head; with {@code --verify}, the balance
 * proven against the heaviest valid header chain ({@link VerifiedBalance}).
 */
@Command(name = "balance",
        mixinStandardHelpOptions = true,
        description = "Show an account's balance, nonce and pending nonce; with --verify, proven from genesis.")
public final class BalanceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Mixin
    private LightOptions light;

    @Parameters(index = "0", paramLabel = "ADDRESS", converter = AddressConverter.class,
            description = "the account (40 hex digits)")
    private Address address;

    @Override
    public Integer call() {
        if (light.verify(spec)) {
            try (LightSession session = light.open(spec, api.nodes(spec))) {
                return VerifiedBalance.run(session, address, spec.commandLine().getOut(), api.json());
            }
        }
        JsonNode account = api.client(spec).json("/accounts/" + address.toHex());
        if (api.json()) {
            Display.json(spec.commandLine().getOut(), account);
            return 0;
        }
        new Report()
                .add("address", account.path("address").asText())
                .add("balance", account.path("balance").asLong())
                .add("nonce", account.path("nonce").asLong())
                .add("pending nonce", account.path("pendingNonce").asLong())
                .add("at height", account.path("headHeight").asLong())
                .print(spec.commandLine().getOut());
        return 0;
    }
}
