package dev.ccoin.core.testing;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;

/**
 * A sealed block that is valid by default on top of a parent — so a test changes only the one field it is about.
 *
 * <p>Defaults: the next height, the parent's hash, the parent's timestamp + 1 000 ms, the chain's version, network
 * and difficulty, no data, no transactions; sealed by the in-turn authority (found among {@link TestKeys} 0..N-1,
 * which is what {@link TestChain#params} makes the authorities; set {@link #signer} for other chains). The builder
 * computes the txRoot, applies the transactions in order and then the reward to the parent's state with a
 * {@link StateTree} over the given {@link NodeStore} — writing the new nodes there, so the next block can be built
 * on this one — signs the seal hash and takes the smallest nonce that meets the difficulty.
 *
 * <p>Every setter breaks at most one field; {@link #stateRoot}, {@link #txRoot}, {@link #nonce}, {@link #signature}
 * and {@link #minerKey} replace the computed value. A transaction that does not apply (and a reward that would
 * overflow) is left out of the computed state root: such a block is invalid for that reason anyway. Not
 * thread-safe; test-only.
 */
public final class BlockBuilder {
    private static final long DEFAULT_SPACING_MS = 1_000;

    private final ChainParams params;
    private final Block parent;
    private final NodeStore store;

    private int version = BlockLimits.VERSION;
    private long networkId;
    private long height;
    private Hash32 parentHash;
    private long timestamp;
    private int difficulty;
    private Bytes data = Bytes.EMPTY;
    private List<Transaction> transactions = List.of();
    private KeyPair signer;
    private Address miner;
    private Bytes minerKey;
    private Hash32 txRoot;
    private Hash32 stateRoot;
    private Bytes signature;
    private Long nonce;
    private boolean insufficientWork;

    private BlockBuilder(ChainParams params, Block parent, NodeStore store) {
        this.params = params;
        this.parent = parent;
        this.store = store;
        this.networkId = params.networkId();
        this.height = parent.height() + 1;
        this.parentHash = parent.hash();
        this.timestamp = parent.header().timestamp() + DEFAULT_SPACING_MS;
        this.difficulty = params.mining().difficulty();
    }

    /** A block on {@code parent}, whose state root must be readable from {@code store}. */
    public static BlockBuilder on(ChainParams params, Block parent, NodeStore store) {
        return new BlockBuilder(params, parent, store);
    }

    /** A block on the chain's genesis; writes the genesis alloc to {@code store} first. */
    public static BlockBuilder onGenesis(ChainParams params, NodeStore store) {
        return on(params, genesis(params, store), store);
    }

    /** The genesis block of {@code params}, with its alloc written to {@code store} so blocks can build on it. */
    public static Block genesis(ChainParams params, NodeStore store) {
        Block genesis = Genesis.block(params);
        Hash32 root = new StateTree(store).update(Hash32.ZERO, params.alloc());
        if (!root.equals(genesis.header().stateRoot())) {
            throw new IllegalStateException("the alloc's root " + root + " is not the genesis state root");
        }
        return genesis;
    }

    public BlockBuilder version(int version) {
        this.version = version;
        return this;
    }

    public BlockBuilder networkId(long networkId) {
        this.networkId = networkId;
        return this;
    }

    public BlockBuilder height(long height) {
        this.height = height;
        return this;
    }

    public BlockBuilder parentHash(Hash32 parentHash) {
        this.parentHash = parentHash;
        return this;
    }

    public BlockBuilder timestamp(long timestamp) {
        this.timestamp = timestamp;
        return this;
    }

    /** The header's difficulty; the nonce is searched at it, so the proof of work matches what the header claims. */
    public BlockBuilder difficulty(int difficulty) {
        this.difficulty = difficulty;
        return this;
    }

    public BlockBuilder data(Bytes data) {
        this.data = data;
        return this;
    }

    public BlockBuilder transactions(List<Transaction> transactions) {
        this.transactions = List.copyOf(transactions);
        return this;
    }

