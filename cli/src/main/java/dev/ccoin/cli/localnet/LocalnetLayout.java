package dev.ccoin.cli.localnet;

import java.nio.file.Path;

/**
 * Where a localnet keeps its files: {@code genesis.json}, one data dir per node ({@code node-0} … — validators
 * first), the dev accounts' keystore ({@code accounts/keys}), and one log per process ({@code logs/}).
 */
record LocalnetLayout(Path root) {
    Path genesis() {
        return root.resolve("genesis.json");
    }

    Path node(int index) {
        return root.resolve("node-" + index);
    }

    /** The data dir whose keystore holds the dev accounts: {@code ccoin tx send --data-dir} this. */
    Path accounts() {
        return root.resolve("accounts");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String process) {
        return logs().resolve(process + ".log");
    }

    /** The one log of a localnet run {@code --in-process}, shared by all its members. */
    Path sharedLog() {
        return log("localnet");
    }

    Path lockFile() {
        return root.resolve("localnet.lock");
    }
}
