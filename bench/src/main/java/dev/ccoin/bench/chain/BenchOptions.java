package dev.ccoin.bench.chain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The import benchmark's settings, from {@code --name value} arguments; the defaults are the full run the targets
 * are stated for. Immutable.
 */
record BenchOptions(int blocks, int transactionsPerBlock, int senders, int rounds, List<Long> checkpoints,
        int windowBlocks, Duration historyBudget, Path workDir) {

    static final String USAGE = """
            usage: ImportBench [options]
              --blocks N            full blocks in the throughput chain (default 30)
              --txs-per-block N     transactions per full block (default 500)
              --senders N           funded senders; must divide --txs-per-block (default 100)
              --rounds N            timed rounds of part 1, medians reported (default 3)
              --history N           largest history of part 2, in blocks (default 100000)
              --checkpoints A,B,..  histories at which a window is timed (default 1000,10000,<history>)
              --window N            blocks per timed window (default 500)
              --budget-seconds N    time allowed for building part 2's history (default 420)
              --work-dir DIR        where the scratch data dirs go (default java.io.tmpdir)
              --quick               a smoke test: 8 blocks, 1 round, history 3000, window 200
            """;

    BenchOptions {
        checkpoints = List.copyOf(checkpoints);
    }

    static BenchOptions parse(String... args) {
        int blocks = 30;
        int perBlock = 500;
        int senders = 100;
        int rounds = 3;
        long history = 100_000;
        List<Long> checkpoints = null;
        int window = 500;
        long budget = 420;
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--quick")) {
                blocks = 8;
                rounds = 1;
                history = 3_000;
                window = 200;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unknown " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--blocks" -> blocks = positive(name, value);
                case "--txs-per-block" -> perBlock = positive(name, value);
                case "--senders" -> senders = positive(name, value);
                case "--rounds" -> rounds = positive(name, value);
                case "--history" -> history = positive(name, value);
                case "--checkpoints" -> checkpoints = Arrays.stream(value.split(","))
                        .map(text -> (long) positive(name, text.trim())).sorted().distinct().toList();
                case "--window" -> window = positive(name, value);
                case "--budget-seconds" -> budget = positive(name, value);
                case "--work-dir" -> workDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (perBlock % senders != 0) {
            throw new IllegalArgumentException("--senders " + senders + " must divide --txs-per-block " + perBlock);
        }
        if (checkpoints == null) {
            checkpoints = defaultCheckpoints(history);
        }
        return new BenchOptions(blocks, perBlock, senders, rounds, checkpoints, window, Duration.ofSeconds(budget),
                workDir);
    }

    private static List<Long> defaultCheckpoints(long history) {
        List<Long> points = new ArrayList<>(List.of(Math.min(1_000, history)));
        if (history >= 100_000) {
            points.add(10_000L);
        }
        points.add(history);
        return points.stream().sorted().distinct().toList();
    }

    private static int positive(String name, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " takes a positive whole number, not '" + value + "'");
    }

    long history() {
        return checkpoints.get(checkpoints.size() - 1);
    }
}
