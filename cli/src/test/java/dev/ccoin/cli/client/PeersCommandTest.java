package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersCommandTest {
    @TempDir
    static Path dir;

    private static TestNode node;

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
    void nodeWithoutPeersSaysSo() {
        Ccoin.Result result = node.run("peers");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("no peers connected");
    }

    @Test
    void peersAsJsonIsTheApiAnswer() throws IOException {
        Ccoin.Result result = node.run("peers", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).get("count").asInt()).isZero();
    }
}
