package dev.ccoin.cli.account;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.cli.options.PasswordOptions;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccoin account import FILE}: copies an RSA private key from a PEM file (such as one made by openssl) into
 * the keystore and prints its address. A plain source is stored encrypted under a new password unless
 * {@code --no-password}; an encrypted source is opened with its password, which then protects the keystore copy.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = "Import an RSA private key from a PEM file and print its address.")
public final class ImportAccountCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private PasswordOptions passwords;

    @Parameters(index = "0", paramLabel = "FILE", description = "PEM file holding the private key")
    private Path file;

    @Override
    public Integer call() {
        Keystore keystore = new Keystore(dataDir.dataDir());
        Address address;
        if (Keystore.isEncryptedFile(file)) {
            if (passwords.noPassword()) {
                throw new CommandFailure(file + " is encrypted; --no-password would store it in the clear");
            }
            char[] password = passwords.forUnlock(file);
            try {
                address = keystore.importKey(file, password, KeyProtection.password(password));
            } finally {
                Arrays.fill(password, '\0');
            }
        } else {
            address = keystore.importKey(file, null, passwords.forNewKey());
        }
        spec.commandLine().getOut().println(address.toHex());
        return 0;
    }
}
