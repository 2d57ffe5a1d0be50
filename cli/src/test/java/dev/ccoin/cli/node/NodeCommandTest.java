package dev.ccoin.cli.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.node.chain.ChainInitializer;
import dev.ccoin.core.keys.KeyProtection;
import dev.ccoin.client.wallet.Keystore;
import dev.ccoin.node.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCommandTest {
    @TempDir
    Path dataDir;

    private void initialise() {
        try (Database database = Database.open(dataDir)) {
            ChainInitializer.initialize(database, TestChain.params(1));
        }
    }

    @Test
    void validatorWhoseAccountIsNotAnAuthorityIsRefusedClearly() {
        initialise();
        new Keystore(dataDir).create(2048, KeyProtection.none());

        Ccoin.Result result = new Ccoin().run("node", "--type", "validator", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("NOT_AN_AUTHORITY", "--type basic");
    }

    @Test
    void validatorWithoutAKeyIsRefusedClearly() {
        initialise();

        Ccoin.Result result = new Ccoin().run("node", "--type", "validator", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no key", "ccoin account create");
    }

    @Test
    void uninitialisedDataDirIsRefusedClearly() {
        Ccoin.Result result = new Ccoin().run("node", "--type", "basic", "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("ccoin init");
    }

    @Test
    void configFileWithAnUnknownKeyIsRefusedNamingTheKey() throws IOException {
        Path config = Files.writeString(dataDir.resolve("ccoin.json"), "{\"node\": {\"p2p_prot\": 1}}");

        Ccoin.Result result = new Ccoin().run("node", "--config", config.toString(), "--data-dir", dataDir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("node.p2p_prot");
    }

    @Test
    void unknownNodeTypeIsAUsageError() {
        assertThat(new Ccoin().run("node", "--type", "miner").exitCode()).isEqualTo(2);
    }
}
