package dev.ccoin.discovery.http;

import dev.ccoin.core.discovery.PeerHost;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.InvalidValueException;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of {@code POST /peers}: {@code {node_id, host, port, network_id, genesis_hash, timestamp, public_key,
 * signature}}, with the node id and genesis hash in hex and the key (SubjectPublicKeyInfo DER) and PSS signature
 * in base64. Read into a core {@link Registration}; not yet authenticated.
 */
record RegistrationRequest(Registration registration, Bytes publicKey, Bytes signature) {
    static final Set<String> FIELDS = Set.of("node_id", "host", "port", "network_id", "genesis_hash", "timestamp",
            "public_key", "signature");

    static RegistrationRequest read(byte[] body) {
        JsonFields fields = JsonFields.parse(body, FIELDS);
        if (!fields.has("signature") || fields.text("signature").isEmpty()) {
            throw new BadRequestException(RequestError.UNSIGNED, "the registration has no signature");
        }
        Address nodeId = hex(fields, "node_id", Address::parse);
        String host = fields.text("host");
        PeerHost.problem(host).ifPresent(problem -> {
            throw new BadRequestException(RequestError.BAD_HOST, problem);
        });
        int port = port(fields);
        long networkId = fields.nonNegative("network_id");
        Hash32 genesisHash = hex(fields, "genesis_hash", Hash32::parse);
        long timestamp = fields.nonNegative("timestamp");
        Bytes publicKey = fields.base64("public_key");
        Bytes signature = fields.base64("signature");
        return new RegistrationRequest(new Registration(nodeId, host, port, networkId, genesisHash, timestamp),
                publicKey, signature);
    }

    private static int port(JsonFields fields) {
        if (!fields.has("port")) {
            throw new BadRequestException(RequestError.MISSING_FIELD, "missing field \"port\"");
        }
        try {
            int port = fields.integer("port");
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (BadRequestException e) {
            // Any non-port value is the same mistake.
        }
        throw new BadRequestException(RequestError.BAD_PORT, "field \"port\" must be an integer in 1..65535");
    }

    static <T> T hex(JsonFields fields, String name, Function<String, T> parse) {
        String text = fields.text(name);
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            throw new BadRequestException(RequestError.BAD_FIELD, "field \"" + name + "\": " + e.getMessage());
        }
    }
}
