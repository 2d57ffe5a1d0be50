package dev.ccoin.client.model;

import dev.ccoin.core.types.Address;

/**
 * {@code GET /accounts/{address}}: the balance and nonce at the head, and the pending nonce — the nonce to sign the
 * account's next transaction with (the head nonce plus its executable pool transactions). Zeros for an address never
 * seen. Immutable.
 */
public record Account(Address address, long balance, long nonce, long pendingNonce, long headHeight) {
}
