package dev.ccoin.node.p2p.gossip;

/** What the counters of announced transactions count; the name, lower-cased, is the metric's label. */
enum FetchEvent {
    /** A hash a peer announced ({@code THA}). */
    ANNOUNCED,
    /** A hash this node asked a peer's body for ({@code TGR}). */
    REQUESTED,
    /** A body that arrived ({@code TBS}, or a whole {@code TXN}). */
    RECEIVED,
    /** An announced hash the node already had: a body that did not have to cross. */
    KNOWN,
    /** A body that arrived when the node already had it: one that crossed for nothing. */
    DUPLICATE,
    /** A body sent to a peer that asked for it. */
    SERVED,
    /** A request a peer left unanswered past the fetch timeout; the peer was dropped. */
    TIMED_OUT
}
