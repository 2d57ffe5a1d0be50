package dev.ccoin.discovery.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import java.security.KeyPair;
import java.util.Base64;

/**
 * A {@code POST /peers} body with valid defaults (test key 0, host 127.0.0.1, port 30303, network 1, a fixed
 * genesis), signed when built; a test changes only what it is about, before or after signing.
 */
public final class RegistrationBody {
    public static final Hash32 GENESIS = Hash32.parse("ab".repeat(32));
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyPair key = TestKeys.get(0);
    private KeyPair signer;
    private Address nodeId;
    private String host = "127.0.0.1";
    private int port = 30303;
    private long networkId = 1;
    private Hash32 genesisHash = GENESIS;
    private long timestamp;

    public RegistrationBody(long timestamp) {
        this.timestamp = timestamp;
    }

    public RegistrationBody key(KeyPair newKey) {
        this.key = newKey;
        return this;
    }

    /** Signs with another key than the one presented. */
    public RegistrationBody signer(KeyPair newSigner) {
        this.signer = newSigner;
        return this;
    }

    public RegistrationBody nodeId(Address newNodeId) {
        this.nodeId = newNodeId;
        return this;
    }

    public RegistrationBody host(String newHost) {
        this.host = newHost;
        return this;
    }

    public RegistrationBody port(int newPort) {
        this.port = newPort;
        return this;
    }

    public RegistrationBody network(long newNetworkId, Hash32 newGenesisHash) {
        this.networkId = newNetworkId;
        this.genesisHash = newGenesisHash;
        return this;
    }

    public RegistrationBody timestamp(long newTimestamp) {
        this.timestamp = newTimestamp;
        return this;
    }

    public Address node() {
        return nodeId != null ? nodeId : RsaKeys.address(key.getPublic());
    }

    public Registration registration() {
        return new Registration(node(), host, port, networkId, genesisHash, timestamp);
    }

    /** The signed body as a JSON object, for tests that then break one field. */
    public ObjectNode json() {
        ObjectNode body = JSON.createObjectNode();
        body.put("node_id", node().toHex());
        body.put("host", host);
        body.put("port", port);
        body.put("network_id", networkId);
        body.put("genesis_hash", genesisHash.toHex());
        body.put("timestamp", timestamp);
        body.put("public_key", Base64.getEncoder().encodeToString(key.getPublic().getEncoded()));
        KeyPair signing = signer != null ? signer : key;
        body.put("signature",
                Base64.getEncoder().encodeToString(registration().sign(signing.getPrivate()).toArray()));
        return body;
    }

    public String build() {
        return json().toString();
    }
}
