package dev.ccoin.node.api.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.api.http.ApiException;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.Params;
import dev.ccoin.node.api.http.RequestBodies;
import dev.ccoin.node.txpool.Admission;
import dev.ccoin.node.txpool.PoolReason;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code GET /transactions/{hash}}, {@code GET /transactions/{hash}/raw} (the wire bytes, {@code
 * application/msgpack}, e.g. to hand a transaction to another node), {@code POST /transactions} and {@code POST
 * /transactions/batch}. A submission is {@code {"raw": "<hex of the wire bytes>"}}, signed and stamped by the client —
 * the node never signs. An admitted transaction (executable or queued behind a missing nonce) is 202 {@code {hash,
 * status}}; a refused one carries the pool's reason code: 409 for {@code ALREADY_KNOWN} and {@code NONCE_TAKEN} (the
 * pool holds that transaction or that nonce), 503 for {@code POOL_FULL}, 400 for the rest ({@code NONCE_TOO_LOW},
 * {@code INSUFFICIENT_BALANCE}, {@code BAD_SIGNATURE}, {@code STAMP_TOO_WEAK}, {@code WRONG_NETWORK}, …).
 *
 * <p>A batch ({@link BatchBody}: up to 1 000, JSON or MessagePack) spreads one request's cost over many
 * transactions. Its body is checked whole first — a malformed one is one 400 and nothing is offered — then each
 * transaction is offered in order, on its own, and the answer is 200 with one {@link BatchResult} per transaction in
 * the same order, carrying the code the single submission would have answered. Thread-safe.
 */
public final class TransactionsApi implements ApiRoutes {
    private final TransactionLookup lookup;
    private final Function<Transaction, Admission> submit;
    private final Function<List<Transaction>, List<Admission>> submitBatch;
    private final Consumer<Admission> onSubmission;

    /**
     * @param submit       offers a transaction to the node (the node's {@code submitTransaction})
     * @param submitBatch  offers transactions in order, one admission each (the node's {@code submitTransactions})
     * @param onSubmission told of every submitted transaction's outcome, for metrics
     */
    public TransactionsApi(TransactionLookup lookup, Function<Transaction, Admission> submit,
            Function<List<Transaction>, List<Admission>> submitBatch, Consumer<Admission> onSubmission) {
        this.lookup = lookup;
        this.submit = submit;
        this.submitBatch = submitBatch;
        this.onSubmission = onSubmission;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/transactions/{hash}", this::get);
        app.get(BASE + "/transactions/{hash}/raw", this::raw);
        app.post(BASE + "/transactions", this::post);
        app.post(BASE + "/transactions/batch", this::postBatch);
    }

    private void get(Context ctx) {
        Hash32 hash = Params.hash(ctx.pathParam("hash"), "a transaction hash");
        ctx.json(lookup.find(hash).orElseThrow(() -> notFound(hash)));
    }

    private void raw(Context ctx) {
        Hash32 hash = Params.hash(ctx.pathParam("hash"), "a transaction hash");
        Transaction tx = lookup.transaction(hash).orElseThrow(() -> notFound(hash));
        ctx.contentType(BatchBody.MSGPACK).result(tx.encode());
    }

    private static ApiException notFound(Hash32 hash) {
        return ApiException.notFound("TRANSACTION_NOT_FOUND", "no transaction " + hash + " in the chain or the pool");
    }

    private void post(Context ctx) {
        Transaction tx = RawTransactions.fromHex(raw(RequestBodies.jsonObject(ctx)), "\"raw\"");
        Admission admission = submit.apply(tx);
        onSubmission.accept(admission);
        if (!admission.isAdmitted()) {
            throw new ApiException(statusOf(admission), admission.code(), admission.message());
        }
        ctx.status(202).json(Submitted.of(admission));
    }

    private void postBatch(Context ctx) {
        List<Admission> admissions = submitBatch.apply(BatchBody.read(ctx));
        admissions.forEach(onSubmission);
        ctx.json(admissions.stream().map(BatchResult::of).toList());
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

    private static int statusOf(Admission refusal) {
        PoolReason reason = refusal.reason().orElse(PoolReason.INVALID);
        return switch (reason) {
            case ALREADY_KNOWN, NONCE_TAKEN -> 409;
            case POOL_FULL -> 503;
            default -> 400;
        };
    }
}
