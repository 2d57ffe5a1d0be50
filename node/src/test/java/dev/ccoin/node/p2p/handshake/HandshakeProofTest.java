package dev.ccoin.node.p2p.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.crypto.Sha256;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HandshakeProofTest {
    private final NodeKey key = NodeKey.of(TestKeys.get(0));
    private final Bytes challenge = Bytes.of(new byte[32]);
    private final Hash32 genesis = Sha256.hash("genesis".getBytes(StandardCharsets.US_ASCII));

    @Test
    void proofIsTheHashOfDomainChallengeAndGenesis() {
        byte[] joined = new byte[9 + 32 + 32];
        System.arraycopy("ccoin-hey".getBytes(StandardCharsets.US_ASCII), 0, joined, 0, 9);
        System.arraycopy(genesis.toArray(), 0, joined, 41, 32);

        assertThat(HandshakeProof.message(challenge, genesis)).isEqualTo(Sha256.hash(joined));
    }

    @Test
    void proofVerifiesOnlyForTheChallengeAndGenesisItSigned() {
        Bytes signature = HandshakeProof.sign(key, challenge, genesis);
        Bytes otherChallenge = Bytes.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

        assertThat(HandshakeProof.verify(key.keyPair().getPublic(), challenge, genesis, signature)).isTrue();
        assertThat(HandshakeProof.verify(key.keyPair().getPublic(), otherChallenge, genesis, signature)).isFalse();
        assertThat(HandshakeProof.verify(key.keyPair().getPublic(), challenge, Hash32.ZERO, signature)).isFalse();
        assertThat(HandshakeProof.verify(TestKeys.get(1).getPublic(), challenge, genesis, signature)).isFalse();
    }
}
