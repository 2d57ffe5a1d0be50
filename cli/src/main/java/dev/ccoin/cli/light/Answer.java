package dev.ccoin.cli.light;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;

/**
 * A node's JSON answer read field by field, strictly: a field that is missing or of the wrong kind is
 * {@link LightRefusal#PROOF_MALFORMED}, naming the field and the node. Immutable.
 */
record Answer(JsonNode json, String source, String path) {
    /** A whole answer of {@code source}. */
    Answer(JsonNode json, String source) {
        this(json, source, "");
    }

    JsonNode node(String field) {
        JsonNode node = json.get(field);
        if (node == null) {
            throw malformed(field, "is missing");
        }
        return node;
    }

    Answer object(String field) {
        JsonNode node = node(field);
        if (!node.isObject()) {
            throw malformed(field, "is not an object");
        }
        return new Answer(node, source, path + field + ".");
    }

    long number(String field) {
        JsonNode node = node(field);
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() < 0) {
            throw malformed(field, "is not an unsigned whole number");
        }
        return node.asLong();
    }

    int index(String field) {
        long value = number(field);
        if (value > Integer.MAX_VALUE) {
            throw malformed(field, "is out of range");
        }
        return (int) value;
    }

    String text(String field) {
        JsonNode node = node(field);
        if (!node.isTextual()) {
            throw malformed(field, "is not a string");
        }
        return node.asText();
    }

    Hash32 hash(String field) {
        return hash(node(field), field);
    }

    Hash32 hash(JsonNode node, String field) {
        try {
            return Hash32.parse(node.isTextual() ? node.asText() : "");
        } catch (InvalidValueException e) {
            throw malformed(field, "is not a 32-byte hash");
        }
    }

    Address address(String field) {
        try {
            return Address.parse(text(field));
        } catch (InvalidValueException e) {
            throw malformed(field, "is not an address");
        }
    }

    /** A sub-object already read, named {@code field} in messages. */
    Answer inside(JsonNode node, String field) {
        return new Answer(node, source, path + field + ".");
    }

    RefusedException malformed(String field, String what) {
        return new RefusedException(LightRefusal.PROOF_MALFORMED, "the answer of " + source + ": " + path + field + " "
                + what);
    }
}
