package dev.ccoin.node.storage;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iq80.leveldb.impl.FileChannelLogWriter;
import org.iq80.leveldb.impl.FileMetaData;
import org.iq80.leveldb.impl.Filename;
import org.iq80.leveldb.impl.LogMonitors;
import org.iq80.leveldb.impl.LogReader;
import org.iq80.leveldb.impl.LogWriter;
import org.iq80.leveldb.impl.VersionEdit;
import org.iq80.leveldb.util.Slice;

/**
 * Corrects, before the native engine opens a directory, the table sizes the pure-Java engine recorded wrongly in its
 * MANIFEST. iq80 leveldb 0.12 ({@code DbImpl.finishCompactionOutputFile}) records a table its compaction wrote as
 * {@code TableBuilder.getFileSize()} taken after {@code finish()}: the bytes written plus the size estimate of the
 * data block {@code finish()} emptied, 4 bytes (its restart count) too many. The pure-Java engine never reads the
 * recorded size (it takes the file's length), but leveldbjni reads a table's footer at the recorded size and fails
 * with "IO error: NNNNNN.sst: Invalid argument" (dain/leveldb issue 90, open). Only a table whose recorded size is
 * exactly its file's length plus those 4 bytes is corrected; when there is one, the MANIFEST is written again with
 * the same edits and the true sizes, then moved over the old one atomically, so a crash leaves the old or the new.
 * A directory another process holds, or whose MANIFEST does not read cleanly, is left as it is for the engine to
 * refuse. Stateless; for a directory no database of this JVM has open.
 */
final class TableSizeCorrection {
    /** What {@code BlockBuilder.currentSizeEstimate()} says of an empty block: the restart count, an int. */
    static final long EXCESS = Integer.BYTES;

    private TableSizeCorrection() {
    }

    /** The tables of {@code directory}'s MANIFEST recorded {@link #EXCESS} bytes longer than their files. */
    static List<Long> misrecorded(File directory) throws IOException {
        List<Long> tables = new ArrayList<>();
        Optional<File> manifest = manifest(directory);
        if (manifest.isPresent()) {
            for (VersionEdit edit : edits(manifest.get())) {
                for (FileMetaData table : edit.getNewFiles().values()) {
                    if (isMisrecorded(directory, table)) {
                        tables.add(table.getNumber());
                    }
                }
            }
        }
        return tables;
    }

    /** Rewrites {@code directory}'s MANIFEST with the misrecorded tables' true sizes; how many it corrected. */
    static int apply(File directory) throws IOException {
        List<Long> tables = misrecorded(directory);
        if (tables.isEmpty() || LockCheck.heldByAnotherProcess(directory)) {
            return 0;
        }
        File manifest = manifest(directory).orElseThrow();
        long number = Filename.parseFileName(manifest).getFileNumber();
        File rewritten = new File(directory, Filename.tempFileName(number));
        LogWriter writer = new FileChannelLogWriter(rewritten, number);
        try {
            for (VersionEdit edit : edits(manifest)) {
                writer.addRecord(corrected(directory, edit).encode(), false);
            }
        } finally {
            writer.close();
        }
        // The writer's close does not report a failed sync; this one does, before the move makes the file count.
        try (FileChannel channel = FileChannel.open(rewritten.toPath(), StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(rewritten.toPath(), manifest.toPath(), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        return tables.size();
    }

    private static boolean isMisrecorded(File directory, FileMetaData table) {
        File file = new File(directory, Filename.tableFileName(table.getNumber()));
        return file.isFile() && table.getFileSize() == file.length() + EXCESS;
    }

    /** {@code edit} with every misrecorded table's size taken from its file; every other field as it was. */
    private static VersionEdit corrected(File directory, VersionEdit edit) {
        VersionEdit copy = new VersionEdit();
        if (edit.getComparatorName() != null) {
            copy.setComparatorName(edit.getComparatorName());
        }
        if (edit.getLogNumber() != null) {
            copy.setLogNumber(edit.getLogNumber());
        }
        if (edit.getPreviousLogNumber() != null) {
            copy.setPreviousLogNumber(edit.getPreviousLogNumber());
        }
        if (edit.getNextFileNumber() != null) {
            copy.setNextFileNumber(edit.getNextFileNumber());
        }
        if (edit.getLastSequenceNumber() != null) {
            copy.setLastSequenceNumber(edit.getLastSequenceNumber());
        }
        copy.setCompactPointers(edit.getCompactPointers());
        for (Map.Entry<Integer, Long> deleted : edit.getDeletedFiles().entries()) {
            copy.deleteFile(deleted.getKey(), deleted.getValue());
        }
        for (Map.Entry<Integer, FileMetaData> added : edit.getNewFiles().entries()) {
            FileMetaData table = added.getValue();
            long size = isMisrecorded(directory, table) ? table.getFileSize() - EXCESS : table.getFileSize();
            copy.addFile(added.getKey(), table.getNumber(), size, table.getSmallest(), table.getLargest());
        }
        return copy;
    }

    /** The MANIFEST that {@code CURRENT} names; empty for a directory without one (not yet created). */
    private static Optional<File> manifest(File directory) throws IOException {
        Path current = directory.toPath().resolve(Filename.currentFileName());
        if (!Files.isRegularFile(current)) {
            return Optional.empty();
        }
        String name = Files.readString(current, StandardCharsets.UTF_8).strip();
        File manifest = new File(directory, name);
        return name.startsWith("MANIFEST-") && manifest.isFile() ? Optional.of(manifest) : Optional.empty();
    }

    /** The edits of {@code manifest}; none when a record does not read cleanly, so that nothing is corrected. */
    private static List<VersionEdit> edits(File manifest) throws IOException {
        List<VersionEdit> edits = new ArrayList<>();
        try (FileInputStream in = new FileInputStream(manifest); FileChannel channel = in.getChannel()) {
            LogReader reader = new LogReader(channel, LogMonitors.throwExceptionMonitor(), true, 0);
            for (Slice record = reader.readRecord(); record != null; record = reader.readRecord()) {
                edits.add(new VersionEdit(record));
            }
        } catch (RuntimeException e) {
            // iq80's reader reports a damaged record by throwing; the engine opening the directory will say more.
            return List.of();
        }
        return edits;
    }
}
