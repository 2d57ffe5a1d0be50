package dev.ccoin.node.p2p.peers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The frames waiting for one connection's writer thread, bounded in count and bytes. {@link #offer} never blocks: a
 * full queue answers false and the connection drops the peer, since a peer that reads more slowly than the network
 * produces cannot keep up anyway. {@link #offerAll} queues a burst at once and {@link #takeAll} hands the writer
 * everything waiting, so a burst is written with one flush. {@link #finish} ends the queue, optionally with one last
 * frame (an {@code ERR}). Thread-safe: any thread offers, the writer thread alone takes; state is guarded by the
 * lock.
 */
final class OutboundQueue {
    private final int maxFrames;
    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> frames = new ArrayDeque<>();
    private long bytes;
    private boolean finished;

    OutboundQueue(int maxFrames, long maxBytes) {
        this.maxFrames = maxFrames;
        this.maxBytes = maxBytes;
    }

    /** Queues a frame; false if the queue is full. Frames offered after {@link #finish} are dropped. */
    boolean offer(byte[] frame) {
        return offerAll(List.of(frame));
    }

    /**
     * Queues {@code burst} in order, all or none: false, queuing nothing, if the queue has no room for all of it. Frames
     * offered after {@link #finish} are dropped.
     */
    boolean offerAll(List<byte[]> burst) {
        long burstBytes = 0;
        for (byte[] frame : burst) {
            burstBytes += frame.length;
        }
        lock.lock();
        try {
            if (finished || burst.isEmpty()) {
                return true;
            }
            // A single frame larger than the byte budget still goes through an empty queue.
            boolean overBudget = bytes + burstBytes > maxBytes && (!frames.isEmpty() || burst.size() > 1);
            if (frames.size() + burst.size() > maxFrames || overBudget) {
                return false;
            }
            frames.addAll(burst);
            bytes += burstBytes;
            changed.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Drops what waits and ends the queue; {@code last}, if not null, is the one frame still written. */
    void finish(byte[] last) {
        lock.lock();
        try {
            if (finished) {
                return;
            }
            frames.clear();
            bytes = 0;
            if (last != null) {
                frames.addLast(last);
            }
            finished = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Every frame waiting, in order, waiting for at least one; empty once finished and drained. */
    List<byte[]> takeAll() throws InterruptedException {
        lock.lock();
        try {
            while (frames.isEmpty() && !finished) {
                changed.await();
            }
            List<byte[]> all = new ArrayList<>(frames);
            frames.clear();
            bytes = 0;
            return all;
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() {
        lock.lock();
        try {
            return frames.isEmpty();
        } finally {
            lock.unlock();
        }
    }
}
