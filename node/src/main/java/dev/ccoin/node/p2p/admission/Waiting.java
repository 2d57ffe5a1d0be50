package dev.ccoin.node.p2p.admission;

import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.node.p2p.framing.FrameEncoder;
import dev.ccoin.node.p2p.messages.MessageType;
import dev.ccoin.node.p2p.messages.Puzzle;
import dev.ccoin.node.p2p.messages.Solution;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.Optional;

/**
 * One accepted connection waiting for its {@code SOL}: the channel, the puzzle it was sent and the at most
 * {@link #MAX_READ_BYTES} bytes read from it. Checks run as bytes arrive, cheapest first: the length prefix (so a
 * frame no {@code SOL} could be fails after 4 bytes), then the type, the body, the deadline, the seed and last the
 * hash. Bytes after the {@code SOL} belong to the next step and are handed on. Owned by the admission thread.
 */
final class Waiting {
    /** Protocol §8: before admission the responder reads at most this many bytes in all. */
    static final int MAX_READ_BYTES = 128;

    private final SocketChannel channel;
    private final InetAddress ip;
    private final Puzzle puzzle;
    private final ByteBuffer in = ByteBuffer.allocate(MAX_READ_BYTES);
    private int frameBytes = -1;

    Waiting(SocketChannel channel, InetAddress ip, Puzzle puzzle) {
        this.channel = channel;
        this.ip = ip;
        this.puzzle = puzzle;
    }

    SocketChannel channel() {
        return channel;
    }

    InetAddress ip() {
        return ip;
    }

    Puzzle puzzle() {
        return puzzle;
    }

    long expiresAt() {
        return puzzle.expiresAt();
    }

    /**
     * Reads what has arrived and judges it at {@code nowMillis}: a failure, or empty while the {@code SOL} is still
     * incomplete or once it is {@link #admitted()}.
     */
    Optional<AdmissionFailure> read(long nowMillis) throws IOException {
        if (channel.read(in) < 0) {
            return Optional.of(AdmissionFailure.CLOSED_EARLY);
        }
        if (frameBytes < 0 && in.position() >= FrameEncoder.LENGTH_BYTES) {
            long rest = in.getInt(0) & 0xffff_ffffL;
            if (rest < MessageType.CODE_LENGTH || rest > Solution.MAX_FRAME_BYTES - FrameEncoder.LENGTH_BYTES) {
                return Optional.of(AdmissionFailure.NOT_A_SOLUTION);
            }
            frameBytes = FrameEncoder.LENGTH_BYTES + (int) rest;
        }
        if (frameBytes < 0 || in.position() < frameBytes) {
            return nowMillis > puzzle.expiresAt() ? Optional.of(AdmissionFailure.LATE) : Optional.empty();
        }
        return judge(nowMillis);
    }

    private Optional<AdmissionFailure> judge(long nowMillis) {
        byte[] frame = Arrays.copyOf(in.array(), frameBytes);
        if (MessageType.byCode(frame, FrameEncoder.LENGTH_BYTES).orElse(null) != MessageType.SOL) {
            return Optional.of(AdmissionFailure.NOT_A_SOLUTION);
        }
        Solution solution;
        try {
            int bodyStart = FrameEncoder.LENGTH_BYTES + MessageType.CODE_LENGTH;
            solution = (Solution) MessageType.SOL.decode(Arrays.copyOfRange(frame, bodyStart, frameBytes));
        } catch (DecodeException | IllegalArgumentException e) {
            return Optional.of(AdmissionFailure.NOT_A_SOLUTION);
        }
        if (nowMillis > puzzle.expiresAt()) {
            return Optional.of(AdmissionFailure.LATE);
        }
        if (!solution.seed().equals(puzzle.seed())) {
            return Optional.of(AdmissionFailure.WRONG_SEED);
        }
        if (!Hashcash.meets(puzzle.seed(), solution.nonce(), puzzle.bits())) {
            return Optional.of(AdmissionFailure.INSUFFICIENT_WORK);
        }
        return Optional.empty();
    }

    /** True once a whole {@code SOL} arrived and held. */
    boolean admitted() {
        return frameBytes >= 0 && in.position() >= frameBytes;
    }

    /** The bytes read after the {@code SOL}: the start of the initiator's next step. */
    Bytes readAhead() {
        return Bytes.of(Arrays.copyOfRange(in.array(), frameBytes, in.position()));
    }
}
