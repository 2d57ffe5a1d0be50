package dev.ccoin.node.api.http;

import io.javalin.http.Context;

/**
 * One page of a list: skip {@code offset} items, return at most {@code limit}. Read from the {@code offset} and
 * {@code limit} query parameters, each checked against its range. Immutable.
 */
public record Page(int offset, int limit) {
    public Page {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
    }

    /** The page a request asks for: {@code offset} (default 0) and {@code limit} (default and cap given). */
    public static Page of(Context ctx, int defaultLimit, int maxLimit) {
        return new Page(Params.intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                Params.intQuery(ctx, "limit", defaultLimit, 1, maxLimit));
    }
}
