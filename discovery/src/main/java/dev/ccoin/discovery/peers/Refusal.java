package dev.ccoin.discovery.peers;

/** Why the discovery service refuses a signed request. The name is the {@code error} code clients see. */
public enum Refusal {
    /** The signed timestamp is more than the allowed skew away from the service's clock. */
    STALE_TIMESTAMP,
    /** Not an RSA SubjectPublicKeyInfo of an allowed size and exponent. */
    BAD_PUBLIC_KEY,
    /** The node id is not the address of the public key. */
    NODE_ID_MISMATCH,
    /** The signature does not verify with the node's key. */
    BAD_SIGNATURE,
    /**
     * The request is not newer than one already accepted for that node. Stops a captured request from being
     * replayed inside the timestamp window, e.g. to bring back a node that has deregistered.
     */
    TIMESTAMP_NOT_NEWER,
    /** No live registration for that node id. */
    UNKNOWN_NODE,
    /** The registry holds as many nodes as it may; a new node must wait for registrations to expire. */
    REGISTRY_FULL
}
