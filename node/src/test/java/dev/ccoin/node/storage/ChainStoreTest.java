package dev.ccoin.node.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainStoreTest {
    private static final Bytes GENESIS_BYTES = Bytes.utf8("genesis block wire");
    private static final Hash32 GENESIS = Sha256.hash(GENESIS_BYTES.toArray());
    private static final Bytes BLOCK_ONE_BYTES = Bytes.utf8("block one wire");
    private static final Hash32 BLOCK_ONE = Sha256.hash(BLOCK_ONE_BYTES.toArray());

    @TempDir
    Path dataDir;

    @Test
    void freshStoreHasNoHeadNoGenesisAndNoBlocks() {
        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);

            assertThat(store.head()).isEmpty();
            assertThat(store.genesisHash()).isEmpty();
            assertThat(store.canonicalHash(0)).isEmpty();
            assertThat(store.block(GENESIS)).isEmpty();
            assertThat(store.containsBlock(GENESIS)).isFalse();
        }
    }

    @Test
    void importedBlockIsStoredWithItsIndexWorkAndHeadTogether() {
        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);

            writeGenesis(store);
            store.write(batch -> batch.putBlock(BLOCK_ONE, BLOCK_ONE_BYTES)
                    .putTotalWork(BLOCK_ONE, BigInteger.valueOf(3L << 16))
                    .setCanonical(1, BLOCK_ONE)
                    .setHead(BLOCK_ONE));

            assertThat(store.block(BLOCK_ONE)).contains(BLOCK_ONE_BYTES);
            assertThat(store.canonicalHash(0)).contains(GENESIS);
            assertThat(store.canonicalHash(1)).contains(BLOCK_ONE);
            assertThat(store.head()).contains(BLOCK_ONE);
            assertThat(store.totalWork(BLOCK_ONE)).contains(BigInteger.valueOf(3L << 16));
            assertThat(store.genesisHash()).contains(GENESIS);
        }
    }

    @Test
    void importThatFailsHalfwayWritesNothing() {
        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);
            writeGenesis(store);

            assertThatThrownBy(() -> store.write(batch -> {
                batch.putBlock(BLOCK_ONE, BLOCK_ONE_BYTES).setCanonical(1, BLOCK_ONE);
                throw new IllegalStateException("state root mismatch");
            })).hasMessage("state root mismatch");

            assertThat(store.containsBlock(BLOCK_ONE)).isFalse();
            assertThat(store.canonicalHash(1)).isEmpty();
            assertThat(store.head()).contains(GENESIS);
        }
    }

    @Test
    void reopenedStoreSeesTheChainItWrote() {
        try (Database db = Database.open(dataDir)) {
            writeGenesis(new ChainStore(db));
        }

        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);
            assertThat(store.head()).contains(GENESIS);
            assertThat(store.block(GENESIS)).contains(GENESIS_BYTES);
            assertThat(store.totalWork(GENESIS)).contains(BigInteger.ZERO);
        }
    }

    @Test
    void reorgToAShorterBranchDropsTheAbandonedHeights() {
        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);
            writeGenesis(store);
            Hash32 two = Hash32.parse("22".repeat(32));
            Hash32 other = Hash32.parse("33".repeat(32));
            store.write(batch -> batch.setCanonical(1, BLOCK_ONE).setCanonical(2, two).setHead(two));

            store.write(batch -> batch.removeCanonical(2).setCanonical(1, other).setHead(other));

            assertThat(store.canonicalHash(1)).contains(other);
            assertThat(store.canonicalHash(2)).isEmpty();
            assertThat(store.head()).contains(other);
        }
    }

    @Test
    void otherColumnsJoinTheSameAtomicBatch() {
        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);
            byte[] txKey = Column.TX_INDEX.key(Hash32.parse("44".repeat(32)));

            store.write(batch -> batch.setHead(GENESIS).raw().put(txKey, BLOCK_ONE.toArray()));

            assertThat(db.get(txKey)).isEqualTo(BLOCK_ONE.toArray());
        }
    }

    @Test
    void largeTotalWorkRoundTrips() {
        BigInteger work = BigInteger.TWO.pow(200).add(BigInteger.ONE);
        try (Database db = Database.open(dataDir)) {
            ChainStore store = new ChainStore(db);

            store.write(batch -> batch.putTotalWork(BLOCK_ONE, work));

            assertThat(store.totalWork(BLOCK_ONE)).contains(work);
            assertThat(db.get(Column.TOTAL_WORK.key(BLOCK_ONE))).hasSize(26);
        }
    }

    @Test
    void headThatIsNotAHashIsCorrupt() {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(Column.HEAD.key(), new byte[] {1, 2, 3}).commit(false);
            ChainStore store = new ChainStore(db);

            assertThatThrownBy(store::head)
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.CORRUPT));
        }
    }

    @Test
    void databaseOfAnotherSchemaVersionIsRefused() {
        try (Database db = Database.open(dataDir); StoreBatch batch = db.batch()) {
            batch.put(Column.META.key("schema"), new byte[] {0, 0, 0, 99}).commit(false);

            assertThatThrownBy(() -> new ChainStore(db))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(StorageError.INCOMPATIBLE_SCHEMA));
        }
    }

    private static void writeGenesis(ChainStore store) {
        store.write(batch -> batch.setGenesis(GENESIS)
                .putBlock(GENESIS, GENESIS_BYTES)
                .putTotalWork(GENESIS, BigInteger.ZERO)
                .setCanonical(0, GENESIS)
                .setHead(GENESIS));
    }
}
