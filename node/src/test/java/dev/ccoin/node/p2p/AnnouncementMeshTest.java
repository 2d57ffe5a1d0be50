package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.network.TrafficStatus;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.TransactionHashes;
import dev.ccoin.node.p2p.messages.TransactionRequest;
import dev.ccoin.node.txpool.Admission;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions announced by hash across real meshes (protocol §8): every transaction submitted anywhere is included
 * exactly once, and the nodes' own counters show that no body arrived twice at any node, so none crossed a
 * connection twice; a peer that announces and never answers delays a transaction by one fetch timeout, no more.
 */
class AnnouncementMeshTest {
    /** Transfers per funded account; the three accounts' nonces are spread over the nodes. */
    private static final int PER_SENDER = 12;

    @TempDir
    Path dir;

    private final P2pConfig config = TestNet.fastConfig().toBuilder().fetchTimeout(Duration.ofMillis(500)).build();

    @Test
    void inAFourNodeMeshEveryTransactionIsIncludedOnceAndNoBodyCrossesALinkTwice() {
        meshCarriesEveryTransactionOnce(3, 1);
    }

    @Test
    void inASixNodeMeshEveryTransactionIsIncludedOnceAndNoBodyCrossesALinkTwice() {
        meshCarriesEveryTransactionOnce(3, 3);
    }

    @Test
    void aPeerThatAnnouncesAndNeverAnswersDoesNotStallPropagation() {
        ChainParams params = TestChain.params(3);
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            Member b = net.basic(List.of(a.endpoint()), config);
            Await.until(DEADLINE, "the nodes connected", () -> a.peerCount() == 1 && b.peerCount() == 1);
            Transaction tx = new TxBuilder(params).amount(7).build();
            try (RawPeer silent = RawPeer.connect(a.network().listenPort(), TestKeys.get(TestNet.RAW_KEYS))) {
                silent.handshake(params);
                silent.send(new TransactionHashes(List.of(tx.hash())));
                assertThat(silent.expect(TransactionRequest.class).hashes()).containsExactly(tx.hash());

                assertThat(b.node().submitTransaction(tx).isAdmitted()).isTrue();

                Await.until(DEADLINE, "the transaction in the first node's pool, from the second",
                        () -> a.node().pool().contains(tx.hash()));
                assertThat(silent.awaitError()).map(ErrorNotice::code).contains("REQUEST_TIMEOUT");
            }
            assertThat(a.network().traffic().transactions()).containsEntry("timed_out", 1L);
            assertThat(a.network().isBanned(TestChain.address(TestKeys.get(TestNet.RAW_KEYS)))).isFalse();
        }
    }

    private void meshCarriesEveryTransactionOnce(int validators, int basics) {
        ChainParams params = TestChain.params(validators);
        try (TestNet net = new TestNet(dir, params)) {
            List<Member> all = new ArrayList<>();
            Member first = net.validator(0, List.of(), config);
            all.add(first);
            for (int i = 1; i < validators; i++) {
                all.add(net.validator(i, List.of(first.endpoint()), config));
            }
            for (int i = 0; i < basics; i++) {
                all.add(net.basic(List.of(first.endpoint()), config));
            }
            Await.until(DEADLINE, "a full mesh, via peer exchange", () -> Heads.meshed(all, all.size() - 1));

            List<Transaction> txs = new ArrayList<>();
            Map<Member, Integer> submittedAt = new HashMap<>();
            for (int nonce = 0; nonce < PER_SENDER; nonce++) {
                for (int sender = 0; sender < 3; sender++) {
                    KeyPair key = TestChain.funded(sender);
                    Transaction tx = new TxBuilder(params).sender(key).nonce(nonce).amount(1 + nonce).build();
                    Member at = all.get((nonce + sender) % all.size());
                    Admission admission = at.node().submitTransaction(tx);
                    assertThat(admission.isAdmitted()).as(admission.message()).isTrue();
                    submittedAt.merge(at, 1, Integer::sum);
                    txs.add(tx);
                }
            }

            Await.until(DEADLINE, "every transaction in every node's chain", () -> all.stream().allMatch(m ->
                    txs.stream().allMatch(tx -> m.node().chain().transactionLocation(tx.hash()).isPresent())));
            assertThat(included(first)).containsAll(txs.stream().map(Transaction::hash).toList())
                    .doesNotHaveDuplicates();
            long bodies = 0;
            for (Member member : all) {
                TrafficStatus traffic = member.network().traffic();
                long received = traffic.transactions().get("received");
                assertThat(traffic.transactions()).as("bodies that arrived twice").containsEntry("duplicate", 0L);
                assertThat(traffic.receivedFrames()).as("whole transactions").containsEntry("TXN", 0L);
                assertThat(received).isLessThanOrEqualTo(txs.size() - submittedAt.getOrDefault(member, 0));
                assertThat(traffic.transactions().get("served")).isLessThanOrEqualTo(
                        (long) txs.size() * (all.size() - 1));
                bodies += received;
            }
            assertThat(bodies).as("bodies fetched at all").isPositive()
                    .isLessThanOrEqualTo((long) txs.size() * (all.size() - 1));
        }
    }

    /** The transaction hashes of the canonical chain of {@code member}, block by block. */
    private static List<Hash32> included(Member member) {
        List<Hash32> hashes = new ArrayList<>();
        long head = member.node().chain().head().height();
        for (long height = 1; height <= head; height++) {
            Block block = member.node().chain().blockAt(height).orElseThrow();
            block.transactions().forEach(tx -> hashes.add(tx.hash()));
        }
        return hashes;
    }
}
