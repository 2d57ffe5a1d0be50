package dev.ccoin.node.config;

import dev.ccoin.core.types.Address;
import java.util.Optional;

/**
 * A peer to dial at start: its endpoint and, when given as {@code nodeId@host:port}, the node id it must prove, so
 * a dial that reaches another node is closed ({@code NODE_ID_MISMATCH}). Immutable.
 */
public record Bootnode(HostPort endpoint, Optional<Address> nodeId) {

    /** A boot node known by its endpoint alone. */
    public static Bootnode of(HostPort endpoint) {
        return new Bootnode(endpoint, Optional.empty());
    }

    /** Parses {@code host:port} or {@code nodeId@host:port}, the node id as 40 hex digits. */
    public static Bootnode parse(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return of(HostPort.parse(text));
        }
        Address nodeId;
        try {
            nodeId = Address.parse(text.substring(0, at).trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("expected nodeId@host:port with a 40-hex-digit node id, got \"" + text + "\"");
        }
        return new Bootnode(HostPort.parse(text.substring(at + 1)), Optional.of(nodeId));
    }

    @Override
    public String toString() {
        return nodeId.map(id -> id + "@").orElse("") + endpoint;
    }
}
