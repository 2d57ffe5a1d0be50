package dev.ccoin.client.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.core.keys.TestVectors;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreTest {
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    Path dataDir;

    @Test
    void createdKeyIsAnEncryptedPkcs8FileNamedAfterItsAddress() throws IOException {
        Keystore keystore = new Keystore(dataDir);

        Address address = keystore.create(2048, KeyProtection.password(PASSWORD));

        Path keyFile = dataDir.resolve("keys").resolve(address.toHex() + ".key");
        Path pubFile = dataDir.resolve("keys").resolve(address.toHex() + ".pub");
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(Files.readString(pubFile)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(keystore.isEncrypted(address)).isTrue();
        assertThat(RsaKeys.address(keystore.publicKey(address))).isEqualTo(address);
    }

    @Test
    void keyFilesAreReadableByTheOwnerOnly() throws IOException {
        Keystore keystore = new Keystore(dataDir);

        Address address = keystore.create(2048, KeyProtection.password(PASSWORD));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.directory())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.privateKeyFile(address))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore.publicKeyFile(address))))
                .isEqualTo("rw-------");
    }

    @Test
    void anExistingKeyDirectoryThatIsTooOpenIsTightened() throws IOException {
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));

        new Keystore(dataDir).create(2048, KeyProtection.none());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
    }

    @Test
    void unlockedKeySignsWhatItsPublicKeyVerifies() {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.password(PASSWORD));

        KeyPair pair = keystore.unlock(address, PASSWORD);

        Hash32 message = Sha256.hash("hello".getBytes(StandardCharsets.UTF_8));
        Bytes signature = Pss.sign(pair.getPrivate(), message);
        assertThat(Pss.verify(keystore.publicKey(address), message, signature)).isTrue();
        assertThat(RsaKeys.address(pair.getPublic())).isEqualTo(address);
    }

    @Test
    void wrongPasswordIsRefusedNamingTheKeyFileAndChangesNothing() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.password(PASSWORD));
        String before = Files.readString(keystore.privateKeyFile(address));

        assertThatThrownBy(() -> keystore.unlock(address, "not it".toCharArray()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.WRONG_PASSWORD))
                .hasMessageContaining(keystore.privateKeyFile(address).toString());
        assertThat(Files.readString(keystore.privateKeyFile(address))).isEqualTo(before);
        assertThat(filesIn(keystore.directory())).hasSize(2);
    }

    @Test
    void encryptedKeyWithoutPasswordNeedsOne() {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.password(PASSWORD));

        assertThatThrownBy(() -> keystore.unlock(address, null))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.PASSWORD_REQUIRED));
    }

    @Test
    void keyWithoutPasswordIsPlainPkcs8AndUnlocksWithoutOne() throws IOException {
        Keystore keystore = new Keystore(dataDir);

        Address address = keystore.create(2048, KeyProtection.none());

        assertThat(Files.readString(keystore.privateKeyFile(address))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(keystore.isEncrypted(address)).isFalse();
        assertThat(RsaKeys.address(keystore.unlock(address, null).getPublic())).isEqualTo(address);
    }

    @Test
    void largerKeySizesAreAllowedAndOthersRefusedBeforeWriting() {
        Keystore keystore = new Keystore(dataDir);

        Address address = keystore.create(3072, KeyProtection.none());

        assertThat(keystore.publicKey(address).getEncoded().length).isGreaterThan(400);
        assertThatThrownBy(() -> keystore.create(1024, KeyProtection.none()))
                .hasMessageContaining("1024");
        assertThat(keystore.list()).containsExactly(address);
    }

    @Test
    void listIsSortedAndIgnoresFilesThatAreNotKeys() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Address first = keystore.create(2048, KeyProtection.none());
        Address second = keystore.create(2048, KeyProtection.none());
        Files.writeString(keystore.directory().resolve("notes.txt"), "hello");
        Files.writeString(keystore.directory().resolve(first.toHex().toUpperCase() + ".key"), "stray");

        List<Address> listed = keystore.list();

        assertThat(listed).containsExactlyElementsOf(Stream.of(first, second).sorted().toList());
    }

    @Test
    void listOfAMissingKeystoreIsEmpty() {
        assertThat(new Keystore(dataDir.resolve("nowhere")).list()).isEmpty();
    }

    @Test
    void onlyAccountNeedsExactlyOneKey() {
        Keystore keystore = new Keystore(dataDir);
        assertThatThrownBy(keystore::onlyAccount)
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.NO_SUCH_KEY));

        Address address = keystore.create(2048, KeyProtection.none());
        assertThat(keystore.onlyAccount()).isEqualTo(address);

        keystore.create(2048, KeyProtection.none());
        assertThatThrownBy(keystore::onlyAccount)
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.AMBIGUOUS));
    }

    @Test
    void unknownAddressIsNoSuchKey() {
        Keystore keystore = new Keystore(dataDir);
        Address unknown = Address.parse("00112233445566778899aabbccddeeff00112233");

        assertThatThrownBy(() -> keystore.unlock(unknown, PASSWORD))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.NO_SUCH_KEY));
        assertThatThrownBy(() -> keystore.publicKey(unknown))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.NO_SUCH_KEY));
    }

    @Test
    void keyFileUnderAnotherAddressIsAMismatch() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Address real = keystore.create(2048, KeyProtection.none());
        Address other = Address.parse("00112233445566778899aabbccddeeff00112233");
        Files.copy(keystore.privateKeyFile(real), keystore.privateKeyFile(other));
        Files.copy(keystore.publicKeyFile(real), keystore.publicKeyFile(other));

        assertThatThrownBy(() -> keystore.unlock(other, null))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.KEY_MISMATCH))
                .hasMessageContaining(real.toHex());
        assertThatThrownBy(() -> keystore.publicKey(other))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.KEY_MISMATCH));
    }

    @Test
    void damagedKeyFileIsMalformed() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Address address = keystore.create(2048, KeyProtection.none());
        Files.writeString(keystore.privateKeyFile(address), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> keystore.unlock(address, null))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.MALFORMED_KEY_FILE));
    }

    @Test
    void importedPemKeyKeepsItsAddressAndIsEncryptedInTheKeystore() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Path pem = dataDir.resolve("alice.key.pem");
        Files.write(pem, TestVectors.resource("alice.key.pem"));

        Address address = keystore.importKey(pem, null, KeyProtection.password(PASSWORD));

        assertThat(address).isEqualTo(TestVectors.ALICE);
        assertThat(keystore.isEncrypted(address)).isTrue();
        assertThat(RsaKeys.address(keystore.unlock(address, PASSWORD).getPublic())).isEqualTo(TestVectors.ALICE);
    }

    @Test
    void importingAKeyTwiceIsRefusedAndKeepsTheFirstFile() throws IOException {
        Keystore keystore = new Keystore(dataDir);
        Path pem = dataDir.resolve("alice.key.pem");
        Files.write(pem, TestVectors.resource("alice.key.pem"));
        keystore.importKey(pem, null, KeyProtection.none());
        String before = Files.readString(keystore.privateKeyFile(TestVectors.ALICE));

        assertThatThrownBy(() -> keystore.importKey(pem, null, KeyProtection.password(PASSWORD)))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.ALREADY_EXISTS));
        assertThat(Files.readString(keystore.privateKeyFile(TestVectors.ALICE))).isEqualTo(before);
    }

    @Test
    void keyDirectoryThatCannotBeCreatedIsAnIoErrorAndWritesNothing() throws IOException {
        Path blocker = Files.writeString(dataDir.resolve("keys"), "a file where the key directory belongs");
        Keystore keystore = new Keystore(dataDir);

        assertThatThrownBy(() -> keystore.create(2048, KeyProtection.none()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreError.IO))
                .hasMessageContaining(blocker.toString());
        assertThat(Files.readString(blocker)).isEqualTo("a file where the key directory belongs");
        assertThat(filesIn(dataDir)).containsExactly(blocker);
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
