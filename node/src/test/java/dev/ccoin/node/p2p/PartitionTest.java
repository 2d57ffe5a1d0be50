package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.TxLocation;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.TestNet.Member;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two groups on either side of a partition: {v0, v1, b0} and {v2, b1}. With three authorities the recency rule
 * lets a lone authority seal one block on its own, so the minority's branch is one block long — sealed in turn, with
 * the transaction submitted there — while the majority's grows and outweighs it.
 */
class PartitionTest {
    @TempDir
    Path dir;

    /** A 2 s interval leaves the minority's authority time to receive the transaction before its turn runs out. */
    private final ChainParams params = withInterval(TestChain.params(3), 2);
    private final Partition partition = new Partition();

    @Test
    void sidesOfAPartitionConvergeOnTheHeavierBranchAndTheLosersTransactionsAreMinedAgain() {
        try (TestNet net = new TestNet(dir, params)) {
            Member v0 = net.validator(0, List.of(), config(0));
            Member v1 = net.validator(1, List.of(v0.endpoint()), config(1));
            Member v2 = net.validator(2, List.of(v0.endpoint()), config(2));
            Member b0 = net.basic(List.of(v0.endpoint()), config(basicKey(0)));
            Member b1 = net.basic(List.of(v0.endpoint()), config(basicKey(1)));
            List<Member> all = List.of(v0, v1, v2, b0, b1);
            List<Member> groupA = List.of(v0, v1, b0);
            List<Member> groupB = List.of(v2, b1);
            Address minority = TestChain.address(TestKeys.get(2));
            Await.until(DEADLINE, "a meshed network at height 2", () -> Heads.meshed(all, 4) && Heads.atLeast(all, 2));

            // Split right after a block by the majority, when the next turn is the minority authority's.
            Await.until(DEADLINE, "a head whose successor is the minority authority's turn", () -> {
                ChainHead head = v2.node().chain().head();
                return Heads.same(all) && params.inTurnAuthority(head.height() + 1).equals(minority)
                        && !head.block().header().miner().equals(minority);
            });
            ChainHead forkPoint = v2.node().chain().head();
            partition.split(nodeIds(groupB));
            Await.until(DEADLINE, "the groups apart", () -> peersOnlyWithin(groupA) && peersOnlyWithin(groupB));

            Address bystander = TestChain.address(TestKeys.get(3));
            Transaction minorityTx = new TxBuilder(params).sender(TestChain.funded(0)).to(bystander).amount(7).build();
            Transaction majorityTx = new TxBuilder(params).sender(TestChain.funded(1))
                    .to(TestChain.address(TestChain.funded(2))).amount(9).build();
            assertThat(b1.node().submitTransaction(minorityTx).isAdmitted()).isTrue();
            assertThat(b0.node().submitTransaction(majorityTx).isAdmitted()).isTrue();

            Await.until(DEADLINE, "the minority's transaction in its branch", () -> groupB.stream()
                    .allMatch(m -> m.node().chain().transactionLocation(minorityTx.hash()).isPresent()));
            Block minorityBlock = v2.node().chain().head().block();
            assertThat(minorityBlock.height()).isEqualTo(forkPoint.height() + 1);
            Await.until(DEADLINE, "the majority's branch heavier, with its transaction", () ->
                    v0.node().chain().head().totalWork().compareTo(v2.node().chain().head().totalWork()) > 0
                            && groupA.stream().allMatch(m -> m.node().chain()
                                    .transactionLocation(majorityTx.hash()).isPresent()));
            assertThat(v0.node().chain().transactionLocation(minorityTx.hash())).isEmpty();

            partition.heal();

            Await.until(DEADLINE, "one head everywhere with both transactions", () -> Heads.same(all)
                    && all.stream().allMatch(m -> m.node().chain().transactionLocation(minorityTx.hash()).isPresent()
                            && m.node().chain().transactionLocation(majorityTx.hash()).isPresent()));
            TxLocation remined = v2.node().chain().transactionLocation(minorityTx.hash()).orElseThrow();
            assertThat(remined.blockHash()).as("mined again on the winning branch").isNotEqualTo(minorityBlock.hash());
            assertThat(v2.node().chain().blockAt(minorityBlock.height()).orElseThrow().hash())
                    .isNotEqualTo(minorityBlock.hash());
            for (Member member : all) {
                assertThat(member.node().chain().headState().account(minorityTx.sender()))
                        .isEqualTo(new Account(TestChain.FUNDS - 7, 1));
                assertThat(member.node().chain().headState().account(majorityTx.sender()))
                        .isEqualTo(new Account(TestChain.FUNDS - 9, 1));
            }
        }
    }

    private P2pConfig config(int keyIndex) {
        return TestNet.fastConfig().toBuilder()
                .filter(partition.filterFor(TestChain.address(TestKeys.get(keyIndex))))
                .build();
    }

    /** The node key index TestNet gives its n-th basic node. */
    private static int basicKey(int n) {
        return 13 + n;
    }

    private static Set<Address> nodeIds(List<Member> members) {
        return members.stream().map(m -> m.network().nodeId()).collect(Collectors.toSet());
    }

    private static boolean peersOnlyWithin(List<Member> group) {
        Set<Address> ids = nodeIds(group);
        return group.stream().allMatch(m -> m.network().peers().stream().map(PeerInfo::nodeId).allMatch(ids::contains)
                && m.peerCount() == group.size() - 1);
    }

    private static ChainParams withInterval(ChainParams p, int seconds) {
        ChainParams.BlockMining m = p.mining();
        return new ChainParams(p.networkId(), p.authorities(), new ChainParams.BlockMining(seconds, m.minBound(),
                m.maxBound(), m.maxBlockBytes(), m.reward(), m.difficulty(), m.allowEmpty(), m.placeholderData(),
                m.backupDelayMs()), p.transactions(), p.maxPeers(), p.genesis(), p.alloc());
    }
}
