package dev.ccoin.node.api.chain;

import java.util.List;

/**
 * {@code GET /authorities}: the head it was computed at, the size of the recent window ({@code recentBlocks}
 * counts seals among that many blocks up to the head), how far back {@code lastSeen} looks, and the authorities in
 * schedule order. Immutable.
 */
public record AuthoritiesView(long headHeight, String headHash, int window, int lookback,
                              List<AuthorityView> authorities) {
    public AuthoritiesView {
        authorities = List.copyOf(authorities);
    }
}
