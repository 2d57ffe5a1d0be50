package dev.ccoin.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hash32Test {
    @Test
    void hashCountsLeadingZeroBitsBigEndian() {
        assertThat(Hash32.parse("0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1").leadingZeroBits())
                .isEqualTo(15);
        assertThat(Hash32.ZERO.leadingZeroBits()).isEqualTo(256);
    }

    @Test
    void leadingZeroBitsCountAcrossWords() {
        assertThat(Hash32.leadingZeroBits(new int[] {0x80000000, 0, 0, 0, 0, 0, 0, 0})).isZero();
        assertThat(Hash32.leadingZeroBits(new int[] {0x0001ffff, 0, 0, 0, 0, 0, 0, 0})).isEqualTo(15);
        assertThat(Hash32.leadingZeroBits(new int[] {0, 0x00ffffff, 0, 0, 0, 0, 0, 0})).isEqualTo(40);
        assertThat(Hash32.leadingZeroBits(new int[] {0, 0, 0, 0, 0, 0, 0, 1})).isEqualTo(255);
        assertThat(Hash32.leadingZeroBits(new int[8])).isEqualTo(256);
    }

    @Test
    void wordsAreReadBigEndian() {
        Hash32 hash = Hash32.parse("0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1");

        assertThat(hash.word(0)).isEqualTo(0x0001f85d);
        assertThat(hash.word(7)).isEqualTo(0x7860e2a1);
    }

    /** Block hashes at difficulty 32 all begin with four zero bytes; their codes must come from what varies. */
    @Test
    void hashesOfDifficultyThirtyTwoHaveDistinctHashCodes() throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Set<Integer> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = sha256.digest(ByteBuffer.allocate(Integer.BYTES).putInt(i).array());
            Arrays.fill(bytes, 0, 4, (byte) 0);
            Hash32 hash = Hash32.of(bytes);
            assertThat(hash.leadingZeroBits()).isGreaterThanOrEqualTo(32);
            codes.add(hash.hashCode());
        }

        assertThat(codes).hasSize(1000);
    }
}
