package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.VerifiedSignatures;
import dev.ccoin.node.consensus.rules.BlockValidator;
import dev.ccoin.node.state.StateCommitSettings;
import dev.ccoin.node.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ForkJoinPool;

/**
 * A real chain on LevelDB in a temp dir, plus a block factory whose state lives in its own in-memory store, so
 * nothing the chain reads was written by the test.
 */
final class ChainFixture implements AutoCloseable {
    final ChainParams params;
    final InMemoryNodeStore builderState = new InMemoryNodeStore();
    final Block genesis;
    final Clock clock;
    private final Path dataDir;
    private final StateCommitSettings stateCommits;
    Database database;
    Blockchain chain;

    ChainFixture(ChainParams params, Path dataDir) {
        this(params, dataDir, StateCommitSettings.DEFAULT);
    }

    ChainFixture(ChainParams params, Path dataDir, StateCommitSettings stateCommits) {
        this.params = params;
        this.dataDir = dataDir;
        this.stateCommits = stateCommits;
        this.genesis = BlockBuilder.genesis(params, builderState);
        this.clock = Clock.fixed(Instant.ofEpochMilli(params.genesis().timestamp() + 1_000_000_000L), ZoneOffset.UTC);
        this.database = Database.open(dataDir);
        ChainInitializer.initialize(database, params);
        this.chain = open();
    }

    private Blockchain open() {
        return Blockchain.open(database, params,
                new BlockValidator(params, clock, ForkJoinPool.commonPool(), new VerifiedSignatures()), stateCommits);
    }

    /** Closes the database without committing the held state, as a crash leaves it, and opens the chain again. */
    void reopen() {
        database.close();
        database = Database.open(dataDir);
        chain = open();
    }

    /** Closes the chain cleanly, committing its state, and opens it again. */
    void reopenCleanly() {
        chain.close();
        reopen();
    }

    /** A block on {@code parent}, sealed by its in-turn authority unless the builder says otherwise. */
    BlockBuilder on(Block parent) {
        return BlockBuilder.on(params, parent, builderState).timestamp(parent.header().timestamp() + 1000);
    }

    /**
     * A block on {@code parent} sealed out of turn (half the work) by the authority before the in-turn one, which
     * keeps the next height's in-turn authority free to seal on top of it.
     */
    BlockBuilder outOfTurnOn(Block parent) {
        BlockBuilder builder = on(parent);
        Address backup = params.inTurnAuthority(parent.height());
        return builder.signer(builder.keyOf(backup));
    }

    Block imported(Block block) {
        ImportResult result = chain.importBlock(block);
        if (!result.isValid()) {
            throw new AssertionError("import failed: " + result.failure().orElseThrow().getMessage());
        }
        return block;
    }

    @Override
    public void close() {
        database.close();
    }
}
