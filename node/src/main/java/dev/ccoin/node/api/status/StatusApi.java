package dev.ccoin.node.api.status;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.Node;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.mining.Miner;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.txpool.TxPool;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /status}: one snapshot of the node for people and scripts. Thread-safe. */
public final class StatusApi implements ApiRoutes {
    private final Node node;
    private final NetworkView network;
    private final Optional<Address> nodeId;
    private final String genesisHash;

    public StatusApi(Node node, NetworkView network, Optional<Address> nodeId) {
        this.node = node;
        this.network = network;
        this.nodeId = nodeId;
        this.genesisHash = node.chain().blockAt(0).orElseThrow().hash().toHex();
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/status", this::get);
    }

    private void get(Context ctx) {
        ctx.json(status());
    }

    /** The status now. */
    public StatusView status() {
        ChainParams params = node.chain().params();
        ChainHead head = node.chain().head();
        SyncStatus sync = network.syncStatus();
        TxPool pool = node.pool();
        int pending = pool.pendingCount();
        int queued = pool.queuedCount();
        AdmissionStatus admission = network.admission();
        return new StatusView(
                nodeId.map(Address::toHex).orElse(null),
                node.config().type().name().toLowerCase(Locale.ROOT),
                params.networkId(),
                genesisHash,
                new StatusView.Head(head.height(), head.hash().toHex(), head.totalWork(),
                        head.block().header().timestamp()),
                new StatusView.Sync(sync.state().name(), sync.currentHeight(), sync.targetHeight(),
                        sync.blocksPerSecond()),
                network.peers().size(),
                network.listenPort(),
                new StatusView.Admission(admission.bits(), admission.pending(), admission.refusedIps()),
                new StatusView.Pool(pending + queued, pending, queued),
                new StatusView.Mining(node.miner().isPresent(), node.miner().map(Miner::isMining).orElse(false),
                        node.hashRate()),
                new StatusView.TransactionRules(params.transactions().workBits(),
                        params.transactions().maxDataBytes()),
                node.storageEngine().id());
    }
}
