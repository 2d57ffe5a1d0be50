package dev.ccoin.client.wallet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reading and writing key files: bounded reads, and owner-only writes that appear whole or not at all (a temporary
 * file in the same directory, synced, then renamed). On file systems without POSIX permissions the modes are left to
 * the platform.
 */
final class KeyFileIo {
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    /** Far above a 4096-bit key in PEM (about 3.3 KiB); anything bigger is not a key file. */
    private static final long MAX_KEY_FILE_BYTES = 64 * 1024;

    private KeyFileIo() {
    }

    /** The text of a PEM file; a missing file is {@link KeystoreError#NO_SUCH_KEY}. */
    static String read(Path file) {
        try {
            if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                throw new KeystoreException(KeystoreError.MALFORMED_KEY_FILE,
                        "key file " + file + " is too large to be a PEM key");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.US_ASCII.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new KeystoreException(KeystoreError.NO_SUCH_KEY, "no key file " + file, e);
        } catch (CharacterCodingException e) {
            throw new KeystoreException(KeystoreError.MALFORMED_KEY_FILE, "key file " + file + " is not PEM text", e);
        } catch (IOException e) {
            throw ioFailure("cannot read key file " + file, e);
        }
    }

    /** Creates {@code directory} (and its parents) if needed and makes it accessible to its owner only. */
    static void createPrivateDirectory(Path directory) {
        try {
            if (isPosix(directory.toAbsolutePath().getRoot())) {
                Files.createDirectories(directory.toAbsolutePath().getParent());
                if (!Files.isDirectory(directory)) {
                    try {
                        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                    } catch (FileAlreadyExistsException raced) {
                        // Another process made it first; the permissions are set below either way.
                    }
                }
                // The umask may have narrowed the mode on creation, and an older directory may be too open.
                Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
            } else {
                Files.createDirectories(directory);
            }
        } catch (IOException e) {
            throw ioFailure("cannot create key directory " + directory, e);
        }
    }

    /**
     * Writes {@code text} to {@code target} with mode 0600, which must not exist yet. A reader sees either no file or
     * the whole file; nothing is left behind on failure.
     */
    static void writeNew(Path target, String text) {
        Path directory = target.toAbsolutePath().getParent();
        if (Files.exists(target)) {
            throw new KeystoreException(KeystoreError.ALREADY_EXISTS, "key file " + target + " already exists");
        }
        Path temporary = null;
        try {
            temporary = isPosix(directory)
                    ? Files.createTempFile(directory, ".tmp-", ".part",
                            PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                    : Files.createTempFile(directory, ".tmp-", ".part", new FileAttribute<?>[0]);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (isPosix(directory)) {
                Files.setPosixFilePermissions(temporary, OWNER_READ_WRITE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            syncDirectory(directory);
        } catch (AccessDeniedException e) {
            throw ioFailure("cannot write key file " + target + ": permission denied", e);
        } catch (IOException e) {
            throw ioFailure("cannot write key file " + target, e);
        } finally {
            if (temporary != null) {
                deleteIfExists(temporary);
            }
        }
    }

    /** Best-effort removal while undoing a half-done operation; the original failure is what gets reported. */
    static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Nothing better to do: the caller is already failing with the first error.
        }
    }

    private static void syncDirectory(Path directory) {
        // Makes the rename durable on Linux; other platforms may refuse to open a directory, which is harmless.
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Durability of the directory entry is best effort where the platform cannot sync directories.
        }
    }

    private static boolean isPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    private static KeystoreException ioFailure(String what, IOException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new KeystoreException(KeystoreError.IO, what + ": " + detail, e);
    }
}
