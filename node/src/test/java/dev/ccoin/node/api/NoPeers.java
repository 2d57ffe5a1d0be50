package dev.ccoin.node.api;

import dev.ccoin.node.chain.ChainView;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.network.TrafficStatus;
import dev.ccoin.node.p2p.framing.FrameCounters;
import dev.ccoin.node.p2p.gossip.FetchCounters;
import java.util.List;

/**
 * A test fixture: the network of a node without peers — none connected, nothing to sync from, so {@code SYNCED} at
 * its own head, and no P2P port — for tests that serve a lone node's API. Shared with the other modules' tests
 * through the node test-jar. Thread-safe.
 */
public final class NoPeers implements NetworkView {
    private final ChainView chain;

    public NoPeers(ChainView chain) {
        this.chain = chain;
    }

    @Override
    public List<PeerInfo> peers() {
        return List.of();
    }

    @Override
    public SyncStatus syncStatus() {
        return SyncStatus.synced(chain.head().height());
    }

    @Override
    public int listenPort() {
        return 0;
    }

    @Override
    public AdmissionStatus admission() {
        return AdmissionStatus.NONE;
    }

    /** Every frame type and fetch event at 0, as a node's network shows them before its first peer. */
    @Override
    public TrafficStatus traffic() {
        FrameCounters frames = new FrameCounters();
        return new TrafficStatus(frames.sentFrames(), frames.sentBytes(), frames.receivedFrames(),
                frames.receivedBytes(), new FetchCounters().snapshot());
    }
}
