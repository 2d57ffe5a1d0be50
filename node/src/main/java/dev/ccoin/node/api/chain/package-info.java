/**
 * The chain resources of the node API: blocks by height, hash or {@code latest}, their wire bytes, pages of
 * headers, the block count, and the authorities' recent activity. May import core, {@code dev.ccoin.node.chain},
 * {@code dev.ccoin.node.consensus} (the schedule) and the API's http and transactions packages. Handlers read the
 * chain view only and are thread-safe; views are immutable records.
 */
package dev.ccoin.node.api.chain;
