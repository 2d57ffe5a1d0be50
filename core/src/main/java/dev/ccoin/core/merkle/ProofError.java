package dev.ccoin.core.merkle;

/** Why an {@link AccountProof} does not prove anything about an address under a root. */
public enum ProofError {
    /** The proof is structurally impossible, e.g. longer than the 256 bits of a path. */
    MALFORMED,
    /** The proof ends at another account's leaf that does not lie on the queried address's path. */
    PATH_MISMATCH,
    /** Hashing the proof up its path does not give the root. */
    ROOT_MISMATCH
}
