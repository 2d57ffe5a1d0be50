package dev.ccoin.cli.localnet;

import dev.ccoin.cli.command.CommandFailure;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.crypto.RsaKeys;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a localnet's keys, genesis and initialised data dirs on first run, and reads them back on later runs.
 * Dev keys are stored without a password: a localnet is a development network on loopback, never a real one.
 */
final class LocalnetSetup {
    /** What a localnet consists of: its parameters, validator and basic node dirs, and dev accounts. */
    record Network(ChainParams params, List<Address> validators, int basicNodes, List<Address> devAccounts) {
        int nodeCount() {
            return validators.size() + basicNodes;
        }
    }

    private final LocalnetLayout layout;

    LocalnetSetup(LocalnetLayout layout) {
        this.layout = layout;
    }

    boolean exists() {
        return Files.isRegularFile(layout.genesis());
    }

    /** Refuses, for a command that needs a network, a dir that holds none. */
    void requireExisting() {
        if (!exists()) {
            throw new CommandFailure("no localnet in " + layout.root() + "; run ccoin localnet --dir " + layout.root()
                    + " first");
        }
    }

    Network create(int validators, int basicNodes, int accounts, int intervalSeconds, long nowMillis) {
        List<Address> validatorAddresses = new ArrayList<>();
        for (int i = 0; i < validators; i++) {
            validatorAddresses.add(new Keystore(layout.node(i)).create(RsaKeys.DEFAULT_BITS, KeyProtection.none()));
        }
        Keystore devKeys = new Keystore(layout.accounts());
        for (int i = 0; i < accounts; i++) {
            devKeys.create(RsaKeys.DEFAULT_BITS, KeyProtection.none());
        }
        List<Address> devAccounts = devKeys.list();
        String genesis = LocalnetGenesis.json(validatorAddresses, devAccounts, intervalSeconds, nowMillis);
        ChainParams params = GenesisFile.parse(genesis);
        for (int i = 0; i < validators + basicNodes; i++) {
            try (Database database = Database.open(layout.node(i))) {
                ChainInitializer.initialize(database, params);
            }
        }
        try {
            Files.writeString(layout.genesis(), genesis, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Network(params, validatorAddresses, basicNodes, devAccounts);
    }

    /** Reads an existing localnet: node dirs in order, validators first (those holding an authority's key). */
    Network load() {
        ChainParams params;
        try {
            params = GenesisFile.parse(Files.readString(layout.genesis(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + layout.genesis() + ": " + e.getMessage(), e);
        }
        List<Address> validators = new ArrayList<>();
        int basic = 0;
        for (int i = 0; Files.isDirectory(layout.node(i)); i++) {
            List<Address> keys = new Keystore(layout.node(i)).list();
            if (keys.size() == 1 && params.isAuthority(keys.get(0))) {
                if (basic > 0) {
                    throw new CommandFailure("unexpected layout in " + layout.root() + ": validator dir after basic ones");
                }
                validators.add(keys.get(0));
            } else {
                basic++;
            }
        }
        return new Network(params, validators, basic, new Keystore(layout.accounts()).list());
    }
}
