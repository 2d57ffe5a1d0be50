package dev.ccoin.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.RsaKeys;
import java.security.KeyPair;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PublicKeyPemTest {
    @Test
    void publicKeyRoundTripsThroughSubjectPublicKeyInfoPem() {
        KeyPair pair = RsaKeys.generate(2048, new SecureRandom());

        String pem = PublicKeyPem.encode(pair.getPublic());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PublicKeyPem.decode(pem, "test").getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void privateKeyPemIsNotAPublicKey() {
        KeyPair pair = RsaKeys.generate(2048, new SecureRandom());
        String pem = PrivateKeyPem.encode(pair.getPrivate(), KeyProtection.none(), new SecureRandom());

        assertThatThrownBy(() -> PublicKeyPem.decode(pem, "some.pub"))
                .isInstanceOfSatisfying(KeyPemException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyPemError.MALFORMED_KEY_FILE))
                .hasMessageContaining("some.pub");
    }
}
