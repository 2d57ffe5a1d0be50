package dev.ccoin.node.p2p.framing;

import dev.ccoin.core.codec.Codec;
import dev.ccoin.node.p2p.messages.Message;
import dev.ccoin.node.p2p.messages.MessageType;

/** Encodes a message as one whole frame: {@code uint32 BE length of the rest | type | body}. Stateless. */
public final class FrameEncoder {
    /** The length prefix. */
    public static final int LENGTH_BYTES = 4;

    private FrameEncoder() {
    }

    public static byte[] encode(Message message) {
        byte[] body = Codec.encode(message);
        int rest = MessageType.CODE_LENGTH + body.length;
        byte[] frame = new byte[LENGTH_BYTES + rest];
        frame[0] = (byte) (rest >>> 24);
        frame[1] = (byte) (rest >>> 16);
        frame[2] = (byte) (rest >>> 8);
        frame[3] = (byte) rest;
        message.type().copyCode(frame, LENGTH_BYTES);
        System.arraycopy(body, 0, frame, LENGTH_BYTES + MessageType.CODE_LENGTH, body.length);
        return frame;
    }
}
