package dev.ccoin.node.mining;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.BufferedNodeStore;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.txpool.PendingTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembles the next block on a head (protocol §6): takes up to {@code max_bound} executable transactions from the
 * pool in the pool's order, applies each to a {@link StateOverlay} over the head's state and skips the ones that no
 * longer apply (the pool may lag the head), stops before the block's wire size would pass
 * {@code max_block_bytes}, credits the miner the chain's reward and computes both roots. The new state-tree nodes
 * go to a {@link BufferedNodeStore} that is dropped afterwards, so building writes nothing: the chain computes and
 * stores them again if it imports the block. The pool admits only transactions that pass the stateless rules, so
 * only the state rules (nonce, balance) are run here.
 *
 * <p>Header: version 1, height parent + 1, {@code timestamp = max(now, parent.timestamp + 1)}, the chain's
 * difficulty, no data unless the block is empty, when it carries {@code placeholder_data}. Whether an empty
 * candidate may be sealed is the caller's call. Not thread-safe (it draws placeholder data from its random
 * generator); it belongs to the miner thread.
 */
public final class CandidateBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateBuilder.class);
    /** The largest nonce encodes longest (uint64), so a size estimated with it holds for any nonce. */
    private static final long WIDEST_NONCE = Long.MAX_VALUE;

    private final ChainParams params;
    private final TransactionRules rules;
    private final MinerKey key;
    private final PendingTransactions pending;
    private final NodeStore nodes;
    private final RandomGenerator random;

    /**
     * @param nodes  where the head's state-tree nodes are read from; never written
     * @param random draws {@code rnd} placeholder data
     */
    public CandidateBuilder(ChainParams params, MinerKey key, PendingTransactions pending, NodeStore nodes,
            RandomGenerator random) {
        this.params = params;
        this.rules = new TransactionRules(params);
        this.key = key;
        this.pending = pending;
        this.nodes = nodes;
        this.random = random;
    }

    /**
     * The candidate on {@code head}.
     *
     * @param parentState the accounts at {@code head}'s state root
     * @param nowMillis   the wall clock, Unix ms
     * @throws ArithmeticException if the reward would overflow the miner's balance, which no valid block can do
     */
    public Candidate build(ChainHead head, StateView parentState, long nowMillis) {
        BlockHeader parent = head.block().header();
        long height = Math.addExact(parent.height(), 1);
        long timestamp = Math.max(nowMillis, Math.addExact(parent.timestamp(), 1));
        ChainParams.BlockMining mining = params.mining();

        StateOverlay state = new StateOverlay(parentState);
        List<Transaction> included = new ArrayList<>();
        List<Hash32> hashes = new ArrayList<>();
        long fixedBytes = wireBytesWithoutTransactions(height, head.hash(), timestamp);
        long txBytes = 0;
        for (Transaction tx : pending.executable(mining.maxBound())) {
            if (included.size() >= mining.maxBound()) {
                break;
            }
            int size = tx.encodedSize();
            if (fixedBytes + arrayHeaderBytes(included.size() + 1) + txBytes + size > mining.maxBlockBytes()) {
                LOG.debug("Block {} is full at {} transactions ({} bytes of them)", height, included.size(), txBytes);
                break;
            }
            if (tryApply(tx, state)) {
                included.add(tx);
                hashes.add(tx.hash());
                txBytes += size;
            }
        }
        state.put(key.address(), state.account(key.address()).credit(mining.reward()));

        Hash32 stateRoot = new StateTree(new BufferedNodeStore(nodes)).update(head.stateRoot(), state.changes());
        Bytes data = included.isEmpty() ? mining.placeholderData().generate(random) : Bytes.EMPTY;
        BlockHeader header = new BlockHeader(BlockLimits.VERSION, params.networkId(), height, head.hash(),
                TxRoot.of(hashes), stateRoot, timestamp, key.address(), mining.difficulty(), data);
        return new Candidate(header, included);
    }

    /** Applies {@code tx} to {@code state} if it still applies; leaves {@code state} untouched if not. */
    private boolean tryApply(Transaction tx, StateOverlay state) {
        StateOverlay attempt = new StateOverlay(state);
        try {
            rules.apply(tx, attempt);
        } catch (InvalidTransactionException e) {
            LOG.debug("Leaving out transaction {}: {}", tx.hash().shortHex(16), e.getMessage());
            return false;
        }
        attempt.changes().forEach(state::put);
        return true;
    }

    /**
     * The wire size of a sealed block with this header and no transactions, less the one-byte empty array: the
     * header of a block with transactions has empty data and 32-byte roots whatever their values, the signature is
     * as long as the key's modulus, and the nonce is counted at its widest.
     */
    private long wireBytesWithoutTransactions(long height, Hash32 parentHash, long timestamp) {
        BlockHeader probe = new BlockHeader(BlockLimits.VERSION, params.networkId(), height, parentHash, Hash32.ZERO,
                Hash32.ZERO, timestamp, key.address(), params.mining().difficulty(), Bytes.EMPTY);
        Block block = new Block(probe, key.publicKey(), Bytes.of(new byte[key.signatureBytes()]), WIDEST_NONCE,
                List.of());
        return block.encode().length - arrayHeaderBytes(0);
    }

    /** The size of a MessagePack array header: fixarray, array16 or array32. */
    static int arrayHeaderBytes(int count) {
        if (count < 16) {
            return 1;
        }
        return count < 65_536 ? 3 : 5;
    }
}
