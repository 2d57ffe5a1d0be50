package dev.ccoin.cli.chain;

import dev.ccoin.node.archive.Progress;
import java.io.PrintWriter;

/** Shows archive progress as one line on stderr, e.g. {@code import: 1200 blocks (45%), 340 blocks/s}. */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final String verb;

    ProgressLine(PrintWriter err, String verb) {
        this.err = err;
        this.verb = verb;
    }

    @Override
    public void report(long blocks, long total, double fraction, double blocksPerSecond) {
        StringBuilder line = new StringBuilder(verb).append(": ").append(blocks);
        if (total >= 0) {
            line.append('/').append(total);
        }
        line.append(" blocks");
        if (fraction >= 0) {
            line.append(String.format(" (%.0f%%)", fraction * 100));
        }
        line.append(String.format(", %.0f blocks/s", blocksPerSecond));
        err.println(line);
        err.flush();
    }
}
