package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.types.Address;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccoin balance ADDR}: an account's balance and nonces at the node's head. */
@Command(name = "balance",
        mixinStandardHelpOptions = true,
        description = "Show an account's balance, nonce and pending nonce.")
public final class BalanceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Parameters(index = "0", paramLabel = "ADDRESS", converter = AddressConverter.class,
            description = "the account (40 hex digits)")
    private Address address;

    @Override
    public Integer call() {
        JsonNode account = api.client(spec).get("/accounts/" + address.toHex());
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
