package dev.ccoin.node.api.openapi;

import dev.ccoin.node.api.http.ApiRoutes;
import io.javalin.Javalin;

/** {@code GET /api/v1/openapi.json}: the {@link OpenApiDocument} of this API. Thread-safe. */
public final class OpenApiApi implements ApiRoutes {
    /** The document's route. */
    public static final String PATH = BASE + "/openapi.json";

    private final byte[] json;

    public OpenApiApi(OpenApiDocument document) {
        this.json = document.json();
    }

    @Override
    public void register(Javalin app) {
        app.get(PATH, ctx -> ctx.contentType("application/json").result(json));
    }
}
