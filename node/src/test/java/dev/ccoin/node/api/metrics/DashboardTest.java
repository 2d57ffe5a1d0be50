package dev.ccoin.node.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ccoin.node.api.TestApi;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/grafana/ccoin.json} and {@code docs/prometheus.yml} against a running node: every metric name the
 * dashboard's queries use is a series the node's {@code /metrics} serves, and the scrape path Prometheus is given
 * answers with them.
 */
class DashboardTest {
    private static final Path DASHBOARD = Path.of("docs", "grafana", "ccoin.json");
    private static final Path PROMETHEUS = Path.of("docs", "prometheus.yml");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "bool", "offset", "and", "or", "unless");

    @TempDir
    static Path dataDir;

    private static TestApi api;

    @BeforeAll
    static void startNode() {
        api = TestApi.start(dataDir);
        api.awaitHeight(1);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyMetricTheDashboardQueriesIsServed() throws IOException {
        List<String> queries = queries(new ObjectMapper().readTree(Files.readString(find(DASHBOARD))));
        assertThat(queries).isNotEmpty();
        Set<String> served = seriesNames(api.send(HttpRequest.newBuilder(api.uri(MetricsApi.ROOT_PATH)).GET()
                .build()).body());

        Set<String> used = queries.stream().flatMap(query -> metricNames(query).stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(used).contains("ccoin_head_height", "ccoin_hash_rate", "ccoin_peers");
        assertThat(served).containsAll(used);
    }

    @Test
    void prometheusScrapesAPathTheNodeServes() throws IOException {
        JsonNode config = new YAMLMapper().readTree(Files.readString(find(PROMETHEUS)));
        JsonNode jobs = config.path("scrape_configs");
        assertThat(jobs).isNotEmpty();
        for (JsonNode job : jobs) {
            String path = job.path("metrics_path").asText("/metrics");
            TestApi.Response scrape = api.send(HttpRequest.newBuilder(api.uri(path)).GET().build());

            assertThat(scrape.status()).as(path).isEqualTo(200);
            assertThat(scrape.body()).contains("ccoin_head_height ");
        }
    }

    @Test
    void metricNamesAreReadFromAQuery() {
        assertThat(metricNames("1000 * rate(ccoin_a_sum[5m]) / rate(ccoin_a_count{job=\"x\"}[5m]) by (instance)"))
                .containsExactly("ccoin_a_count", "ccoin_a_sum");
    }

    /** Every {@code expr} of every panel's targets. */
    private static List<String> queries(JsonNode dashboard) {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.path("expr").asText());
            }
        }
        return queries;
    }

    /** The series a query selects: identifiers outside label matchers and ranges that are not functions. */
    static Set<String> metricNames(String query) {
        String bare = query.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "").replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "").replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            boolean function = matcher.group(1) != null;
            if (!function && !PROMQL_WORDS.contains(matcher.group())) {
                names.add(matcher.group());
            }
        }
        return names;
    }

    /** The sample names of an exposition text. */
    private static Set<String> seriesNames(String text) {
        return text.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code relative}, found from the module's directory (where Maven runs the tests) or any directory above. */
    private static Path find(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
