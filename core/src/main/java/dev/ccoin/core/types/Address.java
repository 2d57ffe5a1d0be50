package dev.ccoin.core.types;

/**
 * A 20-byte account address: the first 20 bytes of SHA-256 of a public key's SubjectPublicKeyInfo DER.
 * Text is 40 lowercase hex digits; parsing accepts {@code 0x} and any case. Ordered by unsigned bytes, which is
 * the order of the authority schedule. Immutable.
 */
public final class Address extends FixedBytes implements Comparable<Address> {
    public static final int LENGTH = 20;
    /** The zero address: the genesis block's miner. */
    public static final Address ZERO = new Address(new byte[LENGTH]);

    private Address(byte[] value) {
        super(value, LENGTH, "address");
    }

    public static Address of(byte[] bytes) {
        return new Address(bytes);
    }

    /** Parses 40 hex digits, with or without {@code 0x}, any case. */
    public static Address parse(String hex) {
        return new Address(parseHex(hex, LENGTH, "address"));
    }

    @Override
    public int compareTo(Address other) {
        return compareBytes(other);
    }
}
