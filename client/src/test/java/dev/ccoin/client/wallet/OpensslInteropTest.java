package dev.ccoin.client.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.core.types.Address;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore's files against the real {@code openssl} binary, in both directions; skipped without openssl. */
class OpensslInteropTest {
    private static final String PASSWORD = "open sesame";

    @TempDir
    Path dataDir;

    @BeforeAll
    static void requireOpenssl() {
        assumeTrue(run(List.of("openssl", "version")).exitCode() == 0, "openssl is not installed");
    }

    @Test
    void opensslReadsAnEncryptedKeyWithItsPasswordAndItsPublicKey() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.password(PASSWORD.toCharArray()));
        Path keyFile = keystore.privateKeyFile(address);

        Result privateKey = run(List.of("openssl", "pkey", "-in", keyFile.toString(),
                "-passin", "pass:" + PASSWORD, "-pubout"));
        Result publicKey = run(List.of("openssl", "pkey", "-pubin", "-in", keystore.publicKeyFile(address).toString()));

        assertThat(privateKey.exitCode()).as(privateKey.output()).isZero();
        assertThat(publicKey.exitCode()).as(publicKey.output()).isZero();
        assertThat(privateKey.output()).isEqualTo(publicKey.output())
                .isEqualTo(Files.readString(keystore.publicKeyFile(address)));
    }

    @Test
    void opensslRefusesAnEncryptedKeyWithAWrongPassword() {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.password(PASSWORD.toCharArray()));

        Result result = run(List.of("openssl", "pkey", "-in", keystore.privateKeyFile(address).toString(),
                "-passin", "pass:wrong", "-noout"));

        assertThat(result.exitCode()).isNotZero();
    }

    @Test
    void opensslSeesPbes2WithAes256AndHmacSha256() {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.password(PASSWORD.toCharArray()));

        Result result = run(List.of("openssl", "asn1parse", "-in", keystore.privateKeyFile(address).toString()));

        assertThat(result.output()).contains("PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc");
    }

    @Test
    void opensslReadsAPlainKey() {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.none());

        Result result = run(List.of("openssl", "pkey", "-in", keystore.privateKeyFile(address).toString(), "-noout"));

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void keyEncryptedByOpensslImportsWithItsPassword() {
        Path pem = dataDir.resolve("from-openssl.pem");
        Result generated = run(List.of("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                "-aes-256-cbc", "-pass", "pass:" + PASSWORD, "-out", pem.toString()));
        assumeTrue(generated.exitCode() == 0, generated.output());
        Keystore keystore = new Keystore(dataDir);

        Address address = keystore.importKey(pem, PASSWORD.toCharArray(), KeyProtection.none());

        Result publicKey = run(List.of("openssl", "pkey", "-in", pem.toString(), "-passin", "pass:" + PASSWORD,
                "-pubout", "-outform", "DER", "-out", dataDir.resolve("pub.der").toString()));
        assertThat(publicKey.exitCode()).isZero();
        assertThat(address).isEqualTo(RsaKeys.address(dev.ccoin.core.types.Bytes.of(readAll(dataDir.resolve("pub.der")))));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
