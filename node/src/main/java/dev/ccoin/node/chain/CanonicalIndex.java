package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.storage.Column;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.storage.Scan;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import dev.ccoin.node.storage.StoreBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indexes that follow the canonical chain: transaction hash → location ({@link Column#TX_INDEX}) and each
 * account's transactions in chain order ({@link Column#ACCOUNT_TX}). {@link #unindex} and {@link #index} add a
 * head switch's removals and additions to its batch — removals first, so a transaction in both branches ends up
 * at its new place. Reads are thread-safe.
 */
final class CanonicalIndex {
    private final Database database;

    CanonicalIndex(Database database) {
        this.database = database;
    }

    void index(StoreBatch batch, Block block) {
        List<Transaction> txs = block.transactions();
        for (int i = 0; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            batch.put(Column.TX_INDEX.key(tx.hash()), new TxLocation(block.hash(), block.height(), i).encode());
            for (Address party : parties(tx)) {
                batch.put(accountKey(party, block.height(), i), tx.hash().toArray());
            }
        }
    }

    void unindex(StoreBatch batch, Block block) {
        List<Transaction> txs = block.transactions();
        for (int i = 0; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            batch.delete(Column.TX_INDEX.key(tx.hash()));
            for (Address party : parties(tx)) {
                batch.delete(accountKey(party, block.height(), i));
            }
        }
    }

    Optional<TxLocation> locate(Hash32 txHash) {
        byte[] bytes = database.get(Column.TX_INDEX.key(txHash));
        if (bytes == null) {
            return Optional.empty();
        }
        if (bytes.length != TxLocation.ENCODED_LENGTH) {
            throw new StorageException(StorageError.CORRUPT, "transaction index entry of " + txHash + " is malformed");
        }
        return Optional.of(TxLocation.decode(bytes));
    }

    /** Up to {@code limit} transaction hashes of {@code account}, newest first, skipping the first {@code offset}. */
    List<Hash32> accountTransactions(Address account, int offset, int limit) {
        List<Hash32> hashes = new ArrayList<>();
        int[] skipped = {0};
        database.scan(Scan.prefix(Column.ACCOUNT_TX.key(account)).descending(), (key, value) -> {
            if (skipped[0] < offset) {
                skipped[0]++;
                return true;
            }
            hashes.add(Hash32.of(value));
            return hashes.size() < limit;
        });
        return hashes;
    }

    private static List<Address> parties(Transaction tx) {
        return tx.sender().equals(tx.to()) ? List.of(tx.sender()) : List.of(tx.sender(), tx.to());
    }

    private static byte[] accountKey(Address account, long height, int index) {
        return Column.ACCOUNT_TX.builder().add(account).addLong(height).addInt(index).build();
    }
}
