package dev.ccoin.node.storage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.fusesource.leveldbjni.JniDBFactory;
import org.fusesource.leveldbjni.internal.NativeDB;
import org.iq80.leveldb.DB;
import org.iq80.leveldb.DBIterator;
import org.iq80.leveldb.Options;
import org.iq80.leveldb.impl.Iq80DBFactory;

/**
 * The LevelDB implementation a {@link Database} runs on. Both read and write the same files (LevelDB's format:
 * {@code .sst} tables, Snappy-compressed blocks, the write-ahead log, the {@code LOCK} file's POSIX lock), so a
 * data dir written by one opens with the other; they differ in speed and in what the platform must offer:
 * <ul>
 *   <li>{@link #NATIVE}: Google's C++ LevelDB through leveldbjni 1.8, whose jar carries libraries for Linux x86 and
 *       x86-64, macOS x86-64 and Windows, and none for ARM (Apple Silicon, Graviton, Raspberry Pi).</li>
 *   <li>{@link #JAVA}: the pure-Java port ({@code org.iq80.leveldb}), on every platform Java runs on. Slower to
 *       write (bench/README.md), and without backward iteration, so a descending scan reads its range forwards
 *       first (see {@link Database#scan}).</li>
 * </ul>
 * {@link #chosen()} takes the native engine when its library loads, unless the system property {@value #PROPERTY}
 * or else the environment variable {@value #ENVIRONMENT_VARIABLE} says {@code java}; {@code native} insists on the
 * native engine, and opening a database then fails with {@link StorageError#ENGINE_UNAVAILABLE} where it cannot
 * load. The default is {@code auto}. Thread-safe.
 */
public enum StorageEngine {
    NATIVE,
    JAVA;

    /** {@code -Dccoin.storage=auto|native|java}; wins over {@link #ENVIRONMENT_VARIABLE}. */
    public static final String PROPERTY = "ccoin.storage";
    /** {@code CCOIN_STORAGE=auto|native|java}, read when {@link #PROPERTY} is not set. */
    public static final String ENVIRONMENT_VARIABLE = "CCOIN_STORAGE";

    /**
     * The engine {@link Database#open(Path)} uses in this JVM, from the settings read once;
     * {@link IllegalStateException} when they name no engine.
     */
    public static StorageEngine chosen() {
        return choose(Choice.SETTING, Choice.NATIVE_UNAVAILABLE);
    }

    /**
     * The engine that the setting {@code wanted} (auto, native or java; blank is auto) picks, given why the
     * native library does not load (empty when it does). {@link IllegalStateException} for any other value.
     */
    static StorageEngine choose(String wanted, Optional<String> nativeUnavailable) {
        String setting = wanted.trim().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "native" -> NATIVE;
            case "java" -> JAVA;
            case "auto", "" -> nativeUnavailable.isEmpty() ? NATIVE : JAVA;
            default -> throw new IllegalStateException("-D" + PROPERTY + " (or " + ENVIRONMENT_VARIABLE
                    + ") is auto, native or java, not '" + wanted + "'");
        };
    }

    /** The setting in force: the system property, else the environment variable, else auto. */
    static String setting(Function<String, String> properties, Function<String, String> environment) {
        String property = properties.apply(PROPERTY);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable = environment.apply(ENVIRONMENT_VARIABLE);
        return variable != null && !variable.isBlank() ? variable : "auto";
    }

    /** True iff this JVM can open databases with this engine. */
    public boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    /** Empty when available; otherwise why not, for the log and for the error of a {@code native} that cannot be. */
    public Optional<String> unavailableReason() {
        return this == NATIVE ? Choice.NATIVE_UNAVAILABLE : Optional.empty();
    }

    /** {@code native} or {@code java}: the setting's word, and what {@code /status} and {@code /metrics} say. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the logs and benchmarks print, with the library's version. */
    public String displayName() {
        return switch (this) {
            case NATIVE -> isAvailable() ? "native (leveldbjni " + JniDBFactory.VERSION + ")" : "native (not loaded)";
            case JAVA -> "java (iq80 leveldb " + Iq80DBFactory.VERSION + ")";
        };
    }

    /**
     * Opens the LevelDB database in {@code directory}, the {@code chain} folder of {@code dataDir}; the native engine
     * first has {@link TableSizeCorrection} set right what the pure-Java engine misrecorded in the MANIFEST. A
     * {@link StorageException} means LevelDB was not reached: {@link StorageError#ENGINE_UNAVAILABLE}, or (pure
     * Java) {@link StorageError#DATA_DIR_IN_USE} found by {@link LockCheck}.
     */
    DB open(Path dataDir, File directory, Options options) throws IOException {
        Optional<String> unavailable = unavailableReason();
        if (unavailable.isPresent()) {
            throw new StorageException(StorageError.ENGINE_UNAVAILABLE, unavailable.get() + "; with "
                    + ENVIRONMENT_VARIABLE + "=java (or -D" + PROPERTY + "=java) the node runs on the pure-Java "
                    + "engine, which reads and writes the same data dir");
        }
        if (this == NATIVE) {
            TableSizeCorrection.apply(directory);
            return JniDBFactory.factory.open(directory, options);
        }
        if (LockCheck.heldByAnotherProcess(directory)) {
            throw StorageException.inUse(dataDir, null);
        }
        return Iq80DBFactory.factory.open(directory, options);
    }

    /** True iff a failed {@link #open} can leave the LOCK file's descriptor open (see {@link OpenDirectories}). */
    boolean leaksLockOnFailedOpen() {
        return this == JAVA;
    }

    /**
     * Visits {@code scan}'s keys in descending order. The native iterator steps back; the pure-Java one cannot, so
     * its range is read forwards first.
     */
    void scanDescending(DBIterator iterator, Scan scan, EntryVisitor visitor) {
        if (this == NATIVE) {
            ReverseScan.steppingBack(iterator, scan, visitor);
        } else {
            ReverseScan.readingForwards(iterator, scan, visitor);
        }
    }

    /** Reads the settings and probes the native library once, on first use, not when the enum is touched. */
    private static final class Choice {
        static final Optional<String> NATIVE_UNAVAILABLE = probeNative();
        static final String SETTING = setting(System::getProperty, System::getenv);

        private static Optional<String> probeNative() {
            try {
                NativeDB.LIBRARY.load();
                return Optional.empty();
            } catch (LinkageError e) {
                // Nothing may touch JniDBFactory now: its static initializer would throw this error again.
                return Optional.of("LevelDB's native library (leveldbjni) did not load on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": " + e.getMessage());
            }
        }
    }
}
