package dev.ccoin.cli.localnet;

import dev.ccoin.cli.command.CcoinProgram;
import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.InvalidValueException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin localnet fund ADDR AMOUNT}: pays {@code AMOUNT} coins from the localnet's first dev account to
 * {@code ADDR} and waits for the block that includes it — {@code ccoin tx send --wait} from the localnet's dev
 * keystore, so signing, stamping and waiting have one implementation. Refused, sending nothing, without a localnet
 * in {@code --dir} or while it is stopped.
 */
@Command(name = "fund", mixinStandardHelpOptions = true,
        description = "Pay AMOUNT coins from a dev account of the running localnet to ADDR, and wait for inclusion.")
public final class LocalnetFundCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ADDR", description = "the recipient")
    private String recipient;

    @Parameters(index = "1", paramLabel = "AMOUNT", description = "coins to send (at least 1)")
    private long amount;

    @Option(names = "--dir", defaultValue = ".localnet", description = "where the network lives (default: ${DEFAULT-VALUE})")
    private Path dir;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "http://127.0.0.1:8000",
            description = "a node of the localnet (default: ${DEFAULT-VALUE}, node 0 of a default localnet)")
    private String api;

    @Override
    public Integer call() {
        Address to;
        try {
            to = Address.parse(recipient);
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), "ADDR must be 40 hex digits, not \"" + recipient + "\"");
        }
        if (amount < 1) {
            throw new ParameterException(spec.commandLine(), "AMOUNT must be at least 1, not " + amount);
        }
        LocalnetLayout layout = new LocalnetLayout(dir.toAbsolutePath().normalize());
        LocalnetSetup setup = new LocalnetSetup(layout);
        setup.requireExisting();
        requireRunning(layout);
        Address from = setup.load().devAccounts().get(0);
        CommandLine send = CcoinProgram.of(spec).newCommandLine();
        send.setOut(spec.commandLine().getOut());
        send.setErr(spec.commandLine().getErr());
        return send.execute("tx", "send", "--data-dir", layout.accounts().toString(), "--from", from.toHex(),
                "--to", to.toHex(), "--amount", Long.toString(amount), "--api", api, "--wait");
    }

    /** A running localnet holds its lock; taking it here means none runs. */
    private static void requireRunning(LocalnetLayout layout) {
        if (!Files.exists(layout.lockFile())) {
            throw stopped(layout);
        }
        try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock != null) {
                throw stopped(layout);
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot tell whether the localnet in " + layout.root() + " runs: " + e.getMessage());
        }
    }

    private static CommandFailure stopped(LocalnetLayout layout) {
        return new CommandFailure("the localnet in " + layout.root() + " is stopped; start it to fund an account");
    }
}
