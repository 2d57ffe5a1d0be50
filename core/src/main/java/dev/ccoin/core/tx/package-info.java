/**
 * Transactions (protocol §3): the unsigned body and its hash, the signed and stamped wire form, and every validity rule
 * with its {@link dev.ccoin.core.tx.TxReason}, and {@link dev.ccoin.core.tx.VerifyRate}, the single-core rate of the
 * signature check that the benchmarks set their figures against. Values are immutable and thread-safe; the rules are
 * stateless functions of a transaction, the chain parameters and a {@link dev.ccoin.core.state.StateView}.
 */
package dev.ccoin.core.tx;
