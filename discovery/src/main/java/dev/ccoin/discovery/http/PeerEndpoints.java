package dev.ccoin.discovery.http;

import dev.ccoin.discovery.peers.Authenticator;
import dev.ccoin.discovery.peers.PeerEntry;
import dev.ccoin.discovery.peers.Refusal;
import dev.ccoin.discovery.peers.RefusedException;
import dev.ccoin.discovery.peers.Registry;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.PublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers of protocol §9. Each reads its request completely and authenticates it before touching the registry,
 * so a refused request changes nothing; refusals travel as exceptions to {@link ErrorMapper}. Stateless;
 * thread-safe (the registry is).
 */
final class PeerEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(PeerEndpoints.class);

    private final Registry registry;
    private final Authenticator authenticator;

    PeerEndpoints(Registry registry, Authenticator authenticator) {
        this.registry = registry;
        this.authenticator = authenticator;
    }

    /** {@code POST /peers}: 201 for a new node, 200 for a refresh. */
    void register(Context ctx) {
        RegistrationRequest request = RegistrationRequest.read(BoundedBody.read(ctx));
        PublicKey key = authenticator.registrant(request.registration(), request.publicKey(), request.signature());
        Registry.Admission admission = registry.register(request.registration(), key);
        PeerEntry entry = admission.entry();
        if (admission.outcome() == Registry.Outcome.ADDED) {
            String host = entry.registration().host();
            LOG.info("registered node {} at {}:{} (network {}, genesis {})", entry.nodeId().toHex(),
                    host.indexOf(':') >= 0 ? "[" + host + "]" : host, entry.registration().port(),
                    entry.registration().networkId(), entry.registration().genesisHash().shortHex(12));
            ctx.status(HttpStatus.CREATED);
        }
        ctx.json(new Views.Registered(entry.nodeId().toHex(), entry.expiresAt()));
    }

    /** {@code GET /peers?network_id=&genesis_hash=&limit=}. */
    void list(Context ctx) {
        PeerQuery query = PeerQuery.read(ctx);
        ctx.json(new Views.Peers(registry.network(query.networkId(), query.genesisHash(), query.limit()).stream()
                .map(Views.Peer::of).toList()));
    }

    /** {@code DELETE /peers/{node_id}}: 204 once the node is gone. */
    void deregister(Context ctx) {
        DeregistrationRequest request = DeregistrationRequest.read(ctx.pathParam("node_id"), BoundedBody.read(ctx));
        PeerEntry entry = registry.find(request.deregistration().nodeId()).orElseThrow(() -> new RefusedException(
                Refusal.UNKNOWN_NODE, "node " + request.deregistration().nodeId().toHex() + " is not registered"));
        authenticator.deregistration(request.deregistration(), entry.nodeKey(), request.signature());
        registry.deregister(request.deregistration().nodeId(), request.deregistration().timestamp());
        LOG.info("deregistered node {}", entry.nodeId().toHex());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** {@code GET /health}. */
    void health(Context ctx) {
        ctx.json(new Views.Health("ok", registry.size(), registry.capacity()));
    }
}
