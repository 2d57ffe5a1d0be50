package dev.ccoin.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAccountCommandTest {
    @TempDir
    Path dataDir;

    private Keystore keystore;
    private Address address;

    @BeforeEach
    void createEncryptedKey() {
        keystore = new Keystore(dataDir);
        address = keystore.create(2048, KeyProtection.password("right".toCharArray()));
    }

    @Test
    void rightPasswordUnlocksTheKey() {
        Ccoin.Result result = new Ccoin().env("CCOIN_PASSWORD", "right")
                .run("account", "check", "--data-dir", dataDir.toString(), address.toHex());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains(address.toHex(), "unlocked");
    }

    @Test
    void wrongPasswordFailsNamingTheKeyFileAndChangesNothing() throws IOException {
        Path passwordFile = Files.writeString(dataDir.resolve("pw.txt"), "wrong\n");
        String before = Files.readString(keystore.privateKeyFile(address));

        Ccoin.Result result = new Ccoin().run("account", "check", "--data-dir", dataDir.toString(),
                "--password-file", passwordFile.toString(), address.toHex());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("wrong password", keystore.privateKeyFile(address).toString());
        assertThat(Files.readString(keystore.privateKeyFile(address))).isEqualTo(before);
    }

    @Test
    void terminalIsAskedOnceForAnUnlock() {
        Ccoin.Result result = new Ccoin().terminal("right")
                .run("account", "check", "--data-dir", dataDir.toString(), address.toHex());

        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void unknownAddressFails() {
        Ccoin.Result result = new Ccoin().env("CCOIN_PASSWORD", "right")
                .run("account", "check", "--data-dir", dataDir.toString(), "00".repeat(20));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no key for");
    }

    @Test
    void addressThatIsNotHexIsAUsageError() {
        Ccoin.Result result = new Ccoin().run("account", "check", "--data-dir", dataDir.toString(), "xyz");

        assertThat(result.exitCode()).isEqualTo(2);
    }
}
