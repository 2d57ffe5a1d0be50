package dev.ccoin.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link ConnectionFlood} did to a node, second by second, read beside its {@link ApiProbe}: the connections
 * turned away with a puzzle or closed at once, the difficulty the node reported and the API's latency; then the
 * API's latency before the flood, and the seconds at the difficulty's ceiling summed up.
 */
final class FloodReport {
    private static final long SECOND = 1_000_000_000L;

    private final ApiProbe probe;
    private final ConnectionFlood flood;
    private final int seconds;
    private final int threads;
    private final int addresses;
    private final int ceilingBits;

    FloodReport(ApiProbe probe, ConnectionFlood flood, int seconds, int threads, int addresses, int ceilingBits) {
        this.probe = probe;
        this.flood = flood;
        this.seconds = seconds;
        this.threads = threads;
        this.addresses = addresses;
        this.ceilingBits = ceilingBits;
    }

    void print(PrintWriter out) {
        List<ApiProbe.Sample> samples = probe.samples();
        long floodAt = flood.startedNanos() - probe.startedNanos();
        out.printf(Locale.ROOT, "api before    %s over %d calls%n",
                latencies(samples, Long.MIN_VALUE, floodAt).millis(), count(samples, Long.MIN_VALUE, floodAt));
        out.printf(Locale.ROOT, "flood         %d threads, one connection at a time each, from %d loopback "
                + "addresses in turn, for %d s%n", threads, addresses, seconds);
        out.printf(Locale.ROOT, "%-6s %9s %9s %7s %5s %9s %9s %8s%n", "second", "puzzled", "closed", "failed",
                "bits", "api p50", "api max", "no answer");
        List<Long> turnedAwayAtCeiling = new ArrayList<>();
        List<ApiProbe.Sample> atCeiling = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            long from = floodAt + second * SECOND;
            long to = from + SECOND;
            List<ApiProbe.Sample> inSecond = between(samples, from, to);
            int bits = inSecond.isEmpty() ? -1 : inSecond.get(inSecond.size() - 1).bits();
            long puzzled = flood.count(ConnectionFlood.Outcome.PUZZLED, second);
            long closed = flood.count(ConnectionFlood.Outcome.REFUSED, second);
            Percentiles api = latencies(inSecond);
            out.printf(Locale.ROOT, "%-6d %9d %9d %7d %5d %6.1f ms %6.1f ms %8d%n", second + 1, puzzled, closed,
                    flood.count(ConnectionFlood.Outcome.FAILED, second), bits, api.p50() / 1e6, api.max() / 1e6,
                    inSecond.stream().filter(s -> !s.answered()).count());
            if (!inSecond.isEmpty() && inSecond.stream().allMatch(s -> s.bits() == ceilingBits)) {
                turnedAwayAtCeiling.add(puzzled + closed);
                atCeiling.addAll(inSecond);
            }
        }
        if (turnedAwayAtCeiling.isEmpty()) {
            out.printf(Locale.ROOT, "at ceiling    the difficulty did not stay at %d bits for a whole second%n",
                    ceilingBits);
            return;
        }
        double[] rates = turnedAwayAtCeiling.stream().mapToDouble(Long::doubleValue).toArray();
        long slow = atCeiling.stream().filter(s -> !s.answered() || s.latencyNanos() > ConnectBenchCommand
                .API_TARGET_NANOS).count();
        out.printf(Locale.ROOT, "at ceiling    %d s at %d bits: median %.0f connections/s turned away; api %s, %d of "
                + "%d calls unanswered or over %d ms%n", rates.length, ceilingBits, SyncBenchCommand.median(rates),
                latencies(atCeiling).millis(), slow, atCeiling.size(),
                ConnectBenchCommand.API_TARGET_NANOS / 1_000_000);
    }

    private static List<ApiProbe.Sample> between(List<ApiProbe.Sample> samples, long from, long to) {
        return samples.stream().filter(s -> s.atNanos() >= from && s.atNanos() < to).toList();
    }

    private static int count(List<ApiProbe.Sample> samples, long from, long to) {
        return between(samples, from, to).size();
    }

    private static Percentiles latencies(List<ApiProbe.Sample> samples, long from, long to) {
        return latencies(between(samples, from, to));
    }

    private static Percentiles latencies(List<ApiProbe.Sample> samples) {
        long[] nanos = samples.stream().mapToLong(ApiProbe.Sample::latencyNanos).toArray();
        return Percentiles.of(nanos, nanos.length);
    }
}
