package dev.ccoin.cli.light;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.tx.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandsTest {
    @TempDir
    static Path dir;

    private static final LightNet net = new LightNet();
    private static List<Block> main;
    private static ServedNode honest;
    private static ServedNode fork;
    private static Path genesis;

    @BeforeAll
    static void serveTheMainChainAndALighterFork() {
        main = net.mainChain(6);
        honest = ServedNode.start(dir.resolve("honest"), net.params, main);
        fork = ServedNode.start(dir.resolve("fork"), net.params, net.outOfTurnOn(net.genesis, 7));
        genesis = net.writeGenesis(dir);
    }

    @AfterAll
    static void stop() {
        honest.close();
        fork.close();
    }

    @Test
    void balanceIsProvenAgainstTheHeadOfAChainCheckedFromGenesis() {
        Block head = main.get(5);

        Ccoin.Result result = run("balance", LightNet.RECIPIENT.toHex(), "--api", honest.url());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("balance " + (TestChain.FUNDS + 50) + " at block 6 ("
                + head.hash().shortHex(12) + "…), header chain checked from genesis, 3 authorities");
    }

    @Test
    void anAbsentAccountIsProvenEmpty() {
        Ccoin.Result result = run("balance", "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0", "--api", honest.url());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("balance 0 at block 6 (");
    }

    @Test
    void jsonGivesTheVerifiedResultTheHeaderChainAndTheProof() throws IOException {
        Ccoin.Result result = run("balance", LightNet.FUNDED.toHex(), "--api", honest.url(), "--json");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("verified").asBoolean()).isTrue();
        assertThat(json.get("balance").asLong()).isEqualTo(TestChain.FUNDS - 50);
        assertThat(json.get("nonce").asLong()).isEqualTo(2);
        assertThat(json.get("block").get("hash").asText()).isEqualTo(main.get(5).hash().toHex());
        assertThat(json.get("headerChain").get("height").asLong()).isEqualTo(6);
        assertThat(json.get("headerChain").get("authorities").asInt()).isEqualTo(3);
        assertThat(json.get("proof").get("siblings").isArray()).isTrue();
        assertThat(json.get("proof").get("leaf").get("address").asText()).isEqualTo(LightNet.FUNDED.toHex());
    }

    @Test
    void aTransactionIsProvenInItsBlockOfTheChain() {
        Transaction tx = main.get(2).transactions().get(0);

        Ccoin.Result result = run("tx", "get", tx.hash().toHex(), "--api", honest.url());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("transaction " + tx.hash().shortHex(12) + "… in block 3 ("
                + main.get(2).hash().shortHex(12) + "…) at index 0 of 1, 4 confirmations, header chain checked "
                + "from genesis, 3 authorities");
    }

    @Test
    void theHeaviestValidChainWinsWhicheverNodeIsNamedFirst() {
        String expected = "at block 6 (" + main.get(5).hash().shortHex(12) + "…)";

        Ccoin.Result forkFirst = run("balance", LightNet.FUNDED.toHex(), "--api", fork.url(), "--api", honest.url());
        Ccoin.Result honestFirst = run("balance", LightNet.FUNDED.toHex(), "--api", honest.url(), "--api", fork.url());

        assertThat(forkFirst.exitCode()).as(forkFirst.err()).isZero();
        assertThat(forkFirst.out()).contains(expected);
        assertThat(honestFirst.out()).contains(expected);
    }

    @Test
    void aTransactionOnlyOnALighterForkIsNotCanonical() {
        ServedNode other = ServedNode.start(dir.resolve("tx-fork"), net.params, forkWithTransfer());
        try {
            Transaction tx = other.node().chain().blockAt(1).orElseThrow().transactions().get(0);

            Ccoin.Result result = run("tx", "get", tx.hash().toHex(), "--api", other.url(), "--api", honest.url());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).startsWith("error: NOT_CANONICAL: ");
        } finally {
            other.close();
        }
    }

    @Test
    void genesisAndHeadersDirWithoutVerifyAreUsageErrors() {
        Ccoin.Result result = new Ccoin().run("balance", LightNet.FUNDED.toHex(), "--genesis", genesis.toString(),
                "--api", honest.url());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--verify");
    }

    @Test
    void verifyWithoutAGenesisFileIsAUsageError() {
        Ccoin.Result result = new Ccoin().run("balance", LightNet.FUNDED.toHex(), "--verify", "--api", honest.url());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--genesis");
    }

    @Test
    void severalNodesWithoutVerifyAreAUsageError() {
        Ccoin.Result result = new Ccoin().run("balance", LightNet.FUNDED.toHex(), "--api", honest.url(),
                "--api", fork.url());

        assertThat(result.exitCode()).isEqualTo(2);
    }

    @Test
    void anotherChainsNodeIsAGenesisMismatch() throws IOException {
        // The same keys and alloc under another genesis text: another chain.
        Path otherGenesis = Files.writeString(dir.resolve("other-genesis.json"),
                net.genesisJson.replace("light net", "another net"));

        Ccoin.Result result = new Ccoin().run("balance", LightNet.FUNDED.toHex(), "--verify", "--genesis",
                otherGenesis.toString(), "--api", honest.url());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("error: GENESIS_MISMATCH: ");
    }

    private static List<Block> forkWithTransfer() {
        List<Block> blocks = new ArrayList<>(net.outOfTurnWithTransferOn(net.genesis));
        blocks.addAll(net.outOfTurnOn(blocks.get(0), 2));
        return blocks;
    }

    static Ccoin.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--verify", "--genesis", genesis.toString()));
        return new Ccoin().run(all.toArray(String[]::new));
    }
}
