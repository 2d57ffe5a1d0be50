package dev.ccoin.cli.light;

import java.util.Objects;

/**
 * What the light client was served does not verify: the {@link LightRefusal} and a message naming the node, the height
 * or the field. The message starts with the reason, so the command line's one error line shows it. Immutable.
 */
public final class RefusedException extends RuntimeException {
    private final LightRefusal reason;

    public RefusedException(LightRefusal reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public LightRefusal reason() {
        return reason;
    }
}
