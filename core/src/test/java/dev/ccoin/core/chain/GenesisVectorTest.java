package dev.ccoin.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.core.types.Hex;
import org.junit.jupiter.api.Test;

class GenesisVectorTest {
    private final ChainParams params = GenesisFile.parse(Vectors.resourceText("genesis.json"));

    @Test
    void paramsEncodeToThePublishedBytes() {
        assertThat(Hex.encode(params.encode())).isEqualTo(Vectors.text("genesis.json", "params_msgpack_hex"));
        assertThat(params.hash().toHex()).isEqualTo(Vectors.text("genesis.json", "params_hash"));
    }

    @Test
    void defaultsFillTheKeysTheFileLeavesOut() {
        assertThat(params.mining().maxBlockBytes()).isEqualTo(4_194_304);
        assertThat(params.maxPeers()).isEqualTo(25);
    }

    @Test
    void paramsReadBackFromTheirEncoding() {
        assertThat(CanonicalReader.decode(params.encode(), ChainParams::read)).isEqualTo(params);
    }
}
