package dev.ccoin.core.chain;

/** Why a {@code genesis.json} was refused. */
public enum GenesisError {
    MALFORMED_JSON,
    UNKNOWN_KEY,
    WRONG_TYPE,
    OUT_OF_RANGE,
    BAD_ADDRESS,
    DUPLICATE_ADDRESS,
    NO_AUTHORITIES
}
