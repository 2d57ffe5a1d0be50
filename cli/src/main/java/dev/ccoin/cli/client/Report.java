package dev.ccoin.cli.client;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * People-readable output: {@code label  value} lines with the values aligned, and indented list lines under them.
 * Built then printed once; used on one thread.
 */
final class Report {
    private record Line(String label, String value) {
    }

    private final List<Line> lines = new ArrayList<>();

    Report add(String label, Object value) {
        lines.add(new Line(label, String.valueOf(value)));
        return this;
    }

    /** A line under the previous one, indented, with no label. */
    Report item(String text) {
        lines.add(new Line(null, text));
        return this;
    }

    void print(PrintWriter out) {
        int width = lines.stream().filter(line -> line.label() != null).mapToInt(line -> line.label().length())
                .max().orElse(0);
        for (Line line : lines) {
            if (line.label() == null) {
                out.println("  " + line.value());
            } else {
                out.println(String.format("%-" + width + "s  %s", line.label(), line.value()));
            }
        }
        out.flush();
    }
}
