package dev.ccoin.node.config;

/** A setting that cannot be used; the message names it. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }
}
