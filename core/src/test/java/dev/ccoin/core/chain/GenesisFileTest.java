package dev.ccoin.core.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenesisFileTest {
    private static final String MINER = "5e0de7ab015db1f76a3c8676827d831f0c46aaf4";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("{", GenesisError.MALFORMED_JSON, ""),
                Arguments.of("[]", GenesisError.WRONG_TYPE, "genesis"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"colour\":1}", GenesisError.UNKNOWN_KEY, "colour"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"block_mining\":{\"intervall\":1}}",
                        GenesisError.UNKNOWN_KEY, "block_mining.intervall"),
                Arguments.of("{\"miners\":[]}", GenesisError.NO_AUTHORITIES, "miners"),
                Arguments.of("{}", GenesisError.NO_AUTHORITIES, "miners"),
                Arguments.of("{\"miners\":[\"nope\"]}", GenesisError.BAD_ADDRESS, "miners[0]"),
                Arguments.of("{\"miners\":[\"" + MINER + "\",\"0x" + MINER.toUpperCase() + "\"]}",
                        GenesisError.DUPLICATE_ADDRESS, MINER),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"network_id\":-1}", GenesisError.OUT_OF_RANGE, "network_id"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"network_id\":1.5}", GenesisError.WRONG_TYPE, "network_id"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"network_id\":99999999999999999999}",
                        GenesisError.OUT_OF_RANGE, "network_id"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"block_mining\":{\"allow_empty\":\"yes\"}}",
                        GenesisError.WRONG_TYPE, "allow_empty"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"block_mining\":{\"placeholder_data\":[\"zip\",1]}}",
                        GenesisError.WRONG_TYPE, "placeholder_data"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"block_mining\":{\"placeholder_data\":[\"rnd\",999]}}",
                        GenesisError.OUT_OF_RANGE, "placeholder_data"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"alloc\":{\"" + MINER + "\":{\"balanse\":1}}}",
                        GenesisError.UNKNOWN_KEY, "alloc." + MINER + ".balanse"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"alloc\":{\"" + MINER + "\":{\"balance\":9223372036854775807},"
                        + "\"0x" + MINER.replace('5', '6') + "\":{\"balance\":1}}}", GenesisError.OUT_OF_RANGE, "2^63-1"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"],\"max_peers\":2,\"max_peers\":3}",
                        GenesisError.MALFORMED_JSON, "max_peers"),
                Arguments.of("{\"miners\":[\"" + MINER + "\"]} {}", GenesisError.MALFORMED_JSON, ""));
    }

    @ParameterizedTest(name = "{1} {2}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithReasonAndTheKeyNamed(String json, GenesisError reason, String named) {
        assertThatThrownBy(() -> GenesisFile.parse(json))
                .isInstanceOfSatisfying(GenesisException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(named);
                });
    }

    @Test
    void minimalFileTakesTheSpecDefaults() {
        ChainParams params = GenesisFile.parse("{\"miners\":[\"" + MINER + "\"]}");

        assertThat(params.networkId()).isEqualTo(1);
        assertThat(params.mining()).isEqualTo(new ChainParams.BlockMining(5, 1, 500, 4_194_304, 100, 20, true,
                PlaceholderData.random(15), 2000));
        assertThat(params.transactions()).isEqualTo(new ChainParams.TransactionParams(12, 1024));
        assertThat(params.maxPeers()).isEqualTo(25);
        assertThat(params.genesis()).isEqualTo(new ChainParams.GenesisHeader(0, 16, ""));
        assertThat(params.alloc()).isEmpty();
    }

    @Test
    void predefinedPlaceholderKeepsItsText() {
        ChainParams params = GenesisFile.parse("{\"miners\":[\"" + MINER + "\"],"
                + "\"block_mining\":{\"placeholder_data\":[\"predef\",\"hello\"]}}");

        assertThat(params.mining().placeholderData()).isEqualTo(
                new PlaceholderData(PlaceholderData.Kind.PREDEF, "hello"));
    }

    @Test
    void anyParameterChangeGivesAnotherParamsHash() {
        ChainParams one = GenesisFile.parse("{\"miners\":[\"" + MINER + "\"]}");
        ChainParams two = GenesisFile.parse("{\"miners\":[\"" + MINER + "\"],\"max_peers\":26}");

        assertThat(one.hash()).isNotEqualTo(two.hash());
    }
}
