package dev.ccoin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PssProviderTest {
    private static final PSSParameterSpec SPEC = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
    private static final Hash32 MESSAGE = Sha256.hash(new byte[] {99, 99, 111, 105, 110});

    @Test
    void awsLcIsChosenWhereItsBundledLibraryRuns() {
        boolean bundledPlatform = System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").equals("amd64");
        assumeTrue(bundledPlatform, "the jar carries AWS-LC for Linux x86-64 only");
        assertThat(PssProvider.AWS_LC.unavailableReason()).isEmpty();
        assertThat(PssProvider.chosen()).isEqualTo(PssProvider.AWS_LC);
        assertThat(PssProvider.AWS_LC.displayName()).startsWith("aws-lc (AWS-LC v");
    }

    @Test
    void theJdkIsAlwaysAvailable() {
        assertThat(PssProvider.JDK.isAvailable()).isTrue();
        assertThat(PssProvider.JDK.provider().getName()).isEqualTo("SunRsaSign");
    }

    @Test
    void eachProviderVerifiesWhatTheOtherSigned() throws GeneralSecurityException {
        assumeTrue(PssProvider.AWS_LC.isAvailable());
        KeyPair keys = TestKeys.get(0);
        for (PssProvider signer : PssProvider.values()) {
            byte[] signature = sign(signer, keys.getPrivate(), MESSAGE);
            for (PssProvider verifier : PssProvider.values()) {
                assertThat(verify(verifier, keys.getPublic(), MESSAGE, signature))
                        .as("%s signed, %s verifies", signer, verifier).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PssProvider.class)
    void bothRefuseTheSameForgeries(PssProvider verifier) throws GeneralSecurityException {
        assumeTrue(verifier.isAvailable());
        KeyPair keys = TestKeys.get(0);
        byte[] good = sign(PssProvider.JDK, keys.getPrivate(), MESSAGE);
        byte[] flipped = good.clone();
        flipped[100] ^= 1;
        Hash32 other = Sha256.hash(new byte[] {1});

        assertThat(verify(verifier, keys.getPublic(), MESSAGE, good)).isTrue();
        assertThat(verify(verifier, keys.getPublic(), MESSAGE, flipped)).isFalse();
        assertThat(verify(verifier, keys.getPublic(), other, good)).isFalse();
        assertThat(verify(verifier, TestKeys.get(1).getPublic(), MESSAGE, good)).isFalse();
        assertThat(verify(verifier, keys.getPublic(), MESSAGE, Arrays.copyOf(good, good.length - 1))).isFalse();
        assertThat(verify(verifier, keys.getPublic(), MESSAGE, Arrays.copyOf(good, good.length + 1))).isFalse();
        assertThat(verify(verifier, keys.getPublic(), MESSAGE, new byte[0])).isFalse();
    }

    @Test
    void pssSignsAndVerifiesOnTheChosenProvider() {
        KeyPair keys = TestKeys.get(2);
        Bytes signature = Pss.sign(keys.getPrivate(), MESSAGE);
        assertThat(Pss.verify(keys.getPublic(), MESSAGE, signature)).isTrue();
        assertThat(Pss.verify(keys.getPublic(), MESSAGE, Bytes.of(new byte[256]))).isFalse();
    }

    private static byte[] sign(PssProvider provider, PrivateKey key, Hash32 message) throws GeneralSecurityException {
        Signature engine = Signature.getInstance("RSASSA-PSS", provider.provider());
        engine.setParameter(SPEC);
        engine.initSign(key);
        engine.update(message.toArray());
        return engine.sign();
    }

    /** As {@link Pss#verify} does: any exception means not valid. */
    private static boolean verify(PssProvider provider, PublicKey key, Hash32 message, byte[] signature) {
        try {
            Signature engine = Signature.getInstance("RSASSA-PSS", provider.provider());
            engine.setParameter(SPEC);
            engine.initVerify(key);
            engine.update(message.toArray());
            return engine.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
