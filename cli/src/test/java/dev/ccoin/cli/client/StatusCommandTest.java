package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    @TempDir
    static Path dir;

    private static TestNode node;

    @BeforeAll
    static void startNode() {
        node = TestNode.start(dir);
        node.awaitHeight(1);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void statusShowsNodeChainHeadSyncPeersPoolAndMining() {
        Ccoin.Result result = node.run("status");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("node\\s+validator " + TestChain.address(TestKeys.get(0)).toHex())
                .containsPattern("network\\s+" + TestChain.NETWORK_ID)
                .contains(node.node().chain().blockAt(0).orElseThrow().hash().toHex())
                .containsPattern("sync\\s+SYNCED")
                .containsPattern("peers\\s+0")
                .containsPattern("pool\\s+0 pending, 0 queued")
                .containsPattern("mining\\s+on, ");
    }

    @Test
    void statusAsJsonIsTheApiAnswer() throws IOException {
        Ccoin.Result result = node.run("status", "--json");

        JsonNode status = new ObjectMapper().readTree(result.out());
        assertThat(status.get("type").asText()).isEqualTo("validator");
        assertThat(status.get("transactionRules").get("workBits").asInt()).isEqualTo(4);
    }

    @Test
    void nodeThatIsDownIsOneLineAndExitCodeOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Ccoin.Result result = new Ccoin().run("status", "--api", "http://127.0.0.1:" + closedPort);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("error: cannot reach the node API");
        assertThat(result.out()).isEmpty();
    }
}
