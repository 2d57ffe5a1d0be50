package dev.ccoin.node.consensus.rules;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.InvalidTransactionException;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.TransactionRules;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.consensus.VerifiedSignatures;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rule 8, the state-free half: every transaction keeps transaction rules 1–3 (network, data, amount; stamp;
 * sender key and signature). The RSA verifications dominate block validation, so they run on up to
 * {@code parallelism} threads: the calling thread and tasks on the injected executor take transactions from a
 * shared counter. A signature already in {@link VerifiedSignatures} is not verified again; one that verifies here is
 * added to it.
 *
 * <p>The outcome does not depend on the threads: the failure reported is always the one of the lowest-indexed
 * invalid transaction, as a sequential check would report it. Workers skip transactions past the lowest failure
 * found so far, which every index below the final one is not. The caller also works, and waits for transactions,
 * not tasks, so a busy or stopped executor slows validation down but never stalls it. Thread-safe.
 */
final class StatelessTransactionsRule implements BlockRule {
    private final TransactionRules rules;
    private final VerifiedSignatures verified;
    private final Executor executor;
    private final int parallelism;

    StatelessTransactionsRule(TransactionRules rules, VerifiedSignatures verified, Executor executor,
            int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.rules = rules;
        this.verified = verified;
        this.executor = executor;
        this.parallelism = parallelism;
    }

    @Override
    public void check(Block block) {
        List<Transaction> transactions = block.transactions();
        if (transactions.isEmpty()) {
            return;
        }
        Run run = new Run(transactions);
        int helpers = Math.min(parallelism, transactions.size()) - 1;
        try {
            for (int i = 0; i < helpers; i++) {
                executor.execute(run::work);
            }
        } catch (RejectedExecutionException e) {
            // A stopping executor: the calling thread checks what no helper took.
        }
        run.work();
        run.await();
        int index = run.lowestFailure.get();
        if (index < transactions.size()) {
            Throwable failure = run.failures[index];
            if (failure instanceof InvalidTransactionException invalid) {
                throw new InvalidBlockException(block.hash(), block.height(), index, invalid);
            }
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw (Error) failure;
        }
    }

    /** Rules 1 and 3 are a few comparisons and one hash; only the signature is worth caching. */
    private void checkOne(Transaction tx) {
        rules.checkWellFormed(tx);
        rules.checkStamp(tx);
        verified.verify(tx, rules);
    }

    /** One block's check: the work queue and the results, shared by the workers. */
    private final class Run {
        private final List<Transaction> transactions;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger lowestFailure;
        /** Written by the worker that checked the index, read after {@link #done} has counted it. */
        private final Throwable[] failures;
        private final CountDownLatch done;

        Run(List<Transaction> transactions) {
            this.transactions = transactions;
            this.lowestFailure = new AtomicInteger(transactions.size());
            this.failures = new Throwable[transactions.size()];
            this.done = new CountDownLatch(transactions.size());
        }

        void work() {
            for (int i = next.getAndIncrement(); i < transactions.size(); i = next.getAndIncrement()) {
                try {
                    if (i < lowestFailure.get()) {
                        checkOne(transactions.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                    lowestFailure.accumulateAndGet(i, Math::min);
                } finally {
                    done.countDown();
                }
            }
        }

        void await() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while verifying the transactions of a block");
            }
        }
    }
}
