package dev.ccoin.core.merkle;

import static dev.ccoin.core.merkle.TestAccounts.ALICE;
import static dev.ccoin.core.merkle.TestAccounts.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Hash32;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeStoreTest {
    private static final StateNode.Leaf LEAF = new StateNode.Leaf(ALICE, new Account(1, 1));

    @Test
    void inMemoryStoreReturnsWhatWasPut() {
        InMemoryNodeStore store = new InMemoryNodeStore();

        store.put(LEAF.hash(), LEAF);

        assertThat(store.get(LEAF.hash())).contains(LEAF);
        assertThat(store.get(Hash32.ZERO)).isEmpty();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void inMemoryStoreRefusesANodeUnderAnotherHash() {
        InMemoryNodeStore store = new InMemoryNodeStore();

        assertThatThrownBy(() -> store.put(Hash32.ZERO, LEAF)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bufferedStoreKeepsNewNodesOutOfTheBaseUntilFlushed() {
        InMemoryNodeStore base = new InMemoryNodeStore();
        Hash32 root = new StateTree(base).update(Hash32.ZERO, Map.of(ALICE, new Account(1, 1)));
        BufferedNodeStore buffered = new BufferedNodeStore(base);
        StateTree tree = new StateTree(buffered);

        Hash32 candidate = tree.update(root, Map.of(BOB, new Account(7, 0)));

        assertThat(tree.get(candidate, BOB)).isEqualTo(new Account(7, 0));
        assertThat(tree.get(candidate, ALICE)).isEqualTo(new Account(1, 1));
        assertThat(base.get(candidate)).isEmpty();
        assertThat(buffered.pending()).containsKey(candidate);

        buffered.flush();

        assertThat(buffered.pending()).isEmpty();
        assertThat(new StateTree(base).get(candidate, BOB)).isEqualTo(new Account(7, 0));
    }

    @Test
    void takenNodesBelongToTheTakerAndLeaveTheBufferEmpty() {
        InMemoryNodeStore base = new InMemoryNodeStore();
        BufferedNodeStore buffered = new BufferedNodeStore(base);
        Hash32 candidate = new StateTree(buffered).update(Hash32.ZERO, Map.of(BOB, new Account(7, 0)));

        Map<Hash32, StateNode> taken = buffered.takePending();
        new StateTree(buffered).update(Hash32.ZERO, Map.of(ALICE, new Account(1, 1)));

        assertThat(taken).containsOnlyKeys(candidate);
        assertThat(buffered.pending()).doesNotContainKey(candidate).hasSize(1);
        assertThat(buffered.get(candidate)).isEmpty();
        assertThat(base.size()).isZero();
    }

    @Test
    void discardedNodesNeverReachTheBase() {
        InMemoryNodeStore base = new InMemoryNodeStore();
        BufferedNodeStore buffered = new BufferedNodeStore(base);

        Hash32 candidate = new StateTree(buffered).update(Hash32.ZERO, Map.of(BOB, new Account(7, 0)));
        buffered.discard();

        assertThat(buffered.get(candidate)).isEmpty();
        assertThat(base.size()).isZero();
    }

    @Test
    void aNodeReadThroughTheBufferIsReadFromTheBaseOnce() {
        CountingNodeStore base = new CountingNodeStore();
        Hash32 root = new StateTree(base).update(Hash32.ZERO, Map.of(ALICE, new Account(1, 1), BOB, new Account(2, 0)));
        base.reset();
        BufferedNodeStore buffered = new BufferedNodeStore(base);
        StateTree tree = new StateTree(buffered);

        assertThat(tree.get(root, ALICE)).isEqualTo(new Account(1, 1));
        int firstWalk = base.reads();
        assertThat(tree.get(root, ALICE)).isEqualTo(new Account(1, 1));
        assertThat(tree.get(root, BOB)).isEqualTo(new Account(2, 0));

        assertThat(firstWalk).isPositive();
        assertThat(base.reads()).as("the root is read once, then only BOB's leaf is new").isEqualTo(firstWalk + 1);
        assertThat(buffered.pending()).isEmpty();
    }
}
