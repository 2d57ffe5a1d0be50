package dev.ccoin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Bytes;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class DecodedKeysTest {
    private final DecodedKeys keys = new DecodedKeys();

    @Test
    void decodesAKeyOnceAndReturnsTheSameKeyAfterwards() {
        Bytes spki = RsaKeys.encode(TestKeys.get(0).getPublic());
        RSAPublicKey first = keys.publicKey(spki);
        assertThat(first).isEqualTo(TestKeys.get(0).getPublic());
        assertThat(keys.publicKey(Bytes.of(spki.toArray()))).isSameAs(first);
    }

    @Test
    void aKeyThatDoesNotParseFailsEveryTimeWithItsReason() {
        Bytes garbage = Bytes.of(new byte[] {0x30, 0x03, 0x01, 0x02, 0x03});
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> keys.publicKey(garbage)).isInstanceOfSatisfying(KeyFormatException.class,
                    e -> assertThat(e.reason()).isEqualTo(KeyError.MALFORMED));
        }
    }
}
