package dev.ccoin.node.api.metrics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): a {@code # HELP} and {@code # TYPE} line per metric,
 * then its samples, label values escaped. Numbers print as plain decimals, integers when whole. Used by one thread at a time.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(4096);

    PrometheusText gauge(String name, String help, double value) {
        header(name, help, "gauge");
        sample(name, "", value);
        return this;
    }

    PrometheusText counter(String name, String help, long value) {
        header(name, help, "counter");
        sample(name, "", value);
        return this;
    }

    /** One metric with one label, a sample per label value. */
    PrometheusText labelled(String name, String help, String type, String label, Map<String, ? extends Number> samples) {
        header(name, help, type);
        samples.forEach((value, number) -> sample(name, "{" + label + "=\"" + escape(value) + "\"}",
                number.doubleValue()));
        return this;
    }

    /** A summary without quantiles: {@code _sum} and {@code _count}. */
    PrometheusText summary(String name, String help, double sum, long count) {
        header(name, help, "summary");
        sample(name + "_sum", "", sum);
        sample(name + "_count", "", count);
        return this;
    }

    /** A gauge of value 1 whose labels carry facts ({@code *_info}). */
    PrometheusText info(String name, String help, Map<String, String> labels) {
        header(name, help, "gauge");
        StringBuilder text = new StringBuilder("{");
        labels.forEach((key, value) -> {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append(key).append("=\"").append(escape(value)).append('"');
        });
        sample(name, text.append('}').toString(), 1);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void header(String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String name, String labels, double value) {
        out.append(name).append(labels).append(' ').append(format(value)).append('\n');
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        // Plain decimals (1795242867.2, not 1.7952428672E9): both parse, this one reads.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
