package dev.ccoin.core.merkle;

import static dev.ccoin.core.merkle.TestAccounts.ALICE;
import static dev.ccoin.core.merkle.TestAccounts.BOB;
import static dev.ccoin.core.merkle.TestAccounts.MINER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.ReferenceStateRoot;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state roots of {@code vectors.json}. The file names no accounts for {@code state_root}; the inputs here
 * were found by search and are the only ones tried that match: "one" is b0b0…b0 with balance 7, nonce 0; "two"
 * adds alice (9175…) with balance 1, nonce 1; "zero_account_is_absent" is "one" plus alice set to balance 0,
 * nonce 0. The genesis and block1 roots are the alloc of {@code genesis.json} before and after block1.
 */
class StateTreeVectorTest {
    static Stream<Arguments> knownAnswers() throws IOException {
        JsonNode vectors = readVectors();
        JsonNode stateRoot = vectors.get("state_root");
        return Stream.of(
                Arguments.of("empty", accounts(), stateRoot.get("empty").asText()),
                Arguments.of("one", accounts(BOB, 7, 0), stateRoot.get("one").asText()),
                Arguments.of("two", accounts(BOB, 7, 0, ALICE, 1, 1), stateRoot.get("two").asText()),
                Arguments.of("zero_account_is_absent", accounts(BOB, 7, 0, ALICE, 0, 0),
                        stateRoot.get("zero_account_is_absent").asText()),
                Arguments.of("genesis alloc", accounts(ALICE, 1_000_000, 0, BOB, 5, 2),
                        vectors.get("genesis.json").get("state_root").asText()),
                // block1: alice sends bob 250 with nonce 0, the miner is credited the reward of 100.
                Arguments.of("after block1", accounts(ALICE, 999_750, 1, BOB, 255, 2, MINER, 100, 0),
                        vectors.get("block1").get("state_root").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownAnswers")
    void stateRootMatchesTheIndependentImplementation(String name, Map<Address, Account> accounts, String root) {
        StateTree tree = new StateTree(new InMemoryNodeStore());

        assertThat(tree.update(Hash32.ZERO, accounts)).isEqualTo(Hash32.parse(root));
        assertThat(ReferenceStateRoot.of(accounts)).isEqualTo(Hash32.parse(root));
    }

    private static Map<Address, Account> accounts(Object... addressBalanceNonce) {
        Map<Address, Account> accounts = new LinkedHashMap<>();
        for (int i = 0; i < addressBalanceNonce.length; i += 3) {
            accounts.put((Address) addressBalanceNonce[i], new Account(((Number) addressBalanceNonce[i + 1]).longValue(),
                    ((Number) addressBalanceNonce[i + 2]).longValue()));
        }
        return accounts;
    }

    private static JsonNode readVectors() throws IOException {
        try (InputStream in = StateTreeVectorTest.class.getResourceAsStream("/vectors/vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
