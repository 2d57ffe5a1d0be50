package dev.ccoin.discovery.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.types.Bytes;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

/**
 * The fields of a JSON object body, read strictly: the body must be one object with no duplicate keys and no
 * field outside the endpoint's set; integers must be JSON integers (no strings, fractions or exponents beyond a
 * long). Each accessor names the field in its error. Immutable.
 */
final class JsonFields {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode object;

    private JsonFields(JsonNode object) {
        this.object = object;
    }

    static JsonFields parse(byte[] body, Set<String> allowed) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(RequestError.MALFORMED_JSON, "the body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequestException(RequestError.MALFORMED_JSON, "the body cannot be read as JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new BadRequestException(RequestError.MALFORMED_JSON, "the body must be a JSON object");
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BadRequestException(RequestError.UNKNOWN_FIELD, "unknown field \"" + abbreviate(name)
                        + "\"; expected " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return new JsonFields(tree);
    }

    boolean has(String name) {
        JsonNode node = object.get(name);
        return node != null && !node.isNull();
    }

    String text(String name) {
        JsonNode node = required(name);
        if (!node.isTextual()) {
            throw badField(name, "a string");
        }
        return node.textValue();
    }

    /** A JSON integer in 0..2^63-1. */
    long nonNegative(String name) {
        JsonNode node = required(name);
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
            throw badField(name, "an integer in 0..9223372036854775807");
        }
        return node.longValue();
    }

    /** A JSON integer in the int range; the caller checks its own range. */
    int integer(String name) {
        JsonNode node = required(name);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw badField(name, "an integer");
        }
        return node.intValue();
    }

    /** Standard base64 (RFC 4648, with padding). */
    Bytes base64(String name) {
        try {
            return Bytes.of(Base64.getDecoder().decode(text(name)));
        } catch (IllegalArgumentException e) {
            throw badField(name, "base64");
        }
    }

    private JsonNode required(String name) {
        if (!has(name)) {
            throw new BadRequestException(RequestError.MISSING_FIELD, "missing field \"" + name + "\"");
        }
        return object.get(name);
    }

    private static BadRequestException badField(String name, String expected) {
        return new BadRequestException(RequestError.BAD_FIELD, "field \"" + name + "\" must be " + expected);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
