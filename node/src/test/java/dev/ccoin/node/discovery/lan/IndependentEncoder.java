package dev.ccoin.node.discovery.lan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * Protocol §9.2's datagram written from the spec alone — msgpack-core's packer and the JCA's PSS, none of the node's
 * codec or key code — as a sender in another language would write it, so the node's receiver is tested against the
 * layout and not against itself. Test-only; stateless.
 */
final class IndependentEncoder {
    private IndependentEncoder() {
    }

    /** The whole datagram, signed by {@code key} over exactly the fields given. */
    static byte[] datagram(KeyPair key, long networkId, byte[] genesisHash, int p2pPort, long seq) {
        byte[] spki = key.getPublic().getEncoded();
        byte[] nodeId = Arrays.copyOf(sha256(spki), 20);
        byte[] signed = pack(p -> {
            p.packArrayHeader(6);
            p.packString("ccoin-lan");
            p.packLong(networkId);
            bin(p, genesisHash);
            bin(p, nodeId);
            p.packLong(p2pPort);
            p.packLong(seq);
        });
        return datagram(networkId, genesisHash, spki, p2pPort, seq, sign(key, sha256(signed)));
    }

    /** A datagram with the given signature bytes, valid or not. */
    static byte[] datagram(long networkId, byte[] genesisHash, byte[] spki, int p2pPort, long seq, byte[] signature) {
        byte[] body = pack(p -> {
            p.packArrayHeader(6);
            p.packLong(networkId);
            bin(p, genesisHash);
            bin(p, spki);
            p.packLong(p2pPort);
            p.packLong(seq);
            bin(p, signature);
        });
        byte[] magic = "CCL1".getBytes(StandardCharsets.US_ASCII);
        byte[] datagram = Arrays.copyOf(magic, magic.length + body.length);
        System.arraycopy(body, 0, datagram, magic.length, body.length);
        return datagram;
    }

    private interface Body {
        void write(MessageBufferPacker packer) throws IOException;
    }

    private static byte[] pack(Body body) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            body.write(packer);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bin(MessageBufferPacker packer, byte[] bytes) throws IOException {
        packer.packBinaryHeader(bytes.length);
        packer.writePayload(bytes);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(KeyPair key, byte[] hash) {
        try {
            Signature pss = Signature.getInstance("RSASSA-PSS");
            pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            pss.initSign(key.getPrivate());
            pss.update(hash);
            return pss.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
