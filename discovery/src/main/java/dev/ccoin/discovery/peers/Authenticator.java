package dev.ccoin.discovery.peers;

import dev.ccoin.core.crypto.KeyFormatException;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Deregistration;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

/**
 * Checks that a request was signed just now by the node it names: the timestamp is within the allowed skew of the
 * service's clock, the key is an acceptable RSA key whose address is the node id, and the PSS signature verifies.
 * Checks run cheapest first. Stateless apart from the clock; thread-safe.
 */
public final class Authenticator {
    private final Clock clock;
    private final long maxSkewMillis;

    public Authenticator(Clock clock, Duration maxSkew) {
        this.clock = clock;
        this.maxSkewMillis = maxSkew.toMillis();
    }

    public Authenticator(Clock clock) {
        this(clock, Registration.MAX_CLOCK_SKEW);
    }

    /** The registrant's key, once the registration is proven to come from it; throws {@link RefusedException}. */
    public PublicKey registrant(Registration registration, Bytes publicKey, Bytes signature) {
        checkTimestamp(registration.timestamp());
        PublicKey key = parseKey(publicKey);
        Address owner = RsaKeys.address(publicKey);
        if (!owner.equals(registration.nodeId())) {
            throw new RefusedException(Refusal.NODE_ID_MISMATCH, "node_id " + registration.nodeId().toHex()
                    + " is not the address of public_key (" + owner.toHex() + ")");
        }
        if (!registration.verify(key, signature)) {
            throw new RefusedException(Refusal.BAD_SIGNATURE,
                    "the signature does not verify over the registration with public_key");
        }
        return key;
    }

    /** Checks a deregistration against the key the node registered with; throws {@link RefusedException}. */
    public void deregistration(Deregistration deregistration, PublicKey nodeKey, Bytes signature) {
        checkTimestamp(deregistration.timestamp());
        if (!deregistration.verify(nodeKey, signature)) {
            throw new RefusedException(Refusal.BAD_SIGNATURE, "the signature does not verify with the key "
                    + "registered for node " + deregistration.nodeId().toHex());
        }
    }

    private void checkTimestamp(long timestamp) {
        long now = clock.millis();
        if (Math.abs(timestamp - now) > maxSkewMillis) {
            throw new RefusedException(Refusal.STALE_TIMESTAMP, "timestamp " + timestamp + " is "
                    + Math.abs(timestamp - now) + " ms from the service clock (" + now + "); at most "
                    + maxSkewMillis + " ms allowed; check the node's clock");
        }
    }

    private static PublicKey parseKey(Bytes spki) {
        try {
            return RsaKeys.publicKey(spki);
        } catch (KeyFormatException e) {
            throw new RefusedException(Refusal.BAD_PUBLIC_KEY,
                    "public_key: " + e.getMessage() + " (" + e.reason() + ")");
        }
    }
}
