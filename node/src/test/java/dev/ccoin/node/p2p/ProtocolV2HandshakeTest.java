package dev.ccoin.node.p2p;

import static dev.ccoin.node.p2p.TestNet.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Genesis;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.config.HostPort;
import dev.ccoin.node.network.PeerInfo;
import dev.ccoin.node.p2p.SpecClient.Frame;
import dev.ccoin.node.p2p.SpecClient.Hello;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.p2p.framing.DisconnectReason;
import dev.ccoin.node.p2p.peers.PeerDeparture;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * Protocol §8's three steps against a real node, driven by {@link SpecClient} from bytes: admission, TLS 1.3 with the
 * client's own certificate, {@code HEY} v2; and, the other way round, the node dialling a test's listener. The honest
 * exchange joins; each deviation is refused the specified way, and a peer that stalls at a step costs the node its
 * connection thread only until that step's timeout.
 */
class ProtocolV2HandshakeTest {
    private static final Pattern STATUS_NODE_ID = Pattern.compile("\"nodeId\"\\s*:\\s*\"([0-9a-f]{40})\"");
    private static final Duration STEP_TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private final ChainParams params = TestChain.params(1);
    private final KeyPair clientKey = TestKeys.get(TestNet.RAW_KEYS);
    private final byte[] genesis = Genesis.block(params).hash().toArray();
    private final List<PeerDeparture> departures = new CopyOnWriteArrayList<>();
    private TestNet net;
    private Member node;
    private ApiServer api;

    @BeforeEach
    void startNode() {
        net = new TestNet(dir, params);
        node = net.basic(List.of(), TestNet.fastConfig().toBuilder().handshakeTimeout(STEP_TIMEOUT).build());
        node.network().addPeerListener(new PeerListener() {
            @Override
            public void connectionEnded(PeerDeparture departure) {
                departures.add(departure);
            }
        });
        api = ApiServer.start(node.node(), node.network(), Optional.of(node.network().nodeId()), "127.0.0.1", 0);
    }

    @AfterEach
    void stopNode() {
        api.close();
        net.close();
    }

    @Test
    void anHonestClientGoesThroughAdmissionTlsAndHeyAndJoins() {
        try (SpecClient client = admitted()) {
            client.startTls(Optional.of(clientKey), "TLSv1.3");

            assertThat(client.tlsProtocol()).isEqualTo("TLSv1.3");
            assertThat(SpecClient.address(client.serverKey())).isEqualTo(statusNodeId());
            client.send(ourHey(clientKey));
            Frame frame = client.readFrame().orElseThrow();
            assertThat(frame.type()).isEqualTo("HEY");
            Hello hello = Hello.read(frame.body());
            assertThat(hello.version()).isEqualTo(2);
            assertThat(hello.networkId()).isEqualTo(params.networkId());
            assertThat(hello.genesisHash()).isEqualTo(genesis);
            assertThat(hello.nodeKey()).isEqualTo(client.serverKey());
            assertThat(hello.listenPort()).isEqualTo(node.network().listenPort());
            assertThat(hello.headHeight()).isZero();
            assertThat(hello.headHash()).isEqualTo(genesis);
            Await.until(DEADLINE, "the node lists the client as a peer", () -> node.network().peers().stream()
                    .map(PeerInfo::nodeId).anyMatch(id -> id.toHex().equals(SpecClient.address(spki(clientKey)))));
        }
    }

    @Test
    void aClientOfferingOnlyTls12IsRefusedInTheTlsHandshake() {
        try (SpecClient client = admitted()) {
            assertThatThrownBy(() -> client.startTls(Optional.of(clientKey), "TLSv1.2"))
                    .isInstanceOf(UncheckedIOException.class);
        }
        awaitDeparture(DisconnectReason.TLS_FAILED);
        assertThat(node.peerCount()).isZero();
    }

    @Test
    void aClientWithoutCertificateIsRefusedInTls() {
        try (SpecClient client = admitted()) {
            // In TLS 1.3 the client's handshake may end before the server judges its (missing) certificate: the
            // refusal then arrives as an alert on the first read.
            assertThatThrownBy(() -> {
                client.startTls(Optional.empty(), "TLSv1.3");
                client.send(ourHey(clientKey));
                client.readFrame().orElseThrow(() -> new UncheckedIOException(new IOException("closed")));
            }).isInstanceOf(UncheckedIOException.class);
        }
        awaitDeparture(DisconnectReason.TLS_FAILED);
        assertThat(node.peerCount()).isZero();
    }

    @Test
    void aHeyNamingAnotherKeyThanTheCertificateIsRefusedWithNodeKeyMismatchAndBanned() {
        KeyPair named = TestKeys.get(TestNet.RAW_KEYS + 1);
        try (SpecClient client = admitted()) {
            client.startTls(Optional.of(clientKey), "TLSv1.3");
            client.send(ourHey(named));

            assertThat(errorCode(client)).isEqualTo("NODE_KEY_MISMATCH");
            assertThat(client.closedSilently()).as("closed after the ERR").isTrue();
        }
        assertThat(node.network().isBanned(TestChain.address(clientKey))).isTrue();
        assertThat(node.peerCount()).isZero();
    }

    @Test
    void aClientThatNeverSendsItsClientHelloIsClosedAfterTheTlsTimeoutAndLeavesNoThread() {
        try (SpecClient client = admitted()) {
            assertThat(client.closedSilently()).isTrue();
        }
        awaitDeparture(DisconnectReason.TLS_TIMEOUT);
        awaitNoConnectionThread();
    }

