package dev.ccoin.discovery.testing;

import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Deregistration;
import java.security.KeyPair;
import java.util.Base64;

/** A signed {@code DELETE /peers/{node_id}} body {@code {timestamp, signature}}. */
public final class DeregistrationBody {
    private DeregistrationBody() {
    }

    public static String signed(KeyPair key, long timestamp) {
        return signedBy(key, key, timestamp);
    }

    /** Signed by {@code signer} for the node of {@code node}. */
    public static String signedBy(KeyPair node, KeyPair signer, long timestamp) {
        Deregistration deregistration = new Deregistration(RsaKeys.address(node.getPublic()), timestamp);
        String signature = Base64.getEncoder().encodeToString(deregistration.sign(signer.getPrivate()).toArray());
        return "{\"timestamp\": " + timestamp + ", \"signature\": \"" + signature + "\"}";
    }
}
