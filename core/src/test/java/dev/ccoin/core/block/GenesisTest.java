package dev.ccoin.core.block;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.core.types.Hex;
import org.junit.jupiter.api.Test;

class GenesisTest {
    private final ChainParams params = GenesisFile.parse(Vectors.resourceText("genesis.json"));

    @Test
    void genesisBlockMatchesThePublishedStateRootNonceHashAndWire() {
        Block genesis = Genesis.block(params);

        assertThat(genesis.header().stateRoot().toHex()).isEqualTo(Vectors.text("genesis.json", "state_root"));
        assertThat(genesis.nonce()).isEqualTo(Long.parseLong(Vectors.text("genesis.json", "nonce")));
        assertThat(genesis.hash().toHex()).isEqualTo(Vectors.text("genesis.json", "hash"));
        assertThat(Hex.encode(genesis.encode())).isEqualTo(Vectors.text("genesis.json", "wire_hex"));
    }
}
