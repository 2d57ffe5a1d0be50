package dev.ccoin.node.discovery.lan;

import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.CanonicalWriter;
import dev.ccoin.core.codec.Codec;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Objects;

/**
 * One LAN announcement (protocol §9.2): "node {@code nodeKey} of network ({@code networkId}, {@code genesisHash})
 * accepts peers on {@code p2pPort} of the host this datagram comes from", numbered {@code seq} (the sender's clock,
 * ms) and signed by the node key. Its datagram is {@code "CCL1" || msgpack([networkId, genesisHash(bin32),
 * nodeKey(bin SPKI), p2pPort, seq, signature(bin)])}; the key signs {@code H(msgpack(["ccoin-lan", networkId,
 * genesisHash, nodeId(bin20), p2pPort, seq]))}. Immutable; the compact constructor checks the structural rules.
 */
public record LanAnnouncement(long networkId, Hash32 genesisHash, Bytes nodeKey, int p2pPort, long seq,
                              Bytes signature) {
    /** The 4 ASCII bytes every datagram starts with. */
    static final byte[] MAGIC = "CCL1".getBytes(StandardCharsets.US_ASCII);
    /** The longest datagram a receiver reads; anything longer is dropped unread. */
    public static final int MAX_DATAGRAM_BYTES = 1_200;
    private static final String DOMAIN = "ccoin-lan";

    public LanAnnouncement {
        Objects.requireNonNull(genesisHash, "genesisHash");
        Objects.requireNonNull(nodeKey, "nodeKey");
        Objects.requireNonNull(signature, "signature");
        if (networkId < 0 || seq < 0) {
            throw new IllegalArgumentException("network id and seq must not be negative");
        }
        if (p2pPort < 1 || p2pPort > 65535) {
            throw new IllegalArgumentException("port " + p2pPort + " is outside 1..65535");
        }
    }

    /** An announcement signed by {@code key}. */
    public static LanAnnouncement signed(KeyPair key, long networkId, Hash32 genesisHash, int p2pPort, long seq) {
        Bytes spki = RsaKeys.encode(key.getPublic());
        Hash32 message = signingHash(networkId, genesisHash, RsaKeys.address(spki), p2pPort, seq);
        return new LanAnnouncement(networkId, genesisHash, spki, p2pPort, seq, Pss.sign(key.getPrivate(), message));
    }

    /** The hash the node key signs. */
    static Hash32 signingHash(long networkId, Hash32 genesisHash, Address nodeId, int p2pPort, long seq) {
        return Sha256.hash(Codec.encode(writer -> writer.array(6).str(DOMAIN).u64(networkId).hash(genesisHash)
                .address(nodeId).u64(p2pPort).u64(seq)));
    }

    /** The address of the node key: the node id the dial must find behind the announced port. */
    public Address nodeId() {
        return RsaKeys.address(nodeKey);
    }

    Hash32 signingHash() {
        return signingHash(networkId, genesisHash, nodeId(), p2pPort, seq);
    }

    /** The datagram: magic, then the canonical encoding. */
    public byte[] datagram() {
        CanonicalWriter body = new CanonicalWriter().array(6).u64(networkId).hash(genesisHash).bin(nodeKey)
                .u64(p2pPort).u64(seq).bin(signature);
        byte[] encoded = body.toByteArray();
        byte[] datagram = Arrays.copyOf(MAGIC, MAGIC.length + encoded.length);
        System.arraycopy(encoded, 0, datagram, MAGIC.length, encoded.length);
        return datagram;
    }

    /** Whether {@code length} bytes of {@code datagram} start with the magic. */
    static boolean hasMagic(byte[] datagram, int length) {
        return length >= MAGIC.length && Arrays.equals(datagram, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * Decodes the bytes after the magic: exactly one canonical announcement, nothing after it.
     *
     * @throws dev.ccoin.core.codec.DecodeException if they are not one
     * @throws IllegalArgumentException if the values break a structural rule
     */
    static LanAnnouncement decode(byte[] datagram, int length) {
        byte[] body = Arrays.copyOfRange(datagram, MAGIC.length, length);
        return CanonicalReader.decode(body, reader -> {
            reader.array(6, "announcement");
            long networkId = reader.u64("network id");
            Hash32 genesis = reader.hash("genesis hash");
            Bytes key = reader.bytes(RsaKeys.MAX_PUBLIC_KEY_BYTES, "node key");
            int port = reader.u32(65535, "p2p port");
            long seq = reader.u64("seq");
            Bytes signature = reader.bytes(RsaKeys.MAX_SIGNATURE_BYTES, "signature");
            return new LanAnnouncement(networkId, genesis, key, port, seq, signature);
        });
    }
}
