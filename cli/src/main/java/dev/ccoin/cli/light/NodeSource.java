package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One node the light client asks, through its API (protocol §10.1): its claimed head height, pages of sealed headers,
 * and proofs. Nothing it says is believed here; answers are only decoded. An answer that does not decode is
 * {@link LightRefusal#HEADERS_MALFORMED}; a {@code 404} for a proof is no proof (another node may hold it). Used on one
 * thread.
 */
public final class NodeSource {
    /** The most headers the API serves per page. */
    public static final int PAGE = 2_000;
    private static final String MSGPACK = "application/msgpack";
    /** Answers that mean "not here", not "lying". */
    private static final Set<String> NOT_HERE = Set.of("BLOCK_NOT_FOUND", "STATE_PRUNED", "TRANSACTION_NOT_FOUND");

    private final NodeApi client;

    public NodeSource(NodeApi client) {
        this.client = client;
    }

    /** The node's URL, to name it in messages. */
    public String name() {
        return client.name();
    }

    /** The head height the node's {@code /status} reports. */
    long claimedHeight() {
        JsonNode height = client.get("/status").path("head").path("height");
        if (!height.canConvertToLong() || height.asLong() < 0) {
            throw new RefusedException(LightRefusal.HEADERS_MALFORMED, name() + " reports no head height in /status");
        }
        return height.asLong();
    }

    /** Up to {@code limit} headers from {@code from}, as served. */
    List<SealedHeader> headers(long from, int limit) {
        byte[] page = client.getBytes("/headers?from=" + from + "&limit=" + limit, MSGPACK);
        try {
            return CanonicalReader.decode(page, reader -> {
                int count = reader.arrayHeader(limit, "header page");
                SealedHeader[] headers = new SealedHeader[count];
                for (int i = 0; i < count; i++) {
                    headers[i] = SealedHeader.read(reader);
                }
                return Arrays.asList(headers);
            });
        } catch (DecodeException e) {
            throw new RefusedException(LightRefusal.HEADERS_MALFORMED, "the header page from " + from + " of " + name()
                    + " does not decode: " + e.getMessage());
        }
    }

    /** The node's account proof at {@code block}, if it holds that state. */
    Optional<JsonNode> accountProof(Address address, Hash32 block) {
        return client.find("/accounts/" + address.toHex() + "/proof?block=" + block.toHex(), NOT_HERE);
    }

    /** The node's transaction proof, if it holds the transaction in a block. */
    Optional<JsonNode> transactionProof(Hash32 hash) {
        return client.find("/transactions/" + hash.toHex() + "/proof", NOT_HERE);
    }
}
