/**
 * Accounts and read access to a state: the balance and nonce of an address, as the transaction rules see them.
 * Values here are immutable; implementations of {@link dev.ccoin.core.state.StateView} say their own thread-safety.
 */
package dev.ccoin.core.state;
