package dev.ccoin.client.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import java.io.IOException;
import java.util.function.Function;

/**
 * The client's JSON mapping of the API's answers: hex strings to {@link Hash32}, {@link Address} and {@link Bytes};
 * strict as the schema is — a field the model does not declare or a null primitive fails, so a
 * divergence between the API and this library shows at once. The mapper is thread-safe once built.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = build();

    private ApiJson() {
    }

    /** The shared mapper; do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule hex = new SimpleModule("ccoin-hex");
        hex.addDeserializer(Hash32.class, hex(Hash32::parse));
        hex.addDeserializer(Address.class, hex(Address::parse));
        hex.addDeserializer(Bytes.class, hex(Bytes::parseHex));
        return new ObjectMapper()
                .registerModule(hex)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private static <T> JsonDeserializer<T> hex(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                if (text == null) {
                    return context.reportInputMismatch(this, "expected a hex string");
                }
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(this, "not hex of the right length: %s", e.getMessage());
                }
            }
        };
    }
}
