/**
 * The account resources of the node API: an account's balance, nonce and pending nonce, and its canonical
 * transactions, newest first, page by page. May import core, the chain and pool packages and the API's http and
 * transactions packages. Handlers are thread-safe; views are immutable records.
 */
package dev.ccoin.node.api.accounts;
