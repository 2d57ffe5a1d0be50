package dev.ccoin.discovery.http;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import io.javalin.http.Context;

/**
 * The query of {@code GET /peers}: {@code network_id} and {@code genesis_hash} are both required (a network is
 * the pair, and a node must never be handed peers of another chain), {@code limit} is 1..{@value #MAX_LIMIT},
 * default {@value #DEFAULT_LIMIT}. Other parameters are ignored.
 */
record PeerQuery(long networkId, Hash32 genesisHash, int limit) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;

    static PeerQuery read(Context ctx) {
        String network = ctx.queryParam("network_id");
        String genesis = ctx.queryParam("genesis_hash");
        if (network == null || genesis == null) {
            throw new BadRequestException(RequestError.MISSING_FILTER,
                    "GET /peers needs both network_id and genesis_hash");
        }
        return new PeerQuery(networkId(network), genesisHash(genesis), limit(ctx.queryParam("limit")));
    }

    private static long networkId(String text) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadRequestException(RequestError.BAD_FILTER, "network_id must be a non-negative integer");
    }

    private static Hash32 genesisHash(String text) {
        try {
            return Hash32.parse(text);
        } catch (InvalidValueException e) {
            throw new BadRequestException(RequestError.BAD_FILTER, "genesis_hash: " + e.getMessage());
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadRequestException(RequestError.BAD_PAGING, "limit must be an integer in 1.." + MAX_LIMIT);
    }
}
