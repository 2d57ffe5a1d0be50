package dev.ccoin.cli.bench;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.admission.PuzzleSolver;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.framing.FrameReader;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.Puzzle;
import dev.ccoin.node.p2p.messages.Solution;
import dev.ccoin.node.p2p.tls.PeerCertificate;
import dev.ccoin.node.p2p.tls.PeerTls;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.ssl.SSLSocket;

/**
 * One new peer connection as a dialling node makes it (protocol §8 steps 1 and 2), timed step by step: TCP connect
 * and the responder's {@code PUZ}, the puzzle's solution on the node's own {@link PuzzleSolver}, then {@code SOL}
 * and the TLS 1.3 handshake with this dialler's certificate, the responder's certificate checked against the node id
 * dialled. The connection is closed after TLS: the {@code HEY} exchange that follows costs both sides a frame each
 * and is not part of the admission cost measured here.
 */
final class AdmittedDial {
    /** The longest a step may take; the bench's dials are on loopback. */
    private static final int STEP_TIMEOUT_MS = 15_000;
    private static final int PUZZLE_FRAME_BYTES = 128;

    private final PeerTls tls;
    private final PuzzleSolver solver;

    AdmittedDial(PeerTls tls, PuzzleSolver solver) {
        this.tls = tls;
        this.solver = solver;
    }

    /** What one connection cost this dialler, in nanoseconds per step, and the puzzle's difficulty. */
    record Steps(int bits, long puzzleNanos, long solveNanos, long tlsNanos) {
        long totalNanos() {
            return puzzleNanos + solveNanos + tlsNanos;
        }
    }

    /**
     * Dials {@code port} on 127.0.0.1 and runs admission and TLS against it.
     *
     * @throws IOException when a step fails, or the responder's certificate is not {@code expected}'s
     */
    Steps dial(int port, Address expected) throws IOException, InterruptedException {
        long started = System.nanoTime();
        try (Socket plain = new Socket()) {
            plain.setSoTimeout(STEP_TIMEOUT_MS);
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress("127.0.0.1", port), STEP_TIMEOUT_MS);
            Message first = new FrameReader(plain.getInputStream(), PUZZLE_FRAME_BYTES).next()
                    .orElseThrow(() -> new IOException("the responder closed before its puzzle"));
            if (!(first instanceof Puzzle puzzle)) {
                throw new IOException("the responder sent " + first.type() + " before its puzzle");
            }
            long puzzled = System.nanoTime();
            Solution solution = solver.solve(puzzle, STEP_TIMEOUT_MS);
            long solved = System.nanoTime();
            OutputStream out = plain.getOutputStream();
            out.write(FrameEncoder.encode(solution));
            out.flush();
            try (SSLSocket secured = tls.client(plain)) {
                PeerCertificate peer = PeerTls.handshake(secured);
                if (!peer.nodeId().equals(expected)) {
                    throw new IOException("the responder's certificate is node " + peer.nodeId() + ", not "
                            + expected);
                }
                return new Steps(puzzle.bits(), puzzled - started, solved - puzzled, System.nanoTime() - solved);
            }
        }
    }
}
