/**
 * Frames on a byte stream (protocol §8): {@code uint32 BE length | 3 ASCII type | msgpack body}. The reader refuses an
 * oversize length before allocating anything, an unknown type before reading the body, and a body that does not
 * decode strictly; every refusal is a {@link dev.ccoin.node.p2p.framing.ProtocolViolationException} carrying a
 * {@link dev.ccoin.node.p2p.framing.DisconnectReason}. {@link dev.ccoin.node.p2p.framing.FrameCounters} counts the
 * frames and bytes of every type both ways. Imports the message values only. A reader belongs to one thread; encoding
 * is stateless; the counters are thread-safe.
 */
package dev.ccoin.node.p2p.framing;
