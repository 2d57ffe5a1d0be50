package dev.ccoin.bench.pow;

import dev.ccoin.core.pow.HashEngine;

/** Prints the hash engine this JVM would use and why the others are or are not available; for the bench scripts. */
public final class EngineInfo {
    private EngineInfo() {
    }

    public static void main(String[] args) {
        System.out.println("engine: " + HashEngine.fastest().displayName());
        for (HashEngine engine : HashEngine.values()) {
            System.out.println("  " + engine + ": "
                    + engine.unavailableReason().map(reason -> "unavailable, " + reason).orElse("available"));
        }
    }
}
