package dev.ccoin.node.api.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.storage.StorageEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;

    @BeforeAll
    static void startNode() {
        api = TestApi.start(dataDir);
        api.awaitHeight(1);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void statusNamesTheNodeAndItsChain() {
        JsonNode status = api.get("/status").json();

        assertThat(status.get("nodeId").asText()).isEqualTo(TestChain.address(TestApi.validatorKey()).toHex());
        assertThat(status.get("type").asText()).isEqualTo("validator");
        assertThat(status.get("networkId").asLong()).isEqualTo(TestChain.NETWORK_ID);
        assertThat(status.get("genesisHash").asText())
                .isEqualTo(api.node().chain().blockAt(0).orElseThrow().hash().toHex());
        assertThat(status.get("transactionRules").get("workBits").asInt())
                .isEqualTo(api.params().transactions().workBits());
        assertThat(status.get("transactionRules").get("maxDataBytes").asInt()).isEqualTo(1024);
    }

    @Test
    void statusShowsHeadSyncPeersPoolAndMining() {
        ChainHead before = api.node().chain().head();

        JsonNode status = api.get("/status").json();

        assertThat(status.get("head").get("height").asLong()).isGreaterThanOrEqualTo(before.height());
        assertThat(status.get("head").get("hash").asText()).hasSize(64);
        assertThat(status.get("head").get("totalWork").bigIntegerValue()).isGreaterThanOrEqualTo(before.totalWork());
        assertThat(status.get("head").get("timestamp").asLong()).isPositive();
        assertThat(status.get("sync").get("state").asText()).isEqualTo("SYNCED");
        assertThat(status.get("peerCount").asInt()).isZero();
        assertThat(status.get("pool").get("size").asInt()).isZero();
        assertThat(status.get("mining").get("enabled").asBoolean()).isTrue();
        assertThat(status.get("mining").get("hashRate").asDouble()).isNotNegative();
    }

    @Test
    void statusSaysWhichStorageEngineTheDataDirIsOpenOn() {
        JsonNode status = api.get("/status").json();

        assertThat(status.get("storageEngine").asText()).isEqualTo(StorageEngine.chosen().id())
                .isIn("native", "java");
    }
}
