package dev.ccoin.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.cli.options.PasswordOptions;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.tx.InclusionException;
import dev.ccoin.client.tx.InclusionFailure;
import dev.ccoin.client.tx.InclusionWait;
import dev.ccoin.client.tx.Sent;
import dev.ccoin.client.tx.TransactionSender;
import dev.ccoin.client.tx.Transfer;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin tx send}: builds a transaction here and hands the node only the signed result. It opens the sender's
 * {@link Wallet} in the keystore of {@code --data-dir}, and the library's {@link TransactionSender} asks the node for
 * the chain's network id and stamp difficulty ({@code /status}) and the sender's pending nonce
 * ({@code /accounts/{from}}), signs, stamps the hashcash postage on all cores, and submits the wire bytes. With
 * {@code --wait} it waits ({@link InclusionWait}) until a block includes the transaction and shows that block.
 */
@Command(name = "send",
        mixinStandardHelpOptions = true,
        description = "Sign a transfer with a keystore key, stamp it and submit it to a node.")
public final class TxSendCommand implements Callable<Integer> {
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
    public Integer call() {
        if (amount < 1) {
            throw new ParameterException(spec.commandLine(), "--amount must be at least 1, not " + amount);
        }
        if (timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        NodeClient client = api.client(spec);
        Wallet wallet = unlock();
        Sent sent;
        try (TransactionSender sender = TransactionSender.create(client, wallet)) {
            sent = sender.send(new Transfer(to, amount, Bytes.utf8(data)));
        }
        Transaction tx = sent.transaction();
        PrintWriter out = spec.commandLine().getOut();
        if (!await) {
            if (api.json()) {
                Display.json(out, submitted(tx, sent));
            } else {
                new Report().add("sent", tx.hash().toHex())
                        .add("status", sent.status() + ", nonce " + tx.nonce())
                        .print(out);
            }
            return 0;
        }
        awaitInclusion(client, tx);
        JsonNode included = client.json("/transactions/" + tx.hash().toHex());
        if (api.json()) {
            Display.json(out, included);
        } else {
            new Report().add("sent", tx.hash().toHex())
                    .add("status", TransactionReport.status(included))
                    .add("nonce", tx.nonce())
                    .print(out);
        }
        return 0;
    }

    /** The API's answer to the submission, {@code {hash, status}}. */
    private static JsonNode submitted(Transaction tx, Sent sent) {
        return Display.object().put("hash", tx.hash().toHex()).put("status", sent.status());
    }

    private Wallet unlock() {
        Keystore keystore = new Keystore(dataDir.dataDir());
        if (!keystore.contains(from)) {
            throw new CommandFailure("no key for " + from + " in " + keystore.directory()
                    + "; send from a keystore account, or give its --data-dir");
        }
        if (!keystore.isEncrypted(from)) {
            return Wallet.open(dataDir.dataDir(), from, null);
        }
        char[] password = passwords.forUnlock(keystore.privateKeyFile(from));
        try {
            return Wallet.open(dataDir.dataDir(), from, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void awaitInclusion(NodeClient client, Transaction tx) {
        try {
            InclusionWait.of(client).until(tx.hash(), Duration.ofSeconds(timeoutSeconds));
        } catch (InclusionException e) {
            if (e.reason() == InclusionFailure.TIMED_OUT) {
                throw new CommandFailure(e.getMessage() + "; check later with: ccoin tx get " + tx.hash());
            }
            throw new CommandFailure(e.getMessage());
        }
    }
}
