package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.Optional;

/**
 * {@code GET /status}: who the node is ({@code nodeId}, null when it has no node key; {@code type} {@code validator}
 * or {@code basic}), which chain (network id, genesis hash, and the {@link TransactionRules} a transaction must
 * meet), its head, sync state, peers, inbound admission, pool, mining and storage engine. Immutable.
 */
public record Status(
        Address nodeId,
        String type,
        long networkId,
        Hash32 genesisHash,
        Head head,
        Sync sync,
        int peerCount,
        int p2pPort,
        Admission admission,
        Pool pool,
        Mining mining,
        TransactionRules transactionRules,
        String storageEngine) {

    /** The node's id, absent for a node without a node key. */
    public Optional<Address> node() {
        return Optional.ofNullable(nodeId);
    }

    /** The head block: height, hash, total work from genesis, timestamp (ms). */
    public record Head(long height, Hash32 hash, BigInteger totalWork, long timestamp) {
    }

    /** {@code SYNCED}, or {@code SYNCING} towards {@code targetHeight}. */
    public record Sync(String state, long currentHeight, long targetHeight, double blocksPerSecond) {
    }

    /** The next inbound admission puzzle's difficulty, connections answering one, and IPs refused at accept. */
    public record Admission(int bits, int pending, int refusedIps) {
    }

    /** Executable ({@code pending}) and future ({@code queued}) pool transactions. */
    public record Pool(int size, int pending, int queued) {
    }

    /** {@code enabled} for a validator's miner; {@code sealing} while a nonce search runs; its trials per second. */
    public record Mining(boolean enabled, boolean sealing, double hashRate) {
    }

    /** What a transaction must meet on this chain: the stamp's leading zero bits and the largest {@code data}. */
    public record TransactionRules(int workBits, int maxDataBytes) {
    }
}
