package dev.ccoin.cli.localnet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One running part of a localnet — its discovery service or a node — as a child process or inside this JVM. */
interface LocalnetMember {
    String name();

    /** The process it runs in: its own child's pid, or this JVM's. */
    long pid();

    boolean isAlive();

    /** Where its output goes. */
    Path log();

    /** The last lines of the log, for a failure message. */
    default String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops it, giving it {@code grace} to close cleanly. */
    void stop(Duration grace);
}
