package dev.ccoin.core.pow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256WordsTest {
    @Test
    void wordsBecomeBigEndianHashBytes() {
        int[] words = {0x0001f85d, 0x4d9224ef, 0x5c01429b, 0x3b26762e, 0xd81d040a, 0x4197bd10, 0x94fec56b, 0x7860e2a1};

        assertThat(Sha256Words.toHash(words).toHex())
                .isEqualTo("0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1");
    }
}
