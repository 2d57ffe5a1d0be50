package dev.ccoin.node.state;

/**
 * When the state held in memory is committed (protocol §12): at the latest every {@code commitBlocks} canonical blocks,
 * and whenever the held nodes exceed {@code memoryMb} mebibytes; also at a clean stop. The settings
 * {@code storage.state_commit_blocks} and {@code storage.state_memory_mb}. Immutable.
 */
public record StateCommitSettings(int commitBlocks, int memoryMb) {
    /** The spec's defaults: 128 blocks, 256 MiB. */
    public static final StateCommitSettings DEFAULT = new StateCommitSettings(128, 256);

    public StateCommitSettings {
        if (commitBlocks < 1) {
            throw new IllegalArgumentException("storage.state_commit_blocks must be at least 1, not " + commitBlocks);
        }
        if (memoryMb < 1) {
            throw new IllegalArgumentException("storage.state_memory_mb must be at least 1, not " + memoryMb);
        }
    }

    /** {@link #memoryMb} in bytes. */
    public long memoryBytes() {
        return memoryMb * 1024L * 1024L;
    }
}
