package dev.ccoin.node.p2p.sync;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.p2p.ChainFactory;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.RawPeer;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.messages.BlocksRequest;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Hey;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalledPeerTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(3);
    private final P2pConfig config = TestNet.fastConfig().toBuilder().requestTimeout(Duration.ofMillis(500)).build();

    @Test
    void peerThatNeverAnswersIsDroppedAndTheNextBestPeerIsUsed() {
        try (TestNet net = new TestNet(dir, params)) {
            Member node = net.basic(List.of(), config);
            try (RawPeer staller = RawPeer.connect(node.network().listenPort(), TestKeys.get(TestNet.RAW_KEYS + 2))) {
                // Claims far more work than anyone, then ignores the node's request for blocks.
                Hey boast = new Hey(Hey.PROTOCOL_VERSION, params.networkId(), Genesis.block(params).hash(),
                        RsaKeys.encode(TestKeys.get(TestNet.RAW_KEYS + 2).getPublic()), 0, 1_000_000, Hash32.ZERO,
                        BigInteger.TWO.pow(100), "staller");
                staller.handshake(params, boast);
                staller.expect(BlocksRequest.class);

                Member honest = net.basic(List.of(), config);
                ChainFactory.importAll(honest.node(), new ChainFactory(params).blocks(40));
                honest.network().addCandidates(List.of(node.endpoint()));

                assertThat(staller.awaitError()).map(ErrorNotice::code).contains("REQUEST_TIMEOUT");
                Await.until(DEADLINE, "the node at the honest peer's head", () ->
                        node.node().chain().head().hash().equals(honest.node().chain().head().hash()));
            }
        }
    }
}
