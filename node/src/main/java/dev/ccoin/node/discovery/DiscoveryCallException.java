package dev.ccoin.node.discovery;

import java.util.Optional;

/** A call to the discovery service that did not succeed, with the reason and, when refused, the service's code. */
final class DiscoveryCallException extends RuntimeException {
    /** Why a call failed. */
    enum Failure {
        /** No connection, a timeout, or a server fault (5xx). */
        UNREACHABLE,
        /** An answer that is not what the protocol promises. */
        BAD_ANSWER,
        /** A JSON refusal ({@code {"error": CODE, ...}}) of a request the service understood. */
        REFUSED
    }

    private final Failure failure;
    private final String serviceCode;

    DiscoveryCallException(Failure failure, String serviceCode, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.serviceCode = serviceCode;
    }

    DiscoveryCallException(Failure failure, String message) {
        this(failure, null, message, null);
    }

    Failure failure() {
        return failure;
    }

    /** The service's {@code error} code of a refusal. */
    Optional<String> serviceCode() {
        return Optional.ofNullable(serviceCode);
    }
}
