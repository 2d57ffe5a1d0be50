package dev.ccoin.node.p2p.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.node.NodeScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeKeyTest {
    @TempDir
    Path dataDir;

    @Test
    void nodeWithoutAccountKeyMakesAnOwnerOnlyKeyFileOnceAndKeepsIt() throws Exception {
        NodeKey created = NodeKey.loadOrCreate(dataDir, new SecureRandom());
        NodeKey reloaded = NodeKey.forNode(dataDir, Optional.empty());

        Path file = dataDir.resolve(NodeKey.FILE);
        assertThat(reloaded.nodeId()).isEqualTo(created.nodeId());
        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeyGeneratedAheadIsWrittenOnlyWhenTheNodeTakesIt() {
        try (NodeScheduler threads = new NodeScheduler()) {
            Supplier<KeyPair> ahead = NodeKey.generatedAhead(dataDir, Optional.empty(),
                    threads.scheduler("ccoin-node-key"));

            assertThat(dataDir.resolve(NodeKey.FILE)).doesNotExist();
            KeyPair generated = ahead.get();
            NodeKey key = NodeKey.forNode(dataDir, Optional.empty(), () -> generated);

            assertThat(key.nodeId()).isEqualTo(RsaKeys.address(generated.getPublic()));
            assertThat(NodeKey.forNode(dataDir, Optional.empty()).nodeId()).isEqualTo(key.nodeId());
        }
    }

    @Test
    void anExistingKeyFileWinsOverAKeyGeneratedAhead() {
        NodeKey existing = NodeKey.loadOrCreate(dataDir, new SecureRandom());

        NodeKey key = NodeKey.forNode(dataDir, Optional.empty(), () -> TestKeys.get(2));

        assertThat(key.nodeId()).isEqualTo(existing.nodeId());
    }

    @Test
    void accountKeyIsTheNodeKeyAndNoFileIsWritten() {
        NodeKey key = NodeKey.forNode(dataDir, Optional.of(TestKeys.get(0)));

        assertThat(key.nodeId()).isEqualTo(RsaKeys.address(TestKeys.get(0).getPublic()));
        assertThat(dataDir.resolve(NodeKey.FILE)).doesNotExist();
    }
}
