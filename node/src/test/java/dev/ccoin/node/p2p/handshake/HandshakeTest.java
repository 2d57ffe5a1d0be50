package dev.ccoin.node.p2p.handshake;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.config.Bootnode;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.P2pConfig;
import dev.ccoin.node.p2p.PeerListener;
import dev.ccoin.node.p2p.RawPeer;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.framing.PeerErrorException;
import dev.ccoin.node.p2p.messages.ErrorNotice;
import dev.ccoin.node.p2p.messages.Hey;
import dev.ccoin.node.p2p.peers.PeerDeparture;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandshakeTest {
    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(1);
    private final P2pConfig config = TestNet.fastConfig();

    @Test
    void twoNodesConnectAndKnowEachOthersNodeId() {
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            Member b = net.basic(List.of(a.endpoint()), config);

            Await.until(DEADLINE, "a and b peered", () -> a.peerCount() == 1 && b.peerCount() == 1);

            PeerInfo seenByA = a.network().peers().get(0);
            PeerInfo seenByB = b.network().peers().get(0);
            assertThat(seenByA.nodeId()).isEqualTo(b.network().nodeId());
            assertThat(seenByA.direction()).isEqualTo(PeerInfo.Direction.INBOUND);
            assertThat(seenByB.nodeId()).isEqualTo(a.network().nodeId());
            assertThat(seenByB.direction()).isEqualTo(PeerInfo.Direction.OUTBOUND);
            assertThat(seenByB.port()).isEqualTo(a.network().listenPort());
        }
    }

    @Test
    void nodeOfAnotherChainIsRefusedWithWrongGenesisOnBothSides() {
        ChainParams other = TestChain.params(2);
        try (TestNet first = new TestNet(dir.resolve("first"), params);
                TestNet second = new TestNet(dir.resolve("second"), other)) {
            Member a = first.basic(List.of(), config);
            List<PeerDeparture> endedAtA = recordDepartures(a);
            Member b = second.basic(List.of(), config);
            List<PeerDeparture> endedAtB = recordDepartures(b);

            b.network().addCandidates(List.of(a.endpoint()));

            Await.until(DEADLINE, "WRONG_GENESIS on both sides", () -> hasReason(endedAtA, DisconnectReason.WRONG_GENESIS)
                    && hasReason(endedAtB, DisconnectReason.WRONG_GENESIS));
            String genesisA = Genesis.block(params).hash().toHex();
            String genesisB = Genesis.block(other).hash().toHex();
            assertThat(endedAtA).filteredOn(d -> d.reason() == DisconnectReason.WRONG_GENESIS).first()
                    .satisfies(d -> assertThat(d.detail()).contains(genesisA, genesisB));
            assertThat(a.peerCount()).isZero();
            assertThat(b.peerCount()).isZero();
        }
    }

    @Test
    void wrongGenesisErrorNamesBothHashes() {
        ChainParams other = TestChain.params(2);
        try (TestNet net = new TestNet(dir, params); RawPeer raw = connectedRaw(net)) {
            raw.send(hey(TestKeys.get(TestNet.RAW_KEYS), other));

            ErrorNotice error = raw.awaitError().orElseThrow();

            assertThat(error.code()).isEqualTo("WRONG_GENESIS");
            assertThat(error.message()).contains(Genesis.block(params).hash().toHex(),
                    Genesis.block(other).hash().toHex());
        }
    }

    @Test
    void aBootNodePinnedToItsNodeIdIsJoined() {
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            Member b = net.basicPinned(List.of(new Bootnode(a.endpoint(), Optional.of(a.network().nodeId()))), config);

            Await.until(DEADLINE, "a and b peered", () -> a.peerCount() == 1 && b.peerCount() == 1);
        }
    }

    @Test
    void aDialThatReachesAnotherNodeIdThanPinnedIsClosedWithNodeIdMismatch() {
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            Address someoneElse = RsaKeys.address(RsaKeys.encode(TestKeys.get(TestNet.RAW_KEYS).getPublic()));
            Member b = net.basicPinned(List.of(new Bootnode(a.endpoint(), Optional.of(someoneElse))), config);
            List<PeerDeparture> endedAtB = recordDepartures(b);

            Await.until(DEADLINE, "NODE_ID_MISMATCH at b", () -> hasReason(endedAtB, DisconnectReason.NODE_ID_MISMATCH));
            assertThat(endedAtB).filteredOn(d -> d.reason() == DisconnectReason.NODE_ID_MISMATCH).first()
                    .satisfies(d -> assertThat(d.detail()).contains(someoneElse.toString(),
                            a.network().nodeId().toString()));
            assertThat(b.peerCount()).isZero();
        }
    }

    @Test
    void connectionToItselfIsClosed() {
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            List<PeerDeparture> ended = recordDepartures(a);

            a.network().addCandidates(List.of(a.endpoint()));

            Await.until(DEADLINE, "SELF_CONNECTION", () -> hasReason(ended, DisconnectReason.SELF_CONNECTION));
            assertThat(a.peerCount()).isZero();
        }
    }

    @Test
    void secondConnectionToTheSameNodeIsClosed() {
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            Member b = net.basic(List.of(a.endpoint()), config);
            Await.until(DEADLINE, "a and b peered", () -> a.peerCount() == 1 && b.peerCount() == 1);

            try (RawPeer impostor = RawPeer.connect(a.network().listenPort(), b.key())) {
                assertThatThrownBy(() -> impostor.handshake(params))
                        .isInstanceOfSatisfying(PeerErrorException.class,
                                e -> assertThat(e.reason()).isEqualTo(DisconnectReason.DUPLICATE_CONNECTION));
            }
            assertThat(a.network().peers()).extracting(PeerInfo::nodeId).containsExactly(b.network().nodeId());
        }
    }

    @Test
    void heyNamingAnotherKeyThanTheCertificateIsRefusedWithNodeKeyMismatchAndBanned() {
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), config);
            KeyPair certified = TestKeys.get(TestNet.RAW_KEYS);
            try (RawPeer raw = RawPeer.connect(a.network().listenPort(), certified)) {
                raw.send(hey(TestKeys.get(TestNet.RAW_KEYS + 1), params));

                assertThat(raw.awaitError()).map(ErrorNotice::code).contains("NODE_KEY_MISMATCH");
            }
            Await.until(DEADLINE, "the certificate's node id banned",
                    () -> a.network().isBanned(RsaKeys.address(certified.getPublic())));
            assertThat(a.peerCount()).isZero();
        }
    }

    @Test
    void peerThatStaysSilentIsClosedAfterTheHandshakeTimeout() {
        P2pConfig quick = config.toBuilder().handshakeTimeout(Duration.ofMillis(300)).build();
        try (TestNet net = new TestNet(dir, params)) {
            Member a = net.basic(List.of(), quick);
            try (RawPeer raw = RawPeer.connect(a.network().listenPort(), TestKeys.get(TestNet.RAW_KEYS))) {
                assertThat(raw.awaitError()).map(ErrorNotice::code).contains("HANDSHAKE_TIMEOUT");
                assertThat(raw.awaitClosed()).isTrue();
            }
        }
    }

    private RawPeer connectedRaw(TestNet net) {
        Member a = net.basic(List.of(), config);
        return RawPeer.connect(a.network().listenPort(), TestKeys.get(TestNet.RAW_KEYS));
    }

    static Hey hey(KeyPair key, ChainParams chain) {
        return new Hey(Hey.PROTOCOL_VERSION, chain.networkId(), Genesis.block(chain).hash(),
                RsaKeys.encode(key.getPublic()), 0, 0, Genesis.block(chain).hash(), java.math.BigInteger.ONE, "raw");
    }

    private static List<PeerDeparture> recordDepartures(Member member) {
        List<PeerDeparture> departures = new CopyOnWriteArrayList<>();
        member.network().addPeerListener(new PeerListener() {
            @Override
            public void connectionEnded(PeerDeparture departure) {
                departures.add(departure);
            }
        });
        return departures;
    }

    private static boolean hasReason(List<PeerDeparture> departures, DisconnectReason reason) {
        return departures.stream().anyMatch(d -> d.reason() == reason && !d.byPeer());
    }
}
