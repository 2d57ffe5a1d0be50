package dev.ccoin.discovery.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.ccoin.discovery.peers.Authenticator;
import dev.ccoin.discovery.peers.Registry;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The discovery service's HTTP server: routes, strict bodies of at most {@value BoundedBody#MAX_BYTES} bytes, JSON
 * errors from {@link ErrorMapper}, Jetty threads named {@code ccoin-discovery-http}. Started by {@link #start},
 * stopped by {@link #close}; thread-safe.
 */
public final class DiscoveryServer implements AutoCloseable {
    private static final int MAX_THREADS = 32;

    private final Javalin app;
    private final String host;

    private DiscoveryServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts serving on {@code host:port} (port 0: any free port). */
    public static DiscoveryServer start(String host, int port, Registry registry, Authenticator authenticator) {
        PeerEndpoints endpoints = new PeerEndpoints(registry, authenticator);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = BoundedBody.MAX_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE), false));
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
            threads.setName("ccoin-discovery-http");
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        });
        app.post("/peers", endpoints::register);
        app.get("/peers", endpoints::list);
        app.delete("/peers/{node_id}", endpoints::deregister);
        app.get("/health", endpoints::health);
        ErrorMapper.install(app);
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException(
                    "cannot serve discovery on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new DiscoveryServer(app, host);
    }

    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:4444}. */
    public URI url() {
        String literal = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return URI.create("http://" + literal + ":" + port());
    }

    @Override
    public void close() {
        app.stop();
    }
}
