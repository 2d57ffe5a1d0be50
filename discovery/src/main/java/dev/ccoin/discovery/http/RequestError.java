package dev.ccoin.discovery.http;

/** Why a request cannot even be read as a discovery request. The name is the {@code error} code clients see. */
public enum RequestError {
    /** The body is not a JSON object (or has a duplicate key, or trailing text). */
    MALFORMED_JSON,
    /** The body has a field the endpoint does not define. */
    UNKNOWN_FIELD,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** A field has the wrong type or format (hex, base64, a non-negative integer). */
    BAD_FIELD,
    /** {@code host} is not a DNS name or IP address peers can connect to. */
    BAD_HOST,
    /** {@code port} is outside 1..65535. */
    BAD_PORT,
    /** No signature. */
    UNSIGNED,
    /** {@code GET /peers} without both {@code network_id} and {@code genesis_hash}. */
    MISSING_FILTER,
    /** A filter that does not parse. */
    BAD_FILTER,
    /** {@code limit} is not an integer in 1..{@value PeerQuery#MAX_LIMIT}. */
    BAD_PAGING,
    /** The body is over {@value BoundedBody#MAX_BYTES} bytes. */
    BODY_TOO_LARGE,
    /** The request line is longer than the server accepts. */
    URI_TOO_LONG,
    /** The headers are larger than the server accepts. */
    HEADERS_TOO_LARGE,
    /** No such path. */
    NOT_FOUND,
    /** The path exists, the method does not. */
    METHOD_NOT_ALLOWED,
    /** Any other malformed HTTP request. */
    BAD_REQUEST,
    /** A fault in the service itself, never the client's input. */
    INTERNAL
}
