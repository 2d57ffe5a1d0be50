/**
 * LAN discovery (protocol §9.2): signed UDP multicast announcements that let nodes on one network segment find each
 * other with no discovery service and no boot nodes. {@link dev.ccoin.node.discovery.lan.LanDiscovery} sends them
 * ({@link dev.ccoin.node.discovery.lan.LanSender}) and receives them ({@link dev.ccoin.node.discovery.lan.LanReceiver}),
 * whose {@link dev.ccoin.node.discovery.lan.AnnouncementScreen} drops, cheapest rule first, all but fresh announcements
 * it could verify, and hands those to the P2P network as dial candidates pinned to the announced node id. Imports
 * core and node config only; its threads come from the node's scheduler. Every public type says its thread-safety.
 */
package dev.ccoin.node.discovery.lan;
