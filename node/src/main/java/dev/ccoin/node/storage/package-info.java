/**
 * The node's LevelDB database under {@code <data-dir>/chain} (§12), on leveldbjni or the pure-Java LevelDB ({@link
 * dev.ccoin.node.storage.StorageEngine}, one on-disk format): {@link dev.ccoin.node.storage.Database} for reads,
 * prefix scans and atomic {@link dev.ccoin.node.storage.StoreBatch} writes; {@link dev.ccoin.node.storage.Column},
 * the one place the key layout is written down; and {@link dev.ccoin.node.storage.ChainStore}, blocks, the
 * canonical height index and the head, each block import being one synced batch. Imports core's types and the two
 * LevelDB libraries only. The database is thread-safe; batches belong to the thread that made them.
 */
package dev.ccoin.node.storage;
