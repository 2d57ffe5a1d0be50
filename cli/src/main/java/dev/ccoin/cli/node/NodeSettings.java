package dev.ccoin.cli.node;

import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.ConfigException;
import dev.ccoin.node.config.ConfigFile;
import dev.ccoin.node.config.Bootnode;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.discovery.lan.LanConfig;
import dev.ccoin.node.state.StateCommitSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Layers the node's settings, highest first: flags, {@code CCOIN_*} environment variables, {@code ccoin.json},
 * defaults. Each {@code pick} call names one setting's sources in that order.
 */
final class NodeSettings {
    static final int DEFAULT_P2P_PORT = 5000;
    static final int DEFAULT_API_PORT = 8000;

    private final Function<String, String> env;
    private final ConfigFile file;

    NodeSettings(Function<String, String> env, ConfigFile file) {
        this.env = env;
        this.file = file;
    }

    NodeConfig resolve(NodeFlags flags, Optional<Path> explicitDataDir) {
        NodeType type = pick(flags.type, env("CCOIN_TYPE").map(NodeSettings::type), file.type()).orElse(NodeType.BASIC);
        Path dataDir = explicitDataDir.or(() -> file.basePath().map(DataDirOption::expandHome)).orElseGet(DataDirOption::home);
        return new NodeConfig(type, dataDir,
                pick(flags.p2pHost, env("CCOIN_P2P_HOST"), file.p2pHost()).orElse("127.0.0.1"),
                pick(flags.p2pPort, envInt("CCOIN_P2P_PORT"), file.p2pPort()).orElse(DEFAULT_P2P_PORT),
                pick(flags.apiHost, env("CCOIN_API_HOST"), file.apiHost()).orElse("127.0.0.1"),
                pick(flags.apiPort, envInt("CCOIN_API_PORT"), file.apiPort()).orElse(DEFAULT_API_PORT),
                pick(flags.discovery, env("CCOIN_DISCOVERY"), file.discoveryUrl()),
                pick(flags.bootnodes.map(NodeSettings::bootnodes), env("CCOIN_BOOTNODES").map(NodeSettings::bootnodes),
                        file.bootnodes()).orElse(List.of()),
                pick(flags.miningThreads, envInt("CCOIN_MINING_THREADS"), file.miningThreads()).orElse(0),
                pick(flags.account.map(Address::parse), env("CCOIN_ACCOUNT").map(Address::parse), file.account()),
                stateCommits(flags));
    }

    private StateCommitSettings stateCommits(NodeFlags flags) {
        int blocks = pick(flags.stateCommitBlocks, envInt("CCOIN_STATE_COMMIT_BLOCKS"), file.stateCommitBlocks())
                .orElse(StateCommitSettings.DEFAULT.commitBlocks());
        int memoryMb = pick(flags.stateMemoryMb, envInt("CCOIN_STATE_MEMORY_MB"), file.stateMemoryMb())
                .orElse(StateCommitSettings.DEFAULT.memoryMb());
        try {
            return new StateCommitSettings(blocks, memoryMb);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** The LAN discovery settings when it is on ({@code --lan-discovery}, {@code CCOIN_LAN_DISCOVERY}, the file). */
    Optional<LanConfig> resolveLan(NodeFlags flags) {
        boolean on = pick(flags.lanDiscovery ? Optional.of(true) : Optional.empty(), env("CCOIN_LAN_DISCOVERY").map(NodeSettings::bool), file.lanDiscovery())
                .orElse(false);
        if (!on) {
            return Optional.empty();
        }
        return Optional.of(LanConfig.of(
                pick(flags.lanGroup, env("CCOIN_LAN_GROUP"), file.lanGroup()).orElse(LanConfig.DEFAULT_GROUP),
                pick(flags.lanPort, envInt("CCOIN_LAN_PORT"), file.lanPort()).orElse(LanConfig.DEFAULT_PORT),
                pick(flags.lanInterface, env("CCOIN_LAN_INTERFACE"), file.lanInterface())));
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ConfigException("CCOIN_LAN_DISCOVERY must be true or false, not \"" + text + "\"");
        };
    }

    @SafeVarargs
    private static <T> Optional<T> pick(Optional<T>... sources) {
        return Arrays.stream(sources).flatMap(Optional::stream).findFirst();
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(env.apply(name)).filter(value -> !value.isBlank());
    }

    private Optional<Integer> envInt(String name) {
        return env(name).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a whole number, not \"" + value + "\"");
            }
        });
    }

    private static NodeType type(String text) {
        try {
            return NodeType.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("CCOIN_TYPE must be validator or basic, not \"" + text + "\"");
        }
    }

    static List<Bootnode> bootnodes(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Bootnode::parse).toList();
    }
}
