package dev.ccoin.client.api;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a call to the node API failed: one of the error codes the API documents ({@code docs/openapi.yaml}, the
 * {@code error} of {@code {"error", "message"}}, including the transaction and pool reasons a refused submission
 * carries), or one of the client's own transport codes ({@link #isTransport()}) when no API answer came. A code this
 * build does not know is {@link #UNKNOWN}; {@link ApiException#code()} keeps its text.
 */
public enum ApiError {
    // Request parameters and bodies.
    BAD_PARAMETER, BAD_BLOCK_ID, BAD_HASH, BAD_ADDRESS, MALFORMED_JSON, MALFORMED_MSGPACK, MISSING_FIELD, BAD_FIELD,
    BAD_HEX, WRONG_LENGTH, OUT_OF_RANGE, MALFORMED_TRANSACTION, UNDECODABLE, EMPTY_BATCH, BATCH_TOO_LARGE,
    BODY_TOO_LARGE, BAD_REQUEST,
    // Lookups, and requests the server refuses before routing.
    BLOCK_NOT_FOUND, TRANSACTION_NOT_FOUND, STATE_PRUNED, NOT_FOUND, METHOD_NOT_ALLOWED, REQUEST_TIMEOUT, URI_TOO_LONG,
    UNSUPPORTED_MEDIA_TYPE, TOO_MANY_REQUESTS, HEADERS_TOO_LARGE,
    // A refused transaction: the pool's reasons, then the transaction rules' (protocol §3).
    ALREADY_KNOWN, NONCE_TAKEN, NONCE_TOO_FAR_IN_FUTURE, POOL_FULL, NONCE_TOO_LOW, NONCE_TOO_HIGH, NONCE_OVERFLOW,
    INSUFFICIENT_BALANCE, WRONG_NETWORK, DATA_TOO_LARGE, ZERO_AMOUNT, BAD_KEY, BAD_SIGNATURE, STAMP_TOO_WEAK,
    // The node itself.
    TOO_MANY_SUBSCRIBERS, UNAVAILABLE, STORAGE_UNAVAILABLE, INTERNAL,
    /** An API error code this build does not know. */
    UNKNOWN,
    // Transport: no API answer.
    /** The node could not be reached (refused, reset, DNS). */
    UNREACHABLE(true),
    /** The node did not answer in time. */
    TIMEOUT(true),
    /** The calling thread was interrupted while waiting for the answer. */
    INTERRUPTED(true),
    /** Something answered, but not with the API's JSON (wrong URL, a proxy's page). */
    NOT_THE_API(true),
    /** The API's answer does not fit the documented schema (a field missing, mistyped or undeclared). */
    UNEXPECTED_ANSWER(true);

    private static final Map<String, ApiError> BY_CODE = Arrays.stream(values())
            .filter(error -> !error.transport && error != UNKNOWN)
            .collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final boolean transport;

    ApiError() {
        this(false);
    }

    ApiError(boolean transport) {
        this.transport = transport;
    }

    /** The error an API code names; {@link #UNKNOWN} for a code this build does not know. */
    public static ApiError ofCode(String code) {
        return BY_CODE.getOrDefault(code, UNKNOWN);
    }

    /** True for the client's own codes: no answer of the API came. */
    public boolean isTransport() {
        return transport;
    }
}
