package dev.ccoin.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a {@code bench load} run: admission and inclusion rates, latency, refusals, CPU use, the exactly-once
 * audit, and the included rate against the PSS-verify bound and the 5 000 tx/s target. Plain lines of
 * {@code label  figures}, one per fact, so scripts can grep them.
 */
final class LoadReport {
    /** The throughput the issue asks for, in included transactions per second. */
    static final double TARGET_TX_PER_SECOND = 5_000;

    private final PrintWriter out;

    LoadReport(PrintWriter out) {
        this.out = out;
    }

    void print(LoadRun run, InclusionAudit audit, String agreement) {
        long accepted = run.log().acceptedCount();
        line("admitted", "%d of %d in %.2f s: %.0f tx/s", accepted, run.transactions(), run.acceptSeconds(),
                rate(accepted, run.acceptSeconds()));
        line("refusals", "%s", refusals(run.log().refusals()));
        double included = rate(run.included(), run.includeSeconds());
        line("included", "%d in %.2f s from the first request: %.0f tx/s (first to last inclusion %.2f s: %.0f tx/s)",
                run.included(), run.includeSeconds(), included, run.inclusionWindowSeconds(),
                rate(run.included(), run.inclusionWindowSeconds()));
        List<BlockWatcher.Seen> blocks = run.blocks();
        List<BlockWatcher.Seen> busy = blocks.stream().filter(b -> b.transactions() > 0).toList();
        line("blocks", "%d seen during the run, %d with transactions (%.0f tx per block on average, largest %d)",
                blocks.size(), busy.size(), busy.stream().mapToInt(BlockWatcher.Seen::transactions).average().orElse(0),
                busy.stream().mapToInt(BlockWatcher.Seen::transactions).max().orElse(0));
        line("latency", "request sent to block seen: %s (%d transactions)", run.latency().seconds(),
                run.latency().count());
        line("cpu", "submitting: %s; submitting and waiting: %s", run.submitCpu(), run.totalCpu());
        line("audit", "%s", audit.line());
        line("agreement", "%s", agreement);
        SignatureRates verify = run.verify();
        int cores = Runtime.getRuntime().availableProcessors();
        double bound = cores * verify.withKeyDecodePerSecond() / run.nodes();
        line("verify bound", "%d cores x %.0f verifications/s / %d nodes (each verifies every transaction once) = "
                        + "%.0f tx/s; included/bound = %.2f; included/single-core verify = %.2f", cores,
                verify.withKeyDecodePerSecond(), run.nodes(), bound, included / bound,
                included / verify.withKeyDecodePerSecond());
        line("target", ">= %.0f tx/s included: measured %.0f tx/s = %.2f of target (%s)", TARGET_TX_PER_SECOND,
                included, included / TARGET_TX_PER_SECOND, included >= TARGET_TX_PER_SECOND ? "met" : "not met");
        out.flush();
    }

    private static String refusals(Map<String, Long> refusals) {
        if (refusals.isEmpty()) {
            return "none";
        }
        return refusals.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + ("POOL_FULL".equals(e.getKey()) ? " (retried)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static double rate(long count, double seconds) {
        return seconds <= 0 ? 0 : count / seconds;
    }

    private void line(String label, String format, Object... args) {
        out.printf(Locale.ROOT, "%-13s " + format + "%n", prepend(label, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
