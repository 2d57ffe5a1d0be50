package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.tx.Transaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TxPoolConcurrencyTest {
    private static final int NONCES = 15;
    private static final int ADMITTERS = 4;

    @Test
    void concurrentAdmissionsAdmitEachTransactionOnceAndChainThemAll() throws Exception {
        TestState state = TestState.funded();
        TxPool pool = new PoolBuilder().build();
        List<Transaction> all = new ArrayList<>();
        for (int sender = 0; sender < 3; sender++) {
            for (long nonce = 0; nonce < NONCES; nonce++) {
                all.add(tx(sender, nonce));
            }
        }
        Map<Transaction, AtomicInteger> admitted = new ConcurrentHashMap<>();
        all.forEach(tx -> admitted.put(tx, new AtomicInteger()));
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean admitting = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(ADMITTERS + 1);
        try {
            Future<?> reader = threads.submit(() -> {
                while (admitting.get()) {
                    pool.executable(100);
                    pool.pending();
                    pool.queued();
                }
            });
            List<Future<?>> admitters = new ArrayList<>();
            for (int i = 0; i < ADMITTERS; i++) {
                List<Transaction> order = new ArrayList<>(all);
                Collections.shuffle(order, new Random(i));
                admitters.add(threads.submit(() -> {
                    start.await();
                    for (Transaction tx : order) {
                        if (pool.admit(tx, state).isAdmitted()) {
                            admitted.get(tx).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> admitter : admitters) {
                admitter.get(30, TimeUnit.SECONDS);
            }
            admitting.set(false);
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(admitted.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(pool.pendingCount()).isEqualTo(all.size());
        assertThat(pool.queuedCount()).isZero();
        List<Transaction> senderZero = pool.executable(all.size()).stream()
                .filter(tx -> tx.sender().equals(Txs.address(0))).toList();
        assertThat(senderZero).extracting(Transaction::nonce).isSorted().hasSize(NONCES);
    }
}
