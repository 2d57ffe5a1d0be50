package dev.ccoin.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hex;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockVectorTest {
    private final Block block = Block.decode(Vectors.hex("block1", "wire_hex"));

    @Test
    void publishedBlockDecodesAndReencodesToTheSameBytes() {
        assertThat(Hex.encode(block.encode())).isEqualTo(Vectors.text("block1", "wire_hex"));
    }

    @Test
    void sealHashBlockHashAndNonceMatch() {
        assertThat(block.sealHash().toHex()).isEqualTo(Vectors.text("block1", "seal_hash"));
        assertThat(block.nonce()).isEqualTo(Long.parseLong(Vectors.text("block1", "nonce")));
        assertThat(block.hash().toHex()).isEqualTo(Vectors.text("block1", "hash"));
        assertThat(block.hash().meets(block.header().difficulty())).isTrue();
    }

    @Test
    void rootsMatchAndTheMinerSignatureVerifies() {
        List<dev.ccoin.core.types.Hash32> txHashes = block.transactions().stream().map(Transaction::hash).toList();
        assertThat(TxRoot.of(txHashes).toHex()).isEqualTo(Vectors.text("block1", "tx_root"));
        assertThat(block.header().txRoot().toHex()).isEqualTo(Vectors.text("block1", "tx_root"));
        assertThat(block.header().stateRoot().toHex()).isEqualTo(Vectors.text("block1", "state_root"));
        assertThat(RsaKeys.address(block.minerKey())).isEqualTo(block.header().miner());
        assertThat(block.header().miner()).isEqualTo(Address.parse(Vectors.text("addresses", "miner.key.pem")));
        assertThat(Pss.verify(RsaKeys.publicKey(block.minerKey()), block.sealHash(), block.signature())).isTrue();
    }

    @Test
    void exportStreamHoldsGenesisThenBlockOne() {
        List<Block> blocks = new ArrayList<>();
        try (CanonicalReader reader = CanonicalReader.of(new ByteArrayInputStream(Vectors.resource("chain.bin")))) {
            while (reader.hasNext()) {
                blocks.add(Block.read(reader));
            }
        }
        Block genesis = Genesis.block(GenesisFile.parse(Vectors.resourceText("genesis.json")));

        assertThat(blocks).containsExactly(genesis, block);
        assertThat(block.header().parentHash()).isEqualTo(genesis.hash());
    }

    @Test
    void aBlockReadFromAStreamKnowsItsEncodedSize() {
        try (CanonicalReader reader = CanonicalReader.of(new ByteArrayInputStream(Vectors.resource("chain.bin")))) {
            Block first = Block.read(reader);
            Block second = Block.read(reader);

            assertThat(first.encodedSize()).isEqualTo(first.encode().length);
            assertThat(second.encodedSize()).isEqualTo(Vectors.hex("block1", "wire_hex").length);
        }
        Block built = new Block(block.header(), block.minerKey(), block.signature(), block.nonce(),
                block.transactions());
        assertThat(built.encodedSize()).isEqualTo(block.encode().length);
    }
}
