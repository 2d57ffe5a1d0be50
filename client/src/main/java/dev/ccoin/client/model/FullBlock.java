package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.List;

/**
 * A block with its transactions in full ({@code GET /blocks/{id}?full=true}): the fields of {@link Block}, with
 * {@link TransactionInfo}s instead of hashes. Immutable.
 */
public record FullBlock(
        Hash32 hash,
        long height,
        int version,
        long networkId,
        Hash32 parentHash,
        Hash32 txRoot,
        Hash32 stateRoot,
        long timestamp,
        Address miner,
        int difficulty,
        Bytes data,
        long nonce,
        boolean inTurn,
        BigInteger work,
        BigInteger totalWork,
        boolean canonical,
        int size,
        int transactionCount,
        List<TransactionInfo> transactions) {

    public FullBlock {
        transactions = List.copyOf(transactions);
    }
}
