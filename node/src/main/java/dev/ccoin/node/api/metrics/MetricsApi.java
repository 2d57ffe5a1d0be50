package dev.ccoin.node.api.metrics;

import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.node.Node;
import dev.ccoin.node.api.events.EventStream;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.mining.Miner;
import dev.ccoin.node.network.AdmissionStatus;
import dev.ccoin.node.network.NetworkView;
import dev.ccoin.node.network.SyncStatus;
import dev.ccoin.node.network.TrafficStatus;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/v1/metrics}, and the same text at the root's {@code GET /metrics} where Prometheus looks by
 * default: gauges read at scrape time — head, peers, sync, pool, mining, event subscribers — the network's traffic counters, and the
 * {@link NodeMetrics} counters, in the Prometheus text format. Thread-safe.
 */
public final class MetricsApi implements ApiRoutes {
    /** The scrape path outside {@link #BASE}, Prometheus' default {@code metrics_path}. */
    public static final String ROOT_PATH = "/metrics";

    private final Node node;
    private final NetworkView network;
    private final NodeMetrics metrics;
    private final EventStream events;
    private final Map<String, String> info;

    public MetricsApi(Node node, NetworkView network, NodeMetrics metrics, EventStream events) {
        this.node = node;
        this.network = network;
        this.metrics = metrics;
        this.events = events;
        ChainParams params = node.chain().params();
        this.info = new LinkedHashMap<>();
        info.put("type", node.config().type().name().toLowerCase(Locale.ROOT));
        info.put("network_id", Long.toString(params.networkId()));
        info.put("genesis_hash", node.chain().blockAt(0).orElseThrow().hash().toHex());
        info.put("storage_engine", node.storageEngine().id());
    }

    @Override
    public void register(Javalin app) {
        app.get(BASE + "/metrics", this::get);
        app.get(ROOT_PATH, this::get);
    }

    private void get(Context ctx) {
        ctx.contentType(PrometheusText.CONTENT_TYPE).result(render());
    }

    /** The exposition text now. */
    public String render() {
        ChainHead head = node.chain().head();
        SyncStatus sync = network.syncStatus();
        NodeMetrics.Snapshot counters = metrics.snapshot();
        AdmissionStatus admission = network.admission();
        TrafficStatus traffic = network.traffic();
        PrometheusText text = new PrometheusText()
                .info("ccoin_node_info", "The node's type, chain and storage engine.", info)
                .gauge("ccoin_head_height", "Height of the canonical head block.", head.height())
                .gauge("ccoin_head_timestamp_seconds", "Timestamp of the head block, Unix seconds.",
                        head.block().header().timestamp() / 1000.0)
                .gauge("ccoin_head_total_work", "Total work from genesis to the head.", head.totalWork().doubleValue())
                .gauge("ccoin_peers", "Connected peers.", network.peers().size())
                .gauge("ccoin_admission_bits", "Difficulty of the next admission puzzle.", admission.bits())
                .gauge("ccoin_admission_pending", "Inbound connections waiting to answer their puzzle.",
                        admission.pending())
                .gauge("ccoin_admission_refused_ips", "IPs refused at accept for failing admission too often.",
                        admission.refusedIps())
                .counter("ccoin_admission_puzzles_issued_total", "Admission puzzles sent to inbound connections.",
                        admission.issued())
                .counter("ccoin_admission_puzzles_solved_total", "Inbound connections whose answer held.",
                        admission.solved())
                .counter("ccoin_admission_puzzles_failed_total",
                        "Inbound connections closed in admission: wrong, late, malformed or pushed out.",
                        admission.failed())
                .counter("ccoin_admission_refused_total", "Inbound connections refused at accept.",
                        admission.refusedAtAccept())
                .summary("ccoin_admission_solve_seconds", "Time this node spent solving the puzzles of peers it dialled.",
                        admission.solveSeconds(), admission.puzzlesSolvedAsInitiator())
                .labelled("ccoin_p2p_frames_sent_total", "P2P frames queued to peers, by frame type.", "counter",
                        "type", traffic.sentFrames())
                .labelled("ccoin_p2p_sent_bytes_total", "Bytes of the P2P frames queued to peers, by frame type.",
                        "counter", "type", traffic.sentBytes())
                .labelled("ccoin_p2p_frames_received_total", "P2P frames received from peers, by frame type.",
                        "counter", "type", traffic.receivedFrames())
                .labelled("ccoin_p2p_received_bytes_total", "Bytes of the P2P frames received, by frame type.",
                        "counter", "type", traffic.receivedBytes())
                .labelled("ccoin_p2p_transactions_total", "Announced transactions by event: announced, requested, "
                        + "received, known (a body that did not have to cross), duplicate (one that crossed for nothing), served, "
                        + "timed_out.", "counter",
                        "event", traffic.transactions())
                .gauge("ccoin_syncing", "1 while syncing from a peer with more work, else 0.",
                        sync.state() == SyncStatus.State.SYNCING ? 1 : 0)
                .gauge("ccoin_sync_target_height", "Height the node syncs towards (its head when synced).",
                        sync.targetHeight())
                .gauge("ccoin_txpool_pending", "Executable transactions in the pool.", node.pool().pendingCount())
                .gauge("ccoin_txpool_queued", "Future-nonce transactions in the pool.", node.pool().queuedCount())
                .gauge("ccoin_mining", "1 while the miner's nonce search runs, else 0.",
                        node.miner().map(Miner::isMining).orElse(false) ? 1 : 0)
                .gauge("ccoin_hash_rate", "Nonce trials per second of the running search.", node.hashRate())
                .counter("ccoin_blocks_canonical_total", "Blocks that joined the canonical chain.",
                        counters.canonicalBlocks())
                .counter("ccoin_transactions_included_total",
                        "Transactions in blocks that joined the canonical chain.", counters.includedTransactions())
                .counter("ccoin_reorgs_total", "Head switches that abandoned blocks.", counters.reorgs())
                .counter("ccoin_reorg_blocks_removed_total", "Blocks that left the canonical chain in reorgs.",
                        counters.reorgedBlocks())
                .labelled("ccoin_block_imports_total", "Reported block imports by outcome.", "counter", "status",
                        counters.imports())
                .labelled("ccoin_blocks_rejected_total", "Reported invalid blocks by reason code.", "counter",
                        "reason", counters.rejections())
                .summary("ccoin_block_import_seconds", "Time of reported block imports.", counters.importSeconds(),
                        counters.timedImports())
                .counter("ccoin_transactions_admitted_total", "Transactions the pool admitted, from any source.",
                        counters.admitted())
                .labelled("ccoin_api_submissions_total", "POST /transactions and /transactions/batch outcomes per transaction, by code.", "counter", "result",
                        counters.submissions())
                .labelled("ccoin_api_requests_total", "API responses by HTTP status.", "counter", "status",
                        counters.requests())
                .gauge("ccoin_api_event_subscribers", "Open /events streams.", events.subscribers())
                .counter("ccoin_api_events_dropped_total", "Events dropped because too many were queued.",
                        events.dropped());
        for (NodeMetrics.CounterFamily family : metrics.families()) {
            text.labelled(family.name(), family.help(), "counter", family.label(), family.values().get());
        }
        return text.toString();
    }
}
