package dev.ccoin.node.txpool;

import dev.ccoin.core.state.StateView;
import dev.ccoin.core.tx.Transaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what the API acknowledged across a crash (protocol §12): {@link #replay} offers the journaled transactions to
 * the pool at start and rewrites the journal with what the pool then holds; {@link #record} journals a request's
 * admitted transactions, synced once, before the answer, and rewrites the journal from the pool whenever the appends
 * since the last rewrite pass twice the pool's default capacity, so it drops what was included or no longer applies.
 * Thread-safe.
 */
public final class PoolJournal implements AutoCloseable {
    /** The journal's file name in the data dir. */
    public static final String FILE_NAME = "txpool.journal";
    private static final Logger LOG = LoggerFactory.getLogger(PoolJournal.class);

    private final TxJournal journal;
    private final TxPool pool;
    private final long rewriteAfter;

    private PoolJournal(TxJournal journal, TxPool pool, long rewriteAfter) {
        this.journal = journal;
        this.pool = pool;
        this.rewriteAfter = rewriteAfter;
    }

    /** Opens the journal of the data dir {@code dataDir} for {@code pool}. */
    public static PoolJournal open(Path dataDir, TxPool pool) {
        return new PoolJournal(TxJournal.open(dataDir.resolve(FILE_NAME)), pool, 2L * TxPool.DEFAULT_CAPACITY);
    }

    /** Offers every journaled transaction to the pool, judged against the head's state; the number admitted. */
    public int replay(StateView headState) {
        List<Transaction> journaled = journal.read();
        int admitted = 0;
        for (Transaction tx : journaled) {
            if (pool.admit(tx, headState).isAdmitted()) {
                admitted++;
            }
        }
        journal.rewrite(this::poolContents);
        if (!journaled.isEmpty()) {
            LOG.info("transaction journal: {} of {} journaled transactions back in the pool", admitted, journaled.size());
        }
        return admitted;
    }

    /** Journals {@code admitted}, synced to disk before this returns. */
    public void record(Collection<Transaction> admitted) {
        journal.append(admitted);
        if (journal.appendedSinceRewrite() > rewriteAfter) {
            journal.rewrite(this::poolContents);
        }
    }

    private Collection<Transaction> poolContents() {
        List<Transaction> txs = new ArrayList<>();
        pool.pending().forEach(entry -> txs.add(entry.transaction()));
        pool.queued().forEach(entry -> txs.add(entry.transaction()));
        return txs;
    }

    @Override
    public void close() {
        journal.close();
    }
}
