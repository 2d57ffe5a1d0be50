package dev.ccoin.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.merkle.StateTree;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.consensus.BlockReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockchainTest {
    @TempDir
    Path dir;

    private ChainFixture f;
    private final List<HeadChange> changes = new ArrayList<>();
    private final Address alice = TestChain.address(TestChain.funded(0));
    private final Address bob = TestChain.address(TestChain.funded(1));

    @BeforeEach
    void openChain() {
        f = new ChainFixture(TestChain.params(3), dir.resolve("a"));
        f.chain.addListener(changes::add);
    }

    @AfterEach
    void closeChain() {
        f.close();
    }

    private Transaction pay(long nonce, long amount) {
        return new TxBuilder(f.params).nonce(nonce).amount(amount).build();
    }

    @Test
    void freshChainStandsAtGenesisWithTheAlloc() {
        assertThat(f.chain.head().hash()).isEqualTo(f.genesis.hash());
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS, 0));
    }

    @Test
    void validBlockExtendsTheHeadAndMovesBalances() {
        Block b1 = f.on(f.genesis).transactions(pay(0, 25)).build();

        ImportResult result = f.chain.importBlock(b1);

        assertThat(result.status()).isEqualTo(ImportStatus.NEW_HEAD);
        assertThat(f.chain.head().hash()).isEqualTo(b1.hash());
        assertThat(f.chain.blockAt(1)).contains(b1);
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - 25, 1));
        assertThat(f.chain.headState().account(bob)).isEqualTo(new Account(TestChain.FUNDS + 25, 0));
        assertThat(f.chain.headState().account(b1.header().miner())).isEqualTo(new Account(100, 0));
        assertThat(f.chain.transactionLocation(b1.transactions().get(0).hash()))
                .contains(new TxLocation(b1.hash(), 1, 0));
        assertThat(f.chain.accountTransactions(bob, 0, 10)).containsExactly(b1.transactions().get(0).hash());
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.added()).containsExactly(b1));
    }

    @Test
    void sameBlockTwiceIsAlreadyKnown() {
        Block b1 = f.imported(f.on(f.genesis).build());

        assertThat(f.chain.importBlock(b1).status()).isEqualTo(ImportStatus.ALREADY_KNOWN);
    }

    @Test
    void lighterCompetitorIsStoredAsASideBranch() {
        Block inTurn = f.imported(f.on(f.genesis).build());
        Block backup = f.outOfTurnOn(f.genesis).build();

        assertThat(f.chain.importBlock(backup).status()).isEqualTo(ImportStatus.SIDE_BRANCH);
        assertThat(f.chain.head().hash()).isEqualTo(inTurn.hash());
        assertThat(f.chain.block(backup.hash())).contains(backup);
    }

    @Test
    void heavierBranchReorganisesAndBackAgain() {
        Block a1 = f.imported(f.on(f.genesis).transactions(pay(0, 25)).build());
        Block b1 = f.imported(f.outOfTurnOn(f.genesis).build());
        assertThat(f.chain.head().hash()).isEqualTo(a1.hash());

        Block b2 = f.on(b1).build();
        assertThat(f.chain.importBlock(b2).status()).isEqualTo(ImportStatus.NEW_HEAD);

        assertThat(f.chain.blockAt(1)).contains(b1);
        assertThat(f.chain.blockAt(2)).contains(b2);
        assertThat(f.chain.transactionLocation(a1.transactions().get(0).hash())).isEmpty();
        assertThat(f.chain.accountTransactions(alice, 0, 10)).isEmpty();
        assertHeadAccountsEqualTheStateTree(alice, bob, a1.header().miner(), b1.header().miner(), b2.header().miner());
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS, 0));
        assertThat(changes.get(changes.size() - 1).removed()).containsExactly(a1);
        assertThat(changes.get(changes.size() - 1).added()).containsExactly(b1, b2);

        Block a2 = f.on(a1).build();
        Block a3 = f.on(a2).build();
        f.imported(a2);
        assertThat(f.chain.importBlock(a3).status()).isEqualTo(ImportStatus.NEW_HEAD);

        assertThat(f.chain.blockAt(1)).contains(a1);
        assertThat(f.chain.blockAt(3)).contains(a3);
        assertThat(f.chain.transactionLocation(a1.transactions().get(0).hash()))
                .contains(new TxLocation(a1.hash(), 1, 0));
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - 25, 1));
        assertHeadAccountsEqualTheStateTree(alice, bob, a1.header().miner(), b1.header().miner(), b2.header().miner());
    }

    @Test
    void shorterButHeavierBranchDropsTheHeightsAboveIt() {
        // b: three out-of-turn blocks (16 + 16 + 16 = 48); a: two in-turn blocks (32 + 32 = 64) take over.
        Block b1 = f.imported(f.outOfTurnOn(f.genesis).build());
        Block b2 = f.imported(f.outOfTurnOn(b1).build());
        Block b3 = f.imported(f.outOfTurnOn(b2).build());
        assertThat(f.chain.head().hash()).isEqualTo(b3.hash());

        Block a1 = f.imported(f.on(f.genesis).build());
        Block a2 = f.imported(f.on(a1).build());

        assertThat(f.chain.head().hash()).isEqualTo(a2.hash());
        assertThat(f.chain.blockAt(1)).contains(a1);
        assertThat(f.chain.blockAt(2)).contains(a2);
        assertThat(f.chain.blockAt(3)).isEmpty();
        f.reopen();
        assertThat(f.chain.head().hash()).isEqualTo(a2.hash());
        assertThat(f.chain.blockAt(3)).isEmpty();
    }

    @Test
    void equalWorkIsDecidedByTheLowerHashWhateverTheArrivalOrder() {
        Block x = f.outOfTurnOn(f.genesis).build();
        Address third = f.params.inTurnAuthority(2);
        Block y = f.on(f.genesis).signer(f.on(f.genesis).keyOf(third)).build();
        Block lower = x.hash().compareTo(y.hash()) < 0 ? x : y;

        f.imported(x);
        f.imported(y);
        try (ChainFixture other = new ChainFixture(TestChain.params(3), dir.resolve("b"))) {
            other.imported(y);
            other.imported(x);

            assertThat(f.chain.head().hash()).isEqualTo(lower.hash());
            assertThat(other.chain.head().hash()).isEqualTo(lower.hash());
        }
    }

    @Test
    void orphanIsConnectedWhenItsParentArrives() {
        Block b1 = f.on(f.genesis).build();
        Block b2 = f.on(b1).build();

        assertThat(f.chain.importBlock(b2).status()).isEqualTo(ImportStatus.ORPHAN);
        ImportResult parent = f.chain.importBlock(b1);

        assertThat(parent.connectedOrphans()).extracting(ImportResult::status).containsExactly(ImportStatus.NEW_HEAD);
        assertThat(f.chain.head().hash()).isEqualTo(b2.hash());
        assertThat(f.chain.orphanCount()).isZero();
    }

    @Test
    void invalidBlockIsRejectedWithItsReasonAndNotStored() {
        Block bad = f.on(f.genesis).stateRoot(Hash32.ZERO).build();

        ImportResult result = f.chain.importBlock(bad);

        assertThat(result.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(result.failure().orElseThrow().reason()).isEqualTo(BlockReason.STATE_ROOT_MISMATCH);
        assertThat(f.chain.block(bad.hash())).isEmpty();
        assertThat(f.chain.head().hash()).isEqualTo(f.genesis.hash());
    }

    @Test
    void reopenedChainResumesAtTheSameHead() {
        Block b1 = f.imported(f.on(f.genesis).transactions(pay(0, 5)).build());
        Block b2 = f.imported(f.on(b1).build());
        ChainHead before = f.chain.head();

        f.reopen();

        assertThat(f.chain.head()).isEqualTo(before);
        assertThat(f.chain.head().hash()).isEqualTo(b2.hash());
        assertThat(f.chain.headState().account(alice)).isEqualTo(new Account(TestChain.FUNDS - 5, 1));
    }

    @Test
    void stateOfAnyKeptBlockStaysReadableByItsRoot() {
        Block b1 = f.imported(f.on(f.genesis).transactions(pay(0, 5)).build());
        f.imported(f.on(b1).transactions(pay(1, 7)).build());

        assertThat(f.chain.stateAt(b1.header().stateRoot()).account(alice)).isEqualTo(new Account(TestChain.FUNDS - 5, 1));
        assertThat(f.chain.stateAt(f.genesis.header().stateRoot()).account(alice)).isEqualTo(new Account(TestChain.FUNDS, 0));
    }

    private void assertHeadAccountsEqualTheStateTree(Address... addresses) {
        var tree = f.chain.stateAt(f.chain.head().stateRoot());
        for (Address address : Set.of(addresses)) {
            assertThat(f.chain.headState().account(address)).as(address.toString()).isEqualTo(tree.account(address));
        }
    }
}
