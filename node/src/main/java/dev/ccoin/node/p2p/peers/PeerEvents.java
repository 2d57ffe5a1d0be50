package dev.ccoin.node.p2p.peers;

import dev.ccoin.node.p2p.messages.Message;

/**
 * What connections tell the rest of the network. {@link #onJoined} and {@link #onMessage} run on the peer's reader
 * thread, in order; {@link #onMessage} may throw a {@link dev.ccoin.node.p2p.framing.ProtocolViolationException} to
 * drop the peer. {@link #onClosed} runs on whichever thread ended the connection, exactly once per connection.
 * Implementations must not block for long: a reader waits for them.
 */
public interface PeerEvents {
    void onJoined(Peer peer);

    void onMessage(Peer peer, Message message);

    void onClosed(PeerDeparture departure);
}
