package dev.ccoin.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.types.Address;
import dev.ccoin.client.wallet.Keystore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAccountCommandTest {
    private static final Address ALICE = Address.parse("9175cc22cb91bbd2425897357f6fa42ab0da1d26");

    @TempDir
    Path dataDir;

    @Test
    void importedVectorKeyIsStoredEncryptedUnderItsAddress() throws IOException {
        Path pem = aliceKeyFile();

        Ccoin.Result result = new Ccoin().env("CCOIN_PASSWORD", "pw")
                .run("account", "import", "--data-dir", dataDir.toString(), pem.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(ALICE.toHex());
        Keystore keystore = new Keystore(dataDir);
        assertThat(keystore.isEncrypted(ALICE)).isTrue();
        assertThat(keystore.unlock(ALICE, "pw".toCharArray())).isNotNull();
    }

    @Test
    void fileThatIsNotAKeyFailsAndImportsNothing() throws IOException {
        Path notAKey = Files.writeString(dataDir.resolve("notes.txt"), "hello");

        Ccoin.Result result = new Ccoin().run("account", "import", "--data-dir", dataDir.toString(),
                "--no-password", notAKey.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(notAKey.toString());
        assertThat(new Keystore(dataDir).list()).isEmpty();
    }

    private Path aliceKeyFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/vectors/alice.key.pem")) {
            return Files.write(dataDir.resolve("alice.key.pem"), in.readAllBytes());
        }
    }
}
