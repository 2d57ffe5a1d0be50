package dev.ccoin.node.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.discovery.Deregistration;
import dev.ccoin.core.discovery.Registration;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Bytes;
import dev.ccoin.core.types.Hash32;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted stand-in for the discovery service, on a real Javalin server: it checks every signature as the real
 * service does, records what it accepted, lists the peers a test gives it, and refuses registrations with a code
 * when told to. (The node cannot depend on the discovery module; tests against the real service are in cli.)
 */
final class StubDiscoveryService implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<Registration> registrations = new CopyOnWriteArrayList<>();
    final List<Deregistration> deregistrations = new CopyOnWriteArrayList<>();
    final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final List<Registration> listed = new CopyOnWriteArrayList<>();
    private volatile PublicKey lastKey;
    private volatile String refusal;
    private final Javalin app;

    private StubDiscoveryService(int port) {
        app = Javalin.create(config -> config.showJavalinBanner = false);
        app.post("/peers", this::register);
        app.get("/peers", this::list);
        app.delete("/peers/{node_id}", this::deregister);
        app.start("127.0.0.1", port);
    }

    static StubDiscoveryService start(int port) {
        return new StubDiscoveryService(port);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    /** Lists these registrations on {@code GET /peers}. */
    void list(Registration... registrationsToList) {
        listed.clear();
        listed.addAll(List.of(registrationsToList));
    }

    /** Refuses registrations with this error code (null: accept again). */
    void refuseWith(String code) {
        this.refusal = code;
    }

    private void register(Context ctx) throws Exception {
        if (refusal != null) {
            ctx.status(400).json(JSON.createObjectNode().put("error", refusal).put("message", "scripted refusal"));
            return;
        }
        JsonNode body = JSON.readTree(ctx.body());
        Registration registration = new Registration(Address.parse(body.get("node_id").asText()),
                body.get("host").asText(), body.get("port").asInt(), body.get("network_id").asLong(),
                Hash32.parse(body.get("genesis_hash").asText()), body.get("timestamp").asLong());
        Bytes spki = Bytes.of(Base64.getDecoder().decode(body.get("public_key").asText()));
        PublicKey key = RsaKeys.publicKey(spki);
        if (!RsaKeys.address(spki).equals(registration.nodeId())
                || !registration.verify(key, base64(body.get("signature").asText()))) {
            badSignatures.add("registration");
            ctx.status(403).json(JSON.createObjectNode().put("error", "BAD_SIGNATURE").put("message", "no"));
            return;
        }
        lastKey = key;
        registrations.add(registration);
        ctx.status(201).json(JSON.createObjectNode().put("node_id", registration.nodeId().toHex()));
    }

    private void list(Context ctx) {
        ArrayNode peers = JSON.createArrayNode();
        long networkId = Long.parseLong(ctx.queryParam("network_id"));
        Hash32 genesis = Hash32.parse(ctx.queryParam("genesis_hash"));
        for (Registration registration : listed) {
            if (registration.networkId() == networkId && registration.genesisHash().equals(genesis)) {
                peers.add(JSON.createObjectNode().put("node_id", registration.nodeId().toHex())
                        .put("host", registration.host()).put("port", registration.port()));
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("peers", peers);
        ctx.json(answer);
    }

    private void deregister(Context ctx) throws Exception {
        JsonNode body = JSON.readTree(ctx.body());
        Deregistration deregistration = new Deregistration(Address.parse(ctx.pathParam("node_id")),
                body.get("timestamp").asLong());
        if (lastKey == null || !deregistration.verify(lastKey, base64(body.get("signature").asText()))) {
            badSignatures.add("deregistration");
            ctx.status(403).json(JSON.createObjectNode().put("error", "BAD_SIGNATURE").put("message", "no"));
            return;
        }
        deregistrations.add(deregistration);
        ctx.status(204);
    }

    private static Bytes base64(String text) {
        return Bytes.of(Base64.getDecoder().decode(text));
    }

    @Override
    public void close() {
        app.stop();
    }
}
