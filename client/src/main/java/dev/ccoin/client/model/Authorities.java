package dev.ccoin.client.model;

import dev.ccoin.core.types.Hash32;
import java.util.List;

/**
 * {@code GET /authorities}: the head it was computed at, the recent window's size in blocks, how far back
 * {@code lastSeen} looks, and the authorities in schedule order. Immutable.
 */
public record Authorities(long headHeight, Hash32 headHash, int window, int lookback, List<Authority> authorities) {
    public Authorities {
        authorities = List.copyOf(authorities);
    }
}
