package dev.ccoin.node.p2p.admission;

/**
 * Why a connection did not get through admission (protocol §8 step 1). The responder tells the initiator none of these:
 * it closes the connection without {@code ERR}. {@link #countsAgainstIp()} says whether the failure is the
 * initiator's doing, which counts towards refusing its IP at accept.
 */
public enum AdmissionFailure {
    /** The {@code SOL} named another seed than this connection's puzzle. */
    WRONG_SEED(true),
    /** The nonce does not meet the puzzle's bits. */
    INSUFFICIENT_WORK(true),
    /** No whole {@code SOL} by the puzzle's {@code expiresAt}. */
    LATE(true),
    /** The first frame is not a {@code SOL}: another type, a length no {@code SOL} has, or a body that does not decode. */
    NOT_A_SOLUTION(true),
    /** The initiator closed the connection before a whole {@code SOL}. */
    CLOSED_EARLY(true),
    /** The socket did not take the {@code PUZ} frame at once or failed. */
    SOCKET_FAILED(false),
    /** The pending set (or the IP's share of it) was full, and this was the oldest waiting connection. */
    PUSHED_OUT(false);

    private final boolean countsAgainstIp;

    AdmissionFailure(boolean countsAgainstIp) {
        this.countsAgainstIp = countsAgainstIp;
    }

    public boolean countsAgainstIp() {
        return countsAgainstIp;
    }
}
