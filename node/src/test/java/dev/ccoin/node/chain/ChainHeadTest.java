package dev.ccoin.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.consensus.ChainWeight;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainHeadTest {
    @TempDir
    Path dir;

    @Test
    void childAddsItsWorkAndMovesTheRecentMinersOnWithinTheWindow() {
        try (ChainFixture f = new ChainFixture(TestChain.params(5), dir)) {
            Block block = f.on(f.genesis).build();
            Address earlier = TestChain.address(TestChain.funded(3));
            ChainHead parent = new ChainHead(f.genesis, BigInteger.TEN, List.of(earlier, Address.ZERO));

            ChainHead child = parent.child(block, BigInteger.valueOf(5), 2);

            assertThat(child.totalWork()).isEqualTo(BigInteger.valueOf(15));
            assertThat(child.recentMiners()).containsExactly(Address.ZERO, block.header().miner());
            assertThat(child.weight()).isEqualTo(new ChainWeight(BigInteger.valueOf(15), 1, block.hash()));
            assertThat(child.asParent().recentMiners()).isEqualTo(child.recentMiners());
            assertThat(child.asParent().hash()).isEqualTo(block.hash());
        }
    }

    @Test
    void headReachedByImportsEqualsTheHeadTheStoredChainReopensAt() {
        try (ChainFixture f = new ChainFixture(TestChain.params(5), dir)) {
            Block b1 = f.imported(f.on(f.genesis).build());
            Block side1 = f.imported(f.outOfTurnOn(f.genesis).build());
            f.imported(f.on(side1).build());
            Block b2 = f.imported(f.on(b1).build());
            f.imported(f.on(b2).build());
            ChainHead imported = f.chain.head();

            f.reopen();

            assertThat(f.chain.head().hash()).isEqualTo(imported.hash());
            assertThat(f.chain.head().totalWork()).isEqualTo(imported.totalWork());
            assertThat(f.chain.head().recentMiners()).isEqualTo(imported.recentMiners()).hasSize(2);
        }
    }
}
