package dev.ccoin.node.api.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.chain.ChainHead;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthoritiesApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static ChainHead head;

    @BeforeAll
    static void startNodeWithAFewBlocks() {
        api = TestApi.start(dataDir);
        api.awaitHeight(3);
        api.stopMining();
        head = api.node().chain().head();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void loneAuthoritySealedEveryRecentBlockInItsTurnAndIsNextInTurn() {
        JsonNode view = api.get("/authorities").json();

        assertThat(view.get("headHeight").asLong()).isEqualTo(head.height());
        assertThat(view.get("window").asInt()).isEqualTo(64);
        assertThat(view.get("authorities")).hasSize(1);
        JsonNode authority = view.get("authorities").get(0);
        assertThat(authority.get("address").asText()).isEqualTo(TestChain.address(TestApi.validatorKey()).toHex());
        assertThat(authority.get("slot").asInt()).isZero();
        assertThat(authority.get("nextInTurnHeight").asLong()).isEqualTo(head.height() + 1);
        assertThat(authority.get("recentBlocks").asLong()).isEqualTo(Math.min(head.height(), 64));
        assertThat(authority.get("recentInTurn").asLong()).as("every block is a lone authority's turn")
                .isEqualTo(Math.min(head.height(), 64));
        assertThat(authority.get("recentTurns").asLong()).isEqualTo(Math.min(head.height(), 64));
        assertThat(authority.get("lastSeen").get("height").asLong()).isEqualTo(head.height());
        assertThat(authority.get("lastSeen").get("hash").asText()).isEqualTo(head.hash().toHex());
        assertThat(authority.get("lastSeen").get("timestamp").asLong())
                .isEqualTo(head.block().header().timestamp());
    }

    @Test
    void repeatedRequestsAtOneHeadGiveTheSameAnswer() {
        assertThat(api.get("/authorities").json()).isEqualTo(api.get("/authorities").json());
    }
}
