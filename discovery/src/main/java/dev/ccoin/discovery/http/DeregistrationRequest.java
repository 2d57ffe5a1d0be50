package dev.ccoin.discovery.http;

import dev.ccoin.core.discovery.Deregistration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.InvalidValueException;
import java.util.Set;

/**
 * {@code DELETE /peers/{node_id}} with the body {@code {timestamp, signature}}: the node id from the path (hex),
 * the PSS signature in base64 over {@code [node_id, "delete", timestamp]}. Not yet authenticated.
 */
record DeregistrationRequest(Deregistration deregistration, Bytes signature) {
    static final Set<String> FIELDS = Set.of("timestamp", "signature");

    static DeregistrationRequest read(String nodeIdText, byte[] body) {
        Address nodeId;
        try {
            nodeId = Address.parse(nodeIdText);
        } catch (InvalidValueException e) {
            throw new BadRequestException(RequestError.BAD_FIELD, "node id in the path: " + e.getMessage());
        }
        JsonFields fields = JsonFields.parse(body, FIELDS);
        if (!fields.has("signature") || fields.text("signature").isEmpty()) {
            throw new BadRequestException(RequestError.UNSIGNED, "the deregistration has no signature");
        }
        long timestamp = fields.nonNegative("timestamp");
        return new DeregistrationRequest(new Deregistration(nodeId, timestamp), fields.base64("signature"));
    }
}
