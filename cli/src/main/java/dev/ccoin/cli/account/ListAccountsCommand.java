package dev.ccoin.cli.account;

import dev.ccoin.cli.options.DataDirOption;
import dev.ccoin.core.types.Address;
import dev.ccoin.client.wallet.Keystore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccoin account list}: the keystore's addresses in address order, one per line or as a JSON array. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = "Print the addresses in the keystore.")
public final class ListAccountsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirOption dataDir;

    @Option(names = "--json", description = "print a JSON array of addresses")
    private boolean json;

    @Override
    public Integer call() {
        List<Address> addresses = new Keystore(dataDir.dataDir()).list();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // Addresses are hex digits, so quoting them is the whole of the JSON encoding.
            out.println(addresses.stream()
                    .map(address -> "\"" + address.toHex() + "\"")
                    .collect(Collectors.joining(",", "[", "]")));
        } else {
            addresses.forEach(address -> out.println(address.toHex()));
        }
        out.flush();
        return 0;
    }
}
