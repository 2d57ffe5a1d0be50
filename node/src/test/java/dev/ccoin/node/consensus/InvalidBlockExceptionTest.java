package dev.ccoin.node.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Hash32;
import org.junit.jupiter.api.Test;

class InvalidBlockExceptionTest {
    private static final Hash32 BLOCK =
            Hash32.parse("0001f85d4d9224ef5c01429b3b26762ed81d040a4197bd1094fec56b7860e2a1");
    private static final Hash32 TX = Hash32.parse("474c1b2531e1eaed0bcf4fc1c5f1c1ffe5b17919831de0a09216b9a03d4730d4");

    @Test
    void messageCarriesReasonHeightAndShortHash() {
        InvalidBlockException e = new InvalidBlockException(BlockReason.WRONG_HEIGHT, BLOCK, 12, "height 12 on 10");

        assertThat(e.getMessage()).isEqualTo("WRONG_HEIGHT at height 12, block 0001f85d4d9224ef: height 12 on 10");
        assertThat(e.txReason()).isEmpty();
        assertThat(e.txIndex()).isEmpty();
        assertThat(e.txHash()).isEmpty();
    }

    @Test
    void invalidTransactionCarriesTheTransactionsReasonIndexAndHash() {
        InvalidTransactionException cause = new InvalidTransactionException(TxReason.NONCE_TOO_LOW, TX, "nonce 0");

        InvalidBlockException e = new InvalidBlockException(BLOCK, 12, 3, cause);

        assertThat(e.reason()).isEqualTo(BlockReason.INVALID_TRANSACTION);
        assertThat(e.txReason()).contains(TxReason.NONCE_TOO_LOW);
        assertThat(e.txIndex()).hasValue(3);
        assertThat(e.txHash()).contains(TX);
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e.getMessage()).isEqualTo("INVALID_TRANSACTION at height 12, block 0001f85d4d9224ef: "
                + "transaction 3 (474c1b2531e1eaed) NONCE_TOO_LOW: nonce 0");
    }
}
