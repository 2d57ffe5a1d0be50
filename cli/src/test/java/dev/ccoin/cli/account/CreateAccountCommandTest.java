package dev.ccoin.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.client.wallet.Keystore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateAccountCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void createWithPasswordFilePrintsTheAddressOfAnEncryptedKey() throws IOException {
        Path passwordFile = Files.writeString(dataDir.resolve("pw.txt"), "s3cret\n");

        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--password-file", passwordFile.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Address address = Address.parse(result.out().strip());
        Keystore keystore = new Keystore(dataDir);
        assertThat(keystore.list()).containsExactly(address);
        assertThat(Files.readString(keystore.privateKeyFile(address)))
                .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(RsaKeys.address(keystore.unlock(address, "s3cret".toCharArray()).getPublic()))
                .isEqualTo(address);
    }

    @Test
    void keyFileIsMode0600InADirectoryOfMode0700() throws IOException {
        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--no-password");

        Address address = Address.parse(result.out().strip());
        Keystore keystore = new Keystore(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.directory())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.privateKeyFile(address))))
                .isEqualTo("rw-------");
    }

    @Test
    void createWithNoPasswordWritesAPlainKey() throws IOException {
        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--no-password");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Address address = Address.parse(result.out().strip());
        assertThat(Files.readString(new Keystore(dataDir).privateKeyFile(address)))
                .startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void passwordFromTheEnvironmentEncryptsTheKey() {
        Ccoin.Result result = new Ccoin().env("CCOIN_PASSWORD", "from-env")
                .run("account", "create", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Address address = Address.parse(result.out().strip());
        assertThat(new Keystore(dataDir).unlock(address, "from-env".toCharArray())).isNotNull();
    }

    @Test
    void passwordFileWinsOverTheEnvironment() throws IOException {
        Path passwordFile = Files.writeString(dataDir.resolve("pw.txt"), "from-file");

        Ccoin.Result result = new Ccoin().env("CCOIN_PASSWORD", "from-env")
                .run("account", "create", "--data-dir", dataDir.toString(), "--password-file", passwordFile.toString());

        Address address = Address.parse(result.out().strip());
        assertThat(new Keystore(dataDir).unlock(address, "from-file".toCharArray())).isNotNull();
    }

    @Test
    void terminalPasswordIsAskedTwice() {
        Ccoin.Result result = new Ccoin().terminal("typed", "typed")
                .run("account", "create", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        Address address = Address.parse(result.out().strip());
        assertThat(new Keystore(dataDir).unlock(address, "typed".toCharArray())).isNotNull();
    }

    @Test
    void terminalPasswordsThatDifferCreateNothing() {
        Ccoin.Result result = new Ccoin().terminal("typed", "typo")
                .run("account", "create", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("do not match");
        assertThat(new Keystore(dataDir).list()).isEmpty();
    }

    @Test
    void noPasswordSourceAndNoTerminalIsAClearError() {
        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("--password-file", "CCOIN_PASSWORD", "--no-password");
        assertThat(Files.exists(dataDir.resolve("keys"))).isFalse();
    }

    @Test
    void missingPasswordFileFailsWithExitCode1() {
        Path missing = dataDir.resolve("nope.txt");

        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--password-file", missing.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: ").contains(missing.toString());
        assertThat(Files.exists(dataDir.resolve("keys"))).isFalse();
    }

    @Test
    void passwordFileTogetherWithNoPasswordIsAUsageError() throws IOException {
        Path passwordFile = Files.writeString(dataDir.resolve("pw.txt"), "pw");

        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--password-file", passwordFile.toString(), "--no-password");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
        assertThat(Files.exists(dataDir.resolve("keys"))).isFalse();
    }

    @Test
    void keySizeOutsideTheAllowedOnesIsAUsageError() {
        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--no-password", "--bits", "1024");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--bits");
    }

    @Test
    void largerKeySizeIsHonoured() {
        Ccoin.Result result = new Ccoin().run("account", "create", "--data-dir", dataDir.toString(),
                "--no-password", "--bits", "3072");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Address address = Address.parse(result.out().strip());
        java.security.interfaces.RSAPublicKey key =
                (java.security.interfaces.RSAPublicKey) new Keystore(dataDir).publicKey(address);
        assertThat(key.getModulus().bitLength()).isEqualTo(3072);
    }
}
