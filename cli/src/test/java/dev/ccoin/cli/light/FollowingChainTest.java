package dev.ccoin.cli.light;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.cli.Ccoin;
import dev.ccoin.core.block.Block;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header store of --headers-dir: the next call fetches only new headers, and a heavier branch replaces it. */
class FollowingChainTest {
    @TempDir
    Path dir;

    private final LightNet net = new LightNet();

    @Test
    void aWarmStoreFetchesOnlyNewHeadersAndFollowsAReorgToAHeavierBranch() throws IOException {
        List<Block> main = net.mainChain(4);
        Path genesis = net.writeGenesis(dir);
        Path headers = dir.resolve("headers");
        try (ServedNode node = ServedNode.start(dir.resolve("a"), net.params, main)) {
            JsonNode first = verified(genesis, headers, node.url());
            JsonNode second = verified(genesis, headers, node.url());
            List<Block> more = net.inTurnOn(main.get(3), 2);
            node.add(more);
            JsonNode third = verified(genesis, headers, node.url());

            assertThat(first.get("headerChain").get("storedHeight").asLong()).isZero();
            assertThat(first.get("headerChain").get("fetchedHeaders").asLong()).isEqualTo(4);
            assertThat(second.get("headerChain").get("storedHeight").asLong()).isEqualTo(4);
            assertThat(second.get("headerChain").get("fetchedHeaders").asLong()).isZero();
            assertThat(third.get("headerChain").get("fetchedHeaders").asLong()).isEqualTo(2);
            assertThat(third.get("block").get("hash").asText()).isEqualTo(more.get(1).hash().toHex());
        }

        List<Block> branch = new ArrayList<>(main.subList(0, 3));
        branch.addAll(net.inTurnOn(main.get(2), 5, 1));
        try (ServedNode heavier = ServedNode.start(dir.resolve("b"), net.params, branch)) {
            JsonNode reorg = verified(genesis, headers, heavier.url());

            assertThat(reorg.get("headerChain").get("storedHeight").asLong()).isEqualTo(6);
            assertThat(reorg.get("headerChain").get("fetchedHeaders").asLong()).isEqualTo(5);
            assertThat(reorg.get("block").get("height").asLong()).isEqualTo(8);
            assertThat(reorg.get("block").get("hash").asText()).isEqualTo(branch.get(7).hash().toHex());
        }

        try (ServedNode lighter = ServedNode.start(dir.resolve("c"), net.params,
                net.outOfTurnOn(net.genesis, 9))) {
            Ccoin.Result kept = run(genesis, headers, lighter.url());

            // The stored chain stays the heaviest; the lighter node does not hold its head's state.
            assertThat(kept.exitCode()).isEqualTo(1);
            assertThat(kept.err()).startsWith("error: PROOF_UNAVAILABLE: ");
        }
        try (HeaderStore store = HeaderStore.open(headers, net.params, LightClient.genesisOf(net.params),
                new PrintWriter(new StringWriter()))) {
            assertThat(store.chain().head().hash()).isEqualTo(branch.get(7).hash());
        }
    }

    private static JsonNode verified(Path genesis, Path headers, String api) throws IOException {
        Ccoin.Result result = run(genesis, headers, api, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static Ccoin.Result run(Path genesis, Path headers, String api, String... more) {
        List<String> args = new ArrayList<>(List.of("balance", LightNet.FUNDED.toHex(), "--verify", "--genesis",
                genesis.toString(), "--headers-dir", headers.toString(), "--api", api));
        args.addAll(List.of(more));
        return new Ccoin().run(args.toArray(String[]::new));
    }
}
