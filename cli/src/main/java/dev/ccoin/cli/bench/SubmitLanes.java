package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.tx.Transaction;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs one lane per sender at once — a {@link SubmitLane} or a {@link BatchSubmitLane} — lane {@code i} to {@code apis[i mod n]} — and returns when all
 * have ended: every transaction answered, or the deadline passed. Transactions are logged by their position in the
 * lanes taken one after another. The lane threads are started and stopped here.
 */
final class SubmitLanes {
    /** A request in flight at the deadline ends within the lane connection's 30 s read timeout. */
    private static final long GRACE_SECONDS = 35;

    private SubmitLanes() {
    }

    /** Makes the lane that submits one sender's transactions, logged from index {@code firstIndex}. */
    @FunctionalInterface
    interface LaneFactory {
        Runnable lane(URI api, List<Transaction> transactions, int firstIndex, SubmitLog log, long deadlineNanos);
    }

    /** One transaction per request ({@link SubmitLane}). */
    static SubmitLog run(List<URI> apis, List<List<Transaction>> lanes, long deadlineNanos)
            throws InterruptedException {
        return run(apis, lanes, deadlineNanos, SubmitLane::new);
    }

    static SubmitLog run(List<URI> apis, List<List<Transaction>> lanes, long deadlineNanos, LaneFactory factory)
            throws InterruptedException {
        SubmitLog log = new SubmitLog(lanes.stream().mapToInt(List::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(lanes.size(), runnable -> {
            Thread thread = new Thread(runnable, "ccoin-bench-lane");
            thread.setDaemon(true);
            return thread;
        });
        int index = 0;
        for (int s = 0; s < lanes.size(); s++) {
            pool.execute(factory.lane(apis.get(s % apis.size()), lanes.get(s), index, log, deadlineNanos));
            index += lanes.get(s).size();
        }
        pool.shutdown();
        long wait = Math.max(0, deadlineNanos - System.nanoTime()) + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        if (!pool.awaitTermination(wait, TimeUnit.NANOSECONDS)) {
            pool.shutdownNow();
            throw new CommandFailure("submission lanes did not stop after the deadline");
        }
        return log;
    }

    /** The first {@code counts[i]} transactions of each lane, and the rest. */
    static List<List<List<Transaction>>> splitHeads(List<List<Transaction>> lanes, int[] counts) {
        List<List<Transaction>> heads = new ArrayList<>();
        List<List<Transaction>> tails = new ArrayList<>();
        for (int s = 0; s < lanes.size(); s++) {
            List<Transaction> lane = lanes.get(s);
            int cut = Math.min(counts[s], lane.size());
            heads.add(lane.subList(0, cut));
            tails.add(lane.subList(cut, lane.size()));
        }
        return List.of(heads, tails);
    }
}
