package dev.ccoin.node.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI 3.1 document, read from {@code docs/openapi.yaml} as the build puts it on the classpath, as
 * JSON bytes. Immutable.
 */
public final class OpenApiDocument {
    /** Where the build puts {@code docs/openapi.yaml}. */
    public static final String RESOURCE = "/openapi/openapi.yaml";

    private final byte[] json;

    private OpenApiDocument(byte[] json) {
        this.json = json;
    }

    /** Reads the document from the classpath; a missing or unreadable one is a broken build. */
    public static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return of(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The document {@code tree}, as JSON. */
    public static OpenApiDocument of(JsonNode tree) {
        try {
            return new OpenApiDocument(new ObjectMapper().writeValueAsBytes(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OpenAPI document as JSON", e);
        }
    }

    /** The document as JSON (a copy). */
    public byte[] json() {
        return json.clone();
    }
}
