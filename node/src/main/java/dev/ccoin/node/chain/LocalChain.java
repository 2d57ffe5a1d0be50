package dev.ccoin.node.chain;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.NodeStore;
import dev.ccoin.node.consensus.Preverifier;
import dev.ccoin.node.consensus.VerifiedSignatures;
import dev.ccoin.node.consensus.rules.BlockValidator;
import dev.ccoin.node.state.StateCommitSettings;
import dev.ccoin.node.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ForkJoinPool;

/**
 * An initialised data dir opened as a chain: the database, its stored parameters, the validator with the
 * verification pool it is given and its signature cache, the {@link Preverifier} that checks blocks ahead of their
 * import on that pool, and the {@link Blockchain}. Closing it commits the head's state and releases the data dir's
 * lock; the pool is not its own.
 * Used by the node and by the offline commands ({@code export}, {@code import}).
 */
public final class LocalChain implements AutoCloseable {
    private final Database database;
    private final VerifiedSignatures verifiedSignatures = new VerifiedSignatures();
    private final Preverifier preverifier;
    private final Blockchain blockchain;

    private LocalChain(Database database, Clock clock, ForkJoinPool verifiers, StateCommitSettings stateCommits) {
        this.database = database;
        ChainParams params = Blockchain.storedParams(database);
        BlockValidator validator = new BlockValidator(params, clock, verifiers, verifiedSignatures);
        this.preverifier = verifiers.getParallelism() > 1
                ? Preverifier.pipelined(validator::checkAhead, verifiers)
                : Preverifier.inline();
        this.blockchain = Blockchain.open(database, params, validator, stateCommits);
    }

    /**
     * Opens {@code dataDir}, verifying block signatures on {@code verifiers} (the node scheduler's verifier pool),
     * with the default state commits; the pool stays its creator's to stop, after this chain is closed.
     */
    public static LocalChain open(Path dataDir, Clock clock, ForkJoinPool verifiers) {
        return open(dataDir, clock, verifiers, StateCommitSettings.DEFAULT);
    }

    /** As {@link #open(Path, Clock, ForkJoinPool)}, committing state as {@code stateCommits} says. */
    public static LocalChain open(Path dataDir, Clock clock, ForkJoinPool verifiers, StateCommitSettings stateCommits) {
        Database database = Database.open(dataDir);
        try {
            return new LocalChain(database, clock, verifiers, stateCommits);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Blockchain blockchain() {
        return blockchain;
    }

    public ChainParams params() {
        return blockchain.params();
    }

    /** Checks blocks ahead of their import on the verifier pool (when there is more than one verifier thread). */
    public Preverifier preverifier() {
        return preverifier;
    }

    /** Signatures already verified, shared by the pool and block validation. */
    public VerifiedSignatures verifiedSignatures() {
        return verifiedSignatures;
    }

    public Database database() {
        return database;
    }

    /** The state-tree nodes of every state the chain holds, for block builders that compute roots without writing. */
    public NodeStore stateNodes() {
        return blockchain.stateNodes();
    }

    @Override
    public void close() {
        try {
            blockchain.close();
        } finally {
            database.close();
        }
    }
}
