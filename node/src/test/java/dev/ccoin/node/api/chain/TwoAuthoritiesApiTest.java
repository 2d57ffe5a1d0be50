package dev.ccoin.node.api.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /authorities} of two validators sealing together, checked against the block views' own miner and
 * in-turn flags: the counts of the recent window come from the same blocks a client reads page by page.
 */
class TwoAuthoritiesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path root;

    private static TestNet net;
    private static ApiServer server;

    /** Two validators seal a few blocks, then both stop and agree on one head, so every answer below is of it. */
    @BeforeAll
    static void startTwoValidatorsAndLetThemSeal() {
        net = new TestNet(root, TestChain.params(2));
        Member served = net.validator(0, List.of(), TestNet.fastConfig());
        Member other = net.validator(1, List.of(served.endpoint()), TestNet.fastConfig());
        server = ApiServer.start(served.node(), served.network(), Optional.of(served.network().nodeId()),
                "127.0.0.1", 0);
        Await.until(TestNet.DEADLINE, "six blocks on both validators",
                () -> served.node().chain().head().height() >= 6 && other.node().chain().head().height() >= 6);
        served.node().miner().orElseThrow().stop();
        other.node().miner().orElseThrow().stop();
        Await.until(TestNet.DEADLINE, "one head on both validators",
                () -> served.node().chain().head().hash().equals(other.node().chain().head().hash()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (net != null) {
            net.close();
        }
    }

    @Test
    void recentCountsAgreeWithTheMinersAndInTurnFlagsOfTheWindowsBlocks() throws Exception {
        JsonNode view = get("/authorities");
        long head = view.get("headHeight").asLong();
        JsonNode blocks = get("/blocks?limit=" + AuthoritiesApi.WINDOW).get("blocks");
        assertThat(blocks.get(0).get("height").asLong()).isEqualTo(head);

        int[] sealed = new int[2];
        int[] inTurn = new int[2];
        int[] turns = new int[2];
        for (JsonNode block : blocks) {
            long height = block.get("height").asLong();
            if (height == 0) {
                continue;
            }
            int slot = slotOf(view, block.get("miner").asText());
            sealed[slot]++;
            if (block.get("inTurn").asBoolean()) {
                inTurn[slot]++;
            }
            turns[(int) (height % 2)]++;
        }
        JsonNode authorities = view.get("authorities");
        assertThat(authorities).hasSize(2);
        for (int slot = 0; slot < 2; slot++) {
            JsonNode authority = authorities.get(slot);
            assertThat(authority.get("slot").asInt()).isEqualTo(slot);
            assertThat(authority.get("recentBlocks").asInt()).as("slot %d sealed", slot).isEqualTo(sealed[slot]);
            assertThat(authority.get("recentInTurn").asInt()).as("slot %d in turn", slot).isEqualTo(inTurn[slot]);
            assertThat(authority.get("recentTurns").asInt()).as("slot %d turns", slot).isEqualTo(turns[slot]);
        }
        assertThat(sealed[0] + sealed[1]).isEqualTo((int) Math.min(head, AuthoritiesApi.WINDOW));
        assertThat(Math.min(sealed[0], sealed[1])).as("the recency rule makes two authorities alternate").isPositive();
    }

    private static int slotOf(JsonNode view, String address) {
        JsonNode authorities = view.get("authorities");
        for (int slot = 0; slot < authorities.size(); slot++) {
            if (authorities.get(slot).get("address").asText().equals(address)) {
                return slot;
            }
        }
        throw new AssertionError("not an authority: " + address);
    }

    private static JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1" + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
