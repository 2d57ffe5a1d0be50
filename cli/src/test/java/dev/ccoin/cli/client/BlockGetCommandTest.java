package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.chain.TxLocation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockGetCommandTest {
    @TempDir
    static Path dir;

    private static TestNode node;
    private static Transaction tx;

    @BeforeAll
    static void startNodeWithATransactionInABlock() {
        node = TestNode.start(dir);
        tx = new TxBuilder(node.node().chain().params()).timestamp(System.currentTimeMillis()).build();
        assertThat(node.node().submitTransaction(tx).isAdmitted()).isTrue();
        Await.until(TestNode.DEADLINE, "inclusion", () -> node.node().chain().transactionLocation(tx.hash()).isPresent());
        node.awaitHeight(2);
        node.stopMining();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void blockByHeightShowsHeaderFactsAndTransactionHashes() {
        TxLocation location = node.node().chain().transactionLocation(tx.hash()).orElseThrow();

        Ccoin.Result result = node.run("block", "get", Long.toString(location.height()));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(location.blockHash().toHex(), "(in turn)", "  " + tx.hash().toHex())
                .containsPattern("transactions\\s+1");
    }

    @Test
    void latestIsTheHead() {
        Block head = node.node().chain().head().block();

        Ccoin.Result result = node.run("block", "get", "latest");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("block\\s+" + head.height()).contains(head.hash().toHex());
    }

    @Test
    void blockByHashAsJson() throws IOException {
        Block genesis = node.node().chain().blockAt(0).orElseThrow();

        Ccoin.Result result = node.run("block", "get", genesis.hash().toHex(), "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode block = new ObjectMapper().readTree(result.out());
        assertThat(block.get("height").asLong()).isZero();
        assertThat(block.get("hash").asText()).isEqualTo(genesis.hash().toHex());
    }

    @Test
    void blockBeyondTheHeadIsAOneLineFailure() {
        Ccoin.Result result = node.run("block", "get", "1000000");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: BLOCK_NOT_FOUND");
    }

    @Test
    void somethingThatNamesNoBlockIsAUsageError() {
        assertThat(node.run("block", "get", "yesterday").exitCode()).isEqualTo(2);
    }

    @Test
    void blockWithoutSubcommandIsAUsageError() {
        assertThat(new Ccoin().run("block").exitCode()).isEqualTo(2);
    }
}
