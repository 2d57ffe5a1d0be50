package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.Genesis;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockValidator;
import dev.ccoin.node.consensus.VerifiedSignatures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Where the time of a full-block import goes, from the node's public stages, in a separate untimed-for-throughput
 * pass over a fresh data dir. Per block, in this order: decoding; the header rules; {@code execute} (body rules,
 * transaction signatures, state transition) with an empty signature cache on one thread, then on two; {@code
 * execute} once more with the signatures cached, which leaves the state transition and the cheap checks; and the
 * real import. The signatures' share is the difference of the cold and the cached {@code execute}; store, indexes
 * and head are what the import spends beyond decoding, header rules and a cold {@code execute}. Approximate: the
 * earlier passes warm LevelDB's cache for the later ones. The cached pass also counts the state-tree node reads
 * that reach the database. Owned by one thread.
 */
final class ImportBreakdown {
    /** Mean milliseconds per block of each stage. */
    record Result(int blocks, double decodeMs, double headerMs, double executeOneThreadMs, double executeTwoThreadsMs,
            double executeCachedMs, double importMs, double stateNodeReads) {
        double signaturesOneThreadMs() {
            return executeOneThreadMs - executeCachedMs;
        }

        double signaturesTwoThreadsMs() {
            return executeTwoThreadsMs - executeCachedMs;
        }

        double storeMs() {
            return importMs - headerMs - executeOneThreadMs;
        }
    }

    private final FullBlockChain chain;
    private final Path workDir;

    ImportBreakdown(FullBlockChain chain, Path workDir) {
        this.chain = chain;
        this.workDir = workDir;
    }

    Result run() {
        ChainParams params = chain.params();
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool two = new ForkJoinPool(2);
        long[] nanos = new long[6];
        long stateReads;
        try (ScratchChain scratch = ScratchChain.create(workDir, params, 1)) {
            BlockValidator single = new BlockValidator(params, Clock.systemUTC(), one, new VerifiedSignatures());
            BlockValidator dual = new BlockValidator(params, Clock.systemUTC(), two, new VerifiedSignatures());
            NodeStore nodes = scratch.stateNodes();
            CountingNodeStore counted = new CountingNodeStore(nodes);
            Hash32 parentRoot = Genesis.block(params).header().stateRoot();
            System.gc();
            for (byte[] wire : chain.blocks()) {
                long t0 = System.nanoTime();
                Block block = Block.decode(wire);
                long t1 = System.nanoTime();
                single.checkHeader(block);
                long t2 = System.nanoTime();
                single.execute(block, parentRoot, nodes);
                long t3 = System.nanoTime();
                dual.execute(block, parentRoot, nodes);
                long t4 = System.nanoTime();
                single.execute(block, parentRoot, counted);
                long t5 = System.nanoTime();
                scratch.importHead(block);
                long t6 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
                nanos[5] += t6 - t5;
                parentRoot = block.header().stateRoot();
            }
            stateReads = counted.reads;
        } finally {
            one.shutdown();
            two.shutdown();
        }
        int blocks = chain.blocks().size();
        double perBlock = 1e6 * blocks;
        return new Result(blocks, nanos[0] / perBlock, nanos[1] / perBlock, nanos[2] / perBlock,
                nanos[3] / perBlock, nanos[4] / perBlock, nanos[5] / perBlock, stateReads / (double) blocks);
    }

    /** Counts the node reads that reach the database. */
    private static final class CountingNodeStore implements NodeStore {
        private final NodeStore store;
        private long reads;

        CountingNodeStore(NodeStore store) {
            this.store = store;
        }

        @Override
        public Optional<StateNode> get(Hash32 hash) {
            reads++;
            return store.get(hash);
        }

        @Override
        public void put(Hash32 hash, StateNode node) {
            store.put(hash, node);
        }
    }
}
