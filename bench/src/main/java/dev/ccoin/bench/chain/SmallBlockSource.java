package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An endless chain of small blocks, one transfer each, for the history test; every block has the same shape. Made
 * in chunks: first the headers, in order, on the calling thread — a block's hash covers its seal hash and nonce but
 * not its seal signature, so a header never waits for its parent's signature — then every transaction and seal
 * signature of the chunk on the {@link SigningPool}. The senders take turns and pay 1 coin to one of
 * {@link #RECIPIENTS} accounts, so the state stays a few dozen accounts: it is kept whole here and each root is
 * computed from scratch, and nothing the generator does grows with the chain. Owned by one thread at a time.
 */
final class SmallBlockSource {
    static final int RECIPIENTS = 16;

    private final ChainParams params;
    private final KeyPair authority;
    private final Address miner;
    private final Bytes minerKey;
    private final List<KeyPair> senders;
    private final List<Bytes> senderKeys;
    private final List<Address> senderAddresses;
    private final SigningPool signers;
    private final SortedMap<Address, Account> state;
    private Hash32 parentHash;
    private long height;

    /** A header made but not yet signed, with its transaction. */
    private record Draft(BlockHeader header, long nonce, UnsignedTransaction tx, long workNonce, int sender) {
    }

    SmallBlockSource(KeyPair authority, List<KeyPair> senders, SigningPool signers) {
        this.params = BenchParams.of(authority, senders, 1, "import bench: small blocks");
        this.authority = authority;
        this.miner = RsaKeys.address(authority.getPublic());
        this.minerKey = RsaKeys.encode(authority.getPublic());
        this.senders = List.copyOf(senders);
        this.senderKeys = senders.stream().map(keys -> RsaKeys.encode(keys.getPublic())).toList();
        this.senderAddresses = senders.stream().map(keys -> RsaKeys.address(keys.getPublic())).toList();
        this.signers = signers;
        this.state = new TreeMap<>(params.alloc());
        this.parentHash = Genesis.block(params).hash();
    }

    ChainParams params() {
        return params;
    }

    /** The height of the last block made. */
    long height() {
        return height;
    }

    /** The next {@code count} blocks of the chain. */
    List<Block> next(int count) {
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(draft());
        }
        return signers.map(count, i -> seal(drafts.get(i)));
    }

    private Draft draft() {
        height++;
        long timestamp = BenchParams.timestamp(height);
        int sender = (int) (height % senders.size());
        Address from = senderAddresses.get(sender);
        Address to = BenchParams.recipient(height % RECIPIENTS);
        UnsignedTransaction tx = UnsignedTransaction.builder()
                .networkId(BenchParams.NETWORK_ID)
                .nonce(state.get(from).nonce())
                .to(to)
                .amount(1)
                .timestamp(timestamp - 1)
                .senderKey(senderKeys.get(sender))
                .build();
        Hash32 txHash = tx.hash();
        state.put(from, state.get(from).debit(1).nextNonce());
        state.put(to, state.getOrDefault(to, Account.EMPTY).credit(1));
        state.put(miner, state.getOrDefault(miner, Account.EMPTY).credit(params.mining().reward()));
        Hash32 stateRoot = new StateTree(new InMemoryNodeStore()).update(Hash32.ZERO, state);
        BlockHeader header = new BlockHeader(BlockLimits.VERSION, BenchParams.NETWORK_ID, height, parentHash,
                TxRoot.of(List.of(txHash)), stateRoot, timestamp, miner, BenchParams.DIFFICULTY, Bytes.EMPTY);
        Hash32 sealHash = header.sealHash();
        long nonce = Hashcash.smallestNonce(sealHash, BenchParams.DIFFICULTY);
        parentHash = Sha256.hashWithNonce(sealHash, nonce);
        return new Draft(header, nonce, tx, Hashcash.smallestNonce(txHash, BenchParams.WORK_BITS), sender);
    }

    private Block seal(Draft draft) {
        Transaction tx = new Transaction(draft.tx(), draft.workNonce(),
                Pss.sign(senders.get(draft.sender()).getPrivate(), draft.tx().hash()));
        Bytes signature = Pss.sign(authority.getPrivate(), draft.header().sealHash());
        return new Block(draft.header(), minerKey, signature, draft.nonce(), List.of(tx));
    }
}
