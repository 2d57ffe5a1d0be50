package dev.ccoin.node.config;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.state.StateCommitSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a node starts from, resolved. Ports may be 0 (any free port; tests use that). {@code miningThreads}
 * 0 means all cores; {@code stateCommits} says when the state held in memory is committed. Immutable.
 */
public record NodeConfig(
        NodeType type,
        Path dataDir,
        String p2pHost,
        int p2pPort,
        String apiHost,
        int apiPort,
        Optional<String> discoveryUrl,
        List<Bootnode> bootnodes,
        int miningThreads,
        Optional<Address> account,
        StateCommitSettings stateCommits) {

    /** A node committing its state by the spec's defaults. */
    public NodeConfig(NodeType type, Path dataDir, String p2pHost, int p2pPort, String apiHost, int apiPort,
            Optional<String> discoveryUrl, List<Bootnode> bootnodes, int miningThreads, Optional<Address> account) {
        this(type, dataDir, p2pHost, p2pPort, apiHost, apiPort, discoveryUrl, bootnodes, miningThreads, account,
                StateCommitSettings.DEFAULT);
    }

    public NodeConfig {
        bootnodes = List.copyOf(bootnodes);
        for (int port : new int[] {p2pPort, apiPort}) {
            if (port < 0 || port > 65535) {
                throw new ConfigException("port " + port + " is outside 0..65535");
            }
        }
        if (miningThreads < 0) {
            throw new ConfigException("mining threads cannot be negative");
        }
    }

    /** The threads the nonce search should use. */
    public int effectiveMiningThreads() {
        return miningThreads == 0 ? Runtime.getRuntime().availableProcessors() : miningThreads;
    }
}
