package dev.ccoin.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hex;
import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeregistrationTest {
    @Test
    void encodingIsNodeIdThenDeleteThenTimestamp() {
        byte[] node = new byte[20];
        Arrays.fill(node, (byte) 1);
        Deregistration deregistration = new Deregistration(Address.of(node), 1_700_000_000_000L);

        assertThat(Hex.encode(deregistration.encode()))
                .isEqualTo("93" + "c414" + "01".repeat(20) + "a6" + "64656c657465" + "cf0000018bcfe56800");
        assertThat(deregistration.signingHash().toHex())
                .isEqualTo("f05cd7b7576c342ee703d82aa064ee75aec652213b42ab729970dacefbfb75d0");
    }

    @Test
    void signatureOfOneTimestampDoesNotCoverAnother() {
        KeyPair key = TestKeys.get(0);
        Address node = RsaKeys.address(key.getPublic());
        Bytes signature = new Deregistration(node, 1000).sign(key.getPrivate());

        assertThat(new Deregistration(node, 1000).verify(key.getPublic(), signature)).isTrue();
        assertThat(new Deregistration(node, 1001).verify(key.getPublic(), signature)).isFalse();
    }
}
