package dev.ccoin.node.p2p.messages;

import dev.ccoin.core.codec.DecodeError;
import dev.ccoin.core.codec.DecodeException;
import java.util.function.Supplier;

/** Turns a structural check that fails in a message's constructor into the decoder's own failure. */
final class Decoding {
    private Decoding() {
    }

    static <T> T construct(String what, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new DecodeException(DecodeError.INVALID_VALUE, what + ": " + e.getMessage());
        }
    }
}
