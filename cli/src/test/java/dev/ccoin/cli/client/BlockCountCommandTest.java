package dev.ccoin.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockCountCommandTest {
    @TempDir
    Path dir;

    @Test
    void countIsTheHeadHeightPlusOneAsABareNumber() {
        try (TestNode node = TestNode.start(dir)) {
            node.awaitHeight(2);
            node.stopMining();

            Ccoin.Result result = node.run("block", "count");

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out().strip()).isEqualTo(Long.toString(node.node().chain().head().height() + 1));
        }
    }
}
