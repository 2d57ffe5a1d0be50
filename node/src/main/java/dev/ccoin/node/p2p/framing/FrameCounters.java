package dev.ccoin.node.p2p.framing;

import dev.ccoin.node.p2p.messages.MessageType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Frames and bytes (length prefix included) sent and received on all connections of one network, by frame type.
 * Every type shows from the start, at 0. Thread-safe: lock-free adders, written by every reader thread and by
 * whichever thread queues a frame.
 */
public final class FrameCounters {
    private final Direction sent = new Direction();
    private final Direction received = new Direction();

    /** Counts a whole frame as {@link FrameEncoder} made it; a frame too short to name its type is not counted. */
    public void sent(byte[] frame) {
        if (frame.length >= FrameEncoder.LENGTH_BYTES + MessageType.CODE_LENGTH) {
            MessageType.byCode(frame, FrameEncoder.LENGTH_BYTES).ifPresent(type -> sent.add(type, frame.length));
        }
    }

    /** Counts a frame of {@code type} that arrived whole, {@code bytes} long with its length prefix. */
    public void received(MessageType type, int bytes) {
        received.add(type, bytes);
    }

    public Map<String, Long> sentFrames() {
        return sent.frames();
    }

    public Map<String, Long> sentBytes() {
        return sent.bytes();
    }

    public Map<String, Long> receivedFrames() {
        return received.frames();
    }

    public Map<String, Long> receivedBytes() {
        return received.bytes();
    }

    /** The frames of {@code type} received so far. */
    public long receivedFrames(MessageType type) {
        return received.frames[type.ordinal()].sum();
    }

    /** The frames of {@code type} sent so far. */
    public long sentFrames(MessageType type) {
        return sent.frames[type.ordinal()].sum();
    }

    /** One direction's adders, indexed by the type's ordinal. */
    private static final class Direction {
        private final LongAdder[] frames = adders();
        private final LongAdder[] bytes = adders();

        void add(MessageType type, int length) {
            frames[type.ordinal()].increment();
            bytes[type.ordinal()].add(length);
        }

        Map<String, Long> frames() {
            return sums(frames);
        }

        Map<String, Long> bytes() {
            return sums(bytes);
        }

        private static LongAdder[] adders() {
            LongAdder[] adders = new LongAdder[MessageType.values().length];
            for (int i = 0; i < adders.length; i++) {
                adders[i] = new LongAdder();
            }
            return adders;
        }

        private static Map<String, Long> sums(LongAdder[] adders) {
            Map<String, Long> sums = new LinkedHashMap<>();
            for (MessageType type : MessageType.values()) {
                sums.put(type.name(), adders[type.ordinal()].sum());
            }
            return sums;
        }
    }
}
