package dev.ccoin.node.api.http;

import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Path and query parameters, parsed and range-checked. A bad value is 400 with a code naming its kind
 * ({@code BAD_HASH}, {@code BAD_ADDRESS}, {@code BAD_PARAMETER}) and a message naming the parameter. Stateless.
 */
public final class Params {
    private Params() {
    }

    /** A 32-byte hash in hex (64 digits, optional {@code 0x}). */
    public static Hash32 hash(String text, String what) {
        try {
            return Hash32.parse(text);
        } catch (InvalidValueException e) {
            throw ApiException.badRequest("BAD_HASH", what + " must be 64 hex digits, not \"" + abbreviate(text) + "\"");
        }
    }

    /** A 20-byte address in hex (40 digits, optional {@code 0x}). */
    public static Address address(String text) {
        try {
            return Address.parse(text);
        } catch (InvalidValueException e) {
            throw ApiException.badRequest("BAD_ADDRESS", "an address is 40 hex digits, not \"" + abbreviate(text) + "\"");
        }
    }

    /** An optional whole-number query parameter within {@code min..max}. */
    public static int intQuery(Context ctx, String name, int defaultValue, int min, int max) {
        return (int) longQuery(ctx, name, defaultValue, min, max);
    }

    /** An optional whole-number query parameter within {@code min..max}. */
    public static long longQuery(Context ctx, String name, long defaultValue, long min, long max) {
        return longQuery(ctx, name, min, max).orElse(defaultValue);
    }

    /** A whole-number query parameter within {@code min..max}, if given. */
    public static Optional<Long> longQuery(Context ctx, String name, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return Optional.empty();
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw outOfRange(name, text, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(name, text, min, max);
        }
        return Optional.of(value);
    }

    /** A boolean query parameter: {@code true}/{@code 1}, {@code false}/{@code 0}, or absent (false). */
    public static boolean flag(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return false;
        }
        return switch (text.trim().toLowerCase()) {
            case "true", "1", "" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.badRequest("BAD_PARAMETER",
                    name + " must be true or false, not \"" + abbreviate(text) + "\"");
        };
    }

    /** A query parameter that must be one of {@code choices} (case-insensitive); the first when absent. */
    public static String choice(Context ctx, String name, String... choices) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return choices[0];
        }
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(text.trim())) {
                return choice;
            }
        }
        throw ApiException.badRequest("BAD_PARAMETER",
                name + " must be one of " + String.join(", ", choices) + ", not \"" + abbreviate(text) + "\"");
    }

    private static ApiException outOfRange(String name, String text, long min, long max) {
        String range = max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? "at least " + min : min + ".." + max;
        return ApiException.badRequest("BAD_PARAMETER",
                name + " must be a whole number, " + range + ", not \"" + abbreviate(text) + "\"");
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
