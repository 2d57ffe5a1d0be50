package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code ERR}: {@code [code, message]}, sent before a deliberate close. The code is a reason name such as
 * {@code WRONG_GENESIS}; the message is for the other side's log. {@link #of} shortens a long message rather than
 * refusing it. Immutable.
 */
public record ErrorNotice(String code, String message) implements Message {
    public static final int MAX_CODE_BYTES = 64;
    public static final int MAX_MESSAGE_BYTES = 1024;

    public ErrorNotice {
        if (code.getBytes(StandardCharsets.UTF_8).length > MAX_CODE_BYTES) {
            throw new IllegalArgumentException("an error code is at most " + MAX_CODE_BYTES + " bytes");
        }
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("an error message is at most " + MAX_MESSAGE_BYTES + " bytes");
        }
    }

    /** A notice whose message is cut to fit. */
    public static ErrorNotice of(String code, String message) {
        String text = message;
        while (text.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            text = text.substring(0, Math.min(text.length() - 1, MAX_MESSAGE_BYTES - 3));
        }
        return new ErrorNotice(code, text);
    }

    public static ErrorNotice read(CanonicalReader r) {
        r.array(2, "ERR");
        String code = r.str(MAX_CODE_BYTES, "ERR.code");
        String message = r.str(MAX_MESSAGE_BYTES, "ERR.message");
        return new ErrorNotice(code, message);
    }

    @Override
    public void write(CanonicalWriter w) {
        w.array(2).str(code).str(message);
    }

    @Override
    public MessageType type() {
        return MessageType.ERR;
    }
}
