package dev.ccoin.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListAccountsCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void listPrintsEveryAddressInOrderOnePerLine() {
        Keystore keystore = new Keystore(dataDir);
        Address first = keystore.create(2048, KeyProtection.none());
        Address second = keystore.create(2048, KeyProtection.none());

        Ccoin.Result result = new Ccoin().run("account", "list", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.lines()).containsExactlyElementsOf(
                Stream.of(first, second).sorted().map(Address::toHex).toList());
    }

    @Test
    void listAsJsonIsAnArrayOfHexStrings() {
        Address address = new Keystore(dataDir).create(2048, KeyProtection.none());

        Ccoin.Result result = new Ccoin().run("account", "list", "--data-dir", dataDir.toString(), "--json");

        assertThat(result.out().strip()).isEqualTo("[\"" + address.toHex() + "\"]");
    }

    @Test
    void emptyKeystoreListsNothing() {
        Ccoin.Result plain = new Ccoin().run("account", "list", "--data-dir", dataDir.toString());
        Ccoin.Result json = new Ccoin().run("account", "list", "--data-dir", dataDir.toString(), "--json");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).isEmpty();
        assertThat(json.out().strip()).isEqualTo("[]");
    }

    @Test
    void createdAccountShowsUpInTheList() {
        Ccoin.Result created = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(), "--no-password");

        Ccoin.Result listed = new Ccoin().run("account", "list", "--data-dir", dataDir.toString());

        assertThat(listed.lines()).containsExactly(created.out().strip());
    }
}
