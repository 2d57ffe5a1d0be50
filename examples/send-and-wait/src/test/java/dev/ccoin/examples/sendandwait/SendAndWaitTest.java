package dev.ccoin.examples.sendandwait;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.client.tx.Receipt;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.core.keys.PrivateKeyPem;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.api.TestApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example against a real node on 127.0.0.1 and a free port, with an encrypted key in a real keystore. */
class SendAndWaitTest {
    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path dir;

    @Test
    void theExampleSendsWaitsAndPrintsTheReceipt() throws IOException {
        Path wallet = dir.resolve("wallet");
        Address from = importFunded(wallet);
        Address to = TestChain.address(TestKeys.get(24));
        try (TestApi node = TestApi.start(dir.resolve("node"))) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            Receipt receipt = SendAndWait.run(URI.create(node.server().url()), wallet, from, to, 42, PASSWORD,
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(receipt.amount()).isEqualTo(42);
            assertThat(node.node().chain().headState().account(to).balance()).isEqualTo(42);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("sent     " + receipt.transaction())
                    .contains("included in block " + receipt.blockHeight() + " " + receipt.blockHash());
        }
    }

    /** A funded key of the test chain, imported encrypted as {@code ccoin account import} does. */
    private Address importFunded(Path wallet) throws IOException {
        Files.createDirectories(wallet);
        Path pem = wallet.resolve("funded.pem");
        Files.writeString(pem, PrivateKeyPem.encode(TestChain.funded(0).getPrivate(), KeyProtection.none(),
                new SecureRandom()));
        Address address = new Keystore(wallet).importKey(pem, null, KeyProtection.password(PASSWORD));
        Files.delete(pem);
        return address;
    }
}
