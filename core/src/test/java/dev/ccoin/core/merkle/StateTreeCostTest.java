package dev.ccoin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Updating k accounts among n costs O(k · log n): every node written is one hash computed, so counting writes
 * (and reads) through the store measures the work, and shows no update walks all accounts.
 */
class StateTreeCostTest {
    private static final int ACCOUNTS = 10_000;
    /** 2 · log2(n) + 4: the deepest a leaf of n random paths plausibly sits, with the leaf and slack. */
    private static final double BOUND = 2 * Math.log(ACCOUNTS) / Math.log(2) + 4;

    private final CountingNodeStore store = new CountingNodeStore();
    private final StateTree tree = new StateTree(store);
    private final Random random = new Random(99);
    private List<Address> addresses;
    private Hash32 root;

    @BeforeEach
    void tenThousandAccounts() {
        Map<Address, Account> accounts = TestAccounts.random(random, ACCOUNTS);
        addresses = new ArrayList<>(accounts.keySet());
        root = tree.update(Hash32.ZERO, accounts);
        store.reset();
    }

    @Test
    void changingOneAccountWritesOnlyTheNodesOnItsPath() {
        int total = 0;
        for (int i = 0; i < 200; i++) {
            Address address = addresses.get(random.nextInt(ACCOUNTS));
            store.reset();

            root = tree.update(root, Map.of(address, TestAccounts.randomAccount(random)));

            assertThat(store.writes()).isLessThanOrEqualTo((int) BOUND);
            assertThat(store.reads()).isLessThanOrEqualTo((int) BOUND);
            total += store.writes();
        }
        // On average a path is about log2(n) + 1 long.
        assertThat(total / 200.0).isLessThan(Math.log(ACCOUNTS) / Math.log(2) + 4);
    }

    @Test
    void addingOrDeletingOneAccountWritesOnlyTheNodesOnItsPath() {
        for (int i = 0; i < 100; i++) {
            store.reset();
            root = tree.update(root, Map.of(TestAccounts.randomAddress(random), TestAccounts.randomAccount(random)));
            assertThat(store.writes()).isLessThanOrEqualTo((int) BOUND);

            store.reset();
            root = tree.update(root, Map.of(addresses.get(random.nextInt(ACCOUNTS)), Account.EMPTY));
            assertThat(store.writes()).isLessThanOrEqualTo((int) BOUND);
            // A collapse may read the untouched sibling at each level: at most two reads per level.
            assertThat(store.reads()).isLessThanOrEqualTo(2 * (int) BOUND);
        }
    }

    @Test
    void manyChangesInOneUpdateShareTheirCommonNodes() {
        Map<Address, Account> changes = new HashMap<>();
        while (changes.size() < 100) {
            changes.put(addresses.get(random.nextInt(ACCOUNTS)), TestAccounts.randomAccount(random));
        }
        Hash32 batched = tree.update(root, changes);
        int batchedWrites = store.writes();

        // The same changes one at a time, each paying for its whole path.
        Hash32 oneByOne = root;
        int oneByOneWrites = 0;
        for (Map.Entry<Address, Account> change : changes.entrySet()) {
            store.reset();
            oneByOne = tree.update(oneByOne, Map.of(change.getKey(), change.getValue()));
            oneByOneWrites += store.writes();
        }

        assertThat(batched).isEqualTo(oneByOne);
        assertThat(batchedWrites).isLessThanOrEqualTo((int) (changes.size() * BOUND));
        assertThat(batchedWrites).isLessThan(oneByOneWrites);
        assertThat(batchedWrites).isLessThan(ACCOUNTS / 10);
    }

    @Test
    void readingAnAccountReadsOnlyItsPath() {
        for (int i = 0; i < 100; i++) {
            store.reset();
            tree.get(root, addresses.get(random.nextInt(ACCOUNTS)));
            assertThat(store.reads()).isLessThanOrEqualTo((int) BOUND);
        }
    }
}
