package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.TxLocation;
import dev.ccoin.core.keys.KeyProtection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxSendCommandTest {
    @TempDir
    static Path dir;

    private static TestNode node;
    private static Address plain;
    private static Address encrypted;
    private static Address recipient;

    @BeforeAll
    static void startNodeAndWallet() {
        node = TestNode.start(dir);
        plain = node.addToWallet(TestChain.funded(0), KeyProtection.none());
        encrypted = node.addToWallet(TestChain.funded(1), KeyProtection.password("correct horse".toCharArray()));
        recipient = TestChain.address(TestChain.funded(2));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String wallet() {
        return node.wallet().toString();
    }

    @Test
    void sendWithWaitSignsStampsSubmitsAndShowsTheIncludingBlock() {
        Account before = node.node().chain().headState().account(plain);

        Ccoin.Result result = node.run("tx", "send", "--from", plain.toHex(), "--to", recipient.toHex(),
                "--amount", "12", "--data", "for coffee", "--wait", "--data-dir", wallet());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("included in block");
        Hash32 hash = Hash32.parse(result.lines().get(0).replaceFirst("^sent\\s+", ""));
        TxLocation location = node.node().chain().transactionLocation(hash).orElseThrow();
        assertThat(result.out()).contains(location.blockHash().toHex());
        Transaction tx = node.node().chain().block(location.blockHash()).orElseThrow().transactions()
                .get(location.index());
        assertThat(tx.data().toUtf8()).isEqualTo("for coffee");
        assertThat(tx.to()).isEqualTo(recipient);
        assertThat(tx.nonce()).isEqualTo(before.nonce());
        assertThat(node.node().chain().headState().account(plain).balance()).isEqualTo(before.balance() - 12);
    }

    @Test
    void sendPrintsTheSubmissionAsJsonForScripts() throws IOException {
        Ccoin.Result result = node.run("tx", "send", "--from", plain.toHex(), "--to", recipient.toHex(),
                "--amount", "1", "--json", "--data-dir", wallet());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode submitted = new ObjectMapper().readTree(result.out());
        assertThat(submitted.get("hash").asText()).hasSize(64);
        assertThat(submitted.get("status").asText()).isEqualTo("pending");
    }

    @Test
    void encryptedKeyIsUnlockedWithItsPassword() {
        Ccoin.Result result = node.run(new Ccoin().env("CCOIN_PASSWORD", "correct horse"), "tx", "send",
                "--from", encrypted.toHex(), "--to", recipient.toHex(), "--amount", "2", "--data-dir", wallet());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("pending");
    }

    @Test
    void wrongPasswordFailsNamingTheKeyFile() {
        Ccoin.Result result = node.run(new Ccoin().env("CCOIN_PASSWORD", "wrong"), "tx", "send",
                "--from", encrypted.toHex(), "--to", recipient.toHex(), "--amount", "2", "--data-dir", wallet());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("wrong password", encrypted.toHex());
    }

    @Test
    void overspendingIsRefusedWithTheNodesReasonCode() {
        Ccoin.Result result = node.run("tx", "send", "--from", plain.toHex(), "--to", recipient.toHex(),
                "--amount", Long.toString(10 * TestChain.FUNDS), "--data-dir", wallet());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: INSUFFICIENT_BALANCE");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void senderOutsideTheKeystoreFails() {
        Address stranger = TestChain.address(TestKeys.get(3));

        Ccoin.Result result = node.run("tx", "send", "--from", stranger.toHex(), "--to", recipient.toHex(),
                "--amount", "1", "--data-dir", wallet());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no key for " + stranger);
    }

    @Test
    void zeroAmountIsAUsageError() {
        Ccoin.Result result = node.run("tx", "send", "--from", plain.toHex(), "--to", recipient.toHex(),
                "--amount", "0", "--data-dir", wallet());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--amount");
    }

    @Test
    void malformedAddressIsAUsageError() {
        Ccoin.Result result = node.run("tx", "send", "--from", plain.toHex(), "--to", "not-an-address",
                "--amount", "1", "--data-dir", wallet());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("40 hex digits");
    }

    @Test
    void missingRecipientIsAUsageError() {
        Ccoin.Result result = node.run("tx", "send", "--from", plain.toHex(), "--amount", "1", "--data-dir", wallet());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--to");
    }

    @Test
    void nodeThatIsDownIsOneLineAndExitCodeOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Ccoin.Result result = new Ccoin().run("tx", "send", "--from", plain.toHex(), "--to", recipient.toHex(),
                "--amount", "1", "--data-dir", wallet(), "--api", "http://127.0.0.1:" + closedPort);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("cannot reach the node API at http://127.0.0.1:" + closedPort);
    }
}
