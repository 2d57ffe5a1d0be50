package dev.ccoin.node.api.status;

import java.math.BigInteger;

/**
 * {@code GET /status}: who the node is ({@code nodeId}, the address of its node key, null when it has none;
 * {@code type} validator or basic), which chain (network id, genesis hash, and the transaction rules a client
 * needs to build a transaction: the stamp's {@code workBits} and the largest {@code data}), where its head is, its
 * sync state, peer count, the admission of inbound connections, pool size, mining, and the {@code storageEngine} its
 * data dir is open on ({@code native} or {@code java}). Immutable.
 */
public record StatusView(
        String nodeId,
        String type,
        long networkId,
        String genesisHash,
        Head head,
        Sync sync,
        int peerCount,
        int p2pPort,
        Admission admission,
        Pool pool,
        Mining mining,
        TransactionRules transactionRules,
        String storageEngine) {

    /** The head block: height, hash, total work from genesis, timestamp (ms). */
    public record Head(long height, String hash, BigInteger totalWork, long timestamp) {
    }

    /** {@code SYNCED}, or {@code SYNCING} towards {@code targetHeight}. */
    public record Sync(String state, long currentHeight, long targetHeight, double blocksPerSecond) {
    }

    /**
     * The difficulty of the next admission puzzle, the connections waiting to answer one, and the IPs refused at
     * accept for failing too often (protocol §8 step 1).
     */
    public record Admission(int bits, int pending, int refusedIps) {
    }

    /** Executable ({@code pending}) and future ({@code queued}) pool transactions. */
    public record Pool(int size, int pending, int queued) {
    }

    /**
     * {@code enabled} for a validator's miner; {@code sealing} while a nonce search runs; its trials per second.
     */
    public record Mining(boolean enabled, boolean sealing, double hashRate) {
    }

    /** What a client needs to build a valid transaction for this chain. */
    public record TransactionRules(int workBits, int maxDataBytes) {
    }
}
