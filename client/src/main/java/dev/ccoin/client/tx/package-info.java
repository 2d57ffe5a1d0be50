/**
 * Sending transactions: {@link dev.ccoin.client.tx.TransactionSender} fills in the nonce, signs with a wallet,
 * stamps on the hashcash search ({@link dev.ccoin.client.tx.Stamper}, all cores) and submits one or a batch;
 * {@link dev.ccoin.client.tx.InclusionWait} waits for a {@link dev.ccoin.client.tx.Receipt} with a deadline. Imports
 * core, the client's api, model and wallet. Every type is immutable or thread-safe as its javadoc says.
 */
package dev.ccoin.client.tx;
