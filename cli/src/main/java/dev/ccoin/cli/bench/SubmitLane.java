package dev.ccoin.cli.bench;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hex;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Submits one sender's pre-signed transactions to one node with {@code POST /api/v1/transactions}, in nonce order
 * and one at a time over one kept-alive connection, so the pool never sees a gap. A {@code 503 POOL_FULL} is retried
 * after a short, growing pause; a request that got no answer is retried up to {@value #MAX_RESENDS} times (an
 * {@code ALREADY_KNOWN} then means the first one got through); any other refusal is recorded by its code and the
 * lane moves on. Stops at the deadline, leaving the rest unsent. Runs on one thread. {@link BatchSubmitLane} does
 * the same with many transactions per request.
 */
final class SubmitLane implements Runnable {
    private static final int MAX_RESENDS = 3;
    private static final long MAX_PAUSE_MS = 100;

    private final URI api;
    private final List<Transaction> transactions;
    private final int firstIndex;
    private final SubmitLog log;
    private final long deadlineNanos;

    /** {@code transactions[i]} is logged as index {@code firstIndex + i}. */
    SubmitLane(URI api, List<Transaction> transactions, int firstIndex, SubmitLog log, long deadlineNanos) {
        this.api = api;
        this.transactions = transactions;
        this.firstIndex = firstIndex;
        this.log = log;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void run() {
        try (Http1Connection connection = new Http1Connection(api)) {
            for (int i = 0; i < transactions.size(); i++) {
                byte[] body = ("{\"raw\":\"" + Hex.encode(transactions.get(i).encode()) + "\"}")
                        .getBytes(StandardCharsets.US_ASCII);
                if (!submit(connection, firstIndex + i, connection.postJson("/api/v1/transactions", body))) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False when the deadline passed before the transaction was admitted or refused. */
    private boolean submit(Http1Connection connection, int index, byte[] request) throws InterruptedException {
        int resends = 0;
        int fullRefusals = 0;
        long firstSent = 0;
        while (System.nanoTime() < deadlineNanos) {
            long sent = System.nanoTime();
            if (firstSent == 0) {
                firstSent = sent;
            }
            String code;
            try {
                Http1Connection.Response response = connection.send(request);
                if (response.status() == 202) {
                    log.accepted(index, sent, System.nanoTime());
                    return true;
                }
                code = response.errorCode();
            } catch (IOException e) {
                code = "NO_ANSWER";
            }
            log.refused(code);
            if ("POOL_FULL".equals(code)) {
                Thread.sleep(Math.min(MAX_PAUSE_MS, 5L << Math.min(fullRefusals++, 5)));
            } else if ("NO_ANSWER".equals(code) && resends < MAX_RESENDS) {
                resends++;
            } else if ("ALREADY_KNOWN".equals(code) && resends > 0) {
                log.accepted(index, firstSent, System.nanoTime());
                return true;
            } else {
                return true;
            }
        }
        return false;
    }
}
