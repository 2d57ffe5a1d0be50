package dev.ccoin.node.network;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The node's peer-to-peer traffic since it started: frames and their bytes (length prefix included) sent and
 * received, by 3-letter frame type, and what became of announced transactions, by event ({@code announced}: hashes
 * peers announced, {@code requested}: hashes this node asked bodies for, {@code received}: bodies that arrived,
 * {@code known}: announced hashes this node already had, so their bodies did not cross, {@code duplicate}: bodies
 * that arrived when this node already had them, {@code served}: bodies sent to peers that asked, {@code timed_out}:
 * requests a peer left unanswered). Immutable; maps sorted by key.
 */
public record TrafficStatus(Map<String, Long> sentFrames, Map<String, Long> sentBytes,
                            Map<String, Long> receivedFrames, Map<String, Long> receivedBytes,
                            Map<String, Long> transactions) {

    /** A node that has no peer-to-peer network. */
    public static final TrafficStatus NONE = new TrafficStatus(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public TrafficStatus {
        sentFrames = sorted(sentFrames);
        sentBytes = sorted(sentBytes);
        receivedFrames = sorted(receivedFrames);
        receivedBytes = sorted(receivedBytes);
        transactions = sorted(transactions);
    }

    private static Map<String, Long> sorted(Map<String, Long> values) {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
