package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.BlockHeader;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.BlockLimits;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.PlaceholderData;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.merkle.TxRoot;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateOverlay;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes a valid chain of small blocks quickly, from core APIs only: one authority (so every block is in turn and the
 * recency rule never bites), easy proof of work, and {@code transactionsPerBlock} 1-coin transfers per block from
 * one funded sender to {@value #RECIPIENTS} recipients in turn, or each to an address of its own
 * ({@link Recipients#FRESH}), so that the state grows by an account per transfer. Block timestamps are one second
 * apart and end in the past, so every node accepts the whole chain now.
 *
 * <p>Fast because signatures are not chained: a block's hash covers its seal hash and nonce but not the seal
 * signature, and a transaction's id covers its body but not its signature or stamp. So the headers are made in
 * order on the calling thread (state roots from a {@link StateTree} in memory, nonces found at
 * {@value #DIFFICULTY} bits), then every signature is made on {@code threads} workers. Not thread-safe.
 */
final class ChainGenerator {
    static final int DIFFICULTY = 8;
    static final int WORK_BITS = 4;
    static final long NETWORK_ID = 4242;
    private static final int RECIPIENTS = 16;
    private static final long SPACING_MS = 1_000;

    /** Whom the transfers pay. */
    enum Recipients {
        /** {@value #RECIPIENTS} addresses in turn: the state stays the same size. */
        RECURRING,
        /** A new address for every transfer: one more account, and its path of tree nodes, per transfer. */
        FRESH
    }

    /** What was written: the chain's parameters (for {@code init}), its head and the stream's size. */
    record Generated(ChainParams params, Hash32 headHash, long headHeight, long bytes) {
    }

    private final int threads;
    private final SecureRandom random = new SecureRandom();

    ChainGenerator(int threads) {
        this.threads = threads;
    }

    /** Writes genesis and {@code blocks} blocks to {@code out} as a block stream, as {@code ccoin export} would. */
    Generated generate(int blocks, int transactionsPerBlock, Path out) throws InterruptedException {
        return generate(blocks, transactionsPerBlock, Recipients.RECURRING, out);
    }

    /** Writes genesis and {@code blocks} blocks paying {@code recipients} to {@code out} as a block stream. */
    Generated generate(int blocks, int transactionsPerBlock, Recipients recipients, Path out)
            throws InterruptedException {
        KeyPair authority = RsaKeys.generate(RsaKeys.DEFAULT_BITS, random);
        KeyPair sender = RsaKeys.generate(RsaKeys.DEFAULT_BITS, random);
        Address miner = RsaKeys.address(authority.getPublic());
        Address from = RsaKeys.address(sender.getPublic());
        long start = System.currentTimeMillis() - (blocks + 60L) * SPACING_MS;
        ChainParams params = params(miner, from, start);
        Block genesis = Genesis.block(params);
        List<Unsealed> unsealed = headers(params, genesis, RsaKeys.encode(sender.getPublic()), blocks,
                transactionsPerBlock, recipients);
        List<Block> chain = seal(unsealed, authority, sender);
        long bytes = write(out, genesis, chain);
        Block head = chain.isEmpty() ? genesis : chain.get(chain.size() - 1);
        return new Generated(params, head.hash(), head.height(), bytes);
    }

    static ChainParams params(Address authority, Address funded, long genesisTimestamp) {
        Map<Address, Account> alloc = new TreeMap<>(Map.of(funded, new Account(Long.MAX_VALUE / 4, 0)));
        return new ChainParams(NETWORK_ID, List.of(authority),
                new ChainParams.BlockMining(5, 1, 500, 4_194_304, 100, DIFFICULTY, true, PlaceholderData.random(15),
                        2_000),
                new ChainParams.TransactionParams(WORK_BITS, 1024), 25,
                new ChainParams.GenesisHeader(genesisTimestamp, DIFFICULTY, "ccoin bench sync"), new TreeMap<>(alloc));
    }

    /** A header with its proof of work found and its transactions' bodies, all awaiting signatures. */
    private record Unsealed(BlockHeader header, long nonce, List<UnsignedTransaction> bodies) {
    }

    private List<Unsealed> headers(ChainParams params, Block genesis, Bytes senderKey, int blocks, int perBlock,
            Recipients recipients) {
        InMemoryNodeStore store = new InMemoryNodeStore();
        StateTree tree = new StateTree(store);
        Hash32 root = tree.update(Hash32.ZERO, params.alloc());
        TransactionRules rules = new TransactionRules(params);
        Address miner = params.authorities().get(0);
        List<Unsealed> unsealed = new ArrayList<>(blocks);
        Hash32 parent = genesis.hash();
        long nonce = 0;
        for (int height = 1; height <= blocks; height++) {
            long timestamp = params.genesis().timestamp() + height * SPACING_MS;
            StateOverlay state = new StateOverlay(tree.at(root));
            List<UnsignedTransaction> bodies = new ArrayList<>(perBlock);
            List<Hash32> ids = new ArrayList<>(perBlock);
            for (int i = 0; i < perBlock; i++, nonce++) {
                UnsignedTransaction body = UnsignedTransaction.builder()
                        .networkId(params.networkId())
                        .nonce(nonce)
                        .to(recipient(recipients == Recipients.FRESH ? nonce : nonce % RECIPIENTS))
                        .amount(1)
                        .timestamp(timestamp)
                        .senderKey(senderKey)
                        .build();
                // The state transition needs the body only; signature and stamp come later.
                rules.apply(new Transaction(body, 0, Bytes.EMPTY), state);
                bodies.add(body);
                ids.add(body.hash());
            }
            state.put(miner, state.account(miner).credit(params.mining().reward()));
            root = tree.update(root, state.changes());
            BlockHeader header = new BlockHeader(BlockLimits.VERSION, params.networkId(), height, parent,
                    TxRoot.of(ids), root, timestamp, miner, DIFFICULTY, Bytes.EMPTY);
            Hash32 sealHash = header.sealHash();
            long pow = Hashcash.smallestNonce(sealHash, DIFFICULTY);
            unsealed.add(new Unsealed(header, pow, bodies));
            parent = Sha256.hashWithNonce(sealHash, pow);
        }
        return unsealed;
    }

    private static Address recipient(long index) {
        byte[] hash = Sha256.hash(("ccoin bench sync recipient " + index).getBytes(StandardCharsets.UTF_8)).toArray();
        return Address.of(Arrays.copyOf(hash, Address.LENGTH));
    }

    private List<Block> seal(List<Unsealed> unsealed, KeyPair authority, KeyPair sender) throws InterruptedException {
        Bytes minerKey = RsaKeys.encode(authority.getPublic());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ccoin-bench-sealer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Block>> futures = new ArrayList<>(unsealed.size());
            for (Unsealed u : unsealed) {
                futures.add(pool.submit(() -> {
                    List<Transaction> txs = new ArrayList<>(u.bodies().size());
                    for (UnsignedTransaction body : u.bodies()) {
                        txs.add(body.sign(sender, WORK_BITS));
                    }
                    Bytes seal = Pss.sign(authority.getPrivate(), u.header().sealHash());
                    return new Block(u.header(), minerKey, seal, u.nonce(), txs);
                }));
            }
            List<Block> blocks = new ArrayList<>(futures.size());
            for (Future<Block> future : futures) {
                blocks.add(future.get());
            }
            return blocks;
        } catch (ExecutionException e) {
            throw new CommandFailure("sealing the generated chain failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long write(Path out, Block genesis, List<Block> chain) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            stream.write(genesis.encode());
            for (Block block : chain) {
                stream.write(block.encode());
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage(), e);
        }
        try {
            return Files.size(out);
        } catch (IOException e) {
            throw new CommandFailure("cannot read the size of " + out + ": " + e.getMessage(), e);
        }
    }
}
