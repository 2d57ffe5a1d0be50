package dev.ccoin.core.keys;

import dev.ccoin.core.types.Address;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The shared key vectors, read from core's test resources (also through its test jar, as the keystore's tests do),
 * and the addresses the spec says they have.
 */
public final class TestVectors {
    public static final Address ALICE = Address.parse("9175cc22cb91bbd2425897357f6fa42ab0da1d26");
    public static final Address MINER = Address.parse("5e0de7ab015db1f76a3c8676827d831f0c46aaf4");

    private TestVectors() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestVectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector /vectors/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
