package dev.ccoin.core.codec;

/** A value with one canonical encoding. */
public interface Encodable {
    void write(CanonicalWriter writer);

    /** The canonical bytes of this value. */
    default byte[] encode() {
        return Codec.encode(this);
    }
}
