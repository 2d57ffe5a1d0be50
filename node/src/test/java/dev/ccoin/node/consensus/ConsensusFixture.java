package dev.ccoin.node.consensus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.consensus.rules.BlockValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A test chain of three authorities (difficulty 4, stamps of 4 bits) with its genesis state in memory, a clock a
 * minute after genesis, and shortcuts for building blocks and transactions on it.
 */
public final class ConsensusFixture {
    public static final long GENESIS_TIME = 1_700_000_000_000L;
    public static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(GENESIS_TIME + 60_000), ZoneOffset.UTC);

    public final ChainParams params;
    public final InMemoryNodeStore store = new InMemoryNodeStore();
    public final Block genesis;

    public ConsensusFixture() {
        this(TestChain.params(3));
    }

    public ConsensusFixture(ChainParams params) {
        this.params = params;
        this.genesis = BlockBuilder.genesis(params, store);
    }

    /** A valid block at height 1, to break one field of. */
    public BlockBuilder block() {
        return BlockBuilder.on(params, genesis, store);
    }

    public BlockBuilder blockOn(Block parent) {
        return BlockBuilder.on(params, parent, store);
    }

    /** A valid transfer from funded(0), nonce 0. */
    public TxBuilder tx() {
        return new TxBuilder(params);
    }

    public ParentContext genesisContext() {
        return ParentContext.of(genesis, List.of(Address.ZERO));
    }

    public BlockValidator validator() {
        return new BlockValidator(params, CLOCK, Runnable::run, 1, new VerifiedSignatures());
    }

    /** {@code tx} with one bit of its signature flipped: the key still parses, the signature no longer verifies. */
    public static Transaction withBrokenSignature(Transaction tx) {
        byte[] signature = tx.signature().toArray();
        signature[signature.length / 2] ^= 1;
        return new Transaction(tx.body(), tx.workNonce(), Bytes.of(signature));
    }

    /** {@code tx} with the smallest work nonce that misses {@code workBits}. */
    public static Transaction withWeakStamp(Transaction tx, int workBits) {
        long nonce = 0;
        while (Hashcash.meets(tx.hash(), nonce, workBits)) {
            nonce++;
        }
        return new Transaction(tx.body(), nonce, tx.signature());
    }

    /** The exception {@code call} throws, failing the test if it throws none or another kind. */
    public static InvalidBlockException rejection(ThrowingCallable call) {
        AtomicReference<InvalidBlockException> thrown = new AtomicReference<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidBlockException.class, thrown::set);
        return thrown.get();
    }

    public static ChainParams withMaxBound(ChainParams p, int maxBound) {
        ChainParams.BlockMining m = p.mining();
        return withMining(p, new ChainParams.BlockMining(m.intervalSeconds(), m.minBound(), maxBound,
                m.maxBlockBytes(), m.reward(), m.difficulty(), m.allowEmpty(), m.placeholderData(),
                m.backupDelayMs()));
    }

    public static ChainParams withMaxBlockBytes(ChainParams p, int maxBlockBytes) {
        ChainParams.BlockMining m = p.mining();
        return withMining(p, new ChainParams.BlockMining(m.intervalSeconds(), m.minBound(), m.maxBound(),
                maxBlockBytes, m.reward(), m.difficulty(), m.allowEmpty(), m.placeholderData(), m.backupDelayMs()));
    }

    public static ChainParams withReward(ChainParams p, long reward) {
        ChainParams.BlockMining m = p.mining();
        return withMining(p, new ChainParams.BlockMining(m.intervalSeconds(), m.minBound(), m.maxBound(),
                m.maxBlockBytes(), reward, m.difficulty(), m.allowEmpty(), m.placeholderData(), m.backupDelayMs()));
    }

    public static ChainParams withAllowEmpty(ChainParams p, boolean allowEmpty) {
        ChainParams.BlockMining m = p.mining();
        return withMining(p, new ChainParams.BlockMining(m.intervalSeconds(), m.minBound(), m.maxBound(),
                m.maxBlockBytes(), m.reward(), m.difficulty(), allowEmpty, m.placeholderData(), m.backupDelayMs()));
    }

    private static ChainParams withMining(ChainParams p, ChainParams.BlockMining mining) {
        return new ChainParams(p.networkId(), p.authorities(), mining, p.transactions(), p.maxPeers(), p.genesis(),
                p.alloc());
    }
}