    @Test
    void aClientThatTricklesItsClientHelloIsClosedAtTheTlsDeadline() {
        try (SpecClient client = admitted()) {
            // A TLS record header, then a byte at a time: each byte is under the socket timeout, the whole is not.
            byte[] trickle = {0x16, 0x03, 0x01, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xfc, 0x03, 0x03};
            long until = System.nanoTime() + DEADLINE.toNanos();
            for (int i = 0; departures.isEmpty() && System.nanoTime() < until && client.send(
                    new byte[] {trickle[i % trickle.length]}); i++) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(STEP_TIMEOUT.toMillis() / 5));
            }
        }
        awaitDeparture(DisconnectReason.TLS_TIMEOUT);
        awaitNoConnectionThread();
    }

    @Test
    void aClientThatNeverSendsItsHeyIsClosedAfterTheHeyTimeoutAndLeavesNoThread() {
        try (SpecClient client = admitted()) {
            client.startTls(Optional.of(clientKey), "TLSv1.3");

            assertThat(errorCode(client)).isEqualTo("HANDSHAKE_TIMEOUT");
        }
        awaitDeparture(DisconnectReason.HANDSHAKE_TIMEOUT);
        awaitNoConnectionThread();
        assertThat(node.network().isBanned(TestChain.address(clientKey))).isFalse();
    }

    @Test
    void aDialPinnedToOneNodeIdClosesOnACertificateOfAnotherWithNodeIdMismatch() throws Exception {
        KeyPair listenerKey = TestKeys.get(TestNet.RAW_KEYS + 2);
        Address expected = TestChain.address(TestKeys.get(TestNet.RAW_KEYS + 3));
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout((int) DEADLINE.toMillis());
            node.network().addAnnounced(expected, new HostPort("127.0.0.1", listener.getLocalPort()),
                    Duration.ofMinutes(1));
            try (Socket dialled = listener.accept()) {
                dialled.setSoTimeout((int) DEADLINE.toMillis());
                // Step 1 as a responder: a zero-bit puzzle, whose SOL is any nonce.
                try (MessageBufferPacker puzzle = MessagePack.newDefaultBufferPacker()) {
                    puzzle.packArrayHeader(4).packLong(1).packBinaryHeader(32).writePayload(new byte[32]).packLong(0)
                            .packLong(System.currentTimeMillis() + 10_000);
                    dialled.getOutputStream().write(SpecClient.frame("PUZ", puzzle.toByteArray()));
                }
                DataInputStream plain = new DataInputStream(dialled.getInputStream());
                byte[] solution = new byte[plain.readInt()];
                plain.readFully(solution);
                assertThat(new String(solution, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("SOL");

                SSLSocket tls = (SSLSocket) SpecClient.tlsContext(Optional.of(listenerKey)).getSocketFactory()
                        .createSocket(dialled, null, true);
                tls.setUseClientMode(false);
                tls.setNeedClientAuth(true);
                tls.setEnabledProtocols(new String[] {"TLSv1.3"});
                tls.startHandshake();
                DataInputStream in = new DataInputStream(tls.getInputStream());
                byte[] first = new byte[in.readInt()];
                in.readFully(first);

                assertThat(new String(first, 0, 3, StandardCharsets.US_ASCII)).as("the node's first frame in TLS")
                        .isEqualTo("ERR");
                assertThat(SpecClient.errorCode(Arrays.copyOfRange(first, 3, first.length)))
                        .isEqualTo("NODE_ID_MISMATCH");
            }
        }
        awaitDeparture(DisconnectReason.NODE_ID_MISMATCH);
        assertThat(departures).filteredOn(d -> d.reason() == DisconnectReason.NODE_ID_MISMATCH).first()
                .satisfies(d -> assertThat(d.detail()).contains(expected.toString(),
                        TestChain.address(listenerKey).toString()));
        assertThat(node.peerCount()).isZero();
    }

    /**
     * The code of the node's {@code ERR}, skipping its {@code HEY}: the node sends its {@code HEY} first, but a close
     * right after may overtake it in the node's outbound queue.
     */
    private static String errorCode(SpecClient client) {
        while (true) {
            Frame frame = client.readFrame().orElseThrow(() -> new AssertionError("the node closed without ERR"));
            if (frame.type().equals("ERR")) {
                return SpecClient.errorCode(frame.body());
            }
            assertThat(frame.type()).as("a frame before the ERR").isEqualTo("HEY");
        }
    }

    private SpecClient admitted() {
        SpecClient client = SpecClient.connect(node.network().listenPort(), "127.0.0.1");
        client.admit();
        return client;
    }

    private byte[] ourHey(KeyPair named) {
        return SpecClient.hey(2, params.networkId(), genesis, spki(named), 0, 0, genesis, BigInteger.ONE, "spec");
    }

    private static byte[] spki(KeyPair key) {
        return key.getPublic().getEncoded();
    }

    private String statusNodeId() {
        try {
            HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + api.port() + "/api/v1/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = STATUS_NODE_ID.matcher(status.body());
            assertThat(id.find()).as("a nodeId in %s", status.body()).isTrue();
            return id.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void awaitDeparture(DisconnectReason reason) {
        Await.until(DEADLINE, "a connection ended for " + reason,
                () -> departures.stream().anyMatch(d -> d.reason() == reason));
    }

    /** The node's reader and writer threads of inbound connections are named {@code ccoin-p2p-in-…}/{@code -write-…}. */
    private static void awaitNoConnectionThread() {
        Await.until(DEADLINE, "no connection thread left", () -> Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .noneMatch(name -> name.startsWith("ccoin-p2p-in-") || name.startsWith("ccoin-p2p-write-")));
    }
}
