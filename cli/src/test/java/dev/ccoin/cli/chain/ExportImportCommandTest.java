package dev.ccoin.cli.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.testing.Vectors;
import dev.ccoin.node.NodeScheduler;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.LocalChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {
    @TempDir
    Path dir;

    private Path genesis;
    private Path chainBin;

    @BeforeEach
    void writeVectors() throws IOException {
        genesis = Files.writeString(dir.resolve("genesis.json"), Vectors.resourceText("genesis.json"));
        chainBin = Files.write(dir.resolve("chain.bin"), Vectors.resource("chain.bin"));
    }

    private static ChainHead headOf(Path dataDir) {
        try (NodeScheduler threads = new NodeScheduler();
             LocalChain chain = LocalChain.open(dataDir, Clock.systemUTC(), threads.verifierPool(1))) {
            return chain.blockchain().head();
        }
    }

    @Test
    void publishedChainImportsOnTheVectorGenesis() {
        Ccoin.Result result = new Ccoin().run("import", "--genesis", genesis.toString(),
                "--data-dir", dir.resolve("a").toString(), chainBin.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("imported 2 blocks (1 new)", Vectors.text("block1", "hash"));
        assertThat(result.err()).contains("import: 2/2 blocks");
        assertThat(headOf(dir.resolve("a")).hash().toHex()).isEqualTo(Vectors.text("block1", "hash"));
    }

    @Test
    void exportThenImportIntoAFreshDataDirReproducesHeadAndStateRoot() {
        new Ccoin().run("import", "--genesis", genesis.toString(), "--data-dir", dir.resolve("a").toString(),
                chainBin.toString());
        Path exported = dir.resolve("export.bin");

        Ccoin.Result export = new Ccoin().run("export", "--data-dir", dir.resolve("a").toString(),
                "--out", exported.toString());
        Ccoin.Result reimport = new Ccoin().run("import", "--genesis", genesis.toString(),
                "--data-dir", dir.resolve("b").toString(), exported.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(reimport.exitCode()).as(reimport.err()).isZero();
        assertThat(exported).hasBinaryContent(Vectors.resource("chain.bin"));
        ChainHead a = headOf(dir.resolve("a"));
        ChainHead b = headOf(dir.resolve("b"));
        assertThat(b.hash()).isEqualTo(a.hash());
        assertThat(b.stateRoot()).isEqualTo(a.stateRoot());
    }

    @Test
    void importingTwiceSkipsKnownBlocks() {
        String[] args = {"import", "--genesis", genesis.toString(), "--data-dir", dir.resolve("a").toString(),
                chainBin.toString()};
        new Ccoin().run(args);

        Ccoin.Result again = new Ccoin().run(args);

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("imported 2 blocks (0 new)");
    }

    @Test
    void truncatedStreamStopsWithAReasonAndKeepsWhatCameBefore() throws IOException {
        byte[] bytes = Vectors.resource("chain.bin");
        Path cut = Files.write(dir.resolve("cut.bin"), Arrays.copyOf(bytes, bytes.length - 10));

        Ccoin.Result result = new Ccoin().run("import", "--genesis", genesis.toString(),
                "--data-dir", dir.resolve("a").toString(), cut.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("MALFORMED", "block 1");
        assertThat(headOf(dir.resolve("a")).height()).isZero();
    }

    @Test
    void tamperedBlockStopsWithItsHeightAndReason() throws IOException {
        byte[] bytes = Vectors.resource("chain.bin");
        bytes[bytes.length - 1] ^= 1; // inside the last transaction's signature
        Path tampered = Files.write(dir.resolve("tampered.bin"), bytes);

        Ccoin.Result result = new Ccoin().run("import", "--genesis", genesis.toString(),
                "--data-dir", dir.resolve("a").toString(), tampered.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("INVALID_BLOCK", "height 1", "BAD_SIGNATURE");
    }

    @Test
    void streamOfAnotherChainIsRefusedAtItsGenesis() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"),
                Vectors.resourceText("genesis.json").replace("\"network_id\": 42", "\"network_id\": 43"));

        Ccoin.Result result = new Ccoin().run("import", "--genesis", other.toString(),
                "--data-dir", dir.resolve("a").toString(), chainBin.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("WRONG_GENESIS");
    }

    @Test
    void uninitialisedDataDirIsAClearFailure() {
        Ccoin.Result result = new Ccoin().run("import", "--data-dir", dir.resolve("a").toString(),
                chainBin.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("ccoin init");
    }
}
