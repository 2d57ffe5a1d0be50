package dev.ccoin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.ReferenceStateRoot;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random updates applied incrementally agree, step after step, with the root recomputed from scratch. */
class StateTreeReferenceTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void incrementalUpdatesMatchTheRootRecomputedFromScratch(long seed) {
        Random random = new Random(seed);
        StateTree tree = new StateTree(new InMemoryNodeStore());
        Map<Address, Account> state = new HashMap<>();
        List<Address> known = new ArrayList<>();
        List<Hash32> roots = new ArrayList<>();
        List<Map<Address, Account>> states = new ArrayList<>();
        Hash32 root = Hash32.ZERO;

        for (int step = 0; step < 60; step++) {
            Map<Address, Account> changes = new HashMap<>();
            int count = random.nextInt(4) == 0 ? 1 : 1 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                Address address = known.isEmpty() || random.nextInt(3) == 0
                        ? TestAccounts.randomAddress(random)
                        : known.get(random.nextInt(known.size()));
                // Deletions are frequent, so the tree grows and shrinks and collapses often.
                Account account = random.nextInt(3) == 0 ? Account.EMPTY : TestAccounts.randomAccount(random);
                changes.put(address, account);
            }
            changes.forEach((address, account) -> {
                if (!known.contains(address)) {
                    known.add(address);
                }
                if (account.isEmpty()) {
                    state.remove(address);
                } else {
                    state.put(address, account);
                }
            });

            root = tree.update(root, changes);

            assertThat(root).as("root after step %d", step).isEqualTo(ReferenceStateRoot.of(state));
            for (Address address : known) {
                assertThat(tree.get(root, address)).isEqualTo(state.getOrDefault(address, Account.EMPTY));
            }
            roots.add(root);
            states.add(Map.copyOf(state));
        }
        for (int i = 0; i < roots.size(); i++) {
            Hash32 old = roots.get(i);
            states.get(i).forEach((address, account) -> assertThat(tree.get(old, address)).isEqualTo(account));
        }
    }
}
