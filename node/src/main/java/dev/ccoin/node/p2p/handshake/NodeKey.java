package dev.ccoin.node.p2p.handshake;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.core.keys.PrivateKeyPem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key a node proves its identity with in TLS (its certificate's key); its address is the node id. A validator
 * uses its account key; any other node keeps a key of its own in {@code <data-dir>/node.key}, plain PKCS#8 PEM with
 * mode 0600, made on first start. The node key never signs anything but its TLS certificate and handshakes,
 * discovery registrations and LAN announcements, and never moves coins unless it is also the account key.
 * Immutable and thread-safe.
 */
public final class NodeKey {
    /** The file of a node key that is not an account key. */
    public static final String FILE = "node.key";
    private static final Logger LOG = LoggerFactory.getLogger(NodeKey.class);

    private final KeyPair keys;
    private final Bytes publicKey;
    private final Address nodeId;

    private NodeKey(KeyPair keys) {
        RsaKeys.check(keys.getPublic());
        this.keys = keys;
        this.publicKey = RsaKeys.encode(keys.getPublic());
        this.nodeId = RsaKeys.address(publicKey);
    }

    public static NodeKey of(KeyPair keys) {
        return new NodeKey(keys);
    }

    /** The account key when there is one, else the data dir's {@code node.key}, created if missing. */
    public static NodeKey forNode(Path dataDir, java.util.Optional<KeyPair> accountKey) {
        return forNode(dataDir, accountKey, NodeKey::freshKeyPair);
    }

    /**
     * {@link #forNode(Path, java.util.Optional)} with the key pair a missing {@code node.key} gets from
     * {@code fresh}, which may have been generated ahead ({@link #generatedAhead}).
     */
    public static NodeKey forNode(Path dataDir, java.util.Optional<KeyPair> accountKey, Supplier<KeyPair> fresh) {
        return accountKey.map(NodeKey::of).orElseGet(() -> loadOrCreate(dataDir, fresh, new SecureRandom()));
    }

    /**
     * A first start of a node without an account key makes its node key, an RSA generation of a few hundred
     * milliseconds: this starts it now, on {@code executor}, so it runs while the node opens its chain. Nothing is
     * written here; {@link #forNode(Path, java.util.Optional, Supplier)} writes the file once the node holds its
     * data dir. When the key will not be needed, the supplier generates nothing unless asked.
     */
    public static Supplier<KeyPair> generatedAhead(Path dataDir, java.util.Optional<KeyPair> accountKey,
            Executor executor) {
        if (accountKey.isPresent() || Files.exists(dataDir.resolve(FILE))) {
            return NodeKey::freshKeyPair;
        }
        CompletableFuture<KeyPair> ahead = CompletableFuture.supplyAsync(NodeKey::freshKeyPair, executor);
        return ahead::join;
    }

    private static KeyPair freshKeyPair() {
        return RsaKeys.generate(RsaKeys.DEFAULT_BITS, new SecureRandom());
    }

    /** Reads {@code <dataDir>/node.key}, or makes a 2048-bit key there first. */
    public static NodeKey loadOrCreate(Path dataDir, SecureRandom random) {
        return loadOrCreate(dataDir, () -> RsaKeys.generate(RsaKeys.DEFAULT_BITS, random), random);
    }

    private static NodeKey loadOrCreate(Path dataDir, Supplier<KeyPair> fresh, SecureRandom random) {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return new NodeKey(PrivateKeyPem.decode(read(file), null, "node key " + file));
        }
        KeyPair keys = fresh.get();
        write(file, PrivateKeyPem.encode(keys.getPrivate(), KeyProtection.none(), random));
        NodeKey key = new NodeKey(keys);
        LOG.info("created node key {} in {}", key.nodeId(), file);
        return key;
    }

    public Address nodeId() {
        return nodeId;
    }

    /** The SubjectPublicKeyInfo DER that {@code HEY} carries. */
    public Bytes publicKey() {
        return publicKey;
    }

    /** The key pair, for a discovery registration. */
    public KeyPair keyPair() {
        return keys;
    }

    @Override
    public String toString() {
        return "NodeKey[" + nodeId + "]";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the node key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Owner-only from the first byte: a temporary file made with mode 0600, then renamed into place. */
    private static void write(Path file, String pem) {
        Path directory = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = posix
                    ? Files.createTempFile(directory, ".node-key-", ".part",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".node-key-", ".part");
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the node key " + file + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The write already failed; that failure is what the caller sees.
                }
            }
        }
    }
}
