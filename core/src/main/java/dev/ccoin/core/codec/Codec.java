package dev.ccoin.core.codec;

/**
 * Entry point for encoding: each thread reuses one {@link CanonicalWriter}, because msgpack's buffer packer
 * allocates a large buffer when it is created and encoding sits on hot paths (hashing, gossip, storage).
 */
public final class Codec {
    private static final ThreadLocal<CanonicalWriter> WRITERS = ThreadLocal.withInitial(CanonicalWriter::new);

    private Codec() {
    }

    public static byte[] encode(Encodable value) {
        CanonicalWriter writer = WRITERS.get();
        if (writer.inUse()) {
            // Re-entrant encoding (a value encoding another value to hash it): use a fresh writer.
            CanonicalWriter nested = new CanonicalWriter();
            value.write(nested);
            return nested.toByteArray();
        }
        writer.begin();
        try {
            value.write(writer);
            return writer.toByteArray();
        } finally {
            writer.end();
        }
    }
}
