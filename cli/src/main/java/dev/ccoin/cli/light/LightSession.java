package dev.ccoin.cli.light;

import java.util.Optional;

/** A light client for one command, and the header store it holds open (and locked) until closed. */
public record LightSession(LightClient client, Optional<HeaderStore> store) implements AutoCloseable {
    @Override
    public void close() {
        store.ifPresent(HeaderStore::close);
    }
}
