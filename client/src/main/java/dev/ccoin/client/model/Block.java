package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.List;

/**
 * A block as {@code GET /blocks/{id}}, the {@code block} event and pages of {@code GET /blocks} show it: the header
 * fields, the block hash and seal nonce, whether it was sealed in turn, its work and the total work up to it, whether
 * it is canonical, its encoded size, and its transactions' hashes — empty in a page of {@code /blocks}, which leaves
 * them out (see {@link #transactionCount()}). Immutable.
 */
public record Block(
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
        List<Hash32> transactions) {

    public Block {
        transactions = transactions == null ? List.of() : List.copyOf(transactions);
    }
}
