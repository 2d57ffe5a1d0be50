package dev.ccoin.node.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    @Test
    void metricHasHelpTypeAndSample() {
        String text = new PrometheusText().gauge("ccoin_x", "An x.", 3).toString();

        assertThat(text).isEqualTo("# HELP ccoin_x An x.\n# TYPE ccoin_x gauge\nccoin_x 3\n");
    }

    @Test
    void wholeNumbersPrintWithoutAFraction() {
        String text = new PrometheusText().gauge("a", "a", 12.0).gauge("b", "b", 0.25).toString();

        assertThat(text).contains("\na 12\n", "\nb 0.25\n");
    }

    @Test
    void largeAndSpecialNumbersPrintAsPrometheusReadsThem() {
        String text = new PrometheusText().gauge("t", "t", 1.7952428672E9).gauge("n", "n", Double.NaN)
                .gauge("i", "i", Double.POSITIVE_INFINITY).toString();

        assertThat(text).contains("\nt 1795242867.2\n", "\nn NaN\n", "\ni +Inf\n");
    }

    @Test
    void labelledMetricHasASamplePerLabelValue() {
        Map<String, Long> samples = new TreeMap<>(Map.of("A", 1L, "B", 2L));

        String text = new PrometheusText().labelled("ccoin_y_total", "Ys.", "counter", "reason", samples).toString();

        assertThat(text).contains("ccoin_y_total{reason=\"A\"} 1\nccoin_y_total{reason=\"B\"} 2\n");
    }

    @Test
    void labelValuesAreEscaped() {
        String text = new PrometheusText().info("i", "i", Map.of("k", "a\"b\\c\nd")).toString();

        assertThat(text).contains("i{k=\"a\\\"b\\\\c\\nd\"} 1");
    }

    @Test
    void summaryHasSumAndCount() {
        String text = new PrometheusText().summary("t_seconds", "t", 1.5, 3).toString();

        assertThat(text).contains("# TYPE t_seconds summary\nt_seconds_sum 1.5\nt_seconds_count 3\n");
    }
}
