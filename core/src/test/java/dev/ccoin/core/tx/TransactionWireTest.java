package dev.ccoin.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.core.types.Bytes;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A transaction's hash comes from its wire bytes, whichever way it was made; its encoding is those bytes. */
class TransactionWireTest {
    private final Transaction published = Transaction.decode(Vectors.hex("tx", "wire_hex"));

    @ParameterizedTest
    @ValueSource(longs = {0, 127, 128, 255, 256, 65_535, 65_536, 4_294_967_295L, 4_294_967_296L, Long.MAX_VALUE})
    void hashIsTheUnsignedEncodingsHashForEveryStampWidth(long workNonce) {
        Transaction built = new Transaction(published.body(), workNonce, published.signature());

        assertThat(built.hash()).isEqualTo(Sha256.hash(published.body().encode()));
        assertThat(Transaction.decode(built.encode()).hash()).isEqualTo(built.hash());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 512})
    void hashIsTheUnsignedEncodingsHashForEverySignatureLength(int length) {
        Transaction built = new Transaction(published.body(), published.workNonce(), Bytes.of(new byte[length]));

        assertThat(built.hash()).isEqualTo(published.hash());
        assertThat(Transaction.decode(built.encode())).isEqualTo(built);
    }

    @Test
    void decodedFromAStreamOrFromBytesItIsTheSameTransaction() {
        byte[] wire = Vectors.hex("tx", "wire_hex");
        Transaction streamed;
        try (CanonicalReader reader = CanonicalReader.of(new ByteArrayInputStream(wire))) {
            streamed = Transaction.read(reader);
        }

        assertThat(streamed).isEqualTo(published);
        assertThat(streamed.hash()).isEqualTo(published.hash());
        assertThat(streamed.encode()).isEqualTo(wire);
        assertThat(published.encodedSize()).isEqualTo(wire.length);
    }

    @Test
    void encodeHandsOutACopy() {
        byte[] first = published.encode();
        first[1] ^= 1;

        assertThat(published.encode()).isEqualTo(Vectors.hex("tx", "wire_hex"));
    }
}
