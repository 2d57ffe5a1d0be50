package dev.ccoin.core.pow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A search gone wrong spins forever; the separate-thread timeout fails it instead of hanging the build. */
@Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
class HashEngineTest {
    private static final int[] BITS = {0, 1, 2, 7, 8, 9, 16, 31, 32, 33, 40, 64, 255, 256};
    private static final long[] EDGE_NONCES = {
        0, 1, 255, 256, 0x7fffffffL, 0x80000000L, 0xffffffffL, 0x1_0000_0000L, 0x1_0000_0001L,
        0x7fff_ffff_0000_0000L, Long.MAX_VALUE - 1, Long.MAX_VALUE,
    };

    @ParameterizedTest
    @EnumSource(HashEngine.class)
    void everyEngineHashesLikeMessageDigest(HashEngine engine) {
        NonceHasher hasher = engine.newHasher();
        Random random = new Random(engine.ordinal());
        for (int p = 0; p < 300; p++) {
            Hash32 prefix = HashcashTest.randomHash(random);
            hasher.setPrefix(prefix);
            for (int n = 0; n < 40; n++) {
                long nonce = n < EDGE_NONCES.length ? EDGE_NONCES[n] : random.nextLong() >>> (random.nextInt(64) | 1);
                assertThat(hasher.hash(nonce)).as("prefix %s nonce %d", prefix, nonce)
                        .isEqualTo(Sha256.hashWithNonce(prefix, nonce));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HashEngine.class)
    void everyEngineJudgesDifficultyLikeMessageDigest(HashEngine engine) {
        NonceHasher hasher = engine.newHasher();
        Random random = new Random(100 + engine.ordinal());
        for (int p = 0; p < 50; p++) {
            Hash32 prefix = HashcashTest.randomHash(random);
            hasher.setPrefix(prefix);
            for (long nonce = 0; nonce < 2000; nonce++) {
                int zeros = Sha256.hashWithNonce(prefix, nonce).leadingZeroBits();
                for (int bits : BITS) {
                    assertThat(hasher.meets(nonce, bits)).as("prefix %s nonce %d bits %d", prefix, nonce, bits)
                            .isEqualTo(zeros >= bits);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(HashEngine.class)
    void changingThePrefixForgetsEverythingOfTheOldOne(HashEngine engine) {
        NonceHasher hasher = engine.newHasher();
        Hash32 first = Sha256.hash(new byte[] {1});
        Hash32 second = Sha256.hash(new byte[] {2});
        long highNonce = 0x5_0000_0007L;

        hasher.setPrefix(first);
        hasher.hash(highNonce);
        hasher.setPrefix(second);

        assertThat(hasher.hash(highNonce)).isEqualTo(Sha256.hashWithNonce(second, highNonce));
        assertThat(hasher.hash(3)).isEqualTo(Sha256.hashWithNonce(second, 3));
    }

    @ParameterizedTest
    @EnumSource(HashEngine.class)
    void everyEngineFindsTheKnownSmallestNonce(HashEngine engine) {
        NonceHasher hasher = engine.newHasher();
        hasher.setPrefix(Hash32.parse("474c1b2531e1eaed0bcf4fc1c5f1c1ffe5b17919831de0a09216b9a03d4730d4"));
        long nonce = 0;
        while (!hasher.meets(nonce, 12)) {
            nonce++;
        }
        assertThat(nonce).isEqualTo(4586);
    }

    @Test
    void intrinsicIsReachableUnderTheTestRunnerAndChosen() {
        // Surefire passes --add-opens java.base/sun.security.provider=ALL-UNNAMED (parent pom, ccoin.jvm.opens).
        assertThat(HashEngine.JDK_INTRINSIC.unavailableReason()).isEmpty();
        assertThat(HashEngine.fastest()).isEqualTo(HashEngine.JDK_INTRINSIC);
    }

    @Test
    void portableEnginesNeedNoOpening() {
        assertThat(HashEngine.JAVA_MIDSTATE.isAvailable()).isTrue();
        assertThat(HashEngine.MESSAGE_DIGEST.isAvailable()).isTrue();
    }
}
