package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnTest {
    @Test
    void everyColumnHasItsOwnTag() {
        assertThat(Arrays.stream(Column.values()).map(Column::tag).distinct()).hasSize(Column.values().length);
    }

    @Test
    void heightKeysSortInNumericOrder() {
        byte[] low = Column.HEIGHT.key(255);
        byte[] high = Column.HEIGHT.key(256);

        assertThat(Arrays.compareUnsigned(low, high)).isNegative();
        assertThat(Hex.encode(high)).isEqualTo("020000000000000100");
    }

    @Test
    void hashKeyIsTheTagThenTheHash() {
        Hash32 hash = Hash32.parse("11".repeat(32));

        assertThat(Hex.encode(Column.BLOCK.key(hash))).isEqualTo("01" + "11".repeat(32));
    }

    @Test
    void accountTransactionKeyJoinsAddressHeightAndIndex() {
        Address address = Address.parse("ab".repeat(20));

        byte[] key = Column.ACCOUNT_TX.builder().add(address).addLong(7).addInt(2).build();

        assertThat(Hex.encode(key)).isEqualTo("07" + "ab".repeat(20) + "0000000000000007" + "00000002");
    }

    @Test
    void metaKeysAreAsciiNames() {
        assertThat(Hex.encode(Column.META.key("genesis"))).isEqualTo("7f67656e65736973");
    }

    @Test
    void negativeNumbersCannotBeKeys() {
        assertThatThrownBy(() -> Column.HEIGHT.key(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
