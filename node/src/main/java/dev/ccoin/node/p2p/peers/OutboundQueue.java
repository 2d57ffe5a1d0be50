package dev.ccoin.node.p2p.peers;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The frames waiting for one connection's writer thread, bounded in count and bytes. {@link #offer} never blocks: a
 * full queue answers false and the connection drops the peer, since a peer that reads more slowly than the network
 * produces cannot keep up anyway. {@link #finish} ends the queue, optionally with one last frame (an {@code ERR}).
 * Thread-safe: any thread offers, the writer thread alone takes; state is guarded by the lock.
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
        lock.lock();
        try {
            if (finished) {
                return true;
            }
            // A single frame larger than the byte budget still goes through an empty queue.
            if (frames.size() >= maxFrames || (!frames.isEmpty() && bytes + frame.length > maxBytes)) {
                return false;
            }
            frames.addLast(frame);
            bytes += frame.length;
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

    /** The next frame, waiting for one; null once finished and drained. */
    byte[] take() throws InterruptedException {
        lock.lock();
        try {
            while (frames.isEmpty() && !finished) {
                changed.await();
            }
            byte[] frame = frames.pollFirst();
            if (frame != null) {
                bytes -= frame.length;
            }
            return frame;
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
