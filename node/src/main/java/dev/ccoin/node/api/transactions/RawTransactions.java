package dev.ccoin.node.api.transactions;

import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hex;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.node.api.http.ApiException;

/**
 * A submitted transaction's wire bytes, as hex or as they are, decoded into a {@link Transaction} or refused with 400
 * {@code BAD_HEX} or {@code MALFORMED_TRANSACTION}, naming the field it came from. Stateless and thread-safe.
 */
final class RawTransactions {
    private RawTransactions() {
    }

    /** The transaction whose wire bytes {@code hex} spells; {@code field} names it in the error, e.g. {@code "raw"}. */
    static Transaction fromHex(String hex, String field) {
        byte[] wire;
        try {
            wire = Hex.decode(hex.trim());
        } catch (InvalidValueException e) {
            throw ApiException.badRequest("BAD_HEX", field + ": " + e.getMessage());
        }
        return fromWire(wire, field);
    }

    static Transaction fromWire(byte[] wire, String field) {
        try {
            return Transaction.decode(wire);
        } catch (DecodeException | IllegalArgumentException e) {
            throw ApiException.badRequest("MALFORMED_TRANSACTION",
                    field + " is not a transaction's wire encoding: " + e.getMessage());
        }
    }
}
