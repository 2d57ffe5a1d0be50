package dev.ccoin.core.chain;

import dev.ccoin.core.types.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * What an empty block carries in its {@code data}: {@code ["rnd", n]}, n random characters of [A-Za-z0-9], or
 * {@code ["predef", s]}, the text s. Encoded in the parameters as two strings ({@code ["rnd", "15"]}).
 */
public record PlaceholderData(Kind kind, String value) {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** The two kinds the original toychain knew. */
    public enum Kind {
        RND("rnd"), PREDEF("predef");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PlaceholderData {
        if (kind == Kind.RND) {
            int length = parseLength(value);
            if (length < 0 || length > BlockLimits.MAX_DATA_BYTES) {
                throw new IllegalArgumentException("rnd length must be 0.." + BlockLimits.MAX_DATA_BYTES + ", got " + value);
            }
        } else if (value.getBytes(StandardCharsets.UTF_8).length > BlockLimits.MAX_DATA_BYTES) {
            throw new IllegalArgumentException("predef data is longer than " + BlockLimits.MAX_DATA_BYTES + " bytes");
        }
    }

    public static PlaceholderData random(int length) {
        return new PlaceholderData(Kind.RND, Integer.toString(length));
    }

    /** The bytes of one empty block's data. */
    public Bytes generate(RandomGenerator random) {
        if (kind == Kind.PREDEF) {
            return Bytes.utf8(value);
        }
        int length = Integer.parseInt(value);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return Bytes.utf8(text.toString());
    }

    private static int parseLength(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
