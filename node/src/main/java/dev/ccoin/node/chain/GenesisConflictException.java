package dev.ccoin.node.chain;

import dev.ccoin.core.types.Hash32;

/** A data dir initialised with another genesis than the one offered; names both hashes. */
public final class GenesisConflictException extends RuntimeException {
    private final Hash32 existing;
    private final Hash32 offered;

    public GenesisConflictException(Hash32 existing, Hash32 offered) {
        super("the data dir holds genesis " + existing + ", not " + offered + "; use another --data-dir");
        this.existing = existing;
        this.offered = offered;
    }

    public Hash32 existing() {
        return existing;
    }

    public Hash32 offered() {
        return offered;
    }
}
