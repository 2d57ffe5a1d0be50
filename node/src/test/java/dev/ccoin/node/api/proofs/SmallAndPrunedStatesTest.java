package dev.ccoin.node.api.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.ReferenceStateRoot;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.storage.Column;
import dev.ccoin.node.storage.StoreBatch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain with no alloc: the empty state at genesis, the miner's account alone after block 1, and block 2's state
 * gone — its root node deleted from the data dir before the node opened it, as pruning would leave it.
 */
class SmallAndPrunedStatesTest {
    private static final Address MINER = TestChain.address(TestKeys.get(0));
    private static final Address OTHER = Address.parse("b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0");

    @TempDir
    static Path dataDir;

    private static ChainParams params;
    private static List<Block> blocks;
    private static ServedChain served;

    @BeforeAll
    static void serveAChainWithoutAllocWhoseThirdStateIsGone() {
        ChainParams base = TestChain.params(1);
        params = new ChainParams(base.networkId(), base.authorities(), base.mining(), base.transactions(),
                base.maxPeers(), new ChainParams.GenesisHeader(base.genesis().timestamp(),
                        base.genesis().difficulty(), "no alloc"), new TreeMap<>());
        InMemoryNodeStore store = new InMemoryNodeStore();
        Block genesis = BlockBuilder.genesis(params, store);
        Block first = BlockBuilder.on(params, genesis, store).build();
        Block second = BlockBuilder.on(params, first, store).build();
        Block third = BlockBuilder.on(params, second, store).build();
        blocks = List.of(genesis, first, second, third);
        served = ServedChain.start(dataDir, params, blocks.subList(1, 4), database -> {
            try (StoreBatch batch = database.batch()) {
                batch.delete(Column.STATE_NODE.key(second.header().stateRoot()));
                batch.commit(true);
            }
        });
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void theEmptyStateProvesEveryAddressAbsentWithNoSiblingsAndNoLeaf() {
        assertThat(blocks.get(0).header().stateRoot()).isEqualTo(ReferenceStateRoot.of(Map.of()))
                .isEqualTo(Hash32.ZERO);
        JsonNode answer = served.get("/accounts/" + MINER + "/proof?block=0").json();

        assertThat(answer.get("proof").get("siblings")).isEmpty();
        assertThat(answer.get("proof").get("leaf").isNull()).isTrue();
        assertThat(ProofsApiTest.proofOf(answer).verify(Hash32.ZERO, MINER)).isEqualTo(Account.EMPTY);
    }

    @Test
    void aStateOfOneAccountProvesItAndShowsEveryOtherAddressAbsentByItsLeaf() {
        Account miner = new Account(params.mining().reward(), 0);
        Hash32 root = ReferenceStateRoot.of(Map.of(MINER, miner));

        AccountProof inclusion = ProofsApiTest.proofOf(served.get("/accounts/" + MINER + "/proof?block=1").json());
        AccountProof absence = ProofsApiTest.proofOf(served.get("/accounts/" + OTHER + "/proof?block=1").json());

        assertThat(inclusion.siblings()).isEmpty();
        assertThat(inclusion.verify(root, MINER)).isEqualTo(miner);
        assertThat(absence.siblings()).isEmpty();
        assertThat(absence.verify(root, OTHER)).isEqualTo(Account.EMPTY);
    }

    @Test
    void aStateWhoseRootNodeIsGoneIsStatePruned() {
        TestApi.Response response = served.get("/accounts/" + MINER + "/proof?block=2");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.error()).isEqualTo("STATE_PRUNED");
        assertThat(response.json().get("message").asText()).contains(blocks.get(2).hash().toHex());
    }

    @Test
    void theStatesAroundThePrunedOneAreStillServed() {
        Hash32 root = ReferenceStateRoot.of(Map.of(MINER, new Account(3 * params.mining().reward(), 0)));

        AccountProof proof = ProofsApiTest.proofOf(served.get("/accounts/" + MINER + "/proof?block=3").json());

        assertThat(proof.verify(root, MINER)).isEqualTo(new Account(3 * params.mining().reward(), 0));
    }
}
