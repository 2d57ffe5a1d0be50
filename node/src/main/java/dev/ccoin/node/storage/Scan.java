package dev.ccoin.node.storage;

import java.util.Arrays;

/**
 * Which keys a {@link Database#scan} visits: those starting with a prefix, ascending by unsigned bytes, optionally
 * from a start key onwards (at or after it ascending, at or before it descending) — how a page of results resumes.
 * Immutable; copies the arrays it is given.
 */
public final class Scan {
    private final byte[] prefix;
    private final byte[] start;
    private final boolean descending;

    private Scan(byte[] prefix, byte[] start, boolean descending) {
        this.prefix = prefix;
        this.start = start;
        this.descending = descending;
    }

    /** Every key beginning with {@code prefix} (an empty prefix: the whole database), ascending. */
    public static Scan prefix(byte[] prefix) {
        return new Scan(prefix.clone(), null, false);
    }

    /** The same scan beginning at {@code key}, which must itself carry the prefix. */
    public Scan from(byte[] key) {
        if (!startsWith(key, prefix)) {
            throw new IllegalArgumentException("a scan's start key must begin with its prefix");
        }
        return new Scan(prefix, key.clone(), descending);
    }

    /** The same scan in descending key order. */
    public Scan descending() {
        return new Scan(prefix, start, true);
    }

    byte[] prefix() {
        return prefix;
    }

    /** The start key, or null to begin at the first (or last) key with the prefix. */
    byte[] start() {
        return start;
    }

    boolean isDescending() {
        return descending;
    }

    boolean covers(byte[] key) {
        return startsWith(key, prefix);
    }

    /** The smallest key greater than every key with the prefix, or null if there is none (prefix all 0xff). */
    byte[] upperBound() {
        byte[] bound = prefix.clone();
        for (int i = bound.length - 1; i >= 0; i--) {
            if (bound[i] != (byte) 0xff) {
                bound[i]++;
                return Arrays.copyOf(bound, i + 1);
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }
}
