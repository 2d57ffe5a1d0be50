package dev.ccoin.client.wallet;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Objects;

/**
 * One account's unlocked key: what an application signs its transactions with. Opened from a data directory's
 * keystore ({@code <data-dir>/keys/<address>.key}, encrypted PEM) or from any PEM key file; a wrong or missing
 * password is a {@link KeystoreException} with {@link KeystoreError#WRONG_PASSWORD} or
 * {@link KeystoreError#PASSWORD_REQUIRED}. The private key never leaves it: {@link #sign} signs a digest with
 * RSASSA-PSS. Immutable and thread-safe.
 */
public final class Wallet {
    private final KeyPair keys;
    private final Address address;
    private final Bytes publicKey;

    private Wallet(KeyPair keys) {
        RsaKeys.check(keys.getPublic());
        this.keys = keys;
        this.publicKey = RsaKeys.encode(keys.getPublic());
        this.address = RsaKeys.address(publicKey);
    }

    /**
     * Unlocks {@code account} in the keystore of {@code dataDir}; {@code password} may be null for a plain key file.
     * The caller keeps (and should clear) its password array.
     */
    public static Wallet open(Path dataDir, Address account, char[] password) {
        return new Wallet(new Keystore(dataDir).unlock(account, password));
    }

    /** Unlocks the only key of {@code dataDir}'s keystore ({@link KeystoreError#AMBIGUOUS} if there are several). */
    public static Wallet openOnly(Path dataDir, char[] password) {
        Keystore keystore = new Keystore(dataDir);
        return new Wallet(keystore.unlock(keystore.onlyAccount(), password));
    }

    /** Opens a PEM private key file anywhere on disk, e.g. one {@code openssl} made. */
    public static Wallet openFile(Path pemFile, char[] password) {
        return new Wallet(Keystore.readKeyFile(pemFile, password));
    }

    /** A wallet of a key pair already in memory. */
    public static Wallet of(KeyPair keys) {
        return new Wallet(Objects.requireNonNull(keys, "keys"));
    }

    /** The account's address: the hash of its public key. */
    public Address address() {
        return address;
    }

    /** The public key as SubjectPublicKeyInfo DER, the {@code senderKey} of its transactions. */
    public Bytes publicKey() {
        return publicKey;
    }

    /** The RSASSA-PSS signature of {@code digest} (a transaction id) with the account's key. */
    public Bytes sign(Hash32 digest) {
        return Pss.sign(keys.getPrivate(), digest);
    }

    @Override
    public String toString() {
        return "Wallet[" + address + "]";
    }
}
