package dev.ccoin.node.p2p.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.codec.Codec;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.merkle.InMemoryNodeStore;
import dev.ccoin.core.testing.BlockBuilder;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageRoundTripTest {
    private static final ChainParams PARAMS = TestChain.params(1);

    static Stream<Message> everyMessage() {
        InMemoryNodeStore store = new InMemoryNodeStore();
        Block block = BlockBuilder.onGenesis(PARAMS, store).transactions(new TxBuilder(PARAMS).build()).build();
        Hash32 hash = block.hash();
        return Stream.of(
                new Hey(Hey.PROTOCOL_VERSION, 7, hash, RsaKeys.encode(TestKeys.get(0).getPublic()), 30303, 12, hash,
                        BigInteger.TWO.pow(70).add(BigInteger.ONE), "ccoin/test"),
                new Puzzle(Puzzle.VERSION, hash, 24, 1_700_000_010_000L),
                new Solution(hash, Long.MAX_VALUE),
                new ErrorNotice("WRONG_GENESIS", "other chain"),
                new Ping(0), new Pong(Long.MAX_VALUE),
                new HeadRequest(),
                new HeadAnnouncement(5, hash, BigInteger.ZERO),
                new BlocksRequest(List.of(hash, Hash32.ZERO), 128),
                new BlocksPage(List.of(block)),
                new NewBlock(block),
                new NewTransaction(new TxBuilder(PARAMS).nonce(3).build()),
                new TransactionHashes(List.of(hash, Hash32.ZERO)),
                new TransactionRequest(List.of(hash)),
                new TransactionBodies(List.of(new TxBuilder(PARAMS).nonce(4).build(),
                        new TxBuilder(PARAMS).nonce(5).build())),
                new PeersRequest(),
                new PeerList(List.of(new PeerAddress(Address.ZERO, "127.0.0.1", 4000))));
    }

    @Test
    void everyTypeOfTheSpecIsCovered() {
        Set<MessageType> covered = everyMessage().map(Message::type).collect(Collectors.toSet());

        assertThat(covered).isEqualTo(EnumSet.allOf(MessageType.class));
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void bodyDecodesToTheSameMessage(Message message) {
        byte[] body = Codec.encode(message);

        assertThat(message.type().decode(body)).isEqualTo(message);
    }

    @ParameterizedTest
    @MethodSource("everyMessage")
    void bodyWithATrailingByteIsRefused(Message message) {
        byte[] body = Codec.encode(message);
        byte[] longer = Arrays.copyOf(body, body.length + 1);

        assertThatThrownBy(() -> message.type().decode(longer)).isInstanceOf(DecodeException.class);
    }

    @Test
    void peerListBodyIsTheListItself() {
        PeerList list = new PeerList(List.of(new PeerAddress(Address.ZERO, "h", 1)));

        assertThat(Codec.encode(list)[0]).isEqualTo((byte) 0x91);
        assertThat(Codec.encode(new PeerList(List.of()))).containsExactly(0x90);
    }

    @Test
    void totalWorkTravelsWithoutLeadingZeros() {
        HeadAnnouncement head = new HeadAnnouncement(1, Hash32.ZERO, BigInteger.valueOf(256));
        byte[] body = Codec.encode(head);

        // [1, bin32 hash, bin8 of 2 bytes 0x01 0x00]
        assertThat(Arrays.copyOfRange(body, body.length - 4, body.length))
                .containsExactly(0xc4, 0x02, 0x01, 0x00);
    }

    @Test
    void tooManyPeersInAListIsRefused() {
        byte[] body = Codec.encode(new PeerList(java.util.Collections.nCopies(100,
                new PeerAddress(Address.ZERO, "h", 1))));
        body[0] = (byte) 0xdc; // keep the array16 header but claim one more entry
        byte[] claimed = new byte[body.length];
        System.arraycopy(body, 0, claimed, 0, body.length);
        claimed[1] = 0;
        claimed[2] = 101;

        assertThatThrownBy(() -> MessageType.PRS.decode(claimed)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("at most 100");
    }

    @Test
    void heyIsTheNineFieldsOfVersionTwoWithoutAChallenge() {
        Hey hey = (Hey) everyMessage().findFirst().orElseThrow();
        byte[] body = Codec.encode(hey);

        // fixarray of 9, then protocolVersion 2 as a positive fixint, and the agent as the last field.
        assertThat(body[0]).isEqualTo((byte) 0x99);
        assertThat(body[1]).isEqualTo((byte) 0x02);
        assertThat(Bytes.of(body).toHex()).endsWith("aa" + Bytes.of("ccoin/test".getBytes()).toHex());
    }

    @Test
    void heyOfVersionOneWithItsChallengeIsRefused() {
        Hey hey = (Hey) everyMessage().findFirst().orElseThrow();
        String v2 = Bytes.of(Codec.encode(hey)).toHex();
        String agent = "aa" + Bytes.of("ccoin/test".getBytes()).toHex();
        // Ten fields, the v1 challenge (bin8 of 32 bytes) before the agent.
        String v1 = "9a01" + v2.substring(4, v2.length() - agent.length()) + "c420" + "00".repeat(32) + agent;

        assertThatThrownBy(() -> MessageType.HEY.decode(Bytes.parseHex(v1).toArray()))
                .isInstanceOf(DecodeException.class);
    }
}
