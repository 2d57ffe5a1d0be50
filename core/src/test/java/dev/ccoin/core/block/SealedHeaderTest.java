package dev.ccoin.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.testing.Vectors;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SealedHeaderTest {
    private final Block block = Block.decode(Vectors.hex("block1", "wire_hex"));

    @Test
    void aSealedHeaderHasTheBlocksHashAndSeal() {
        SealedHeader sealed = SealedHeader.of(block);

        assertThat(sealed.hash()).isEqualTo(block.hash());
        assertThat(sealed.header()).isEqualTo(block.header());
        assertThat(sealed.minerKey()).isEqualTo(block.minerKey());
        assertThat(sealed.signature()).isEqualTo(block.signature());
        assertThat(sealed.nonce()).isEqualTo(block.nonce());
        assertThat(sealed.asBlock().transactions()).isEmpty();
    }

    @Test
    void itEncodesAsTheBlockWireWithoutTheTransactionList() {
        byte[] wire = block.encode();
        CanonicalWriter expected = new CanonicalWriter().array(4).write(block.header()).bin(block.minerKey())
                .bin(block.signature()).u64(block.nonce());

        byte[] encoded = SealedHeader.of(block).encode();

        assertThat(encoded).isEqualTo(expected.toByteArray());
        // The block's fixarray(5) becomes fixarray(4); the fields after it are the same bytes.
        assertThat(Arrays.copyOfRange(encoded, 1, encoded.length)).isEqualTo(Arrays.copyOfRange(wire, 1, encoded.length));
        assertThat(SealedHeader.decode(encoded)).isEqualTo(SealedHeader.of(block));
        assertThat(CanonicalReader.decode(encoded, SealedHeader::read).hash()).isEqualTo(block.hash());
    }
}
