package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.Encodable;

/**
 * One peer-to-peer message: its frame type and, through {@link Encodable#write}, its canonical MessagePack body.
 * Immutable.
 */
public sealed interface Message extends Encodable
        permits Puzzle, Solution, Hey, ErrorNotice, Ping, Pong, HeadRequest, HeadAnnouncement, BlocksRequest, BlocksPage,
        NewBlock, NewTransaction, TransactionHashes, TransactionRequest, TransactionBodies, PeersRequest, PeerList {

    MessageType type();
}
