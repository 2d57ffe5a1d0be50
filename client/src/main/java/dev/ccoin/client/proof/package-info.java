/**
 * Verified reads: the API's account and transaction proofs checked against a state root or txRoot the caller
 * trusts ({@link dev.ccoin.client.proof.ProofCheck}), and reads that fetch and check in one call
 * ({@link dev.ccoin.client.proof.VerifiedReads}). A header chain verified from genesis — where trusted roots come
 * from — needs the node's consensus rules and stays with the command line's light client. Imports core and the
 * client's api and model. Stateless or thread-safe.
 */
package dev.ccoin.client.proof;
