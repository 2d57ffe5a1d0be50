package dev.ccoin.core.crypto;

import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * RSASSA-PSS with SHA-256, MGF1(SHA-256), salt 32, trailer 1, over a 32-byte hash — the only signature ccoin uses.
 * Runs on {@link PssProvider#chosen()}, one engine per thread.
 */
public final class Pss {
    private static final PSSParameterSpec PARAMETERS =
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
    private static final ThreadLocal<Signature> ENGINES = ThreadLocal.withInitial(Pss::newEngine);

    private Pss() {
    }

    public static Bytes sign(PrivateKey key, Hash32 message) {
        Signature engine = ENGINES.get();
        try {
            engine.initSign(key);
            engine.update(message.toArray());
            return Bytes.of(engine.sign());
        } catch (GeneralSecurityException e) {
            throw new KeyFormatException(KeyError.MALFORMED, "cannot sign with this key: " + e.getMessage());
        }
    }

    /** True iff {@code signature} is a valid PSS signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, Hash32 message, Bytes signature) {
        Signature engine = ENGINES.get();
        try {
            engine.initVerify(key);
            engine.update(message.toArray());
            return engine.verify(signature.toArray());
        } catch (GeneralSecurityException | RuntimeException e) {
            // A signature of the wrong length or shape is simply not a valid signature.
            return false;
        }
    }

    private static Signature newEngine() {
        try {
            Signature engine = Signature.getInstance("RSASSA-PSS", PssProvider.chosen().provider());
            engine.setParameter(PARAMETERS);
            return engine;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PssProvider.chosen().displayName() + " does not provide RSASSA-PSS", e);
        }
    }
}
