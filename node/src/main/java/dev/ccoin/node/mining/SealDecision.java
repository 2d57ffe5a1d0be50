package dev.ccoin.node.mining;

/**
 * What an authority should do about the next block on a given head, as {@link MiningPolicy} decides it:
 * {@link Kind#SEAL_NOW}; {@link Kind#WAIT_UNTIL} a wall-clock time ({@link #atMillis()}, Unix ms) and ask again;
 * {@link Kind#AWAIT_TRANSACTIONS}, when the time has come but an empty block is not allowed, so only a new
 * transaction (or a new head) changes anything; or {@link Kind#NOT_ALLOWED}, when the recency rule (or not being an
 * authority) forbids sealing on this head at all. {@link #inTurn()} says whether the block would be the in-turn
 * one; it is false for {@code NOT_ALLOWED}. Immutable.
 */
public record SealDecision(Kind kind, long atMillis, boolean inTurn) {
    /** The four answers. */
    public enum Kind { SEAL_NOW, WAIT_UNTIL, AWAIT_TRANSACTIONS, NOT_ALLOWED }

    private static final SealDecision NOT_ALLOWED = new SealDecision(Kind.NOT_ALLOWED, 0, false);

    public SealDecision {
        if (kind == null) {
            throw new IllegalArgumentException("a decision needs a kind");
        }
        if (kind != Kind.WAIT_UNTIL && atMillis != 0) {
            throw new IllegalArgumentException("only WAIT_UNTIL carries a time");
        }
        if (kind == Kind.NOT_ALLOWED && inTurn) {
            throw new IllegalArgumentException("a forbidden block has no turn");
        }
    }

    public static SealDecision sealNow(boolean inTurn) {
        return new SealDecision(Kind.SEAL_NOW, 0, inTurn);
    }

    public static SealDecision waitUntil(long atMillis, boolean inTurn) {
        return new SealDecision(Kind.WAIT_UNTIL, atMillis, inTurn);
    }

    public static SealDecision awaitTransactions(boolean inTurn) {
        return new SealDecision(Kind.AWAIT_TRANSACTIONS, 0, inTurn);
    }

    public static SealDecision notAllowed() {
        return NOT_ALLOWED;
    }

    @Override
    public String toString() {
        String turn = inTurn ? "in turn" : "backup";
        return switch (kind) {
            case SEAL_NOW -> "seal now (" + turn + ")";
            case WAIT_UNTIL -> "wait until " + atMillis + " (" + turn + ")";
            case AWAIT_TRANSACTIONS -> "await transactions (" + turn + ")";
            case NOT_ALLOWED -> "not allowed";
        };
    }
}
