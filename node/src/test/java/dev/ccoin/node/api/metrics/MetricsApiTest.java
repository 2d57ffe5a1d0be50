package dev.ccoin.node.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.block.Block;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.types.Hex;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.chain.ImportResult;
import dev.ccoin.node.chain.ImportStatus;
import dev.ccoin.node.consensus.BlockReason;
import dev.ccoin.node.consensus.InvalidBlockException;
import dev.ccoin.node.storage.StorageEngine;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsApiTest {
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\",?)*\\})? -?[0-9.]+(E-?[0-9]+)?");

    @TempDir
    static Path dataDir;

    private static TestApi api;

    @BeforeAll
    static void startMiningNode() {
        api = TestApi.start(dataDir);
        api.awaitHeight(1);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String scrape() {
        TestApi.Response response = api.get("/metrics");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private static double value(String text, String series) {
        return text.lines()
                .filter(line -> line.startsWith(series + " "))
                .map(line -> Double.parseDouble(line.substring(series.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + series + " in\n" + text));
    }

    @Test
    void metricsAreThePrometheusTextFormat() {
        TestApi.Response response = api.get("/metrics");

        assertThat(response.contentType()).startsWith("text/plain; version=0.0.4");
        Set<String> typed = new HashSet<>();
        for (String line : response.body().lines().toList()) {
            if (line.startsWith("# TYPE ")) {
                typed.add(line.split(" ")[2]);
            } else if (!line.startsWith("# HELP ")) {
                assertThat(line).matches(SAMPLE);
                String name = line.split("[{ ]")[0];
                assertThat(typed).as("TYPE before " + line)
                        .anyMatch(metric -> name.equals(metric) || name.startsWith(metric + "_"));
            }
        }
    }

    @Test
    void theRootServesTheSameMetricsAsTheApi() {
        TestApi.Response root = api.send(HttpRequest.newBuilder(api.uri(MetricsApi.ROOT_PATH)).GET().build());

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(names(root.body())).isEqualTo(names(scrape()));
    }

    private static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        text.lines().filter(line -> line.startsWith("# TYPE ")).forEach(line -> names.add(line.split(" ")[2]));
        return names;
    }

    @Test
    void gaugesShowTheHeadPeersAndPool() {
        long height = api.node().chain().head().height();

        String text = scrape();

        assertThat(value(text, "ccoin_head_height")).isGreaterThanOrEqualTo(height);
        assertThat(value(text, "ccoin_peers")).isZero();
        assertThat(value(text, "ccoin_syncing")).isZero();
        assertThat(value(text, "ccoin_txpool_pending")).isZero();
        assertThat(text).contains("ccoin_node_info{type=\"validator\",network_id=\"7\",genesis_hash=\"");
    }

    @Test
    void nodeInfoSaysWhichStorageEngineTheDataDirIsOpenOn() {
        String engine = StorageEngine.chosen().id();
        assertThat(scrape()).containsPattern("ccoin_node_info\\{[^}]*,storage_engine=\"" + engine + "\"} 1");
    }

    @Test
    void blocksJoiningTheChainAreCounted() {
        double before = value(scrape(), "ccoin_blocks_canonical_total");

        api.awaitHeight(api.node().chain().head().height() + 1);

        assertThat(value(scrape(), "ccoin_blocks_canonical_total")).isGreaterThan(before);
    }

    @Test
    void transactionsInBlocksJoiningTheChainAreCounted() {
        double before = value(scrape(), "ccoin_transactions_included_total");

        api.include(api.tx().sender(TestChain.funded(2)).nonce(0).build());

        Await.until(TestApi.DEADLINE, "the included transaction counted",
                () -> value(scrape(), "ccoin_transactions_included_total") >= before + 1);
    }

    @Test
    void refusedSubmissionsAreCountedByCode() {
        String raw = Hex.encode(api.tx().networkId(99).build().encode());

        api.post("/transactions", "{\"raw\": \"" + raw + "\"}");

        assertThat(value(scrape(), "ccoin_api_submissions_total{result=\"WRONG_NETWORK\"}")).isEqualTo(1);
    }

    @Test
    void importsAreCountedWithRejectionsByReason() {
        Block block = api.node().chain().blockAt(1).orElseThrow();
        ImportResult orphanConnected = new ImportResult(block, ImportStatus.SIDE_BRANCH, Optional.empty(), List.of());
        ImportResult invalid = new ImportResult(block, ImportStatus.INVALID,
                Optional.of(InvalidBlockException.of(block, BlockReason.SEALED_TOO_RECENTLY, "test")), List.of());

        api.server().metrics().recordImport(new ImportResult(block, ImportStatus.NEW_HEAD, Optional.empty(),
                List.of(orphanConnected)), Duration.ofMillis(30));
        api.server().metrics().recordImport(invalid, Duration.ofMillis(10));

        String text = scrape();
        assertThat(value(text, "ccoin_blocks_rejected_total{reason=\"SEALED_TOO_RECENTLY\"}")).isEqualTo(1);
        assertThat(value(text, "ccoin_blocks_rejected_total{reason=\"BAD_SIGNATURE\"}")).isZero();
        assertThat(value(text, "ccoin_block_imports_total{status=\"invalid\"}")).isEqualTo(1);
        // The validator's own sealed blocks are imports too, so new heads and timings may count more than these.
        assertThat(value(text, "ccoin_block_imports_total{status=\"new_head\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "ccoin_block_imports_total{status=\"side_branch\"}")).isEqualTo(1);
        assertThat(value(text, "ccoin_block_import_seconds_count")).isGreaterThanOrEqualTo(2);
        assertThat(value(text, "ccoin_block_import_seconds_sum")).isGreaterThanOrEqualTo(0.04);
    }

    @Test
    void blocksTheNodeSealsItselfAreCountedAsImports() {
        double before = value(scrape(), "ccoin_block_imports_total{status=\"new_head\"}");
        api.awaitHeight(api.node().chain().head().height() + 2);

        assertThat(value(scrape(), "ccoin_block_imports_total{status=\"new_head\"}")).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void responsesAreCountedByStatus() {
        api.get("/no-such-endpoint");

        assertThat(value(scrape(), "ccoin_api_requests_total{status=\"404\"}")).isGreaterThanOrEqualTo(1);
    }
}
