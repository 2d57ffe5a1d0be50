package dev.ccoin.node.chain;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.merkle.BufferedNodeStore;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.Schedule;
import dev.ccoin.node.state.HeadAccounts;
import dev.ccoin.node.state.StoredNodeStore;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Database;
import java.util.Optional;

/**
 * {@code ccoin init}: writes a chain's genesis block, its state, the parameters and the head into an empty
 * database in one atomic batch. Running it again with the same parameters changes nothing; with others it refuses
 * and names both genesis hashes.
 */
public final class ChainInitializer {
    /** Whether {@link #initialize} wrote a new chain or found this one already there. */
    public enum Outcome { CREATED, ALREADY_INITIALIZED }

    /** The genesis hash and what was done. */
    public record Result(Hash32 genesisHash, Outcome outcome) {
    }

    private ChainInitializer() {
    }

    public static Result initialize(Database database, ChainParams params) {
        ChainStore store = new ChainStore(database);
        Block genesis = Genesis.block(params);
        Optional<Hash32> existing = store.genesisHash();
        if (existing.isPresent()) {
            if (!existing.get().equals(genesis.hash())) {
                throw new GenesisConflictException(existing.get(), genesis.hash());
            }
            return new Result(genesis.hash(), Outcome.ALREADY_INITIALIZED);
        }
        StoredNodeStore stored = new StoredNodeStore(database);
        BufferedNodeStore stateNodes = new BufferedNodeStore(stored);
        Hash32 stateRoot = new StateTree(stateNodes).update(Hash32.ZERO, params.alloc());
        if (!stateRoot.equals(genesis.header().stateRoot())) {
            throw new IllegalStateException("genesis state root differs from the alloc's: " + stateRoot);
        }
        store.write(batch -> {
            batch.putBlock(genesis.hash(), Bytes.of(genesis.encode()));
            batch.putTotalWork(genesis.hash(), new Schedule(params).work(genesis.header()));
            batch.setCanonical(0, genesis.hash());
            stored.write(batch.raw(), stateNodes.pending());
            HeadAccounts.write(batch.raw(), params.alloc());
            batch.setParams(Bytes.of(params.encode()));
            batch.setGenesis(genesis.hash());
            batch.setHead(genesis.hash());
            batch.markCommittedState(genesis.hash(), stateRoot);
        });
        return new Result(genesis.hash(), Outcome.CREATED);
    }
}
