package dev.ccoin.cli.light;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A three-authority test network for the light client: its genesis file, a main chain sealed in turn (with a
 * transfer in blocks 2 and 3), and lighter forks of it sealed out of turn. Blocks are built in memory, so every
 * node serving them serves exactly these. Test-only.
 */
final class LightNet {
    static final Address FUNDED = TestChain.address(TestChain.funded(0));
    static final Address RECIPIENT = TestChain.address(TestChain.funded(1));

    /** The spacing {@link BlockBuilder} stamps blocks with. */
    private static final long SPACING_MS = 1_000;

    final String genesisJson;
    final ChainParams params;
    private final InMemoryNodeStore store = new InMemoryNodeStore();
    final Block genesis;

    LightNet() {
        String miners = IntStream.range(0, 3).mapToObj(i -> "\"" + TestChain.address(TestKeys.get(i)) + "\"")
                .collect(Collectors.joining(", "));
        String alloc = IntStream.range(0, 3).mapToObj(i -> "\"" + TestChain.address(TestChain.funded(i))
                + "\": {\"balance\": " + TestChain.FUNDS + "}").collect(Collectors.joining(", "));
        this.genesisJson = "{\"network_id\": 7, \"miners\": [" + miners + "],"
                + " \"block_mining\": {\"difficulty\": 4, \"reward\": 100},"
                + " \"transaction\": {\"work_bits\": 4},"
                + " \"genesis_block\": {\"timestamp\": 1700000000000, \"difficulty\": 4, \"data\": \"light net\"},"
                + " \"alloc\": {" + alloc + "}}";
        this.params = GenesisFile.parse(genesisJson);
        this.genesis = BlockBuilder.genesis(params, store);
    }

    Path writeGenesis(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("genesis.json"), genesisJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} blocks on genesis, each sealed by the authority in turn; blocks 2 and 3 carry a transfer. */
    List<Block> mainChain(int count) {
        return extend(genesis, count, 0);
    }

    /** {@code count} more in-turn blocks on {@code parent}, with no transfers. */
    List<Block> inTurnOn(Block parent, int count) {
        return inTurnOn(parent, count, 0);
    }

    /**
     * {@code count} in-turn blocks on {@code parent} that differ from {@link #inTurnOn(Block, int)}'s: the first is
     * stamped {@code shiftMs} later. Another branch of the same weight per block.
     */
    List<Block> inTurnOn(Block parent, int count, long shiftMs) {
        List<Block> blocks = new ArrayList<>();
        Block at = parent;
        for (int i = 0; i < count; i++) {
            BlockBuilder builder = BlockBuilder.on(params, at, store);
            if (i == 0 && shiftMs != 0) {
                builder.timestamp(at.header().timestamp() + SPACING_MS + shiftMs);
            }
            at = builder.build();
            blocks.add(at);
        }
        return blocks;
    }

    /** {@code count} blocks on {@code parent}, each sealed out of turn: valid, and half the work of the main chain. */
    List<Block> outOfTurnOn(Block parent, int count) {
        List<Block> blocks = new ArrayList<>();
        Block at = parent;
        for (int i = 0; i < count; i++) {
            BlockBuilder builder = BlockBuilder.on(params, at, store);
            Address next = params.authorities().get((int) ((at.height() + 2) % params.authorities().size()));
            at = builder.signer(builder.keyOf(next)).build();
            blocks.add(at);
        }
        return blocks;
    }

    /** One block on {@code parent}, sealed out of turn, carrying a transfer of 7 that the main chain does not have. */
    List<Block> outOfTurnWithTransferOn(Block parent) {
        BlockBuilder builder = BlockBuilder.on(params, parent, store);
        Address next = params.authorities().get((int) ((parent.height() + 2) % params.authorities().size()));
        Transaction tx = new TxBuilder(params).nonce(0).amount(7).to(RECIPIENT).build();
        return List.of(builder.signer(builder.keyOf(next)).transactions(tx).build());
    }

    private List<Block> extend(Block parent, int count, long firstNonce) {
        List<Block> blocks = new ArrayList<>();
        Block at = parent;
        long nonce = firstNonce;
        for (int i = 0; i < count; i++) {
            BlockBuilder builder = BlockBuilder.on(params, at, store);
            if (at.height() + 1 == 2 || at.height() + 1 == 3) {
                Transaction tx = new TxBuilder(params).nonce(nonce++).amount(25).to(RECIPIENT).build();
                builder.transactions(tx);
            }
            at = builder.build();
            blocks.add(at);
        }
        return blocks;
    }
}
