package dev.ccoin.cli.light;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.api.NoPeers;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** A basic node (no miner, no peers) serving the blocks it is given, its API on 127.0.0.1 and a free port. */
final class ServedNode implements AutoCloseable {
    private final Node node;
    private final ApiServer server;

    private ServedNode(Node node, ApiServer server) {
        this.node = node;
        this.server = server;
    }

    static ServedNode start(Path dataDir, ChainParams params, List<Block> blocks) {
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, params);
        }
        NodeConfig config = new NodeConfig(NodeType.BASIC, dataDir, "127.0.0.1", 0, "127.0.0.1", 0,
                Optional.empty(), List.of(), 1, Optional.empty());
        Node node = Node.start(config, Optional.empty(), Clock.systemUTC(), new NodeScheduler());
        try {
            ServedNode served = new ServedNode(node, ApiServer.start(node, new NoPeers(node.chain()), Optional.empty()));
            served.add(blocks);
            return served;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** Imports {@code blocks} in order and waits for each. */
    void add(List<Block> blocks) {
        for (Block block : blocks) {
            ImportResult result = node.submitBlock(block).join();
            if (!result.isValid()) {
                throw new AssertionError("block " + block + " was refused: " + result);
            }
        }
    }

    Node node() {
        return node;
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
        node.close();
    }
}
