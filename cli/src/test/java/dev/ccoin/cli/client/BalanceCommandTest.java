package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BalanceCommandTest {
    @TempDir
    static Path dir;

    private static TestNode node;
    private static final Address FUNDED = TestChain.address(TestChain.funded(0));

    @BeforeAll
    static void startNode() {
        node = TestNode.start(dir);
        node.stopMining();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void balanceShowsTheAccountAtTheHead() {
        Ccoin.Result result = node.run("balance", FUNDED.toHex());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("balance\\s+" + TestChain.FUNDS)
                .containsPattern("pending nonce\\s+0");
    }

    @Test
    void balanceAsJson() throws IOException {
        Ccoin.Result result = node.run("balance", "0x" + FUNDED.toHex().toUpperCase(), "--json");

        JsonNode account = new ObjectMapper().readTree(result.out());
        assertThat(account.get("address").asText()).isEqualTo(FUNDED.toHex());
        assertThat(account.get("balance").asLong()).isEqualTo(TestChain.FUNDS);
    }

    @Test
    void malformedAddressIsAUsageError() {
        assertThat(node.run("balance", "12345").exitCode()).isEqualTo(2);
    }

    @Test
    void malformedApiUrlIsAUsageError() {
        Ccoin.Result result = new Ccoin().run("balance", FUNDED.toHex(), "--api", "not a url");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--api");
    }
}
