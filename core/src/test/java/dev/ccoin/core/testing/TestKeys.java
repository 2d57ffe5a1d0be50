package dev.ccoin.core.testing;

import dev.ccoin.core.crypto.RsaKeys;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * RSA key pairs for tests, generated once per JVM (2048-bit generation takes a noticeable fraction of a second).
 * {@code TestKeys.get(i)} always returns the same pair within a run.
 */
public final class TestKeys {
    private static final List<KeyPair> KEYS = new ArrayList<>();

    private TestKeys() {
    }

    public static synchronized KeyPair get(int index) {
        while (KEYS.size() <= index) {
            KEYS.add(RsaKeys.generate(RsaKeys.DEFAULT_BITS, new SecureRandom()));
        }
        return KEYS.get(index);
    }
}
