package dev.ccoin.cli.node;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.command.ServiceLifetime;
import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.cli.options.PasswordOptions;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.ConfigFile;
import dev.ccoin.node.config.NodeConfig;
import dev.ccoin.node.config.NodeType;
import dev.ccoin.node.discovery.lan.LanConfig;
import dev.ccoin.client.wallet.Keystore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin node}: runs a node on an initialised data dir until interrupted (Ctrl-C stops it cleanly). A
 * validator unlocks its account key first and refuses to start if the account is not an authority.
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = "Run a node: validator (seals blocks) or basic. Settings: flags, then CCOIN_* variables, "
                + "then --config ccoin.json, then defaults.")
public final class NodeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private PasswordOptions passwords;

    @Mixin
    private NodeFlags flags;

    @Option(names = "--config", paramLabel = "FILE", description = "settings file in the ccoin.json shape "
            + "(default: $CCOIN_CONFIG)")
    private Path configFile;

    private final Function<String, String> env = System::getenv;

    @Override
    public Integer call() {
        NodeSettings settings = new NodeSettings(env, readConfig());
        NodeConfig config = settings.resolve(flags, dataDir.explicit());
        Optional<LanConfig> lan = settings.resolveLan(flags);
        Optional<KeyPair> key = config.type() == NodeType.VALIDATOR ? Optional.of(unlock(config)) : Optional.empty();
        NodeRuntime runtime = NodeRuntime.start(config, lan, key, Clock.systemUTC());
        spec.commandLine().getOut().printf("%s node running on %s, head %d, API %s/api/v1; Ctrl-C stops it%n",
                config.type().name().toLowerCase(), config.dataDir(), runtime.node().chain().head().height(),
                runtime.api().url());
        spec.commandLine().getOut().flush();
        ServiceLifetime.hold(runtime, "ccoin-node");
        return 0;
    }

    private ConfigFile readConfig() {
        Path file = configFile != null ? configFile
                : Optional.ofNullable(env.apply("CCOIN_CONFIG")).filter(s -> !s.isBlank()).map(Path::of).orElse(null);
        if (file == null) {
            return ConfigFile.EMPTY;
        }
        try {
            return ConfigFile.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private KeyPair unlock(NodeConfig config) {
        Keystore keystore = new Keystore(config.dataDir());
        Address account = config.account().orElseGet(keystore::onlyAccount);
        Path keyFile = keystore.privateKeyFile(account);
        char[] password = keystore.isEncrypted(account) ? passwords.forUnlock(keyFile) : null;
        return keystore.unlock(account, password);
    }
}
