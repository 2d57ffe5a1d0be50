package dev.ccoin.node.api.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import dev.ccoin.core.types.InvalidValueException;
import dev.ccoin.node.api.http.ApiException;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.api.http.RequestBodies;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.PoolReason;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code GET /transactions/{hash}}, {@code GET /transactions/{hash}/raw} (the wire bytes, {@code
 * application/msgpack}, e.g. to hand a transaction to another node) and {@code POST /transactions}. A submission is {@code {"raw": "<hex of the
 * wire bytes>"}}, signed and stamped by the client — the node never signs. An admitted transaction (executable or
 * queued behind a missing nonce) is 202 {@code {hash, status}}; a refused one carries the pool's reason code:
 * 409 for {@code ALREADY_KNOWN} and {@code NONCE_TAKEN} (the pool holds that transaction or that nonce), 503 for
 * {@code POOL_FULL}, 400 for the rest ({@code NONCE_TOO_LOW}, {@code INSUFFICIENT_BALANCE}, {@code BAD_SIGNATURE},
 * {@code STAMP_TOO_WEAK}, {@code WRONG_NETWORK}, …). Thread-safe.
 */
public final class TransactionsApi implements ApiRoutes {
    private static final String MSGPACK = "application/msgpack";

    private final TransactionLookup lookup;
    private final Function<Transaction, Admission> submit;
    private final Consumer<Admission> onSubmission;

    /**
     * @param submit       offers a transaction to the node (the node's {@code submitTransaction})
     * @param onSubmission told of every submission's outcome, for metrics
     */
    public TransactionsApi(TransactionLookup lookup, Function<Transaction, Admission> submit,
            Consumer<Admission> onSubmission) {
        this.lookup = lookup;
        this.submit = submit;
        this.onSubmission = onSubmission;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/transactions/{hash}", this::get);
        app.get(BASE + "/transactions/{hash}/raw", this::raw);
        app.post(BASE + "/transactions", this::post);
    }

    private void get(Context ctx) {
        Hash32 hash = Params.hash(ctx.pathParam("hash"), "a transaction hash");
        ctx.json(lookup.find(hash).orElseThrow(() -> notFound(hash)));
    }

    private void raw(Context ctx) {
        Hash32 hash = Params.hash(ctx.pathParam("hash"), "a transaction hash");
        Transaction tx = lookup.transaction(hash).orElseThrow(() -> notFound(hash));
        ctx.contentType(MSGPACK).result(tx.encode());
    }

    private static ApiException notFound(Hash32 hash) {
        return ApiException.notFound("TRANSACTION_NOT_FOUND", "no transaction " + hash + " in the chain or the pool");
    }

    private void post(Context ctx) {
        Transaction tx = decode(raw(RequestBodies.jsonObject(ctx)));
        Admission admission = submit.apply(tx);
        onSubmission.accept(admission);
        if (!admission.isAdmitted()) {
            throw new ApiException(statusOf(admission), admission.code(), admission.message());
        }
        String status = admission.status() == Admission.Status.QUEUED ? TransactionView.QUEUED : TransactionView.PENDING;
        ctx.status(202).json(new Submitted(admission.hash().toHex(), status));
    }

    private static String raw(JsonNode body) {
        JsonNode raw = body.get("raw");
        if (raw == null || raw.isNull()) {
            throw ApiException.badRequest("MISSING_FIELD",
                    "the body needs \"raw\": the hex of the signed transaction's wire bytes");
        }
        if (!raw.isTextual()) {
            throw ApiException.badRequest("BAD_FIELD", "\"raw\" must be a string of hex digits");
        }
        return raw.textValue();
    }

    private static Transaction decode(String hex) {
        byte[] wire;
        try {
            wire = Hex.decode(hex.trim());
        } catch (InvalidValueException e) {
            throw ApiException.badRequest("BAD_HEX", "\"raw\": " + e.getMessage());
        }
        try {
            return Transaction.decode(wire);
        } catch (DecodeException | IllegalArgumentException e) {
            throw ApiException.badRequest("MALFORMED_TRANSACTION",
                    "\"raw\" is not a transaction's wire encoding: " + e.getMessage());
        }
    }

    private static int statusOf(Admission refusal) {
        PoolReason reason = refusal.reason().orElse(PoolReason.INVALID);
        return switch (reason) {
            case ALREADY_KNOWN, NONCE_TAKEN -> 409;
            case POOL_FULL -> 503;
            default -> 400;
        };
    }
}
