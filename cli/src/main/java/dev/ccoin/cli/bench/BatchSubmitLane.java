package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.tx.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * Submits one sender's pre-signed transactions to one node with {@code POST /api/v1/transactions/batch}, up to
 * {@code batchSize} per request as a MessagePack array of wire bytes, in nonce order over one kept-alive connection,
 * one request at a time, so the pool never sees a gap. Each transaction's answer is its own: admitted ones are
 * logged with the request's send time; {@code POOL_FULL} ones go again, in order, in the next request after a short,
 * growing pause; other refusals are recorded by code and dropped. A request that got no answer is sent again up to
 * {@value #MAX_RESENDS} times (an {@code ALREADY_KNOWN} then means the first one got through); a request refused
 * whole counts its code once per transaction. A {@link PendingWindow} holds the lane back while too many of its
 * admitted transactions wait for a block. Stops at the deadline, leaving the rest unsent. Runs on one thread.
 */
final class BatchSubmitLane implements Runnable {
    private static final String PATH = "/api/v1/transactions/batch";
    private static final String MSGPACK = "application/msgpack";
    private static final int MAX_RESENDS = 3;
    private static final long MAX_PAUSE_MS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final List<Transaction> transactions;
    private final int firstIndex;
    private final SubmitLog log;
    private final long deadlineNanos;
    private final int batchSize;
    private final PendingWindow window;

    /** {@code transactions[i]} is logged as index {@code firstIndex + i}. */
    BatchSubmitLane(URI api, List<Transaction> transactions, int firstIndex, SubmitLog log, long deadlineNanos,
            int batchSize, PendingWindow window) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one transaction, got " + batchSize);
        }
        this.api = api;
        this.transactions = transactions;
        this.firstIndex = firstIndex;
        this.log = log;
        this.deadlineNanos = deadlineNanos;
        this.batchSize = batchSize;
        this.window = window;
    }

    @Override
    public void run() {
        try (Http1Connection connection = new Http1Connection(api)) {
            for (int start = 0; start < transactions.size(); start += batchSize) {
                int end = Math.min(start + batchSize, transactions.size());
                List<Integer> batch = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    batch.add(i);
                }
                if (!window.awaitRoom(transactions, end, i -> log.isAccepted(firstIndex + i), deadlineNanos)
                        || !submit(connection, batch)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False when the deadline passed before every transaction of {@code batch} was admitted or refused. */
    private boolean submit(Http1Connection connection, List<Integer> batch) throws InterruptedException {
        List<Integer> pending = batch;
        int resends = 0;
        int fullRounds = 0;
        long firstSent = 0;
        while (!pending.isEmpty()) {
            if (System.nanoTime() >= deadlineNanos) {
                return false;
            }
            long sent = System.nanoTime();
            if (firstSent == 0) {
                firstSent = sent;
            }
            Http1Connection.Response response;
            try {
                response = connection.send(connection.post(PATH, MSGPACK,
                        body(pending.stream().map(transactions::get).toList())));
            } catch (IOException e) {
                log.refused("NO_ANSWER");
                if (resends++ < MAX_RESENDS) {
                    continue;
                }
                return true;
            }
            JsonNode results = results(response, pending.size());
            if (results == null) {
                String code = response.status() == 200 ? "BAD_ANSWER" : response.errorCode();
                pending.forEach(i -> log.refused(code));
                return true;
            }
            long answered = System.nanoTime();
            List<Integer> full = new ArrayList<>();
            for (int r = 0; r < pending.size(); r++) {
                JsonNode result = results.get(r);
                int index = firstIndex + pending.get(r);
                if (result.hasNonNull("status")) {
                    log.accepted(index, sent, answered);
                    continue;
                }
                String code = result.path("error").asText("BAD_ANSWER");
                log.refused(code);
                if ("POOL_FULL".equals(code)) {
                    full.add(pending.get(r));
                } else if ("ALREADY_KNOWN".equals(code) && resends > 0) {
                    log.accepted(index, firstSent, answered);
                }
            }
            pending = full;
            if (!full.isEmpty()) {
                Thread.sleep(Math.min(MAX_PAUSE_MS, 5L << Math.min(fullRounds++, 5)));
            }
        }
        return true;
    }

    /** The per-transaction results of a 200 answer, or null if the answer is not one result per transaction. */
    private static JsonNode results(Http1Connection.Response response, int expected) {
        if (response.status() != 200) {
            return null;
        }
        try {
            JsonNode results = JSON.readTree(response.body());
            return results != null && results.isArray() && results.size() == expected ? results : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A MessagePack array of the transactions' wire bytes, each a {@code bin}. */
    static byte[] body(List<Transaction> txs) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            packer.packArrayHeader(txs.size());
            for (Transaction tx : txs) {
                byte[] wire = tx.encode();
                packer.packBinaryHeader(wire.length).writePayload(wire);
            }
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("packing in memory cannot fail", e);
        }
    }
}
