package dev.ccoin.node.api.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.TestApi;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxPoolApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static Transaction pending;
    private static Transaction queued;

    @BeforeAll
    static void startNodeWithTwoPendingAndOneQueuedTransaction() {
        api = TestApi.start(dataDir);
        api.stopMining();
        pending = api.tx().sender(TestChain.funded(1)).nonce(0).amount(9).build();
        queued = api.tx().sender(TestChain.funded(2)).nonce(3).build();
        for (Transaction tx : new Transaction[] {pending, api.tx().sender(TestChain.funded(1)).nonce(1).build(), queued}) {
            assertThat(api.node().submitTransaction(tx).isAdmitted()).isTrue();
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void poolShowsItsCountsAndEntries() {
        JsonNode pool = api.get("/txpool").json();

        assertThat(pool.get("pendingCount").asInt()).isEqualTo(2);
        assertThat(pool.get("queuedCount").asInt()).isEqualTo(1);
        assertThat(pool.get("pending")).hasSize(2);
        JsonNode entry = pool.get("pending").get(0);
        assertThat(entry.get("hash").asText()).isEqualTo(pending.hash().toHex());
        assertThat(entry.get("from").asText()).isEqualTo(pending.sender().toHex());
        assertThat(entry.get("to").asText()).isEqualTo(pending.to().toHex());
        assertThat(entry.get("amount").asLong()).isEqualTo(9);
        assertThat(entry.get("nonce").asLong()).isZero();
        assertThat(entry.get("arrivedAt").asLong()).isPositive();
        assertThat(pool.get("queued").get(0).get("hash").asText()).isEqualTo(queued.hash().toHex());
        assertThat(pool.get("queued").get(0).get("nonce").asLong()).isEqualTo(3);
    }

    @Test
    void limitCutsTheListsButNotTheCounts() {
        JsonNode pool = api.get("/txpool?limit=1").json();

        assertThat(pool.get("pending")).hasSize(1);
        assertThat(pool.get("pendingCount").asInt()).isEqualTo(2);
    }

    @Test
    void limitOutOfRangeIsABadRequest() {
        TestApi.Response response = api.get("/txpool?limit=0");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("BAD_PARAMETER");
    }
}
