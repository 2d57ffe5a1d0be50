package dev.ccoin.node.p2p.handshake;

import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;

/**
 * What {@code ACK} signs: {@code H("ccoin-hey" || peerChallenge || genesisHash)}. Signing the peer's fresh challenge
 * stops a replayed {@code ACK}; the genesis hash stops one chain's proof being used on another. Stateless.
 */
public final class HandshakeProof {
    private static final byte[] DOMAIN = "ccoin-hey".getBytes(StandardCharsets.US_ASCII);

    private HandshakeProof() {
    }

    public static Hash32 message(Bytes peerChallenge, Hash32 genesisHash) {
        MessageDigest digest = Sha256.digest();
        digest.update(DOMAIN);
        peerChallenge.updateDigest(digest);
        genesisHash.updateDigest(digest);
        return Hash32.of(digest.digest());
    }

    public static Bytes sign(NodeKey key, Bytes peerChallenge, Hash32 genesisHash) {
        return key.sign(message(peerChallenge, genesisHash));
    }

    public static boolean verify(PublicKey peerKey, Bytes ourChallenge, Hash32 genesisHash, Bytes signature) {
        return Pss.verify(peerKey, message(ourChallenge, genesisHash), signature);
    }
}
