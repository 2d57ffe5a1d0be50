package dev.ccoin.core.types;

import java.util.HexFormat;

/** Lowercase hexadecimal text for bytes; parsing accepts an optional {@code 0x} prefix and either case. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** Parses hex text; throws {@link InvalidValueException} with {@link ValueError#BAD_HEX} when it is not hex. */
    public static byte[] decode(String text) {
        if (text == null) {
            throw new InvalidValueException(ValueError.BAD_HEX, "missing hex value");
        }
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        if (digits.length() % 2 != 0) {
            throw new InvalidValueException(ValueError.BAD_HEX, "odd number of hex digits: " + abbreviate(text));
        }
        try {
            return FORMAT.parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ValueError.BAD_HEX, "not hex: " + abbreviate(text));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? '"' + text + '"' : '"' + text.substring(0, 77) + "...\"";
    }
}
