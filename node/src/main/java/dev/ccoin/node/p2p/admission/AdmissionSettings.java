package dev.ccoin.node.p2p.admission;

/**
 * The responder's admission settings of protocol §8: the floor and ceiling of the puzzle difficulty, the puzzles per
 * second above which a second counts as overloaded, and the bounds of the pending set in all and per IP. The fixed
 * parts of the rule (10 s to answer, 128 bytes, 5 failures in 60 s refuse an IP for 10 minutes) are constants of
 * {@link AdmissionDesk}. Immutable.
 */
public record AdmissionSettings(int floorBits, int maxBits, int rate, int maxPending, int maxPendingPerIp) {
    public AdmissionSettings {
        if (floorBits < 0 || maxBits < floorBits || maxBits > 256) {
            throw new IllegalArgumentException("admission bits must satisfy 0 <= " + floorBits + " <= " + maxBits
                    + " <= 256");
        }
        if (rate < 0 || maxPending < 1 || maxPendingPerIp < 1) {
            throw new IllegalArgumentException("the admission rate and the pending bounds must be positive");
        }
    }
}
