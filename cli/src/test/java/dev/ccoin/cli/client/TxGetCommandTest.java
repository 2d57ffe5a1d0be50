package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.chain.TxLocation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxGetCommandTest {
    @TempDir
    static Path dir;

    private static TestNode node;
    private static Transaction included;
    private static Transaction pending;

    @BeforeAll
    static void startNodeWithAnIncludedAndAPendingTransaction() {
        node = TestNode.start(dir);
        TxBuilder builder = new TxBuilder(node.node().chain().params()).timestamp(System.currentTimeMillis());
        included = builder.amount(33).data(Bytes.utf8("rent")).build();
        assertThat(node.node().submitTransaction(included).isAdmitted()).isTrue();
        Await.until(TestNode.DEADLINE, "inclusion",
                () -> node.node().chain().transactionLocation(included.hash()).isPresent());
        node.stopMining();
        pending = builder.sender(TestChain.funded(1)).nonce(0).amount(4).data(Bytes.EMPTY).build();
        assertThat(node.node().submitTransaction(pending).isAdmitted()).isTrue();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void includedTransactionShowsItsBlockAndFields() {
        TxLocation location = node.node().chain().transactionLocation(included.hash()).orElseThrow();

        Ccoin.Result result = node.run("tx", "get", included.hash().toHex());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(
                "included in block " + location.height() + " " + location.blockHash(),
                "amount  33", "\"rent\"", included.sender().toHex());
    }

    @Test
    void pendingTransactionSaysSo() {
        Ccoin.Result result = node.run("tx", "get", "0x" + pending.hash().toHex().toUpperCase());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("status\\s+pending").contains("(none)");
    }

    @Test
    void jsonIsTheApiAnswer() throws IOException {
        Ccoin.Result result = node.run("tx", "get", included.hash().toHex(), "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("status").asText()).isEqualTo("included");
    }

    @Test
    void unknownTransactionIsAOneLineFailure() {
        Ccoin.Result result = node.run("tx", "get", "ab".repeat(32));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: TRANSACTION_NOT_FOUND");
    }

    @Test
    void malformedHashIsAUsageError() {
        assertThat(node.run("tx", "get", "xyz").exitCode()).isEqualTo(2);
    }
}
