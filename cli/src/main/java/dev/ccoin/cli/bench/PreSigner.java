package dev.ccoin.cli.bench;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.types.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Signs and stamps transfers ahead of a benchmark, so that no signing happens while it is timed: for each sender a
 * run of consecutive nonces from its next nonce, each moving 1 coin to {@code recipient}. The RSA signing is spread
 * over {@code threads} workers, which are stopped before {@link #sign} returns.
 */
final class PreSigner {
    private final long networkId;
    private final int workBits;
    private final Address recipient;
    private final int threads;

    PreSigner(long networkId, int workBits, Address recipient, int threads) {
        this.networkId = networkId;
        this.workBits = workBits;
        this.recipient = recipient;
        this.threads = threads;
    }

    /** One list per sender, in nonce order: {@code counts[i]} of sender {@code i} from {@code firstNonces[i]}. */
    List<List<Transaction>> sign(List<Sender> senders, long[] firstNonces, int[] counts) throws InterruptedException {
        long timestamp = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ccoin-bench-signer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<List<Future<Transaction>>> futures = new ArrayList<>();
            for (int s = 0; s < senders.size(); s++) {
                Sender sender = senders.get(s);
                List<Future<Transaction>> lane = new ArrayList<>(counts[s]);
                for (int i = 0; i < counts[s]; i++) {
                    UnsignedTransaction body = UnsignedTransaction.builder()
                            .networkId(networkId)
                            .nonce(firstNonces[s] + i)
                            .to(recipient)
                            .amount(1)
                            .timestamp(timestamp)
                            .senderKey(sender.publicKey())
                            .build();
                    lane.add(pool.submit(() -> body.sign(sender.keys(), workBits)));
                }
                futures.add(lane);
            }
            List<List<Transaction>> signed = new ArrayList<>();
            for (List<Future<Transaction>> lane : futures) {
                List<Transaction> transactions = new ArrayList<>(lane.size());
                for (Future<Transaction> future : lane) {
                    transactions.add(future.get());
                }
                signed.add(transactions);
            }
            return signed;
        } catch (ExecutionException e) {
            throw new CommandFailure("signing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
