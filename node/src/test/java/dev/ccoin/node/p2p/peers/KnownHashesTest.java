package dev.ccoin.node.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.types.Hash32;
import org.junit.jupiter.api.Test;

class KnownHashesTest {
    @Test
    void hashIsNewsOnlyOnce() {
        KnownHashes known = new KnownHashes(4);

        assertThat(known.add(hash(1))).isTrue();
        assertThat(known.add(hash(1))).isFalse();
        assertThat(known.contains(hash(1))).isTrue();
    }

    @Test
    void oldestHashesAreForgottenFirst() {
        KnownHashes known = new KnownHashes(3);
        for (int i = 1; i <= 5; i++) {
            known.add(hash(i));
        }

        assertThat(known.size()).isEqualTo(3);
        assertThat(known.contains(hash(2))).isFalse();
        assertThat(known.contains(hash(3))).isTrue();
        assertThat(known.contains(hash(5))).isTrue();
    }

    private static Hash32 hash(int n) {
        byte[] bytes = new byte[32];
        bytes[31] = (byte) n;
        return Hash32.of(bytes);
    }
}
