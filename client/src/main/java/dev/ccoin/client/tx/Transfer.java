package dev.ccoin.client.tx;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.util.Objects;

/**
 * What a transaction should do — move {@code amount} coins (at least 1) to {@code to}, carrying {@code data} — before
 * {@link TransactionSender} gives it a nonce, a timestamp, a signature and a stamp. Immutable.
 */
public record Transfer(Address to, long amount, Bytes data) {
    public Transfer {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(data, "data");
        if (amount < 1) {
            throw new IllegalArgumentException("a transfer moves at least 1 coin, not " + amount);
        }
    }

    /** A transfer without data. */
    public static Transfer of(Address to, long amount) {
        return new Transfer(to, amount, Bytes.EMPTY);
    }

    /** The same transfer carrying {@code text} as UTF-8. */
    public Transfer withText(String text) {
        return new Transfer(to, amount, Bytes.utf8(text));
    }
}
