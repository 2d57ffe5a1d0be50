package dev.ccoin.node.api.openapi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One request of the conformance test: the documented operation it calls, its parameters and body, the status and
 * error code it must get, and whether the document accepts the request (a request the node must refuse for a
 * reason the document can express — a pattern, a range, a required field — must not conform). Test-only.
 */
final class ApiCall {
    private final String operation;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private String contentType;
    private Supplier<byte[]> body;
    private int status;
    private String code;
    private boolean conforming = true;

    private ApiCall(String operation) {
        this.operation = operation;
    }

    static ApiCall get(String path) {
        return new ApiCall("GET " + path);
    }

    static ApiCall post(String path) {
        return new ApiCall("POST " + path);
    }

    ApiCall path(String name, String value) {
        pathParams.put(name, value);
        return this;
    }

    ApiCall query(String name, String value) {
        query.put(name, value);
        return this;
    }

    ApiCall json(Supplier<String> json) {
        return body("application/json", () -> json.get().getBytes(StandardCharsets.UTF_8));
    }

    ApiCall body(String contentType, Supplier<byte[]> body) {
        this.contentType = contentType;
        this.body = body;
        return this;
    }

    /** The answer must be {@code status}; an error also names {@code code}. */
    ApiCall expect(int status) {
        this.status = status;
        return this;
    }

    ApiCall expect(int status, String code) {
        this.status = status;
        this.code = code;
        return this;
    }

    /** The document itself refuses this request. */
    ApiCall nonConforming() {
        this.conforming = false;
        return this;
    }

    String operation() {
        return operation;
    }

    Map<String, String> pathParams() {
        return pathParams;
    }

    Map<String, String> query() {
        return query;
    }

    String contentType() {
        return contentType;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    boolean conforming() {
        return conforming;
    }

    /** {@code "METHOD /path STATUS [CODE]"}, as {@link OpenApiContract#outcomes()} names them. */
    String outcome() {
        return operation + " " + status + (code == null ? "" : " " + code);
    }

    /** The body, made now (it may depend on what earlier calls did). */
    byte[] bodyBytes() {
        return body == null ? null : body.get();
    }

    /** The request against {@code root}, with {@code bytes} as its body. */
    HttpRequest request(String root, byte[] bytes) {
        String path = operation.split(" ", 2)[1];
        for (Map.Entry<String, String> param : pathParams.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", encode(param.getValue()));
        }
        String queryText = query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path
                + (queryText.isEmpty() ? "" : "?" + queryText)));
        if (bytes == null) {
            return request.GET().build();
        }
        return request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    @Override
    public String toString() {
        return outcome() + (pathParams.isEmpty() ? "" : " " + pathParams) + (query.isEmpty() ? "" : " ?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
