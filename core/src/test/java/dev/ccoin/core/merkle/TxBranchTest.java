package dev.ccoin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Hash32;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TxBranchTest {
    static Stream<Integer> blockSizes() {
        return IntStream.rangeClosed(1, 33).boxed();
    }

    @ParameterizedTest
    @MethodSource("blockSizes")
    void everyIndexOfABlockGivesItsTxRoot(int count) {
        List<Hash32> ids = ids(count);
        Hash32 root = TxRoot.of(ids);
        for (int index = 0; index < count; index++) {
            TxBranch branch = TxBranch.of(ids, index);

            assertThat(branch.root(ids.get(index))).as("index %d of %d", index, count).isEqualTo(root);
            assertThat(branch.siblings()).hasSize(TxBranch.depth(index, count));
            branch.verify(root, ids.get(index));
        }
    }

    @ParameterizedTest
    @MethodSource("blockSizes")
    void everyChangedSiblingAndAnotherTransactionAreRefused(int count) {
        List<Hash32> ids = ids(count);
        Hash32 root = TxRoot.of(ids);
        for (int index = 0; index < count; index++) {
            TxBranch branch = TxBranch.of(ids, index);
            Hash32 other = Sha256.hash(ids.get(index).toArray());
            assertRootMismatch(() -> branch.verify(root, other));
            for (int level = 0; level < branch.siblings().size(); level++) {
                List<Hash32> changed = new ArrayList<>(branch.siblings());
                changed.set(level, Sha256.hash(changed.get(level).toArray()));
                TxBranch tampered = new TxBranch(index, count, changed);
                int at = index;
                assertRootMismatch(() -> tampered.verify(root, ids.get(at)));
            }
        }
    }

    @Test
    void theOddLastNodeMovesUpWithoutASibling() {
        List<Hash32> ids = ids(3);
        Hash32 left = Sha256.hash((byte) 1, TxRoot.leaf(ids.get(0)), TxRoot.leaf(ids.get(1)));

        assertThat(TxBranch.of(ids, 2).siblings()).containsExactly(left);
        assertThat(TxBranch.of(ids, 0).siblings()).containsExactly(TxRoot.leaf(ids.get(1)), TxRoot.leaf(ids.get(2)));
    }

    @Test
    void aSingleTransactionIsItsOwnRootWithNoSiblings() {
        List<Hash32> ids = ids(1);

        assertThat(TxBranch.of(ids, 0).siblings()).isEmpty();
        assertThat(TxBranch.of(ids, 0).root(ids.get(0))).isEqualTo(TxRoot.of(ids));
    }

    @Test
    void aBranchOfTheWrongLengthOrPositionCannotBeMade() {
        Hash32 any = Hash32.ZERO;
        assertThatThrownBy(() -> new TxBranch(0, 4, List.of(any))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TxBranch(4, 4, List.of(any, any))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TxBranch(0, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRootMismatch(Runnable verification) {
        assertThatThrownBy(verification::run).isInstanceOfSatisfying(InvalidProofException.class,
                e -> assertThat(e.reason()).isEqualTo(ProofError.ROOT_MISMATCH));
    }

    private static List<Hash32> ids(int count) {
        List<Hash32> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(Sha256.hash(ByteBuffer.allocate(Integer.BYTES).putInt(count * 100 + i).array()));
        }
        return ids;
    }
}
