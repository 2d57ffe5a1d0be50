package dev.ccoin.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {
    private static final String LOWER = "9175cc22cb91bbd2425897357f6fa42ab0da1d26";

    @Test
    void parsesWithOrWithoutPrefixInAnyCaseAndPrintsLowercase() {
        Address plain = Address.parse(LOWER);

        assertThat(Address.parse("0x" + LOWER.toUpperCase())).isEqualTo(plain);
        assertThat(Address.parse("0X" + LOWER)).isEqualTo(plain);
        assertThat(plain.toString()).isEqualTo(LOWER);
    }

    @Test
    void wrongLengthIsRefusedWithItsReason() {
        assertThatThrownBy(() -> Address.parse(LOWER + "00"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(ValueError.WRONG_LENGTH));
    }

    @Test
    void nonHexIsRefusedWithItsReason() {
        assertThatThrownBy(() -> Address.parse("zz" + LOWER.substring(2)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(ValueError.BAD_HEX));
    }

    @Test
    void copiesInAndOut() {
        byte[] bytes = new byte[20];
        Address address = Address.of(bytes);
        bytes[0] = 1;
        address.toArray()[1] = 1;

        assertThat(address).isEqualTo(Address.ZERO);
    }

    @Test
    void ordersByUnsignedBytes() {
        Address high = Address.parse("ff" + "00".repeat(19));
        Address low = Address.parse("01" + "00".repeat(19));

        assertThat(low).isLessThan(high);
    }
}
