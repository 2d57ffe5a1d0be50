package dev.ccoin.node.consensus;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Hash32;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A block that breaks a consensus rule: the {@link BlockReason}, the block's hash and height, and for
 * {@link BlockReason#INVALID_TRANSACTION} the transaction's reason, index and hash. The message reads
 * {@code "REASON at height H, block 0123456789abcdef: detail"}, so a caller can log it as it is. Thrown, never
 * logged, by the consensus package. Immutable.
 */
public final class InvalidBlockException extends RuntimeException {
    private static final int SHORT_HASH = 16;

    private final BlockReason reason;
    private final Hash32 blockHash;
    private final long height;
    private final TxReason txReason;
    private final int txIndex;
    private final Hash32 txHash;

    public InvalidBlockException(BlockReason reason, Hash32 blockHash, long height, String message) {
        this(reason, blockHash, height, message, null, -1, null, null);
    }

    /** {@link BlockReason#INVALID_TRANSACTION}: transaction {@code txIndex} of the block failed with {@code cause}. */
    public InvalidBlockException(Hash32 blockHash, long height, int txIndex, InvalidTransactionException cause) {
        this(BlockReason.INVALID_TRANSACTION, blockHash, height,
                "transaction " + txIndex + " (" + cause.hash().shortHex(SHORT_HASH) + ") " + cause.getMessage(),
                cause.reason(), txIndex, cause.hash(), cause);
    }

    private InvalidBlockException(BlockReason reason, Hash32 blockHash, long height, String message,
            TxReason txReason, int txIndex, Hash32 txHash, Throwable cause) {
        super(reason + " at height " + height + ", block " + blockHash.shortHex(SHORT_HASH) + ": " + message, cause);
        this.reason = reason;
        this.blockHash = blockHash;
        this.height = height;
        this.txReason = txReason;
        this.txIndex = txIndex;
        this.txHash = txHash;
    }

    /** {@code block} breaks the rule behind {@code reason}. */
    public static InvalidBlockException of(Block block, BlockReason reason, String message) {
        return new InvalidBlockException(reason, block.hash(), block.height(), message);
    }

    public BlockReason reason() {
        return reason;
    }

    public Hash32 blockHash() {
        return blockHash;
    }

    public long height() {
        return height;
    }

    /** See {@link BlockReason#blamesSender()}. */
    public boolean blamesSender() {
        return reason.blamesSender();
    }

    /** The failing transaction's reason, for {@link BlockReason#INVALID_TRANSACTION}. */
    public Optional<TxReason> txReason() {
        return Optional.ofNullable(txReason);
    }

    /** The failing transaction's position in the block, for {@link BlockReason#INVALID_TRANSACTION}. */
    public OptionalInt txIndex() {
        return txIndex < 0 ? OptionalInt.empty() : OptionalInt.of(txIndex);
    }

    /** The failing transaction's id, for {@link BlockReason#INVALID_TRANSACTION}. */
    public Optional<Hash32> txHash() {
        return Optional.ofNullable(txHash);
    }
}
