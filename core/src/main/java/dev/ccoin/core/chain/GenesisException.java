package dev.ccoin.core.chain;

/** A {@code genesis.json} that cannot define a chain; the message names the offending key. */
public final class GenesisException extends IllegalArgumentException {
    private final GenesisError reason;

    public GenesisException(GenesisError reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public GenesisError reason() {
        return reason;
    }
}
