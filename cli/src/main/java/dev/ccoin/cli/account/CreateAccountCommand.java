package dev.ccoin.cli.account;

import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.cli.options.PasswordOptions;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ccoin account create}: generates a key pair in the keystore and prints its address. */
@Command(name = "create",
        mixinStandardHelpOptions = true,
        description = "Create a key pair, encrypted with a password unless --no-password, and print its address.")
public final class CreateAccountCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Mixin
    private PasswordOptions passwords;

    @Option(names = "--bits", paramLabel = "BITS", defaultValue = "2048",
            description = "RSA key size: 2048, 3072 or 4096 (default: ${DEFAULT-VALUE})")
    private int bits;

    @Override
    public Integer call() {
        if (!RsaKeys.ALLOWED_BITS.contains(bits)) {
            throw new ParameterException(spec.commandLine(),
                    "--bits must be 2048, 3072 or 4096, not " + bits);
        }
        KeyProtection protection = passwords.forNewKey();
        Address address = new Keystore(dataDir.dataDir()).create(bits, protection);
        spec.commandLine().getOut().println(address.toHex());
        return 0;
    }
}
