package dev.ccoin.cli.account;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccoin account}: the group of keystore commands. Without a subcommand it is a usage error. */
@Command(name = "account",
        mixinStandardHelpOptions = true,
        description = "Manage the key pairs in the keystore (<data-dir>/keys).",
        subcommands = {
                CreateAccountCommand.class,
                ListAccountsCommand.class,
                ImportAccountCommand.class,
                CheckAccountCommand.class,
        })
public final class AccountCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: create, list, import or check");
    }
}
