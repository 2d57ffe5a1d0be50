package dev.ccoin.node.api.accounts;

/**
 * {@code GET /accounts/{address}}: the balance and nonce at the head, and the pending nonce — the nonce a client
 * should sign its next transaction with (the head nonce plus the sender's executable pool transactions). An address
 * never seen shows zeros. Immutable.
 */
public record AccountView(String address, long balance, long nonce, long pendingNonce, long headHeight) {
}
