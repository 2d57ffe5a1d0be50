package dev.ccoin.node.txpool;

import dev.ccoin.core.tx.TxReason;
import dev.ccoin.core.types.Hash32;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pool did with an offered transaction: {@link Status#ACCEPTED} as executable, {@link Status#QUEUED} as a
 * future one waiting for a missing nonce, or {@link Status#REFUSED} with a {@link PoolReason} — and, for
 * {@link PoolReason#INVALID}, the broken rule's {@link TxReason}. {@link #code()} is the single name an API error
 * shows. Immutable.
 */
public final class Admission {
    /** The outcome of an admission. */
    public enum Status {
        ACCEPTED,
        QUEUED,
        REFUSED
    }

    private final Hash32 hash;
    private final Status status;
    private final PoolReason reason;
    private final TxReason invalidReason;
    private final String message;

    private Admission(Hash32 hash, Status status, PoolReason reason, TxReason invalidReason, String message) {
        this.hash = Objects.requireNonNull(hash, "hash");
        this.status = status;
        this.reason = reason;
        this.invalidReason = invalidReason;
        this.message = message;
    }

    public static Admission accepted(Hash32 hash) {
        return new Admission(hash, Status.ACCEPTED, null, null, "executable");
    }

    public static Admission queued(Hash32 hash) {
        return new Admission(hash, Status.QUEUED, null, null, "queued until the nonces before it arrive");
    }

    /** A refusal for a pool rule; use {@link #invalid} for {@link PoolReason#INVALID}. */
    public static Admission refused(Hash32 hash, PoolReason reason, String message) {
        if (reason == PoolReason.INVALID) {
            throw new IllegalArgumentException("an INVALID refusal names its TxReason: use Admission.invalid");
        }
        return new Admission(hash, Status.REFUSED, Objects.requireNonNull(reason), null, message);
    }

    /** A refusal because the transaction breaks a rule of protocol §3. */
    public static Admission invalid(Hash32 hash, TxReason invalidReason, String message) {
        return new Admission(hash, Status.REFUSED, PoolReason.INVALID, Objects.requireNonNull(invalidReason),
                message);
    }

    public Hash32 hash() {
        return hash;
    }

    public Status status() {
        return status;
    }

    /** Whether the pool now holds the transaction (as executable or queued). */
    public boolean isAdmitted() {
        return status != Status.REFUSED;
    }

    /** Why it was refused; empty when admitted. */
    public Optional<PoolReason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The broken rule of protocol §3 when the reason is {@link PoolReason#INVALID}; empty otherwise. */
    public Optional<TxReason> invalidReason() {
        return Optional.ofNullable(invalidReason);
    }

    /**
     * The API-visible code: {@code ACCEPTED} or {@code QUEUED} when admitted; the {@link TxReason} name (e.g.
     * {@code BAD_SIGNATURE}) for an invalid transaction; the {@link PoolReason} name otherwise.
     */
    public String code() {
        if (invalidReason != null) {
            return invalidReason.name();
        }
        return reason != null ? reason.name() : status.name();
    }

    /** A human-readable explanation, for the API's {@code message} and the log. */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Admission other && hash.equals(other.hash) && status == other.status
                && reason == other.reason && invalidReason == other.invalidReason
                && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hash, status, reason, invalidReason);
    }

    @Override
    public String toString() {
        return "Admission[" + hash.shortHex(16) + " " + code() + ": " + message + "]";
    }
}
