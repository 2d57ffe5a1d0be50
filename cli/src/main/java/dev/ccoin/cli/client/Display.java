package dev.ccoin.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.types.Hex;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * How client commands show the API's values to people — millisecond timestamps as UTC instants, {@code data} as
 * text when it is printable UTF-8 (hex otherwise), hash rates with a unit — and how {@code --json} prints the API's
 * answer (indented). Stateless.
 */
final class Display {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Display() {
    }

    static void json(PrintWriter out, JsonNode node) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always prints", e);
        }
    }

    /** An empty JSON object, to build an answer the API gave in parts. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** {@code 2026-01-02T03:04:05.678Z (1767323045678 ms)}. */
    static String time(long millis) {
        return Instant.ofEpochMilli(millis) + " (" + millis + " ms)";
    }

    /** Quoted text when the hex is printable UTF-8, else {@code 0x…}; {@code (none)} when empty. */
    static String data(String hex) {
        if (hex == null || hex.isEmpty()) {
            return "(none)";
        }
        byte[] bytes = Hex.decode(hex);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                return "\"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"";
            }
        } catch (CharacterCodingException e) {
            // not text: show the bytes
        }
        return "0x" + hex;
    }

    static String hashRate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f MH/s", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.2f kH/s", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f H/s", perSecond);
    }
}
