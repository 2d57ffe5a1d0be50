package dev.ccoin.node.api.http;

/** The JSON body of every error response: {@code {"error": CODE, "message": "..."}}. */
public record ErrorBody(String error, String message) {
}
