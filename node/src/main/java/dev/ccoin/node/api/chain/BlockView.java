package dev.ccoin.node.api.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigInteger;
import java.util.List;

/**
 * A block as the API shows it: the header fields (hex for hashes, the miner and {@code data}), the block hash and
 * nonce, whether it was sealed in turn, the work it adds and the total work up to it, whether it is on the
 * canonical chain, its encoded size, and its transactions — as hashes, as full transaction views, or left out
 * (null, not shown) in pages of headers. Immutable.
 */
public record BlockView(
        String hash,
        long height,
        int version,
        long networkId,
        String parentHash,
        String txRoot,
        String stateRoot,
        long timestamp,
        String miner,
        int difficulty,
        String data,
        long nonce,
        boolean inTurn,
        BigInteger work,
        BigInteger totalWork,
        boolean canonical,
        int size,
        int transactionCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<?> transactions) {

    public BlockView {
        transactions = transactions == null ? null : List.copyOf(transactions);
    }
}
