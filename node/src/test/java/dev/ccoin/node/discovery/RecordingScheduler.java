package dev.ccoin.node.discovery;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A one-thread scheduler that remembers the delay of every task scheduled on it, in milliseconds. */
final class RecordingScheduler extends ScheduledThreadPoolExecutor {
    final List<Long> delays = new CopyOnWriteArrayList<>();

    RecordingScheduler() {
        super(1, runnable -> {
            Thread thread = new Thread(runnable, "ccoin-discovery-test");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(unit.toMillis(delay));
        return super.schedule(command, delay, unit);
    }
}
