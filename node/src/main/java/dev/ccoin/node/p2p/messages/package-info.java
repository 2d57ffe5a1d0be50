/**
 * The peer-to-peer messages of protocol §8 as immutable values, one type per message, each with its canonical body
 * encoding ({@code write}) and a strict decoder ({@code read}) bounded so that no field can claim more memory than
 * the protocol allows. {@link dev.ccoin.node.p2p.messages.MessageType} names the 3-letter frame types. Imports only
 * core values and the codec; every type here is immutable and thread-safe.
 */
package dev.ccoin.node.p2p.messages;
