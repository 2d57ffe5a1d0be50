package dev.ccoin.examples.sendandwait;

import dev.ccoin.client.api.NodeClient;
import dev.ccoin.client.tx.InclusionWait;
import dev.ccoin.client.tx.Receipt;
import dev.ccoin.client.tx.Sent;
import dev.ccoin.client.tx.TransactionSender;
import dev.ccoin.client.tx.Transfer;
import dev.ccoin.client.wallet.Wallet;
import dev.ccoin.core.types.Address;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * An application on the client library: opens a wallet in a data directory's keystore, sends coins, waits until a
 * block includes them, and prints the receipt.
 *
 * <pre>java -jar send-and-wait.jar API_URL DATA_DIR FROM TO AMOUNT</pre>
 *
 * The key's password comes from {@code CCOIN_PASSWORD} (none for a plain key file).
 */
public final class SendAndWait {
    private SendAndWait() {
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: send-and-wait API_URL DATA_DIR FROM TO AMOUNT");
            System.exit(2);
        }
        String password = System.getenv("CCOIN_PASSWORD");
        run(URI.create(args[0]), Path.of(args[1]), Address.parse(args[2]), Address.parse(args[3]),
                Long.parseLong(args[4]), password == null ? null : password.toCharArray(), System.out);
    }

    /** Sends {@code amount} from {@code from} (in {@code dataDir}'s keystore) to {@code to}; prints the receipt. */
    public static Receipt run(URI api, Path dataDir, Address from, Address to, long amount, char[] password,
            PrintStream out) {
        NodeClient node = NodeClient.of(api);
        Wallet wallet = Wallet.open(dataDir, from, password);
        try (TransactionSender sender = TransactionSender.create(node, wallet)) {
            Sent sent = sender.send(Transfer.of(to, amount));
            out.println("sent     " + sent.transaction().hash() + " (" + sent.status() + ")");
            Receipt receipt = InclusionWait.of(node).until(sent.transaction().hash(), Duration.ofMinutes(2));
            out.println("included in block " + receipt.blockHeight() + " " + receipt.blockHash()
                    + ", position " + receipt.index());
            out.println("moved    " + receipt.amount() + " from " + receipt.from() + " to " + receipt.to()
                    + ", nonce " + receipt.nonce());
            return receipt;
        }
    }
}
