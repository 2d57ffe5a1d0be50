package dev.ccoin.node.network;

/**
 * The node's admission of inbound connections (protocol §8 step 1) at one moment: the difficulty of the next puzzle, the
 * connections waiting for their answer, the IPs refused at accept; as a responder the puzzles it issued, the answers
 * that held, the connections that failed and those refused at accept; as an initiator the puzzles it solved and the
 * seconds it spent on them. Immutable.
 */
public record AdmissionStatus(int bits, int pending, int refusedIps, long issued, long solved, long failed,
                              long refusedAtAccept, long puzzlesSolvedAsInitiator, double solveSeconds) {

    /** A node that does not listen for peers. */
    public static final AdmissionStatus NONE = new AdmissionStatus(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
