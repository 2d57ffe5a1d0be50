package dev.ccoin.core.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hex;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransactionVectorTest {
    private final Transaction tx = Transaction.decode(Vectors.hex("tx", "wire_hex"));
    private final TransactionRules rules =
            new TransactionRules(GenesisFile.parse(Vectors.resourceText("genesis.json")));

    @Test
    void publishedTransactionDecodesAndReencodesToTheSameBytes() {
        assertThat(Hex.encode(tx.encode())).isEqualTo(Vectors.text("tx", "wire_hex"));
        assertThat(Hex.encode(tx.body().encode())).isEqualTo(Vectors.text("tx", "unsigned_msgpack_hex"));
    }

    @Test
    void hashSenderAndStampMatch() {
        assertThat(tx.hash().toHex()).isEqualTo(Vectors.text("tx", "hash"));
        assertThat(tx.sender()).isEqualTo(Address.parse(Vectors.text("addresses", "alice.key.pem")));
        assertThat(tx.workNonce()).isEqualTo(Long.parseLong(Vectors.text("tx", "work_nonce")));
        assertThat(Hashcash.smallestNonce(tx.hash(), Integer.parseInt(Vectors.text("tx", "work_bits"))))
                .isEqualTo(tx.workNonce());
    }

    @Test
    void publishedSignatureVerifiesUnderEveryStatelessRule() {
        rules.checkStateless(tx);
    }

    @Test
    void ownSignatureOfTheSameBodyVerifiesToo() {
        var alice = Vectors.keyPair("alice.key.pem");
        assertThat(RsaKeys.encode(alice.getPublic())).isEqualTo(tx.senderKey());

        Transaction resigned = tx.body().sign(alice, 8);

        assertThat(resigned.hash()).isEqualTo(tx.hash());
        rules.checkStateless(resigned);
    }

    @Test
    void trailingByteIsRefused() {
        byte[] wire = Vectors.hex("tx", "wire_hex");
        byte[] longer = Arrays.copyOf(wire, wire.length + 1);

        assertThatThrownBy(() -> Transaction.decode(longer))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecodeError.TRAILING_BYTES));
    }

    @Test
    void everyTruncationIsRefusedAsTruncated() {
        byte[] wire = Vectors.hex("tx", "wire_hex");
        for (int length = 0; length < wire.length; length++) {
            byte[] cut = Arrays.copyOf(wire, length);
            assertThatThrownBy(() -> Transaction.decode(cut))
                    .isInstanceOfSatisfying(DecodeException.class,
                            e -> assertThat(e.reason()).isEqualTo(DecodeError.TRUNCATED));
        }
    }
}
