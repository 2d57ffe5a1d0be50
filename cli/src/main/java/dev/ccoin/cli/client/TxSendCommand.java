package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.cli.options.PasswordOptions;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hex;
import dev.ccoin.client.wallet.Keystore;
import java.io.PrintWriter;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin tx send}: builds a transaction here and hands the node only the signed result. It unlocks the
 * sender's key from the keystore of {@code --data-dir}, asks the node for the chain's network id and stamp
 * difficulty ({@code /status}) and the sender's pending nonce ({@code /accounts/{from}}), signs, stamps the hashcash
 * postage, and submits the wire bytes. With {@code --wait} it polls the transaction until a block includes it and
 * shows that block.
 */
@Command(name = "send",
        mixinStandardHelpOptions = true,
        description = "Sign a transfer with a keystore key, stamp it and submit it to a node.")
public final class TxSendCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(250);

    @Spec
    private CommandSpec spec;

    @Mixin
    private ApiOptions api;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private PasswordOptions passwords;

    @Option(names = "--from", required = true, paramLabel = "ADDRESS", converter = AddressConverter.class,
            description = "the sender: an account in the keystore")
    private Address from;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", converter = AddressConverter.class,
            description = "the recipient")
    private Address to;

    @Option(names = "--amount", required = true, paramLabel = "N", description = "coins to move (at least 1)")
    private long amount;

    @Option(names = "--data", paramLabel = "TEXT", description = "text carried by the transaction (UTF-8)")
    private String data = "";

    @Option(names = "--wait", description = "wait until a block includes the transaction, and show it")
    private boolean await;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "how long --wait waits (default: ${DEFAULT-VALUE})")
    private long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (amount < 1) {
            throw new ParameterException(spec.commandLine(), "--amount must be at least 1, not " + amount);
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        ApiClient client = api.client(spec);
        KeyPair keys = unlock();
        JsonNode status = client.get("/status");
        long nonce = client.get("/accounts/" + from.toHex()).path("pendingNonce").asLong();
        UnsignedTransaction body = UnsignedTransaction.builder()
                .networkId(status.path("networkId").asLong())
                .nonce(nonce)
                .to(to)
                .amount(amount)
                .data(Bytes.utf8(data))
                .timestamp(System.currentTimeMillis())
                .senderKey(RsaKeys.encode(keys.getPublic()))
                .build();
        Transaction tx = body.sign(keys, status.path("transactionRules").path("workBits").asInt());
        JsonNode submitted = client.post("/transactions", Map.of("raw", Hex.encode(tx.encode())));
        PrintWriter out = spec.commandLine().getOut();
        if (!await) {
            if (api.json()) {
                Display.json(out, submitted);
            } else {
                new Report().add("sent", tx.hash().toHex())
                        .add("status", submitted.path("status").asText() + ", nonce " + nonce)
                        .print(out);
            }
            return 0;
        }
        JsonNode included = awaitInclusion(client, tx);
        if (api.json()) {
            Display.json(out, included);
        } else {
            new Report().add("sent", tx.hash().toHex())
                    .add("status", TransactionReport.status(included))
                    .add("nonce", nonce)
                    .print(out);
        }
        return 0;
    }

    private KeyPair unlock() {
        Keystore keystore = new Keystore(dataDir.dataDir());
        if (!keystore.contains(from)) {
            throw new CommandFailure("no key for " + from + " in " + keystore.directory()
                    + "; send from a keystore account, or give its --data-dir");
        }
        if (!keystore.isEncrypted(from)) {
            return keystore.unlock(from, null);
        }
        char[] password = passwords.forUnlock(keystore.privateKeyFile(from));
        try {
            return keystore.unlock(from, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private JsonNode awaitInclusion(ApiClient client, Transaction tx) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (true) {
            JsonNode view;
            try {
                view = client.get("/transactions/" + tx.hash().toHex());
            } catch (ApiCallException e) {
                if ("TRANSACTION_NOT_FOUND".equals(e.code())) {
                    throw new CommandFailure("the node no longer has transaction " + tx.hash()
                            + " (dropped from its pool); send it again");
                }
                throw e;
            }
            if ("included".equals(view.path("status").asText())) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                throw new CommandFailure("transaction " + tx.hash() + " is still " + view.path("status").asText()
                        + " after " + timeoutSeconds + " s; check later with: ccoin tx get " + tx.hash());
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
