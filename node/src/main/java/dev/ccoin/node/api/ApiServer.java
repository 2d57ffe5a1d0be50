package dev.ccoin.node.api;

import dev.ccoin.core.types.Address;
import dev.ccoin.node.Node;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.api.accounts.AccountsApi;
import dev.ccoin.node.api.chain.AuthoritiesApi;
import dev.ccoin.node.api.chain.BlockViews;
import dev.ccoin.node.api.chain.BlocksApi;
import dev.ccoin.node.api.events.EventStream;
import dev.ccoin.node.api.events.EventsApi;
import dev.ccoin.node.api.http.ApiErrors;
import dev.ccoin.node.api.http.ApiJson;
import dev.ccoin.node.api.http.ApiRoutes;
import dev.ccoin.node.api.http.JsonErrorHandler;
import dev.ccoin.node.api.http.RequestBodies;
import dev.ccoin.node.api.metrics.MetricsApi;
import dev.ccoin.node.api.metrics.NodeMetrics;
import dev.ccoin.node.api.openapi.OpenApiApi;
import dev.ccoin.node.api.openapi.OpenApiDocument;
import dev.ccoin.node.api.proofs.ProofsApi;
import dev.ccoin.node.api.status.PeersApi;
import dev.ccoin.node.api.status.StatusApi;
import dev.ccoin.node.api.transactions.TransactionLookup;
import dev.ccoin.node.api.transactions.TransactionsApi;
import dev.ccoin.node.api.transactions.TxPoolApi;
import dev.ccoin.node.network.NetworkView;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP API server: a Javalin server on the configured host (loopback by default) and port, with every
 * resource group of protocol §10 under {@code /api/v1}, one error mapping, 1 MiB request bodies, and the event stream
 * and metrics fed by node listeners; the block explorer's static files, when on the classpath, at {@code /}. Its
 * threads come from the node's scheduler: Jetty's handlers ({@code ccoin-api-…}) and timer ({@code ccoin-api-timer})
 * and the events thread. {@link #close} ends the event streams, then the server; the node itself is the caller's to
 * close, after this. Thread-safe.
 */
public final class ApiServer implements AutoCloseable {
    /** How often an idle event stream gets a comment line. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** The block explorer's files on the classpath, served at {@code /} (protocol §13). */
    private static final String EXPLORER = "/explorer";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Jetty's handler pool, sized as Javalin's default one. */
    private static final int MAX_HANDLER_THREADS = 250;
    private static final int MIN_HANDLER_THREADS = 8;
    private static final int HANDLER_IDLE_MILLIS = 60_000;

    private final Javalin app;
    private final EventStream events;
    private final NodeMetrics metrics;
    private final String host;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApiServer(Javalin app, EventStream events, NodeMetrics metrics, String host) {
        this.app = app;
        this.events = events;
        this.metrics = metrics;
        this.host = host;
        this.port = app.port();
    }

    /** Serves {@code node} on its configured API host and port. */
    public static ApiServer start(Node node, NetworkView network, Optional<Address> nodeId) {
        return start(node, network, nodeId, node.config().apiHost(), node.config().apiPort());
    }

    /**
     * Serves {@code node} on {@code host:port} (port 0: any free one, see {@link #port()}).
     *
     * @param network what the node knows of its peers and sync state
     * @param nodeId  the address of the node's key, shown by {@code /status}; empty when it has none
     */
    public static ApiServer start(Node node, NetworkView network, Optional<Address> nodeId, String host, int port) {
        NodeMetrics metrics = new NodeMetrics();
        NodeScheduler threads = node.threads();
        EventStream events = new EventStream(HEARTBEAT, threads.scheduler("ccoin-api-events"));
        QueuedThreadPool handlers = new QueuedThreadPool(MAX_HANDLER_THREADS, MIN_HANDLER_THREADS,
                HANDLER_IDLE_MILLIS, -1, null, null, threads.threads("ccoin-api"));
        Scheduler timer = jettyTimer(threads.scheduler("ccoin-api-timer"));
        TransactionLookup lookup = new TransactionLookup(node.chain(), node.pool());
        EventsApi eventsApi = new EventsApi(events, new BlockViews(node.chain()), lookup);
        List<ApiRoutes> routes = List.of(
                new StatusApi(node, network, nodeId),
                new BlocksApi(node.chain()),
                new TransactionsApi(lookup, node::acknowledgeTransaction, node::acknowledgeTransactions,
                        metrics::onSubmission),
                new TxPoolApi(node.pool()),
                new AccountsApi(node.chain(), node.pool(), lookup),
                new ProofsApi(node.chain(), node.stateNodes()),
                new PeersApi(network),
                new AuthoritiesApi(node.chain()),
                eventsApi,
                new MetricsApi(node, network, metrics, events),
                new OpenApiApi(OpenApiDocument.load()));
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = RequestBodies.MAX_BYTES;
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            config.jetty.threadPool = handlers;
            // The connector and the session housekeeper take the server's scheduler instead of making their own.
            config.jetty.modifyServer(server -> {
                server.addBean(timer);
                server.setErrorHandler(new JsonErrorHandler());
            });
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
            if (ApiServer.class.getResource(EXPLORER + "/index.html") != null) {
                config.staticFiles.add(EXPLORER, Location.CLASSPATH);
            }
        });
        ApiErrors.register(app);
        routes.forEach(route -> route.register(app));
        app.after(ctx -> metrics.onRequest(ctx.statusCode()));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            events.close();
            app.stop();
            throw new ApiStartException("cannot serve the API on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        node.addHeadListener(metrics);
        node.addImportListener(metrics::recordImport);
        node.addHeadListener(eventsApi);
        node.addTransactionListener(metrics::onTransaction);
        node.addTransactionListener(eventsApi::onTransaction);
        ApiServer server = new ApiServer(app, events, metrics, host);
        LOG.info("API listening on {}", server.url());
        return server;
    }

    /** The bound port. */
    public int port() {
        return port;
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:8000}; endpoints are under {@code /api/v1}. */
    public String url() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port();
    }

    /** The counters behind {@code /metrics}; block imports are reported here by whoever submits blocks. */
    public NodeMetrics metrics() {
        return metrics;
    }

    /** Ends the event streams, then the server. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            events.close();
            app.stop();
        }
    }

    /**
     * Jetty's timer (idle timeouts, session housekeeping) on {@code thread}, started already: the session housekeeper
     * looks for it while the server starts, before the server would start it. Jetty leaves the thread alone when it
     * stops; the node's scheduler ends it.
     */
    private static Scheduler jettyTimer(ScheduledExecutorService thread) {
        ScheduledExecutorScheduler timer = new ScheduledExecutorScheduler(thread);
        try {
            timer.start();
        } catch (Exception e) {
            throw new ApiStartException("cannot start the API's timer: " + e.getMessage(), e);
        }
        return timer;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
