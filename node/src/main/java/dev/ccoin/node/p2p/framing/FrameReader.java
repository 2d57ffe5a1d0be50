package dev.ccoin.node.p2p.framing;

import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.MessageType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads whole frames from a stream and decodes them. Order of checks, cheapest first: a length prefix shorter than a
 * type or longer than the current limit, then an unknown type (before a byte of the body is read), then the body's
 * strict decoding. The body buffer grows with the bytes that actually arrive, never ahead of them, so a peer that
 * claims a large frame and sends nothing costs this node nothing. The limit can be lowered while the peer has not
 * proved who it is. Not thread-safe: one reader thread owns it.
 */
public final class FrameReader {
    private static final int FIRST_CHUNK = 64 * 1024;

    private final InputStream in;
    private int maxFrameBytes;
    private int lastFrameBytes;

    public FrameReader(InputStream in, int maxFrameBytes) {
        this.in = in;
        limit(maxFrameBytes);
    }

    /** Changes the largest length prefix accepted from now on. */
    public void limit(int maxFrameBytes) {
        if (maxFrameBytes < MessageType.CODE_LENGTH) {
            throw new IllegalArgumentException("a frame limit must leave room for the type");
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    /**
     * The next message, or empty when the stream ends cleanly between frames.
     *
     * @throws ProtocolViolationException for a refused frame, or {@link DisconnectReason#TRUNCATED_FRAME} when the
     *                                    stream ends inside one
     * @throws IOException                when the socket fails
     */
    public Optional<Message> next() throws IOException {
        int first = in.read();
        if (first < 0) {
            return Optional.empty();
        }
        byte[] prefix = new byte[FrameEncoder.LENGTH_BYTES];
        prefix[0] = (byte) first;
        readFully(prefix, 1, FrameEncoder.LENGTH_BYTES - 1);
        long length = ((prefix[0] & 0xffL) << 24) | ((prefix[1] & 0xffL) << 16) | ((prefix[2] & 0xffL) << 8)
                | (prefix[3] & 0xffL);
        if (length < MessageType.CODE_LENGTH) {
            throw new ProtocolViolationException(DisconnectReason.MALFORMED_FRAME,
                    "a frame of " + length + " bytes cannot hold its type");
        }
        if (length > maxFrameBytes) {
            throw new ProtocolViolationException(DisconnectReason.FRAME_TOO_LARGE,
                    "a frame of " + length + " bytes is over the limit of " + maxFrameBytes);
        }
        byte[] code = new byte[MessageType.CODE_LENGTH];
        readFully(code, 0, code.length);
        MessageType type = MessageType.byCode(code, 0).orElseThrow(() -> new ProtocolViolationException(
                DisconnectReason.UNKNOWN_MESSAGE, "unknown frame type " + printable(code)));
        byte[] body = readBody((int) length - MessageType.CODE_LENGTH);
        lastFrameBytes = FrameEncoder.LENGTH_BYTES + (int) length;
        try {
            return Optional.of(type.decode(body));
        } catch (DecodeException | IllegalArgumentException e) {
            throw new ProtocolViolationException(DisconnectReason.MALFORMED_MESSAGE,
                    type + " body does not decode: " + e.getMessage());
        }
    }

    /** The length of the last frame {@link #next} returned, its length prefix included. */
    public int lastFrameBytes() {
        return lastFrameBytes;
    }

    private byte[] readBody(int length) throws IOException {
        byte[] buffer = new byte[Math.min(length, FIRST_CHUNK)];
        int filled = 0;
        while (filled < length) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(length, 2L * buffer.length));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                throw truncated(filled + " of " + length + " body bytes");
            }
            filled += n;
        }
        return buffer;
    }

    private void readFully(byte[] target, int offset, int length) throws IOException {
        int filled = 0;
        while (filled < length) {
            int n = in.read(target, offset + filled, length - filled);
            if (n < 0) {
                throw truncated("a frame header");
            }
            filled += n;
        }
    }

    private static ProtocolViolationException truncated(String what) {
        return new ProtocolViolationException(DisconnectReason.TRUNCATED_FRAME, "the stream ended inside " + what);
    }

    private static String printable(byte[] code) {
        StringBuilder text = new StringBuilder();
        for (byte b : code) {
            text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
        }
        return text.toString();
    }
}
