package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateNode;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.VerifiedSignatures;
import dev.ccoin.node.consensus.rules.BlockValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Where the time of a full-block import goes, from the node's public stages, in a separate pass over a fresh data
 * dir. Per block, in this order:
 *
 * <ol>
 *   <li>decoding, and the header rules;
 *   <li>{@code execute} with every signature already verified (untimed, beforehand): the state transition on
 *       state the chain has not read yet, plus the txRoot and stamp checks — then once more, now on read state;
 *   <li>{@code execute} with no signature cached, on one thread and then on two: minus the second run above, what
 *       the transaction signatures cost;
 *   <li>the real import: minus the header rules and a one-thread {@code execute}, what the store, the indexes and
 *       the head cost in their one synced batch, with holding the new state nodes in memory and the commits that
 *       fall in the blocks imported.
 * </ol>
 *
 * Approximate: each stage runs warmer than in a single import (LevelDB's and the chain's caches). The first
 * {@code execute} also counts the state-tree node lookups it makes and the new nodes it returns, which the chain holds.
 * Owned by one thread.
 */
final class ImportBreakdown {
    /** Mean milliseconds per block of each stage. */
    record Result(int blocks, double decodeMs, double headerMs, double stateMs, double signaturesOneThreadMs,
            double signaturesTwoThreadsMs, double storeMs, double nodeLookups, double nodesWritten) {
        /** The stages of one import added up: decode, header, state, signatures on one thread, store. */
        double totalMs() {
            return decodeMs + headerMs + stateMs + signaturesOneThreadMs + storeMs;
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
        TransactionRules rules = new TransactionRules(params);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool two = new ForkJoinPool(2);
        long decode = 0;
        long header = 0;
        long state = 0;
        long signaturesOne = 0;
        long signaturesTwo = 0;
        long store = 0;
        long written = 0;
        long lookups;
        try (ScratchChain scratch = ScratchChain.create(workDir, params, 1)) {
            VerifiedSignatures preVerified = new VerifiedSignatures(Integer.MAX_VALUE);
            BlockValidator known = new BlockValidator(params, Clock.systemUTC(), one, preVerified);
            BlockValidator single = new BlockValidator(params, Clock.systemUTC(), one, new VerifiedSignatures());
            BlockValidator dual = new BlockValidator(params, Clock.systemUTC(), two, new VerifiedSignatures());
            CountingNodeStore nodes = new CountingNodeStore(scratch.stateNodes());
            Hash32 parentRoot = Genesis.block(params).header().stateRoot();
            System.gc();
            for (byte[] wire : chain.blocks()) {
                long t0 = System.nanoTime();
                Block block = Block.decode(wire);
                long t1 = System.nanoTime();
                single.checkHeader(block);
                long t2 = System.nanoTime();
                for (Transaction tx : block.transactions()) {
                    rules.checkSignature(tx);
                    preVerified.add(tx);
                }
                nodes.counting = true;
                long t3 = System.nanoTime();
                written += known.execute(block, parentRoot, nodes).nodes().size();
                long t4 = System.nanoTime();
                nodes.counting = false;
                known.execute(block, parentRoot, nodes);
                long t5 = System.nanoTime();
                single.execute(block, parentRoot, nodes);
                long t6 = System.nanoTime();
                dual.execute(block, parentRoot, nodes);
                long t7 = System.nanoTime();
                scratch.importHead(block);
                long t8 = System.nanoTime();
                decode += t1 - t0;
                header += t2 - t1;
                state += t4 - t3;
                signaturesOne += (t6 - t5) - (t5 - t4);
                signaturesTwo += (t7 - t6) - (t5 - t4);
                store += (t8 - t7) - (t2 - t1) - (t6 - t5);
                parentRoot = block.header().stateRoot();
            }
            lookups = nodes.lookups;
        } finally {
            one.shutdown();
            two.shutdown();
        }
        int blocks = chain.blocks().size();
        double perBlock = 1e6 * blocks;
        return new Result(blocks, decode / perBlock, header / perBlock, state / perBlock, signaturesOne / perBlock,
                signaturesTwo / perBlock, store / perBlock, lookups / (double) blocks, written / (double) blocks);
    }

    /** Counts the node lookups made while {@link #counting}. */
    private static final class CountingNodeStore implements NodeStore {
        private final NodeStore store;
        private boolean counting;
        private long lookups;

        CountingNodeStore(NodeStore store) {
            this.store = store;
        }

        @Override
        public Optional<StateNode> get(Hash32 hash) {
            if (counting) {
                lookups++;
            }
            return store.get(hash);
        }

        @Override
        public void put(Hash32 hash, StateNode node) {
            store.put(hash, node);
        }
    }
}
