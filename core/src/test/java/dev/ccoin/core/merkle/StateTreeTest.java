package dev.ccoin.core.merkle;

import static dev.ccoin.core.merkle.TestAccounts.ALICE;
import static dev.ccoin.core.merkle.TestAccounts.BOB;
import static dev.ccoin.core.merkle.TestAccounts.MINER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.state.StateView;
import dev.ccoin.core.testing.ReferenceStateRoot;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateTreeTest {
    private final CountingNodeStore store = new CountingNodeStore();
    private final StateTree tree = new StateTree(store);

    @Test
    void emptyStateHasTheZeroRootAndOnlyEmptyAccounts() {
        assertThat(tree.update(Hash32.ZERO, Map.of())).isEqualTo(Hash32.ZERO);
        assertThat(tree.get(Hash32.ZERO, ALICE)).isEqualTo(Account.EMPTY);
    }

    @Test
    void oneAccountIsItsOwnLeafAtTheRoot() {
        Account account = new Account(7, 0);

        Hash32 root = tree.update(Hash32.ZERO, Map.of(BOB, account));

        assertThat(root).isEqualTo(new StateNode.Leaf(BOB, account).hash());
        assertThat(tree.get(root, BOB)).isEqualTo(account);
        assertThat(tree.get(root, ALICE)).isEqualTo(Account.EMPTY);
    }

    @Test
    void accountsAreReadBackAfterAnUpdate() {
        Map<Address, Account> accounts = TestAccounts.random(new Random(1), 200);

        Hash32 root = tree.update(Hash32.ZERO, accounts);

        accounts.forEach((address, account) -> assertThat(tree.get(root, address)).isEqualTo(account));
        assertThat(tree.get(root, TestAccounts.randomAddress(new Random(2)))).isEqualTo(Account.EMPTY);
    }

    @Test
    void settingAnAccountToEmptyDeletesIt() {
        Hash32 root = tree.update(Hash32.ZERO, Map.of(ALICE, new Account(1, 1), BOB, new Account(7, 0)));

        Hash32 after = tree.update(root, Map.of(ALICE, Account.EMPTY));

        assertThat(tree.get(after, ALICE)).isEqualTo(Account.EMPTY);
        assertThat(after).isEqualTo(tree.update(Hash32.ZERO, Map.of(BOB, new Account(7, 0))));
    }

    @Test
    void removingOneOfTwoAccountsLeavesTheOtherLeafAsTheRoot() {
        Hash32 root = tree.update(Hash32.ZERO, Map.of(ALICE, new Account(1, 1), BOB, new Account(7, 0)));

        Hash32 after = tree.update(root, Map.of(BOB, Account.EMPTY));

        assertThat(after).isEqualTo(new StateNode.Leaf(ALICE, new Account(1, 1)).hash());
    }

    @Test
    void removingEveryAccountGivesTheZeroRoot() {
        Map<Address, Account> accounts = TestAccounts.random(new Random(3), 50);
        Hash32 root = tree.update(Hash32.ZERO, accounts);
        Map<Address, Account> deletions = new HashMap<>();
        accounts.keySet().forEach(a -> deletions.put(a, Account.EMPTY));

        assertThat(tree.update(root, deletions)).isEqualTo(Hash32.ZERO);
    }

    @Test
    void deletingAccountsCollapsesTheTreeToWhatItWouldBeWithoutThem() {
        Map<Address, Account> accounts = TestAccounts.random(new Random(4), 300);
        Hash32 root = tree.update(Hash32.ZERO, accounts);
        List<Address> addresses = new ArrayList<>(accounts.keySet());
        Map<Address, Account> kept = new HashMap<>(accounts);
        Map<Address, Account> deletions = new HashMap<>();
        for (Address address : addresses.subList(0, 290)) {
            kept.remove(address);
            deletions.put(address, Account.EMPTY);
        }

        Hash32 after = tree.update(root, deletions);

        assertThat(after).isEqualTo(ReferenceStateRoot.of(kept))
                .isEqualTo(new StateTree(new InMemoryNodeStore()).update(Hash32.ZERO, kept));
    }

    @Test
    void deletingAnAbsentAccountChangesNothingAndWritesNothing() {
        Hash32 root = tree.update(Hash32.ZERO, TestAccounts.random(new Random(5), 100));
        store.reset();

        Hash32 after = tree.update(root, Map.of(TestAccounts.randomAddress(new Random(6)), Account.EMPTY));

        assertThat(after).isEqualTo(root);
        assertThat(store.writes()).isZero();
    }

    @Test
    void writingTheStoredValueAgainChangesNothingAndWritesNothing() {
        Map<Address, Account> accounts = TestAccounts.random(new Random(7), 100);
        Hash32 root = tree.update(Hash32.ZERO, accounts);
        store.reset();

        Hash32 after = tree.update(root, accounts);

        assertThat(after).isEqualTo(root);
        assertThat(store.writes()).isZero();
    }

    @Test
    void zeroAccountsGivenAtCreationAreAbsent() {
        Hash32 withZero = tree.update(Hash32.ZERO, Map.of(BOB, new Account(7, 0), ALICE, Account.EMPTY));

        assertThat(withZero).isEqualTo(tree.update(Hash32.ZERO, Map.of(BOB, new Account(7, 0))));
    }

    @Test
    void oldRootsStayReadableAfterUpdates() {
        Hash32 first = tree.update(Hash32.ZERO, Map.of(ALICE, new Account(10, 0), BOB, new Account(5, 2)));
        Hash32 second = tree.update(first, Map.of(ALICE, new Account(4, 1), MINER, new Account(100, 0)));
        Hash32 third = tree.update(second, Map.of(BOB, Account.EMPTY));

        assertThat(tree.get(first, ALICE)).isEqualTo(new Account(10, 0));
        assertThat(tree.get(first, MINER)).isEqualTo(Account.EMPTY);
        assertThat(tree.get(second, BOB)).isEqualTo(new Account(5, 2));
        assertThat(tree.get(third, BOB)).isEqualTo(Account.EMPTY);
        assertThat(tree.get(third, ALICE)).isEqualTo(new Account(4, 1));
    }

    @Test
    void returningToAnEarlierStateGivesTheEarlierRoot() {
        Hash32 first = tree.update(Hash32.ZERO, Map.of(ALICE, new Account(10, 0), BOB, new Account(5, 2)));
        Hash32 second = tree.update(first, Map.of(ALICE, new Account(4, 1)));

        assertThat(tree.update(second, Map.of(ALICE, new Account(10, 0)))).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void sameAccountsInAnyOrderAndBatchingGiveTheSameRoot(long seed) {
        Random random = new Random(seed);
        Map<Address, Account> accounts = TestAccounts.random(random, 400);
        Hash32 expected = tree.update(Hash32.ZERO, accounts);

        List<Address> shuffled = new ArrayList<>(accounts.keySet());
        Collections.shuffle(shuffled, random);
        StateTree other = new StateTree(new InMemoryNodeStore());
        Hash32 root = Hash32.ZERO;
        int i = 0;
        while (i < shuffled.size()) {
            int batch = 1 + random.nextInt(40);
            Map<Address, Account> changes = new HashMap<>();
            for (Address address : shuffled.subList(i, Math.min(shuffled.size(), i + batch))) {
                changes.put(address, accounts.get(address));
            }
            root = other.update(root, changes);
            i += batch;
        }

        assertThat(root).isEqualTo(expected).isEqualTo(ReferenceStateRoot.of(accounts));
    }

    @Test
    void viewAtARootReadsThatState() {
        Hash32 root = tree.update(Hash32.ZERO, Map.of(ALICE, new Account(3, 1)));
        StateView view = tree.at(root);
        tree.update(root, Map.of(ALICE, new Account(9, 9)));

        assertThat(view.account(ALICE)).isEqualTo(new Account(3, 1));
        assertThat(view.account(BOB)).isEqualTo(Account.EMPTY);
    }

    @Test
    void anUnknownRootFailsAsMissingNode() {
        Hash32 unknown = Sha256.hash(new byte[] {42});

        assertThatThrownBy(() -> tree.get(unknown, ALICE))
                .isInstanceOfSatisfying(StateTreeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TreeError.MISSING_NODE);
                    assertThat(e.node()).isEqualTo(unknown);
                });
        assertThatThrownBy(() -> tree.update(unknown, Map.of(ALICE, new Account(1, 0))))
                .isInstanceOf(StateTreeException.class);
    }

    @Test
    void pathIsTheSha256OfTheAddress() {
        assertThat(StateTree.pathOf(ALICE)).isEqualTo(Sha256.hash(ALICE.toArray()));
        Hash32 path = Hash32.parse("80" + "00".repeat(30) + "01");
        assertThat(StateTree.bit(path, 0)).isEqualTo(1);
        assertThat(StateTree.bit(path, 1)).isZero();
        assertThat(StateTree.bit(path, 255)).isEqualTo(1);
    }
}
