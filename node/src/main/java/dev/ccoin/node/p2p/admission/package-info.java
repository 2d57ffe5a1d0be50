/**
 * Admission, step 1 of a connection (protocol §8): the responder's {@link dev.ccoin.node.p2p.admission.AdmissionDesk},
 * one selector thread that accepts, sends each connection a {@code PUZ}, reads at most 128 bytes of its {@code SOL}
 * and hands on only connections whose work holds, with the load-following {@link
 * dev.ccoin.node.p2p.admission.Difficulty}, the bounded pending set and the refused IPs; and the initiator's
 * {@link dev.ccoin.node.p2p.admission.PuzzleSolver}. Imports framing, the messages, core's proof of work and the
 * network's status values, never peers. The desk's state belongs to its thread; the public types are thread-safe.
 */
package dev.ccoin.node.p2p.admission;
