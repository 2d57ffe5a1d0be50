package dev.ccoin.cli.account;

import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.cli.options.PasswordOptions;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.client.wallet.Keystore;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin account check ADDRESS}: unlocks a key as a validator would at start, and confirms it is the key of
 * that address. A wrong password fails naming the key file; nothing is written.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = "Unlock a key with its password and confirm it belongs to ADDRESS.")
public final class CheckAccountCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private PasswordOptions passwords;

    @Parameters(index = "0", paramLabel = "ADDRESS", description = "the account's address (40 hex digits)")
    private String address;

    @Override
    public Integer call() {
        Address account;
        try {
            account = Address.parse(address);
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), "ADDRESS: " + e.getMessage());
        }
        Keystore keystore = new Keystore(dataDir.dataDir());
        boolean encrypted = keystore.isEncrypted(account);
        char[] password = encrypted ? passwords.forUnlock(keystore.privateKeyFile(account)) : null;
        try {
            keystore.unlock(account, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        spec.commandLine().getOut().println(account.toHex() + (encrypted ? " unlocked" : " ok (not encrypted)"));
        return 0;
    }
}
