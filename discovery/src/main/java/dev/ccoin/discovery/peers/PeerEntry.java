package dev.ccoin.discovery.peers;

import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A registration the service accepted: the signed claim, the node key that signed it (kept to check the node's
 * deregistration), when the service accepted it and when it expires (service clock, Unix ms). Immutable.
 */
public record PeerEntry(Registration registration, PublicKey nodeKey, long acceptedAt, long expiresAt) {
    public PeerEntry {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(nodeKey, "nodeKey");
        if (expiresAt <= acceptedAt) {
            throw new IllegalArgumentException("an entry must expire after it is accepted");
        }
    }

    public Address nodeId() {
        return registration.nodeId();
    }

    public boolean isLiveAt(long now) {
        return now < expiresAt;
    }
}
