package dev.ccoin.node.api.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.http.ApiException;
import dev.ccoin.node.api.http.RequestBodies;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /transactions/batch}: 1 to {@value #MAX_TRANSACTIONS} signed transactions, either as JSON
 * {@code {"raw": ["<hex of the wire bytes>", ...]}} or, with {@code Content-Type: application/msgpack}, as a
 * MessagePack array of the wire bytes as {@code bin} values. All or nothing: any fault — not JSON or MessagePack, no
 * {@code raw} array, an element that is not a string (or bin), bad hex, bytes that are not a transaction, too many —
 * refuses the whole body with one 400 and a reason code, naming the element, before any transaction is offered.
 * Bodies are read within the 1 MiB bound of {@link RequestBodies}. Stateless and thread-safe.
 */
final class BatchBody {
    /** The most transactions one request may carry. */
    static final int MAX_TRANSACTIONS = 1_000;
    static final String MSGPACK = "application/msgpack";

    private BatchBody() {
    }

    static List<Transaction> read(Context ctx) {
        String type = ctx.contentType();
        List<Transaction> txs = type != null && type.toLowerCase(Locale.ROOT).startsWith(MSGPACK)
                ? fromMsgpack(RequestBodies.read(ctx))
                : fromJson(RequestBodies.jsonObject(ctx));
        if (txs.isEmpty()) {
            throw ApiException.badRequest("EMPTY_BATCH", "the batch holds no transaction");
        }
        return txs;
    }

    private static List<Transaction> fromJson(JsonNode body) {
        JsonNode raw = body.get("raw");
        if (raw == null || raw.isNull()) {
            throw ApiException.badRequest("MISSING_FIELD",
                    "the body needs \"raw\": an array of the hex of signed transactions' wire bytes");
        }
        if (!raw.isArray()) {
            throw ApiException.badRequest("BAD_FIELD", "\"raw\" must be an array of strings of hex digits");
        }
        requireCount(raw.size());
        List<Transaction> txs = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            JsonNode element = raw.get(i);
            if (!element.isTextual()) {
                throw ApiException.badRequest("BAD_FIELD", "raw[" + i + "] must be a string of hex digits");
            }
            txs.add(RawTransactions.fromHex(element.textValue(), "raw[" + i + "]"));
        }
        return txs;
    }

    private static List<Transaction> fromMsgpack(byte[] body) {
        List<byte[]> wires = new ArrayList<>();
        try (CanonicalReader reader = CanonicalReader.of(body)) {
            int count = reader.arrayHeader(Integer.MAX_VALUE, "the batch");
            requireCount(count);
            for (int i = 0; i < count; i++) {
                wires.add(reader.bin(RequestBodies.MAX_BYTES, "element " + i));
            }
            reader.expectEnd();
        } catch (DecodeException e) {
            throw ApiException.badRequest("MALFORMED_MSGPACK",
                    "the body must be one MessagePack array of transactions' wire bytes as bin: " + e.getMessage());
        }
        List<Transaction> txs = new ArrayList<>(wires.size());
        for (int i = 0; i < wires.size(); i++) {
            txs.add(RawTransactions.fromWire(wires.get(i), "element " + i));
        }
        return txs;
    }

    private static void requireCount(int count) {
        if (count > MAX_TRANSACTIONS) {
            throw ApiException.badRequest("BATCH_TOO_LARGE",
                    "the batch holds " + count + " transactions, at most " + MAX_TRANSACTIONS);
        }
    }
}
