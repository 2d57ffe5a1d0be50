package dev.ccoin.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegistrationTest {
    private static final Address NODE = Address.of(filled(20, 1));
    private static final Hash32 GENESIS = Hash32.of(filled(32, 2));
    private static final long TIMESTAMP = 1_700_000_000_000L;

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void encodingIsTheSpecArrayInFieldOrder() {
        Registration registration = new Registration(NODE, "127.0.0.1", 30303, 1, GENESIS, TIMESTAMP);

        assertThat(Hex.encode(registration.encode())).isEqualTo("96"
                + "c414" + "01".repeat(20)
                + "a9" + "3132372e302e302e31"
                + "cd765f"
                + "01"
                + "c420" + "02".repeat(32)
                + "cf0000018bcfe56800");
        assertThat(registration.signingHash().toHex())
                .isEqualTo("277824df8d773f9b3b1f720a3c465d3542d4188be60c30e4f05397c5affcb179");
    }

    @Test
    void signatureByTheNodeKeyVerifiesAndAnyChangedFieldBreaksIt() {
        KeyPair key = TestKeys.get(0);
        Registration registration =
                new Registration(RsaKeys.address(key.getPublic()), "10.0.0.7", 30303, 1, GENESIS, TIMESTAMP);
        Bytes signature = registration.sign(key.getPrivate());

        assertThat(registration.verify(key.getPublic(), signature)).isTrue();
        Registration movedPort = new Registration(registration.nodeId(), "10.0.0.7", 30304, 1, GENESIS, TIMESTAMP);
        assertThat(movedPort.verify(key.getPublic(), signature)).isFalse();
        assertThat(registration.verify(TestKeys.get(1).getPublic(), signature)).isFalse();
    }

    @Test
    void portOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> new Registration(NODE, "127.0.0.1", 0, 1, GENESIS, TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> new Registration(NODE, "127.0.0.1", 65536, 1, GENESIS, TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unusableHostIsRefused() {
        assertThatThrownBy(() -> new Registration(NODE, "0.0.0.0", 30303, 1, GENESIS, TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wildcard");
    }

    @Test
    void negativeNetworkIdAndTimestampAreRefused() {
        assertThatThrownBy(() -> new Registration(NODE, "a.example", 30303, -1, GENESIS, TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Registration(NODE, "a.example", 30303, 1, GENESIS, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
