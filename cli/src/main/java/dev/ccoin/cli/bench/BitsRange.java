package dev.ccoin.cli.bench;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The difficulties {@code bench pow} measures, {@code low..high} inclusive, from {@code --bits 20} or
 * {@code --bits 16..28}. Bounded to {@value #MIN}..{@value #MAX} bits: 40 bits is already hours per solve.
 */
record BitsRange(int low, int high) {
    static final int MIN = 1;
    static final int MAX = 40;

    BitsRange {
        if (low < MIN || high > MAX || low > high) {
            throw new IllegalArgumentException(
                    "--bits must be N or LOW..HIGH with " + MIN + " <= LOW <= HIGH <= " + MAX + ", got "
                            + (low == high ? String.valueOf(low) : low + ".." + high));
        }
    }

    static BitsRange parse(String text) {
        String trimmed = text.trim();
        int dots = trimmed.indexOf("..");
        try {
            if (dots < 0) {
                int bits = Integer.parseInt(trimmed);
                return new BitsRange(bits, bits);
            }
            return new BitsRange(Integer.parseInt(trimmed.substring(0, dots)),
                    Integer.parseInt(trimmed.substring(dots + 2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--bits must be N or LOW..HIGH, got '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return low == high ? String.valueOf(low) : low + ".." + high;
    }

    /** Picocli's hook: a bad value becomes a usage error (exit code 2). */
    static final class Converter implements ITypeConverter<BitsRange> {
        @Override
        public BitsRange convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
