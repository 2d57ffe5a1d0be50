package dev.ccoin.node.p2p.gossip;

/** What the fetcher made of a {@code TBS}: whether it answers the sender's oldest unanswered request. */
enum Delivery {
    /** Every body was asked of this peer in its oldest unanswered {@code TGR}: take them. */
    REQUESTED,
    /** A body that request did not ask for (or one twice): the peer delivers what it did not announce. */
    UNREQUESTED,
    /** No request of this peer is unanswered. */
    UNASKED,
    /** The peer was dropped meanwhile (its request timed out, or it left): the bodies are dropped, without blame. */
    DROPPED,
    /** The network is stopping; the bodies are dropped. */
    STOPPING
}
