package dev.ccoin.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.txpool.PendingTransactions;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidateBuilderTest {
    private static final long FUNDS = TestChain.FUNDS;

    private final MinerKey key = MinerKey.of(TestKeys.get(0));
    private final Address alice = TestChain.address(TestChain.funded(0));
    private final Address bob = TestChain.address(TestChain.funded(1));
    private final Address carol = TestChain.address(TestChain.funded(2));

    @Test
    void appliesPoolTransactionsInOrderAndSkipsTheOnesThatNoLongerApply() {
        ChainParams params = MiningParams.of(1, 4).build();
        Transaction first = tx(params, 0, 0, 10);
        Transaction gap = tx(params, 0, 5, 10);
        Transaction bobs = tx(params, 1, 0, 20);
        Transaction replay = first;
        Transaction second = tx(params, 0, 1, 30);
        Transaction overdraft = tx(params, 2, 0, 2 * FUNDS);
        Fixture fixture = new Fixture(params, List.of(first, gap, bobs, replay, second, overdraft));

        Candidate candidate = fixture.build(fixture.genesisTime() + 1);

        assertThat(candidate.transactions()).containsExactly(first, bobs, second);
    }

    @Test
    void creditsTheRewardAndCommitsToRootsThatAnIndependentRecomputationAgreesWith() {
        ChainParams params = MiningParams.of(1, 4).reward(250).build();
        Transaction aliceToBob = tx(params, 0, 0, 10);
        Transaction bobToCarol = tx(params, 1, 0, 20);
        Fixture fixture = new Fixture(params, List.of(aliceToBob, bobToCarol));

        Candidate candidate = fixture.build(fixture.genesisTime() + 1);

        Map<Address, Account> expected = new HashMap<>();
        expected.put(alice, new Account(FUNDS - 10, 1));
        expected.put(bob, new Account(FUNDS + 10 - 20, 1));
        expected.put(carol, new Account(FUNDS + 20, 0));
        expected.put(key.address(), new Account(250, 0));
        InMemoryNodeStore independent = new InMemoryNodeStore();
        StateTree tree = new StateTree(independent);
        Hash32 genesisRoot = tree.update(Hash32.ZERO, params.alloc());
        assertThat(candidate.header().stateRoot()).isEqualTo(tree.update(genesisRoot, expected));
        assertThat(candidate.header().txRoot()).isEqualTo(TxRoot.of(List.of(aliceToBob.hash(), bobToCarol.hash())));
        assertThat(tree.get(candidate.header().stateRoot(), key.address()).balance()).isEqualTo(250);
    }

    @Test
    void buildingWritesNothingToTheNodeStore() {
        ChainParams params = MiningParams.of(1, 4).build();
        Fixture fixture = new Fixture(params, List.of(tx(params, 0, 0, 10)));
        int before = fixture.nodes.size();

        fixture.build(fixture.genesisTime() + 1);

        assertThat(fixture.nodes.size()).isEqualTo(before);
    }

    @Test
    void fillsTheHeaderFromTheParentAndTheChainParameters() {
        ChainParams params = MiningParams.of(1, 4).build();
        Fixture fixture = new Fixture(params, List.of(tx(params, 0, 0, 10)));

        Candidate candidate = fixture.build(fixture.genesisTime() + 1);

        assertThat(candidate.header().version()).isEqualTo(BlockLimits.VERSION);
        assertThat(candidate.header().networkId()).isEqualTo(params.networkId());
        assertThat(candidate.height()).isEqualTo(1);
        assertThat(candidate.parentHash()).isEqualTo(fixture.genesis.hash());
        assertThat(candidate.header().miner()).isEqualTo(key.address());
        assertThat(candidate.header().difficulty()).isEqualTo(params.mining().difficulty());
        assertThat(candidate.header().data()).isEqualTo(Bytes.EMPTY);
    }

    @Test
    void anEmptyBlockCarriesRandomPlaceholderData() {
        ChainParams params = MiningParams.of(1, 4).placeholder(PlaceholderData.random(15)).build();
        Fixture fixture = new Fixture(params, List.of());

        Candidate candidate = fixture.build(fixture.genesisTime() + 1);

        assertThat(candidate.isEmpty()).isTrue();
        assertThat(candidate.header().txRoot()).isEqualTo(Hash32.ZERO);
        assertThat(candidate.header().data().toUtf8()).matches("[A-Za-z0-9]{15}");
    }

    @Test
    void anEmptyBlockCarriesPredefinedPlaceholderData() {
        PlaceholderData predefined = new PlaceholderData(PlaceholderData.Kind.PREDEF, "nothing to see");
        ChainParams params = MiningParams.of(1, 4).placeholder(predefined).build();
        Fixture fixture = new Fixture(params, List.of(tx(params, 0, 7, 10)));

        Candidate candidate = fixture.build(fixture.genesisTime() + 1);

        assertThat(candidate.isEmpty()).isTrue();
        assertThat(candidate.header().data().toUtf8()).isEqualTo("nothing to see");
    }

    @Test
    void takesAtMostMaxBoundTransactions() {
        ChainParams params = MiningParams.of(1, 4).maxBound(2).build();
        List<Integer> asked = new ArrayList<>();
        List<Transaction> txs = List.of(tx(params, 0, 0, 1), tx(params, 0, 1, 1), tx(params, 0, 2, 1));
        // A pool that ignores the bound it is given: the builder must still stop at max_bound.
        Fixture fixture = new Fixture(params, max -> {
            asked.add(max);
            return txs;
        });

        Candidate candidate = fixture.build(fixture.genesisTime() + 1);

        assertThat(asked).containsExactly(2);
        assertThat(candidate.transactions()).containsExactlyElementsOf(txs.subList(0, 2));
    }

    @Test
    void stopsBeforeTheBlockWouldExceedMaxBlockBytes() {
        ChainParams unbounded = MiningParams.of(1, 4).build();
        List<Transaction> txs = List.of(tx(unbounded, 0, 0, 1), tx(unbounded, 0, 1, 1), tx(unbounded, 0, 2, 1));
        Fixture sizing = new Fixture(unbounded, txs);
        long now = sizing.genesisTime() + 1;
        int twoTransactions = sealedSize(sizing.build(now), 2);

        Candidate exactFit = new Fixture(MiningParams.of(1, 4).maxBlockBytes(twoTransactions).build(), txs).build(now);
        Candidate oneByteShort = new Fixture(MiningParams.of(1, 4).maxBlockBytes(twoTransactions - 1).build(), txs)
                .build(now);

        assertThat(exactFit.transactions()).containsExactlyElementsOf(txs.subList(0, 2));
        assertThat(sealedSize(exactFit, 2)).isLessThanOrEqualTo(twoTransactions);
        assertThat(oneByteShort.transactions()).containsExactlyElementsOf(txs.subList(0, 1));
    }

    @Test
    void timestampIsNowWhenNowIsAfterTheParent() {
        ChainParams params = MiningParams.of(1, 4).build();
        Fixture fixture = new Fixture(params, List.of());

        assertThat(fixture.build(fixture.genesisTime() + 1234).header().timestamp())
                .isEqualTo(fixture.genesisTime() + 1234);
    }

    @Test
    void timestampIsOneMillisecondAfterTheParentWhenTheClockIsNotAhead() {
        ChainParams params = MiningParams.of(1, 4).build();
        Fixture fixture = new Fixture(params, List.of());

        assertThat(fixture.build(fixture.genesisTime()).header().timestamp()).isEqualTo(fixture.genesisTime() + 1);
        assertThat(fixture.build(fixture.genesisTime() - 60_000).header().timestamp())
                .isEqualTo(fixture.genesisTime() + 1);
    }

    /**
     * The wire size of the candidate's block with its first {@code count} transactions, a signature as long as
     * the key's and the widest nonce: the most the sealed block can weigh.
     */
    private int sealedSize(Candidate candidate, int count) {
        return new Block(candidate.header(), key.publicKey(), Bytes.of(new byte[key.signatureBytes()]),
                Long.MAX_VALUE, candidate.transactions().subList(0, count)).encode().length;
    }

    private static Transaction tx(ChainParams params, int sender, long nonce, long amount) {
        return new TxBuilder(params).sender(TestChain.funded(sender)).nonce(nonce).amount(amount)
                .to(TestChain.address(TestChain.funded((sender + 1) % 3))).build();
    }

    /** Genesis as the head, its alloc in a node store, a pool, and the builder under test. */
    private final class Fixture {
        final InMemoryNodeStore nodes = new InMemoryNodeStore();
        final Block genesis;
        final ChainHead head;
        final CandidateBuilder builder;

        Fixture(ChainParams params, List<Transaction> pool) {
            this(params, max -> pool.subList(0, Math.min(max, pool.size())));
        }

        Fixture(ChainParams params, PendingTransactions pool) {
            genesis = Genesis.block(params);
            new StateTree(nodes).update(Hash32.ZERO, params.alloc());
            head = new ChainHead(genesis, BigInteger.ONE, List.of());
            builder = new CandidateBuilder(params, key, pool, nodes, new SplittableRandom(5));
        }

        long genesisTime() {
            return genesis.header().timestamp();
        }

        Candidate build(long now) {
            return builder.build(head, new StateTree(nodes).at(head.stateRoot()), now);
        }
    }
}
