package dev.ccoin.node.api.status;

import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.network.PeerInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.List;

/** {@code GET /peers}: the network view's connected peers. Thread-safe. */
public final class PeersApi implements ApiRoutes {
    private final NetworkView network;

    public PeersApi(NetworkView network) {
        this.network = network;
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/peers", this::get);
    }

    private void get(Context ctx) {
        List<PeerView> peers = network.peers().stream()
                .sorted(Comparator.comparingLong(PeerInfo::connectedSinceMillis))
                .map(PeerView::of)
                .toList();
        ctx.json(new PeersView(peers.size(), peers));
    }
}
