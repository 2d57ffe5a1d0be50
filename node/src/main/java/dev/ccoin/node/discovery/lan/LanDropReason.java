package dev.ccoin.node.discovery.lan;

/**
 * Why a received datagram was not taken as an announcement, in the order the rules run (protocol §9.2): all but the
 * last two are decided without any public-key work. Each is counted in {@code /metrics}.
 */
public enum LanDropReason {
    /** Over 1 200 bytes: no announcement is that long. */
    OVERSIZE,
    /** Does not begin with {@code CCL1}. */
    NO_MAGIC,
    /** The bytes after the magic are not one canonical announcement. */
    MALFORMED,
    /** Another network id or genesis hash: a node of another chain. */
    WRONG_NETWORK,
    /** The announcement's node id is this node's own (its own datagram, looped back). */
    OWN_ANNOUNCEMENT,
    /** {@code seq} more than 30 s from this node's clock: stale, or from a clock far off. */
    STALE_SEQ,
    /** {@code seq} not greater than the last one accepted from that node id: a replay. */
    REPLAYED_SEQ,
    /** Over the budget of 100 signature checks a second: dropped unverified. */
    RATE_LIMITED,
    /** The node key is not an RSA key this chain allows. */
    BAD_KEY,
    /** The signature does not verify against the node key. */
    BAD_SIGNATURE
}