    public BlockBuilder transactions(Transaction... transactions) {
        return transactions(Arrays.asList(transactions));
    }

    /** Seals with this key: it sets the miner, the miner key and the signature (unless those are set too). */
    public BlockBuilder signer(KeyPair signer) {
        this.signer = signer;
        return this;
    }

    /** The header's miner, keeping the signer's key and signature. */
    public BlockBuilder miner(Address miner) {
        this.miner = miner;
        return this;
    }

    public BlockBuilder minerKey(Bytes minerKey) {
        this.minerKey = minerKey;
        return this;
    }

    public BlockBuilder txRoot(Hash32 txRoot) {
        this.txRoot = txRoot;
        return this;
    }

    public BlockBuilder stateRoot(Hash32 stateRoot) {
        this.stateRoot = stateRoot;
        return this;
    }

    public BlockBuilder signature(Bytes signature) {
        this.signature = signature;
        return this;
    }

    public BlockBuilder nonce(long nonce) {
        this.nonce = nonce;
        return this;
    }

    /** Takes the smallest nonce that does <em>not</em> meet the difficulty. */
    public BlockBuilder insufficientWork() {
        this.insufficientWork = true;
        return this;
    }

    public Block build() {
        KeyPair sealer = signer != null ? signer : inTurnKey();
        Address headerMiner = miner != null ? miner : RsaKeys.address(sealer.getPublic());
        Hash32 root = txRoot != null ? txRoot : TxRoot.of(transactions.stream().map(Transaction::hash).toList());
        Hash32 state = stateRoot != null ? stateRoot : computeStateRoot(headerMiner);
        BlockHeader header = new BlockHeader(version, networkId, height, parentHash, root, state, timestamp,
                headerMiner, difficulty, data);
        Hash32 sealHash = header.sealHash();
        Bytes key = minerKey != null ? minerKey : RsaKeys.encode(sealer.getPublic());
        Bytes seal = signature != null ? signature : Pss.sign(sealer.getPrivate(), sealHash);
        return new Block(header, key, seal, chooseNonce(sealHash), transactions);
    }

    /** The in-turn authority's key among {@link TestKeys} 0..N-1. */
    public KeyPair inTurnKey() {
        return keyOf(params.inTurnAuthority(height));
    }

    /** The {@link TestKeys} pair (among the first N) of authority {@code address}. */
    public KeyPair keyOf(Address address) {
        for (int i = 0; i < params.authorities().size(); i++) {
            KeyPair keys = TestKeys.get(i);
            if (RsaKeys.address(keys.getPublic()).equals(address)) {
                return keys;
            }
        }
        throw new IllegalStateException("authority " + address + " is not one of TestKeys 0.." +
                (params.authorities().size() - 1) + "; set the signer");
    }

    private Hash32 computeStateRoot(Address rewarded) {
        Hash32 parentRoot = parent.header().stateRoot();
        StateTree tree = new StateTree(store);
        StateOverlay state = new StateOverlay(tree.at(parentRoot));
        TransactionRules rules = new TransactionRules(params);
        for (Transaction tx : transactions) {
            try {
                rules.apply(tx, state);
            } catch (InvalidTransactionException e) {
                // Left out: the block is invalid for this transaction, whatever its state root.
            }
        }
        try {
            state.put(rewarded, state.account(rewarded).credit(params.mining().reward()));
        } catch (ArithmeticException e) {
            // Left out: the block is invalid for the overflowing reward.
        }
        return tree.update(parentRoot, state.changes());
    }

    private long chooseNonce(Hash32 sealHash) {
        if (nonce != null) {
            return nonce;
        }
        if (!insufficientWork) {
            return Hashcash.smallestNonce(sealHash, difficulty);
        }
        if (difficulty == 0) {
            throw new IllegalStateException("every nonce meets difficulty 0");
        }
        for (long n = 0; ; n++) {
            if (!Hashcash.meets(sealHash, n, difficulty)) {
                return n;
            }
        }
    }
}
