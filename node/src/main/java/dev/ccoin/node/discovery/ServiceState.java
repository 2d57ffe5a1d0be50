package dev.ccoin.node.discovery;

/** What the node last learnt about its discovery service; each change is logged once. */
public enum ServiceState {
    /** No answer yet. */
    UNKNOWN,
    /** The node is registered and fetching peers. */
    UP,
    /** Unreachable, timing out or answering nonsense; the client retries with backoff. */
    DOWN,
    /** Reachable, but refusing this node's registration (the reason is logged); retried with backoff. */
    REFUSED
}
