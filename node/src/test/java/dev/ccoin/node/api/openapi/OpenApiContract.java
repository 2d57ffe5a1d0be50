package dev.ccoin.node.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenAPI 3.1 document as a contract for live requests and answers: its operations ({@code "GET /path"}), the
 * statuses and error codes each documents (an error response's {@code examples} are named by its codes), and
 * validation of parameters, bodies and answers against its schemas with networknt's JSON Schema 2020-12 validator
 * (the dialect OpenAPI 3.1 uses). Test-only.
 */
final class OpenApiContract {
    private static final String BASE_URI = "https://ccoin.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiContract(byte[] json) {
        try {
            this.document = JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
        String text = document.toString();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE_URI, text))));
    }

    JsonNode document() {
        return document;
    }

    /** {@code "METHOD /path"} of every operation. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.stream()
                .filter(path.getValue()::has)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /**
     * {@code "METHOD /path STATUS"} for each success answer an operation documents and
     * {@code "METHOD /path STATUS CODE"} for each error code.
     */
    Set<String> outcomes() {
        Set<String> outcomes = new TreeSet<>();
        for (String operation : operations()) {
            operation(operation).path("responses").fields().forEachRemaining(entry -> {
                int status = Integer.parseInt(entry.getKey());
                if (status < 400) {
                    outcomes.add(operation + " " + status);
                } else {
                    errorCodes(resolve(entry.getValue())).forEach(code -> outcomes.add(operation + " " + status + " " + code));
                }
            });
        }
        return outcomes;
    }

    /** What the document says is wrong with a request; empty when it conforms. */
    List<String> checkRequest(String operation, Map<String, String> pathParams, Map<String, String> query,
            String contentType, byte[] body) {
        List<String> problems = new ArrayList<>();
        JsonNode op = operation(operation);
        Set<String> declared = new TreeSet<>();
        JsonNode parameters = op.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            String pointer = pointer(operation) + "/parameters/" + i;
            JsonNode parameter = parameters.get(i);
            if (parameter.has("$ref")) {
                pointer = parameter.get("$ref").asText().substring(1);
                parameter = resolve(parameter);
            }
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            declared.add(in + ":" + name);
            String value = ("path".equals(in) ? pathParams : query).get(name);
            if (value == null) {
                if (parameter.path("required").asBoolean()) {
                    problems.add("missing " + in + " parameter " + name);
                }
                continue;
            }
            JsonNode schema = parameter.get("schema");
            JsonNode typed = "integer".equals(schema.path("type").asText()) && value.matches("-?[0-9]{1,18}")
                    ? LongNode.valueOf(Long.parseLong(value)) : TextNode.valueOf(value);
            validate(pointer + "/schema", typed).forEach(message -> problems.add(name + ": " + message));
        }
        pathParams.keySet().stream().filter(name -> !declared.contains("path:" + name))
                .forEach(name -> problems.add("undocumented path parameter " + name));
        query.keySet().stream().filter(name -> !declared.contains("query:" + name))
                .forEach(name -> problems.add("undocumented query parameter " + name));
        JsonNode requestBody = op.path("requestBody");
        if (body == null) {
            if (requestBody.path("required").asBoolean()) {
                problems.add("missing request body");
            }
            return problems;
        }
        if (requestBody.isMissingNode()) {
            problems.add("a body the operation does not take");
            return problems;
        }
        String mediaType = mediaType(contentType);
        if (!requestBody.path("content").has(mediaType)) {
            problems.add("request content type " + mediaType + " is not documented");
            return problems;
        }
        if (mediaType.equals("application/json")) {
            problems.addAll(validateJson(pointer(operation) + "/requestBody/content/application~1json/schema", body));
        }
        return problems;
    }

    /** What the document says is wrong with an answer; empty when it conforms. */
    List<String> checkResponse(String operation, int status, String contentType, byte[] body) {
        JsonNode responses = operation(operation).path("responses");
        String key = Integer.toString(status);
        if (!responses.has(key)) {
            return List.of(operation + " does not document status " + status);
        }
        String pointer = pointer(operation) + "/responses/" + key;
        JsonNode response = responses.get(key);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = resolve(response);
        }
        String mediaType = mediaType(contentType);
        if (!response.path("content").has(mediaType)) {
            return List.of("content type " + contentType + " is not documented for " + operation + " " + status);
        }
        List<String> problems = new ArrayList<>();
        if (mediaType.equals("application/json")) {
            problems.addAll(validateJson(pointer + "/content/" + escape(mediaType) + "/schema", body));
            if (status >= 400 && problems.isEmpty()) {
                String code = parse(body).path("error").asText();
                if (!errorCodes(response).contains(code)) {
                    problems.add("error code " + code + " is not documented for " + operation + " " + status);
                }
            }
        } else if (body.length == 0 && !mediaType.equals("text/event-stream")) {
            problems.add("an empty " + mediaType + " answer");
        }
        return problems;
    }

    private List<String> validateJson(String pointer, byte[] body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        return validate(pointer, instance);
    }

    private List<String> validate(String pointer, JsonNode instance) {
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                at -> factory.getSchema(SchemaLocation.of(BASE_URI + "#" + at)));
        return schema.validate(instance).stream().map(ValidationMessage::getMessage).toList();
    }

    private static List<String> errorCodes(JsonNode response) {
        List<String> codes = new ArrayList<>();
        response.path("content").path("application/json").path("examples").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private JsonNode operation(String operation) {
        String[] parts = operation.split(" ", 2);
        JsonNode op = document.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
        if (op.isMissingNode()) {
            throw new AssertionError(operation + " is not in the document");
        }
        return op;
    }

    private static String pointer(String operation) {
        String[] parts = operation.split(" ", 2);
        return "/paths/" + escape(parts[1]) + "/" + parts[0].toLowerCase(Locale.ROOT);
    }

    /** A local {@code $ref} followed, or the node itself. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
