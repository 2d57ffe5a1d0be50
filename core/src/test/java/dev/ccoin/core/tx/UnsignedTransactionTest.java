package dev.ccoin.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import org.junit.jupiter.api.Test;

class UnsignedTransactionTest {
    private static final Address TO = Address.parse("9175cc22cb91bbd2425897357f6fa42ab0da1d26");
    private static final Bytes KEY = Bytes.of(new byte[] {1, 2, 3});

    @Test
    void builderSetsEachFieldItNames() {
        UnsignedTransaction body = UnsignedTransaction.builder()
                .networkId(7).nonce(3).to(TO).amount(10).data(Bytes.utf8("memo")).timestamp(1_700_000_000_000L)
                .senderKey(KEY).build();

        assertThat(body).isEqualTo(
                new UnsignedTransaction(7, 3, TO, 10, Bytes.utf8("memo"), 1_700_000_000_000L, KEY));
    }

    @Test
    void builderDataIsEmptyUnlessSet() {
        assertThat(UnsignedTransaction.builder().to(TO).senderKey(KEY).build().data()).isEqualTo(Bytes.EMPTY);
    }

    @Test
    void builderRefusesAMissingRecipientOrSenderKey() {
        assertThatThrownBy(() -> UnsignedTransaction.builder().senderKey(KEY).build())
                .isInstanceOf(NullPointerException.class).hasMessage("to");
        assertThatThrownBy(() -> UnsignedTransaction.builder().to(TO).build())
                .isInstanceOf(NullPointerException.class).hasMessage("senderKey");
    }
}
