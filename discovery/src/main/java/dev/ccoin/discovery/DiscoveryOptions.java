package dev.ccoin.discovery;

/**
 * Where the discovery service listens and how many nodes it holds. Loopback by default, like the node's API:
 * serving other machines is an explicit choice. Immutable.
 */
public record DiscoveryOptions(String host, int port, int capacity) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4444;
    public static final int DEFAULT_CAPACITY = 10_000;

    public DiscoveryOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to listen on is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
    }

    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_CAPACITY);
    }

    public DiscoveryOptions withHost(String newHost) {
        return new DiscoveryOptions(newHost, port, capacity);
    }

    public DiscoveryOptions withPort(int newPort) {
        return new DiscoveryOptions(host, newPort, capacity);
    }

    public DiscoveryOptions withCapacity(int newCapacity) {
        return new DiscoveryOptions(host, port, newCapacity);
    }
}
