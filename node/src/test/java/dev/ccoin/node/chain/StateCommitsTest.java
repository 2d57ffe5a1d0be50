package dev.ccoin.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.state.HeldNodes;
import dev.ccoin.node.state.StateCommitSettings;
import dev.ccoin.node.storage.ChainStore;
import dev.ccoin.node.storage.Column;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCommitsTest {
    @TempDir
    Path dir;

    private final Address alice = TestChain.address(TestChain.funded(0));
    private final Address bob = TestChain.address(TestChain.funded(1));
    private final List<ChainFixture> fixtures = new ArrayList<>();

    @AfterEach
    void closeChains() {
        fixtures.forEach(ChainFixture::close);
    }

    private ChainFixture chain(String name, int commitBlocks) {
        ChainFixture fixture = new ChainFixture(TestChain.params(3), dir.resolve(name),
                new StateCommitSettings(commitBlocks, 256));
        fixtures.add(fixture);
        return fixture;
    }

    private Transaction pay(ChainFixture f, long nonce, long amount) {
        return new TxBuilder(f.params).nonce(nonce).amount(amount).build();
    }

    /** Blocks on {@code parent}, in turn, one payment from alice in each, nonces from {@code nonce}. */
    private List<Block> extend(ChainFixture f, Block parent, int count, long nonce) {
        List<Block> blocks = new ArrayList<>();
        Block cursor = parent;
        for (int i = 0; i < count; i++) {
            cursor = f.imported(f.on(cursor).transactions(pay(f, nonce + i, 1 + i)).build());
            blocks.add(cursor);
        }
        return blocks;
    }

    private static boolean committed(ChainFixture f, Block block) {
        return new ChainStore(f.database).committedState(block.hash()).isPresent();
    }

    private static boolean rootOnDisk(ChainFixture f, Block block) {
        return f.database.get(Column.STATE_NODE.key(block.header().stateRoot())) != null;
    }

    private static HeldNodes held(ChainFixture f) {
        return (HeldNodes) f.chain.stateNodes();
    }

    @Test
    void theHeadsStateIsCommittedEveryCommitBlocksAndReplacedStatesAreNeverWritten() {
        ChainFixture f = chain("a", 4);

        List<Block> blocks = extend(f, f.genesis, 6, 0);

        assertThat(blocks).extracting(block -> committed(f, block)).containsExactly(false, false, false, true, false, false);
        assertThat(blocks).extracting(block -> rootOnDisk(f, block)).containsExactly(false, false, false, true, false, false);
        assertThat(f.chain.stateAt(blocks.get(1).header().stateRoot()).account(alice))
                .isEqualTo(new Account(TestChain.FUNDS - 3, 2));
        assertThat(held(f).holds(blocks.get(5).header().stateRoot())).isTrue();
    }

    @Test
    void aCleanStopCommitsTheHeadAndAStartAfterItReExecutesNothing() {
        ChainFixture f = chain("a", 100);
        List<Block> blocks = extend(f, f.genesis, 5, 0);

        f.reopenCleanly();

        assertThat(committed(f, blocks.get(4))).isTrue();
        assertThat(held(f).size()).isZero();
        assertThat(f.chain.stateAt(f.chain.head().stateRoot()).account(alice)).isEqualTo(new Account(TestChain.FUNDS - 15, 5));
    }

    @Test
    void aStartAfterACrashReExecutesToTheStateOfANodeThatNeverCrashed() {
        ChainFixture crashed = chain("crashed", 8);
        ChainFixture steady = chain("steady", 8);
        Block parent = crashed.genesis;
        for (int i = 0; i < 11; i++) {
            Block next = crashed.on(parent).transactions(pay(crashed, i, 10 + i)).build();
            crashed.imported(next);
            steady.imported(next);
            parent = next;
        }
        assertThat(committed(crashed, parent)).isFalse();

        crashed.reopen();

        ChainHead head = crashed.chain.head();
        assertThat(head.hash()).isEqualTo(steady.chain.head().hash());
        assertThat(held(crashed).holds(head.stateRoot())).isTrue();
        StateTree reexecuted = new StateTree(crashed.chain.stateNodes());
        StateTree neverCrashed = new StateTree(steady.chain.stateNodes());
        for (Address address : List.of(alice, bob, head.block().header().miner())) {
            assertThat(reexecuted.get(head.stateRoot(), address)).isEqualTo(neverCrashed.get(head.stateRoot(), address));
            assertThat(reexecuted.prove(head.stateRoot(), address)).isEqualTo(neverCrashed.prove(head.stateRoot(), address));
            assertThat(crashed.chain.headState().account(address)).isEqualTo(reexecuted.get(head.stateRoot(), address));
        }
        Block more = crashed.imported(crashed.on(head.block()).transactions(pay(crashed, 11, 1)).build());
        assertThat(crashed.chain.head().hash()).isEqualTo(more.hash());
    }

    @Test
    void aReorgAcrossACommitAndBelowTheHeldStatesReExecutesAndSwitchesTheBalances() {
        ChainFixture f = chain("a", 32);
        // a: out-of-turn blocks (half the work each), 140 of them, a payment of 1 in every one.
        List<Block> a = new ArrayList<>();
        Block cursor = f.genesis;
        for (int i = 0; i < 140; i++) {
            cursor = f.imported(f.outOfTurnOn(cursor).transactions(pay(f, i, 1)).build());
            a.add(cursor);
        }
        Block fork = a.get(4);
        assertThat(f.chain.stateNodes().get(fork.header().stateRoot())).as("pruned fork state").isEmpty();

        // b: in-turn blocks on a5, one payment of 50; it takes over once its work passes a's.
        Block b = f.imported(f.on(fork).transactions(pay(f, 5, 50)).build());
        assertThat(f.chain.head().hash()).isEqualTo(a.get(139).hash());
        while (!f.chain.head().hash().equals(b.hash())) {
            b = f.imported(f.on(b).build());
        }

        ChainHead head = f.chain.head();
        assertThat(head.height()).isLessThan(140);
        assertThat(committed(f, head.block())).as("a reorg below the last commit commits the new head").isTrue();
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - 5 - 50, 6));
        StateTree tree = new StateTree(f.chain.stateNodes());
        StateTree built = new StateTree(f.builderState);
        for (Address address : List.of(alice, bob)) {
            assertThat(tree.get(head.stateRoot(), address)).isEqualTo(f.chain.headState().account(address));
            assertThat(tree.prove(head.stateRoot(), address).verify(head.stateRoot(), address))
                    .isEqualTo(built.get(head.stateRoot(), address));
        }

        // And back to a, two blocks on: the states above the fork are held still.
        Block a141 = f.imported(f.outOfTurnOn(a.get(139)).transactions(pay(f, 140, 1)).build());
        Block a142 = f.imported(f.outOfTurnOn(a141).build());
        assertThat(f.chain.head().hash()).isEqualTo(a142.hash());
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - 141, 141));
        assertThat(tree.get(a142.header().stateRoot(), alice)).isEqualTo(new Account(TestChain.FUNDS - 141, 141));
        assertBalancesAndProofs(f, List.of(alice, bob, a142.header().miner()));
    }

    @Test
    void reorgsAcrossACommitWithinTheHeldStatesAndBackSwitchBalancesAndProofsEachTime() {
        ChainFixture f = chain("a", 8);
        // a: 20 out-of-turn blocks, a payment of 1 in every one; states committed at heights 8 and 16.
        List<Block> a = new ArrayList<>();
        Block cursor = f.genesis;
        for (int i = 0; i < 20; i++) {
            cursor = f.imported(f.outOfTurnOn(cursor).transactions(pay(f, i, 1)).build());
            a.add(cursor);
        }
        assertThat(committed(f, a.get(15))).isTrue();
        Block fork = a.get(9);

        // b: in-turn blocks on a10, below the commit at 16 but within the held states, one payment of 50.
        Block b = f.imported(f.on(fork).transactions(pay(f, 10, 50)).build());
        while (!f.chain.head().hash().equals(b.hash())) {
            b = f.imported(f.on(b).build());
        }
        assertThat(committed(f, b)).as("a reorg below the last commit commits the new head").isTrue();
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - 10 - 50, 11));
        assertBalancesAndProofs(f, List.of(alice, bob, b.header().miner(), a.get(19).header().miner()));

        // Back to a, across the commit of b's head: a's held states above the fork serve again.
        Block top = a.get(19);
        long nonce = 20;
        while (!f.chain.head().hash().equals(top.hash())) {
            top = f.imported(f.outOfTurnOn(top).transactions(pay(f, nonce++, 1)).build());
        }
        assertThat(committed(f, top)).isTrue();
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - nonce, nonce));
        assertBalancesAndProofs(f, List.of(alice, bob, b.header().miner(), top.header().miner()));
        assertThat(f.chain.stateAt(b.header().stateRoot()).account(alice))
                .as("b's committed state, off the canonical chain now")
                .isEqualTo(new Account(TestChain.FUNDS - 60, 11));
    }

    /** The head's balances, read from the head accounts and proved from the chain's tree, are the builder's. */
    private static void assertBalancesAndProofs(ChainFixture f, List<Address> addresses) {
        ChainHead head = f.chain.head();
        StateTree tree = new StateTree(f.chain.stateNodes());
        StateTree built = new StateTree(f.builderState);
        for (Address address : addresses) {
            assertThat(f.chain.headState().account(address)).as("balance of %s", address)
                    .isEqualTo(built.get(head.stateRoot(), address));
            assertThat(tree.prove(head.stateRoot(), address).verify(head.stateRoot(), address))
                    .as("proof of %s", address)
                    .isEqualTo(built.get(head.stateRoot(), address));
        }
    }

    @Test
    void heldNodesStayUnderTheMemoryBound() {
        ChainFixture f = new ChainFixture(TestChain.params(3), dir.resolve("m"), new StateCommitSettings(1_000, 1));
        fixtures.add(f);
        long bound = new StateCommitSettings(1_000, 1).memoryBytes();
        long most = 0;
        Block cursor = f.genesis;
        long nonce = 0;
        for (int block = 0; block < 40; block++) {
            List<Transaction> txs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                txs.add(new TxBuilder(f.params).nonce(nonce++).amount(1).to(fresh(block, i)).build());
            }
            cursor = f.imported(f.on(cursor).transactions(txs).build());
            most = Math.max(most, held(f).bytes());
        }
        assertThat(most).isPositive().isLessThanOrEqualTo(bound);
        assertThat(held(f).bytes()).isLessThanOrEqualTo(bound);
        assertThat(f.chain.stateAt(cursor.header().stateRoot()).account(fresh(39, 39))).isEqualTo(new Account(1, 0));
    }

    private static Address fresh(int block, int index) {
        byte[] bytes = new byte[Address.LENGTH];
        bytes[0] = (byte) 0x5a;
        bytes[1] = (byte) block;
        bytes[2] = (byte) index;
        return Address.of(bytes);
    }

    @Test
    void aBlockWhoseStateIsAlreadyOnDiskIsStillReadableAfterItsCommit() {
        ChainFixture f = chain("a", 1);
        List<Block> blocks = extend(f, f.genesis, 3, 0);

        assertThat(blocks).allSatisfy(block -> assertThat(committed(f, block)).isTrue());
        assertThat(held(f).size()).isZero();
        assertThat(f.chain.stateAt(blocks.get(0).header().stateRoot()).account(alice)).isEqualTo(new Account(TestChain.FUNDS - 1, 1));
    }
}
