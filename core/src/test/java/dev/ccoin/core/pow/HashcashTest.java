package dev.ccoin.core.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.core.types.ValueError;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A search gone wrong spins forever; the separate-thread timeout fails it instead of hanging the build. */
@Timeout(value = 120, threadMode = ThreadMode.SEPARATE_THREAD)
class HashcashTest {
    private static final Hash32 BLOCK_SEAL =
            Hash32.parse("855d8f6c74b809cfedc3198dd9c42548751334da37b71a06d8ab5749deda827a");
    private static final Hash32 TX_HASH =
            Hash32.parse("474c1b2531e1eaed0bcf4fc1c5f1c1ffe5b17919831de0a09216b9a03d4730d4");

    /** Smallest nonces computed independently (Python hashlib): prefix, bits, nonce, trial hash. */
    static Stream<Arguments> smallestNonces() {
        return Stream.of(
                Arguments.of(BLOCK_SEAL, 12, 748L, "0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1"),
                Arguments.of(BLOCK_SEAL, 15, 748L, "0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1"),
                Arguments.of(BLOCK_SEAL, 16, 139469L,
                        "00002cc5c7ce9cee1f3bd944c50b59498069f27c0e5ec2c65a8f91377904c588"),
                Arguments.of(TX_HASH, 8, 604L, "0066b077352b00c1fb79ad9afdfc417bcbdc3d083ed5378bf565b41e8fd33a99"),
                Arguments.of(TX_HASH, 12, 4586L, "000a39567fa9ed4e2cdb78a157c829704ffc87610d265bf0c03c112f32b130eb"),
                Arguments.of(TX_HASH, 20, 1106286L,
                        "00000c0906ca4dd8842c0a0a545c68c08825c5db0ab32ea6aab103f8998df1c7"));
    }

    @Test
    void blockVectorHashHasFifteenLeadingZeroBits() {
        Hash32 hash = Sha256.hashWithNonce(BLOCK_SEAL, 748);

        assertThat(hash.toHex()).isEqualTo("0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1");
        assertThat(hash.leadingZeroBits()).isEqualTo(15);
        assertThat(Hashcash.meets(BLOCK_SEAL, 748, 15)).isTrue();
        assertThat(Hashcash.meets(BLOCK_SEAL, 748, 16)).isFalse();
    }

    @Test
    void transactionStampVectorMeetsEightBits() {
        assertThat(Hashcash.meets(TX_HASH, 604, 8)).isTrue();
        assertThat(Hashcash.meets(TX_HASH, 603, 8)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("smallestNonces")
    void smallestNonceMatchesKnownAnswers(Hash32 prefix, int bits, long nonce, String hash) {
        assertThat(Hashcash.smallestNonce(prefix, bits)).isEqualTo(nonce);
        assertThat(Sha256.hashWithNonce(prefix, nonce).toHex()).isEqualTo(hash);
    }

    @Test
    void smallestNonceHasNoSmallerNonceMeetingTheDifficulty() {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Hash32 prefix = randomHash(random);
            long nonce = Hashcash.smallestNonce(prefix, 7);

            assertThat(Hashcash.meets(prefix, nonce, 7)).isTrue();
            for (long smaller = 0; smaller < nonce; smaller++) {
                assertThat(Sha256.hashWithNonce(prefix, smaller).leadingZeroBits()).isLessThan(7);
            }
        }
    }

    @Test
    void zeroBitsIsMetByNonceZero() {
        assertThat(Hashcash.smallestNonce(BLOCK_SEAL, 0)).isZero();
        assertThat(Hashcash.meets(BLOCK_SEAL, 0, 0)).isTrue();
    }

    @Test
    void nobodyMeetsAllTwoHundredFiftySixBits() {
        assertThat(Hashcash.meets(BLOCK_SEAL, 748, Hashcash.MAX_BITS)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 257, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void difficultyOutsideZeroToTwoHundredFiftySixIsRefused(int bits) {
        assertThatThrownBy(() -> Hashcash.meets(BLOCK_SEAL, 0, bits))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(ValueError.OUT_OF_RANGE));
        assertThatThrownBy(() -> Hashcash.smallestNonce(BLOCK_SEAL, bits))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void negativeNonceIsRefused() {
        assertThatThrownBy(() -> Hashcash.meets(BLOCK_SEAL, -1, 0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(ValueError.OUT_OF_RANGE));
    }

    static Hash32 randomHash(Random random) {
        byte[] bytes = new byte[Hash32.LENGTH];
        random.nextBytes(bytes);
        return Hash32.of(bytes);
    }
}
