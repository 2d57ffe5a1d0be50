package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.client.api.NodeClient;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The check that every admitted transaction made it into the chain exactly once: reads the canonical blocks
 * {@code from..to} of one node and counts how often each expected hash appears. Anything else in those blocks (other
 * clients' transactions) is counted apart. Immutable result.
 */
record InclusionAudit(long from, long to, int blocks, int expected, int once, int missing, int duplicated,
        int others, int largestBlock) {

    static InclusionAudit scan(NodeClient api, long from, long to, Set<String> expectedHashes) {
        Map<String, Integer> counts = new HashMap<>();
        int others = 0;
        int largest = 0;
        for (long height = from; height <= to; height++) {
            JsonNode transactions = api.json("/blocks/" + height).path("transactions");
            largest = Math.max(largest, transactions.size());
            for (JsonNode tx : transactions) {
                String hash = tx.asText();
                if (expectedHashes.contains(hash)) {
                    counts.merge(hash, 1, Integer::sum);
                } else {
                    others++;
                }
            }
        }
        int once = 0;
        int duplicated = 0;
        for (int count : counts.values()) {
            if (count == 1) {
                once++;
            } else {
                duplicated++;
            }
        }
        int missing = expectedHashes.size() - counts.size();
        return new InclusionAudit(from, to, (int) Math.max(0, to - from + 1), expectedHashes.size(), once, missing,
                duplicated, others, largest);
    }

    boolean exactlyOnce() {
        return missing == 0 && duplicated == 0;
    }

    String line() {
        return String.format(Locale.ROOT, "blocks %d..%d (%d, largest %d tx): %d of %d admitted transactions "
                        + "included exactly once; %d missing, %d more than once, %d other transactions -> %s",
                from, to, blocks, largestBlock, once, expected, missing, duplicated, others,
                exactlyOnce() ? "OK" : "FAILED");
    }
}
