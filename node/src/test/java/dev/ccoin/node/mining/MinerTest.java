package dev.ccoin.node.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.testing.MutableClock;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.pow.NonceSearch;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.txpool.PendingTransactions;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MinerTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final NonceSearch search = NonceSearch.withThreads(2);
    private final NodeScheduler threads = new NodeScheduler();
    private final List<Throwable> sinkFailures = new CopyOnWriteArrayList<>();
    private Miner miner;

    @AfterEach
    void stopEverything() {
        if (miner != null) {
            miner.stop();
        }
        search.close();
        threads.close();
        assertThat(sinkFailures).isEmpty();
    }

    @Test
    void aSingleAuthorityProducesConsecutiveBlocksThatIncludeThePoolsTransactions() {
        ChainParams params = MiningParams.of(1, 4).build();
        MemoryChain chain = new MemoryChain(params);
        MutableClock clock = new MutableClock(chain.genesis().header().timestamp() + 10_000);
        List<Transaction> txs = IntStream.range(0, 3)
                .mapToObj(nonce -> new TxBuilder(params).nonce(nonce).build()).toList();
        // The pool drops what the head's state has already taken.
        PendingTransactions pool = max -> txs.stream()
                .filter(tx -> tx.nonce() >= chain.headState().account(tx.sender()).nonce()).limit(max).toList();
        KeyPair authority = TestKeys.get(0);
        miner = miner(chain, pool, authority, clock, block -> {
            // The chain takes the block; the next one is due one interval later.
            clock.advance(params.mining().intervalSeconds() * 1000L);
            miner.onHeadChange(chain.append(block));
        });

        miner.start();
        Await.until(LIMIT, "five blocks are sealed", () -> chain.head().height() >= 5);

        List<Block> blocks = chain.minedBlocks().subList(0, 5);
        Hash32 parent = chain.genesis().hash();
        for (Block block : blocks) {
            assertThat(block.header().parentHash()).isEqualTo(parent);
            assertThat(block.header().miner()).isEqualTo(TestChain.address(authority));
            assertThat(block.hash().meets(params.mining().difficulty())).isTrue();
            assertThat(Pss.verify(authority.getPublic(), block.sealHash(), block.signature())).isTrue();
            parent = block.hash();
        }
        assertThat(blocks).extracting(Block::height).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(blocks.get(0).transactions()).containsExactlyElementsOf(txs);
        assertThat(blocks.subList(1, 5)).allSatisfy(block -> assertThat(block.transactions()).isEmpty());
        assertThat(miner.blocksSealed()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void newTransactionsWakeAMinerThatIsWaitingForThem() {
        ChainParams params = MiningParams.of(1, 4).interval(3600).allowEmpty(false).build();
        MemoryChain chain = new MemoryChain(params);
        MutableClock clock = new MutableClock(chain.genesis().header().timestamp() + 10_000);
        List<Transaction> pool = new CopyOnWriteArrayList<>();
        miner = miner(chain, max -> pool.stream().limit(max).toList(), TestKeys.get(0), clock,
                block -> miner.onHeadChange(chain.append(block)));
        miner.start();

        Transaction tx = new TxBuilder(params).build();
        pool.add(tx);
        miner.transactionsArrived();

        Await.until(LIMIT, "a block is sealed", () -> chain.head().height() >= 1);
        assertThat(chain.minedBlocks().get(0).transactions()).containsExactly(tx);
    }

    @Test
    void aHeadChangeCancelsTheSearchInProgress() {
        // Two authorities: the one in turn for block 1 may not seal right after a block of its own.
        ChainParams params = MiningParams.of(2, 64).build();
        MemoryChain chain = new MemoryChain(params);
        Address self = params.inTurnAuthority(1);
        KeyPair authority = TestKeys.get(0);
        if (!TestChain.address(authority).equals(self)) {
            authority = TestKeys.get(1);
        }
        MutableClock clock = new MutableClock(chain.genesis().header().timestamp() + 10_000);
        List<Block> sealed = new CopyOnWriteArrayList<>();
        miner = miner(chain, max -> List.of(), authority, clock, sealed::add);
        miner.start();
        Await.until(LIMIT, "the miner searches a nonce for block 1", miner::isMining);

        ChainHead ours = new ChainHead(blockFrom(self, chain.genesis()), BigInteger.TWO, List.of(self));
        miner.onHeadChange(chain.setHead(ours));

        Await.until(LIMIT, "the search has stopped", () -> !miner.isMining());
        assertThat(miner.hashRate()).isZero();
        assertThat(sealed).isEmpty();
        assertThat(miner.blocksSealed()).isZero();
    }

    @Test
    void stopEndsTheSearchIsIdempotentAndIsFinal() {
        ChainParams params = MiningParams.of(1, 64).build();
        MemoryChain chain = new MemoryChain(params);
        MutableClock clock = new MutableClock(chain.genesis().header().timestamp() + 10_000);
        miner = miner(chain, max -> List.of(), TestKeys.get(0), clock, block -> { });
        miner.start();
        Await.until(LIMIT, "the miner searches a nonce", miner::isMining);
        assertThat(miner.hashRate()).isNotNegative();

        miner.stop();
        miner.stop();

        Await.until(LIMIT, "the search has stopped", () -> !miner.isMining());
        assertThatThrownBy(miner::start).isInstanceOf(IllegalStateException.class);
    }

    private Miner miner(MemoryChain chain, PendingTransactions pool, KeyPair authority, MutableClock clock,
            Consumer<Block> sink) {
        SplittableRandom random = new SplittableRandom(11);
        return Miner.create(chain, pool, chain.nodes(), MinerKey.of(authority), search, block -> {
            try {
                sink.accept(block);
            } catch (RuntimeException | AssertionError e) {
                sinkFailures.add(e);
            }
        }, clock, random, threads.minerThread());
    }

    /** An unsealed stand-in for a block that {@code miner} sealed elsewhere on {@code parent}. */
    private static Block blockFrom(Address miner, Block parent) {
        BlockHeader header = new BlockHeader(BlockLimits.VERSION, parent.header().networkId(), parent.height() + 1,
                parent.hash(), Hash32.ZERO, parent.header().stateRoot(), parent.header().timestamp() + 1, miner,
                parent.header().difficulty(), Bytes.EMPTY);
        return new Block(header, Bytes.EMPTY, Bytes.EMPTY, 0, List.of());
    }
}
