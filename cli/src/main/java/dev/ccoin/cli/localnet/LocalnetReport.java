package dev.ccoin.cli.localnet;

import dev.ccoin.core.types.Address;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Prints where everything of a running localnet is: nodes, URLs, ids, pids, Prometheus scrape targets, dev accounts
 * and a first command.
 */
final class LocalnetReport {
    private final PrintWriter out;

    LocalnetReport(PrintWriter out) {
        this.out = out;
    }

    void print(LocalnetLayout layout, LocalnetSetup.Network network, Optional<String> discoveryUrl, IntFunction<String> apiUrl,
               int p2pPort, List<String> nodeIds, List<LocalnetMember> members, boolean inProcess) {
        out.println();
        out.printf("ccoin localnet is up: network %d, %d validators, %d basic, blocks every ~%d s%n",
                network.params().networkId(), network.validators().size(), network.basicNodes(),
                network.params().mining().intervalSeconds());
        out.printf("%-10s %-32s %-26s %-6s %-40s %s%n", "role", "API", "explorer", "p2p", "node id", "pid");
        // The nodes are the last members; the discovery service, when there is one, comes first.
        int firstNode = members.size() - network.nodeCount();
        for (int i = 0; i < network.nodeCount(); i++) {
            String role = i < network.validators().size() ? "validator" : "basic";
            out.printf("%-10s %-32s %-26s %-6d %-40s %d%n", role, apiUrl.apply(i) + "/api/v1", apiUrl.apply(i) + "/",
                    p2pPort + i, nodeIds.get(i), members.get(firstNode + i).pid());
        }
        if (discoveryUrl.isPresent()) {
            out.printf("%-10s %-32s %-26s %-6s %-40s %d%n", "discovery", discoveryUrl.get(), "", "", "",
                    members.get(0).pid());
        } else {
            out.println("(no discovery service: the nodes find each other by LAN announcements on lo, --lan)");
        }
        if (inProcess) {
            out.println("(all in this one JVM, --in-process: stopping it stops them all)");
        }
        out.println();
        out.println("prometheus scrape targets (metrics_path /metrics; docs/prometheus.yml, docs/grafana/ccoin.json):");
        out.println("  " + IntStream.range(0, network.nodeCount())
                .mapToObj(i -> URI.create(apiUrl.apply(i)).getAuthority())
                .collect(Collectors.joining(", ")));
        out.println();
        Path keys = layout.accounts().resolve("keys");
        out.printf("dev accounts, %d coins each (keys without password in %s):%n", LocalnetGenesis.DEV_BALANCE, keys);
        for (Address account : network.devAccounts()) {
            out.println("  " + account.toHex());
        }
        if (network.devAccounts().size() >= 2) {
            out.println();
            out.println("send a transaction:");
            out.printf("  ./ccoin tx send --data-dir %s --from %s --to %s --amount 5 --api %s --wait%n",
                    layout.accounts(), network.devAccounts().get(0).toHex(), network.devAccounts().get(1).toHex(),
                    apiUrl.apply(0));
        }
        out.printf("%nlogs in %s; Ctrl-C stops the network, running the command again resumes it.%n", layout.logs());
        out.flush();
    }
}
