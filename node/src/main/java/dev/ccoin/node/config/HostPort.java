package dev.ccoin.node.config;

/** A {@code host:port} endpoint, such as a boot node. */
public record HostPort(String host, int port) {
    public HostPort {
        if (host == null || host.isBlank()) {
            throw new ConfigException("a host is required");
        }
        if (port < 1 || port > 65535) {
            throw new ConfigException("port " + port + " is outside 1..65535");
        }
    }

    /** Parses {@code host:port}. */
    public static HostPort parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new ConfigException("expected host:port, got \"" + text + "\"");
        }
        try {
            return new HostPort(text.substring(0, colon).trim(), Integer.parseInt(text.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new ConfigException("expected host:port, got \"" + text + "\"");
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
