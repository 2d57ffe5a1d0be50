package dev.ccoin.bench.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Bytes;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of full blocks for the throughput test, generated once and kept as wire bytes, so every timed import
 * decodes and validates it as it would a peer's or an export file's. Every transaction pays 1 coin to an address
 * never seen before, so each block also adds its transaction count of new accounts to the state. The senders take
 * turns within a block ({@code tx j} is from sender {@code j mod S}), so their nonces chain inside and across blocks.
 * Immutable.
 */
final class FullBlockChain {
    private final ChainParams params;
    private final List<byte[]> blocks;
    private final List<Transaction> sample;
    private final int transactionsPerBlock;

    private FullBlockChain(ChainParams params, List<byte[]> blocks, List<Transaction> sample,
            int transactionsPerBlock) {
        this.params = params;
        this.blocks = List.copyOf(blocks);
        this.sample = List.copyOf(sample);
        this.transactionsPerBlock = transactionsPerBlock;
    }

    /**
     * Generates {@code blockCount} blocks of {@code perBlock} transactions each; {@code perBlock} must be a
     * multiple of the number of senders.
     */
    static FullBlockChain generate(KeyPair authority, List<KeyPair> senders, int blockCount, int perBlock,
            SigningPool signers) {
        int senderCount = senders.size();
        if (perBlock % senderCount != 0) {
            throw new IllegalArgumentException(perBlock + " transactions per block do not divide among "
                    + senderCount + " senders");
        }
        int perSender = perBlock / senderCount;
        List<Bytes> senderKeys = senders.stream().map(keys -> RsaKeys.encode(keys.getPublic())).toList();
        ChainParams params = BenchParams.of(authority, senders, perBlock, "import bench: full blocks");
        InMemoryNodeStore store = new InMemoryNodeStore();
        Block parent = BlockBuilder.genesis(params, store);
        List<byte[]> blocks = new ArrayList<>(blockCount);
        List<Transaction> sample = new ArrayList<>();
        for (int b = 0; b < blockCount; b++) {
            long height = b + 1L;
            long timestamp = BenchParams.timestamp(height);
            long firstNonce = (long) b * perSender;
            long firstRecipient = (long) b * perBlock;
            List<Transaction> txs = signers.map(perBlock, j -> UnsignedTransaction.builder()
                    .networkId(BenchParams.NETWORK_ID)
                    .nonce(firstNonce + j / senderCount)
                    .to(BenchParams.recipient(firstRecipient + j))
                    .amount(1)
                    .timestamp(timestamp - 1)
                    .senderKey(senderKeys.get(j % senderCount))
                    .build()
                    .sign(senders.get(j % senderCount), BenchParams.WORK_BITS));
            Block block = BlockBuilder.on(params, parent, store).signer(authority).timestamp(timestamp)
                    .transactions(txs).build();
            blocks.add(block.encode());
            if (b == 0) {
                sample.addAll(txs);
            }
            parent = block;
        }
        return new FullBlockChain(params, blocks, sample, perBlock);
    }

    ChainParams params() {
        return params;
    }

    /** The blocks after genesis, in height order, as wire bytes. */
    List<byte[]> blocks() {
        return blocks;
    }

    /** An export stream of genesis and the first {@code count} blocks, as {@code ccoin export} writes it. */
    byte[] stream(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Genesis.block(params).encode());
        blocks.subList(0, count).forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** The first block's transactions: real signatures by every sender, for timing verification alone. */
    List<Transaction> sample() {
        return sample;
    }

    int transactionsPerBlock() {
        return transactionsPerBlock;
    }

    long transactions() {
        return (long) transactionsPerBlock * blocks.size();
    }

    long bytes() {
        return blocks.stream().mapToLong(wire -> wire.length).sum();
    }
}
