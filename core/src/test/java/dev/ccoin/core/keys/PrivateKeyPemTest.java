package dev.ccoin.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PrivateKeyPemTest {
    private static final char[] PASSWORD = "pw".toCharArray();

    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of("alice.key.pem", TestVectors.ALICE),
                Arguments.of("miner.key.pem", TestVectors.MINER));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorKeyHasTheAddressTheSpecGives(String file, Address expected) {
        String pem = new String(TestVectors.resource(file), StandardCharsets.US_ASCII);

        KeyPair pair = PrivateKeyPem.decode(pem, null, file);

        assertThat(RsaKeys.address(pair.getPublic())).isEqualTo(expected);
    }

    @Test
    void encryptedEncodingUsesPbes2AndDecodesWithItsPassword() {
        KeyPair pair = RsaKeys.generate(2048, new SecureRandom());

        String pem = PrivateKeyPem.encode(pair.getPrivate(), KeyProtection.password(PASSWORD), new SecureRandom());

        assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(PrivateKeyPem.isEncrypted(pem, "test")).isTrue();
        KeyPair decoded = PrivateKeyPem.decode(pem, PASSWORD, "test");
        assertThat(decoded.getPrivate().getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(decoded.getPublic()).isEqualTo(pair.getPublic());
    }

    @Test
    void twoEncryptionsOfOneKeyDifferBySaltAndIv() {
        KeyPair pair = RsaKeys.generate(2048, new SecureRandom());
        KeyProtection protection = KeyProtection.password(PASSWORD);

        String first = PrivateKeyPem.encode(pair.getPrivate(), protection, new SecureRandom());
        String second = PrivateKeyPem.encode(pair.getPrivate(), protection, new SecureRandom());

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void wrongPasswordIsReportedWithTheSource() {
        KeyPair pair = RsaKeys.generate(2048, new SecureRandom());
        String pem = PrivateKeyPem.encode(pair.getPrivate(), KeyProtection.password(PASSWORD), new SecureRandom());

        assertThatThrownBy(() -> PrivateKeyPem.decode(pem, "wrong".toCharArray(), "key file /k/x.key"))
                .isInstanceOfSatisfying(KeyPemException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyPemError.WRONG_PASSWORD))
                .hasMessage("wrong password for key file /k/x.key");
    }

    @Test
    void textThatIsNotPemIsMalformed() {
        assertThatThrownBy(() -> PrivateKeyPem.decode("hello", null, "f"))
                .isInstanceOfSatisfying(KeyPemException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyPemError.MALFORMED_KEY_FILE));
    }

    @Test
    void publicKeyPemIsNotAPrivateKey() {
        KeyPair pair = RsaKeys.generate(2048, new SecureRandom());

        assertThatThrownBy(() -> PrivateKeyPem.decode(PublicKeyPem.encode(pair.getPublic()), null, "f"))
                .isInstanceOfSatisfying(KeyPemException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyPemError.MALFORMED_KEY_FILE));
    }

    @Test
    void nonRsaKeyIsUnsupported() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        String pem = PrivateKeyPem.encode(ec.generateKeyPair().getPrivate(), KeyProtection.none(), new SecureRandom());

        assertThatThrownBy(() -> PrivateKeyPem.decode(pem, null, "f"))
                .isInstanceOfSatisfying(KeyPemException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyPemError.UNSUPPORTED_KEY));
    }

    @Test
    void rsaKeyOfAForbiddenSizeIsUnsupported() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(1024);
        String pem = PrivateKeyPem.encode(rsa.generateKeyPair().getPrivate(), KeyProtection.none(), new SecureRandom());

        assertThatThrownBy(() -> PrivateKeyPem.decode(pem, null, "f"))
                .isInstanceOfSatisfying(KeyPemException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyPemError.UNSUPPORTED_KEY))
                .hasMessageContaining("1024");
    }
}
