package dev.ccoin.node.network;

import java.util.List;

/** Read access to the node's network state, safe from any thread. */
public interface NetworkView {
    List<PeerInfo> peers();

    SyncStatus syncStatus();

    /** The bound P2P port, or 0 when the node does not listen. */
    int listenPort();

    /** The admission of inbound connections: difficulty, waiting connections, refused IPs and counters. */
    AdmissionStatus admission();

    /** Frames and bytes by type, and what became of announced transactions. */
    TrafficStatus traffic();
}
