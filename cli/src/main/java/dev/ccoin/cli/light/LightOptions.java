package dev.ccoin.cli.light;

import dev.ccoin.cli.chain.GenesisReader;
import dev.ccoin.core.chain.ChainParams;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that turn a query command into a light client: {@code --verify}, the {@code --genesis} file it
 * trusts, and the {@code --headers-dir} that keeps the checked headers between calls (without it every call checks
 * from genesis again). A plain option holder.
 */
public final class LightOptions {
    @Option(names = "--verify", description = "trust no node: check the header chain from genesis and the proof "
            + "of the answer; exit 1 with the reason when anything does not verify")
    private boolean verify;

    @Option(names = "--genesis", paramLabel = "FILE", description = "the chain's genesis.json, the only thing "
            + "--verify trusts")
    private Path genesis;

    @Option(names = "--headers-dir", paramLabel = "DIR", description = "where --verify keeps the checked headers, "
            + "so the next call fetches only new ones")
    private Path headersDir;

    /** Whether {@code --verify} was given; {@code --genesis} or {@code --headers-dir} alone are usage errors. */
    public boolean verify(CommandSpec spec) {
        if (!verify && (genesis != null || headersDir != null)) {
            throw new ParameterException(spec.commandLine(), "--genesis and --headers-dir go with --verify");
        }
        return verify;
    }

    /** A light client asking {@code nodes}, with the header store open if one was named. */
    public LightSession open(CommandSpec spec, List<? extends NodeApi> nodes) {
        if (genesis == null) {
            throw new ParameterException(spec.commandLine(), "--verify needs the chain's --genesis FILE");
        }
        ChainParams params = GenesisReader.read(genesis);
        Optional<HeaderStore> store = Optional.ofNullable(headersDir).map(dir -> HeaderStore.open(dir, params,
                LightClient.genesisOf(params), spec.commandLine().getErr()));
        List<NodeSource> sources = nodes.stream().map(NodeSource::new).toList();
        return new LightSession(new LightClient(params, Clock.systemUTC(), sources, store), store);
    }
}
