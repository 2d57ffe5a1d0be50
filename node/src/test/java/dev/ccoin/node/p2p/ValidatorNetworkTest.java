package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.txpool.Admission;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorNetworkTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final P2pConfig config = TestNet.fastConfig();

    @Test
    void threeValidatorsAndABasicNodeAgreeOnTheHeadAndOnBalances() {
        try (TestNet net = new TestNet(dir, params)) {
            Member v0 = net.validator(0, List.of(), config);
            Member v1 = net.validator(1, List.of(v0.endpoint()), config);
            Member v2 = net.validator(2, List.of(v0.endpoint()), config);
            Member basic = net.basic(List.of(v1.endpoint()), config);
            List<Member> all = List.of(v0, v1, v2, basic);

            Await.until(DEADLINE, "every node peered with the other three, via peer exchange",
                    () -> Heads.meshed(all, 3));
            Await.until(DEADLINE, "height 3 everywhere", () -> Heads.atLeast(all, 3));

            Address recipient = TestChain.address(TestChain.funded(1));
            Transaction tx = new TxBuilder(params).amount(1_234).build();
            Admission admission = basic.node().submitTransaction(tx);
            assertThat(admission.isAdmitted()).as(admission.message()).isTrue();

            Await.until(DEADLINE, "the transaction in every node's chain", () -> all.stream()
                    .allMatch(m -> m.node().chain().transactionLocation(tx.hash()).isPresent()));
            Await.until(DEADLINE, "one head everywhere", () -> Heads.same(all));
            for (Member member : all) {
                assertThat(member.node().chain().headState().account(tx.sender()))
                        .isEqualTo(new Account(TestChain.FUNDS - 1_234, 1));
                assertThat(member.node().chain().headState().account(recipient))
                        .isEqualTo(new Account(TestChain.FUNDS + 1_234, 0));
                assertThat(member.node().pool().contains(tx.hash())).isFalse();
            }
        }
    }
}
