package dev.ccoin.node.txpool;

import static dev.ccoin.node.txpool.Txs.toSelf;
import static dev.ccoin.node.txpool.Txs.tx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.tx.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The running figure behind {@link SenderQueue#balanceLeft}, against a walk of the executable chain. */
class SenderQueueTest {
    private final SenderQueue queue = new SenderQueue(new EvictionOrder());
    private long sequence;

    private PoolEntry admit(Transaction tx, Account account) {
        PoolEntry entry = new PoolEntry(tx, 0, sequence++);
        queue.add(entry, queue.place(tx, account));
        return entry;
    }

    @Test
    void eachExecutableAdmissionSpendsItsAmount() {
        Account account = new Account(100, 0);
        admit(tx(0, 0, 10), account);
        admit(tx(0, 1, 40), account);

        assertThat(queue.balanceLeft(account)).isEqualTo(50);
    }

    @Test
    void aSelfTransferSpendsNothing() {
        Account account = new Account(100, 0);
        admit(toSelf(0, 0, 60), account);
        admit(tx(0, 1, 40), account);

        assertThat(queue.balanceLeft(account)).isEqualTo(60);
    }

    @Test
    void queuedTransactionsSpendNothingUntilPromoted() {
        Account account = new Account(100, 0);
        admit(tx(0, 1, 40), account);
        assertThat(queue.balanceLeft(account)).isEqualTo(100);

        admit(tx(0, 0, 10), account);
        queue.promote(account);

        assertThat(queue.executable()).hasSize(2);
        assertThat(queue.balanceLeft(account)).isEqualTo(50);
    }

    @Test
    void removingAnExecutableTransactionGivesItsAmountBack() {
        Account account = new Account(100, 0);
        PoolEntry first = admit(tx(0, 0, 10), account);
        admit(tx(0, 1, 40), account);

        queue.remove(first);

        assertThat(queue.balanceLeft(account)).isEqualTo(60);
    }

    @Test
    void removingAQueuedTransactionChangesNothing() {
        Account account = new Account(100, 0);
        admit(tx(0, 0, 10), account);
        PoolEntry future = admit(tx(0, 2, 40), account);

        queue.remove(future);

        assertThat(queue.balanceLeft(account)).isEqualTo(90);
    }

    @Test
    void aNewerAccountNoLongerCountsWhatItsStateAlreadyIncludes() {
        admit(tx(0, 0, 10), new Account(100, 0));
        admit(tx(0, 1, 40), new Account(100, 0));

        assertThat(queue.balanceLeft(new Account(90, 1))).isEqualTo(50);
        assertThat(queue.balanceLeft(new Account(50, 2))).isEqualTo(50);
    }

    @Test
    void anOlderAccountStillCountsTheEntriesANewerOneDropped() {
        admit(tx(0, 0, 10), new Account(100, 0));
        admit(tx(0, 1, 40), new Account(100, 0));
        assertThat(queue.balanceLeft(new Account(50, 2))).isEqualTo(50);

        assertThat(queue.balanceLeft(new Account(100, 0))).isEqualTo(50);
        assertThat(queue.balanceLeft(new Account(45, 0))).isEqualTo(-1);
    }

    @Test
    void aChainThatOverspendsTheBalanceLeavesNothing() {
        admit(tx(0, 0, 10), new Account(100, 0));
        admit(tx(0, 1, 40), new Account(100, 0));

        assertThat(queue.balanceLeft(new Account(30, 0))).isEqualTo(-1);
    }

    @Test
    void aResortCountsTheRebuiltChainOnly() {
        admit(tx(0, 0, 10), new Account(100, 0));
        admit(tx(0, 1, 40), new Account(100, 0));
        admit(tx(0, 2, 40), new Account(100, 0));

        queue.resort(new Account(45, 1));

        assertThat(queue.executable()).extracting(PoolEntry::nonce).containsExactly(1L);
        assertThat(queue.balanceLeft(new Account(45, 1))).isEqualTo(5);
    }

    @Test
    void theFigureMatchesAWalkOfTheChainThroughAnyMixOfChanges() {
        SplittableRandom random = new SplittableRandom(20_240_601);
        long[] amounts = {1, 10, 40};
        List<PoolEntry> held = new ArrayList<>();
        for (int step = 0; step < 3_000; step++) {
            Account account = new Account(random.nextLong(0, 200), random.nextLong(0, 6));
            switch (random.nextInt(4)) {
                case 0, 1 -> {
                    long nonce = random.nextLong(0, 9);
                    long amount = amounts[random.nextInt(amounts.length)];
                    Transaction tx = random.nextInt(8) == 0 ? toSelf(0, nonce, amount) : tx(0, nonce, amount);
                    try {
                        PoolEntry entry = admit(tx, account);
                        held.add(entry);
                        queue.promote(account);
                    } catch (Refusal refused) {
                        // Refusals change nothing; the check below still runs.
                    }
                }
                case 2 -> {
                    if (!held.isEmpty()) {
                        queue.remove(held.remove(random.nextInt(held.size())));
                    }
                }
                default -> held.removeAll(queue.resort(account));
            }
            Account probe = new Account(random.nextLong(0, 200), random.nextLong(0, 6));
            assertThat(queue.balanceLeft(probe)).as("step %d, %s", step, probe).isEqualTo(walk(probe));
        }
    }

    @Test
    void aResortLaysOutTheSameAsSortingEveryEntryAfreshThroughAnyMixOfChanges() {
        SplittableRandom random = new SplittableRandom(20_261_121);
        long[] amounts = {1, 10, 40};
        List<PoolEntry> held = new ArrayList<>();
        for (int step = 0; step < 3_000; step++) {
            Account account = new Account(random.nextLong(0, 200), random.nextLong(0, 4));
            switch (random.nextInt(3)) {
                case 0 -> {
                    Transaction tx = tx(0, random.nextLong(0, 80), amounts[random.nextInt(amounts.length)]);
                    try {
                        held.add(admit(tx, account));
                    } catch (Refusal refused) {
                        // Refusals change nothing.
                    }
                }
                case 1 -> {
                    if (!held.isEmpty()) {
                        queue.remove(held.remove(random.nextInt(held.size())));
                    }
                }
                default -> {
                    List<PoolEntry> before = new ArrayList<>(queue.executable());
                    before.addAll(queue.queued());
                    List<List<PoolEntry>> expected = sortedAfresh(before, account);

                    held.removeAll(queue.resort(account));

                    assertThat(queue.executable()).as("step %d executable", step).containsExactlyElementsOf(expected.get(0));
                    assertThat(queue.queued()).as("step %d queued", step).containsExactlyElementsOf(expected.get(1));
                }
            }
        }
    }

    /** The layout a re-sort stands for, built from nothing: the chain from the account's nonce, then the queue. */
    private static List<List<PoolEntry>> sortedAfresh(List<PoolEntry> entries, Account account) {
        List<PoolEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(PoolEntry::nonce));
        List<PoolEntry> chain = new ArrayList<>();
        List<PoolEntry> rest = new ArrayList<>();
        long expected = account.nonce();
        long left = account.balance();
        for (PoolEntry entry : sorted) {
            Transaction tx = entry.transaction();
            if (entry.nonce() < account.nonce()) {
                continue;
            }
            if (rest.isEmpty() && tx.nonce() == expected && tx.amount() <= left) {
                chain.add(entry);
                left -= tx.sender().equals(tx.to()) ? 0 : tx.amount();
                expected++;
            } else {
                rest.add(entry);
            }
        }
        return List.of(chain, rest.subList(0, Math.min(rest.size(), SenderQueue.MAX_QUEUED)));
    }

    /** What the figure stands for: the balance after the executable entries from the account's nonce, or -1. */
    private long walk(Account account) {
        long left = account.balance();
        for (PoolEntry entry : queue.executable()) {
            Transaction tx = entry.transaction();
            long cost = tx.sender().equals(tx.to()) ? 0 : tx.amount();
            if (entry.nonce() < account.nonce()) {
                continue;
            }
            if (cost > left) {
                return -1;
            }
            left -= cost;
        }
        return left;
    }
}
