package dev.ccoin.client.wallet;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.keys.KeyPemException;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.core.keys.PrivateKeyPem;
import dev.ccoin.core.keys.PublicKeyPem;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The key pairs of one data directory, in {@code <data-dir>/keys/} (§2): {@code <address>.key}, the PKCS#8 PEM
 * private key, and {@code <address>.pub}, its SubjectPublicKeyInfo PEM. The directory is mode 0700 and each file
 * 0600; files appear whole or not at all, and a failed operation leaves the directory as it was. A file whose key
 * does not hash to the address in its name is reported as {@link KeystoreError#KEY_MISMATCH}, never used.
 * Holds no state beyond its paths: thread-safe, and safe to share with other processes using the same directory.
 */
public final class Keystore {
    /** The keystore's folder inside a data directory. */
    public static final String DIRECTORY = "keys";
    private static final String PRIVATE_SUFFIX = ".key";
    private static final String PUBLIC_SUFFIX = ".pub";

    private final Path directory;
    private final SecureRandom random;

    public Keystore(Path dataDir) {
        this(dataDir, new SecureRandom());
    }

    /** A keystore drawing key material, salts and IVs from {@code random}. */
    public Keystore(Path dataDir, SecureRandom random) {
        this.directory = dataDir.resolve(DIRECTORY);
        this.random = random;
    }

    public Path directory() {
        return directory;
    }

    public Path privateKeyFile(Address address) {
        return directory.resolve(address.toHex() + PRIVATE_SUFFIX);
    }

    public Path publicKeyFile(Address address) {
        return directory.resolve(address.toHex() + PUBLIC_SUFFIX);
    }

    /** Generates an RSA key pair of {@code bits} (2048, 3072 or 4096), stores it and returns its address. */
    public Address create(int bits, KeyProtection protection) {
        return store(RsaKeys.generate(bits, random), protection);
    }

    /**
     * Copies the key in a PEM file (plain, or encrypted under {@code filePassword}) into the keystore, protected as
     * {@code protection} says, and returns its address.
     */
    public Address importKey(Path pemFile, char[] filePassword, KeyProtection protection) {
        return store(readKeyFile(pemFile, filePassword), protection);
    }

    /** The addresses that have a private key file here, in address order. Empty if there is no keystore yet. */
    public List<Address> list() {
        List<Address> addresses = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> addressOf(file).ifPresent(addresses::add));
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new KeystoreException(KeystoreError.IO, "cannot list key directory " + directory + ": "
                    + e.getMessage(), e);
        }
        addresses.sort(null);
        return List.copyOf(addresses);
    }

    public boolean contains(Address address) {
        return Files.isRegularFile(privateKeyFile(address));
    }

    /** The keystore's only key: what a node uses when no account is configured. */
    public Address onlyAccount() {
        List<Address> addresses = list();
        if (addresses.isEmpty()) {
            throw new KeystoreException(KeystoreError.NO_SUCH_KEY,
                    "no key in " + directory + "; create one with 'ccoin account create'");
        }
        if (addresses.size() > 1) {
            throw new KeystoreException(KeystoreError.AMBIGUOUS,
                    addresses.size() + " keys in " + directory + "; choose one with --account");
        }
        return addresses.get(0);
    }

    /**
     * Opens the private key of {@code address}. {@code password} may be null or empty for a plain key file. The
     * key must hash to {@code address}.
     */
    public KeyPair unlock(Address address, char[] password) {
        Path file = existingPrivateKeyFile(address);
        KeyPair pair = readKeyFile(file, password);
        requireAddress(pair.getPublic(), address, file);
        return pair;
    }

    /** The public key of {@code address}, from its {@code .pub} file; needs no password. */
    public PublicKey publicKey(Address address) {
        Path file = publicKeyFile(address);
        if (!Files.exists(file)) {
            throw new KeystoreException(KeystoreError.NO_SUCH_KEY, "no public key file " + file);
        }
        PublicKey key;
        try {
            key = PublicKeyPem.decode(KeyFileIo.read(file), "public key file " + file);
        } catch (KeyPemException e) {
            throw KeystoreException.of(e);
        }
        requireAddress(key, address, file);
        return key;
    }

    /** True iff the private key of {@code address} is stored encrypted, so unlocking it needs a password. */
    public boolean isEncrypted(Address address) {
        Path file = existingPrivateKeyFile(address);
        return isEncryptedFile(file);
    }

    /** True iff the PEM file, anywhere on disk, holds an {@code ENCRYPTED PRIVATE KEY}. */
    public static boolean isEncryptedFile(Path pemFile) {
        try {
            return PrivateKeyPem.isEncrypted(KeyFileIo.read(pemFile), "key file " + pemFile);
        } catch (KeyPemException e) {
            throw KeystoreException.of(e);
        }
    }

    /** The key pair in a PEM file anywhere on disk, such as a key made by openssl; a plain key takes null. */
    public static KeyPair readKeyFile(Path pemFile, char[] password) {
        try {
            return PrivateKeyPem.decode(KeyFileIo.read(pemFile), password, "key file " + pemFile);
        } catch (KeyPemException e) {
            throw KeystoreException.of(e);
        }
    }

    private Address store(KeyPair pair, KeyProtection protection) {
        Address address = RsaKeys.address(pair.getPublic());
        Path privateFile = privateKeyFile(address);
        if (Files.exists(privateFile)) {
            throw new KeystoreException(KeystoreError.ALREADY_EXISTS,
                    "the keystore already holds " + address + " (" + privateFile + ")");
        }
        // Encrypt before touching the disk, so a failure there leaves nothing behind.
        String privateText = PrivateKeyPem.encode(pair.getPrivate(), protection, random);
        String publicText = PublicKeyPem.encode(pair.getPublic());
        KeyFileIo.createPrivateDirectory(directory);
        Path publicFile = publicKeyFile(address);
        // The .pub goes first: list() looks for .key files, so a crash in between leaves no half account.
        boolean publicWritten = false;
        try {
            if (!Files.exists(publicFile)) {
                KeyFileIo.writeNew(publicFile, publicText);
                publicWritten = true;
            }
            KeyFileIo.writeNew(privateFile, privateText);
        } catch (RuntimeException e) {
            if (publicWritten) {
                KeyFileIo.deleteIfExists(publicFile);
            }
            throw e;
        }
        return address;
    }

    private Path existingPrivateKeyFile(Address address) {
        Path file = privateKeyFile(address);
        if (!Files.exists(file)) {
            throw new KeystoreException(KeystoreError.NO_SUCH_KEY, "no key for " + address + " in " + directory);
        }
        return file;
    }

    private static void requireAddress(PublicKey key, Address expected, Path file) {
        Address actual = RsaKeys.address(key);
        if (!actual.equals(expected)) {
            throw new KeystoreException(KeystoreError.KEY_MISMATCH,
                    file + " holds the key of " + actual + ", not of " + expected);
        }
    }

    private static Optional<Address> addressOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(PRIVATE_SUFFIX) || name.length() != 2 * Address.LENGTH + PRIVATE_SUFFIX.length()) {
            return Optional.empty();
        }
        try {
            Address address = Address.parse(name.substring(0, 2 * Address.LENGTH));
            // Only the canonical lowercase name is ours; anything else is a stray file.
            return address.toHex().equals(name.substring(0, 2 * Address.LENGTH))
                    ? Optional.of(address)
                    : Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
