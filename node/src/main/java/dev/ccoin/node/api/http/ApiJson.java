package dev.ccoin.node.api.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The API's JSON conventions in one mapper: camelCase names, the views' record components as they are (as geth's
 * and Besu's APIs name them: {@code parentHash}, {@code totalWork}); numbers as numbers (amounts, heights,
 * millisecond timestamps, total work); hashes and addresses as the hex strings the views hold. A configured
 * {@link ObjectMapper} is thread-safe once built.
 */
public final class ApiJson {
    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
