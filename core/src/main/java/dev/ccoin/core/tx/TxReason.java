package dev.ccoin.core.tx;

/** Why a transaction is invalid (protocol §3); the name is what the API and the log show. */
public enum TxReason {
    /** Rule 1: signed for another network. */
    WRONG_NETWORK,
    /** Rule 1: {@code data} longer than {@code transaction.max_data_bytes}. */
    DATA_TOO_LARGE,
    /** Rule 1: an amount of zero. */
    ZERO_AMOUNT,
    /** Rule 2: the sender key is not an RSA key of an allowed size. */
    BAD_KEY,
    /** Rule 2: the signature does not verify. */
    BAD_SIGNATURE,
    /** Rule 3: the hashcash stamp has fewer leading zero bits than {@code work_bits}. */
    STAMP_TOO_WEAK,
    /** Rule 4: the nonce was already used. */
    NONCE_TOO_LOW,
    /** Rule 4: the nonce skips ahead of the account's next nonce. */
    NONCE_TOO_HIGH,
    /** Rule 4: the account's nonce is at 2^63-1 and cannot advance (only a genesis alloc can put it there). */
    NONCE_OVERFLOW,
    /** Rule 5: the sender cannot pay the amount. */
    INSUFFICIENT_BALANCE,
    /** Rule 5: the recipient's balance would pass 2^63-1. */
    BALANCE_OVERFLOW
}
