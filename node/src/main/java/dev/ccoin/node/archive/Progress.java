package dev.ccoin.node.archive;

/** Told of progress about once a second, and once at the end. */
@FunctionalInterface
public interface Progress {
    /**
     * @param blocks blocks done so far
     * @param total blocks in all, or -1 when unknown
     * @param fraction the part of the input read, 0..1, or -1 when unknown
     * @param blocksPerSecond the rate since the start
     */
    void report(long blocks, long total, double fraction, double blocksPerSecond);

    Progress NONE = (blocks, total, fraction, rate) -> { };
}
