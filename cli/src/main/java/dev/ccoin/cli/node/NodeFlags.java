package dev.ccoin.cli.node;

import dev.ccoin.node.config.NodeType;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The flags of {@code ccoin node}; each is optional so that lower layers can fill it. */
final class NodeFlags {
    @Option(names = "--type", paramLabel = "validator|basic", description = "validator (seals blocks) or basic")
    Optional<NodeType> type = Optional.empty();

    @Option(names = "--p2p-host", paramLabel = "HOST",
            description = "peer-to-peer bind address (default 127.0.0.1; 0.0.0.0 for a LAN)")
    Optional<String> p2pHost = Optional.empty();

    @Option(names = "--p2p-port", paramLabel = "PORT", description = "peer-to-peer port (default 5000; 0: any free)")
    Optional<Integer> p2pPort = Optional.empty();

    @Option(names = "--api-host", paramLabel = "HOST", description = "API bind address (default 127.0.0.1)")
    Optional<String> apiHost = Optional.empty();

    @Option(names = "--api-port", paramLabel = "PORT", description = "HTTP API port (default 8000; 0: any free)")
    Optional<Integer> apiPort = Optional.empty();

    @Option(names = "--discovery", paramLabel = "URL", description = "discovery service, e.g. http://127.0.0.1:4444")
    Optional<String> discovery = Optional.empty();

    @Option(names = "--bootnodes", paramLabel = "[NODEID@]HOST:PORT,...",
            description = "peers to dial at start; with NODEID@ the dial is closed unless that node answers")
    Optional<String> bootnodes = Optional.empty();

    @Option(names = "--mining-threads", paramLabel = "T", description = "nonce search threads (default: all cores)")
    Optional<Integer> miningThreads = Optional.empty();

    @Option(names = "--lan-discovery", description = "find peers on the local network by signed UDP multicast "
            + "announcements (protocol §9.2)")
    boolean lanDiscovery;

    @Option(names = "--lan-group", paramLabel = "ADDRESS",
            description = "LAN announcement multicast group (default 239.255.67.67)")
    Optional<String> lanGroup = Optional.empty();

    @Option(names = "--lan-port", paramLabel = "PORT", description = "LAN announcement UDP port (default 30399)")
    Optional<Integer> lanPort = Optional.empty();

    @Option(names = "--lan-interface", paramLabel = "NAME",
            description = "network interface for LAN announcements, e.g. lo (default: every multicast interface)")
    Optional<String> lanInterface = Optional.empty();
    @Option(names = "--state-commit-blocks", paramLabel = "N",
            description = "commit the state held in memory at least every N canonical blocks (default 128)")
    Optional<Integer> stateCommitBlocks = Optional.empty();

    @Option(names = "--state-memory-mb", paramLabel = "MB",
            description = "commit the state when the nodes held in memory pass MB mebibytes (default 256)")
    Optional<Integer> stateMemoryMb = Optional.empty();

    @Option(names = "--account", paramLabel = "ADDRESS",
            description = "the node's account (default: client.account_address, or the only key in the keystore)")
    Optional<String> account = Optional.empty();
}
