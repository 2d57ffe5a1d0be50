package dev.ccoin.node.state;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.storage.Column;
import dev.ccoin.node.storage.Database;
import dev.ccoin.node.storage.StorageError;
import dev.ccoin.node.storage.StorageException;
import dev.ccoin.node.storage.StoreBatch;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * The flat index of the head's accounts ({@link Column#ACCOUNT}): one lookup per account read instead of a walk
 * down the state tree. The chain rewrites the accounts a head switch touched in the same batch as the head, so the
 * index always equals the head's state tree. Reads are thread-safe.
 */
public final class HeadAccounts implements StateView {
    private final Database database;

    public HeadAccounts(Database database) {
        this.database = database;
    }

    @Override
    public Account account(Address address) {
        byte[] bytes = database.get(Column.ACCOUNT.key(address));
        if (bytes == null) {
            return Account.EMPTY;
        }
        if (bytes.length != 2 * Long.BYTES) {
            throw new StorageException(StorageError.CORRUPT, "account entry of " + address + " has " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new Account(buffer.getLong(), buffer.getLong());
    }

    /** Adds the new values of {@code accounts} to a batch; an empty account is removed from the index. */
    public static void write(StoreBatch batch, Map<Address, Account> accounts) {
        accounts.forEach((address, account) -> {
            byte[] key = Column.ACCOUNT.key(address);
            if (account.isEmpty()) {
                batch.delete(key);
            } else {
                batch.put(key, ByteBuffer.allocate(2 * Long.BYTES).putLong(account.balance()).putLong(account.nonce()).array());
            }
        });
    }
}
