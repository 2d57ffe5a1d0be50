package dev.ccoin.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.client.api.NodeClient;
import dev.ccoin.cli.command.CommandFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks across the nodes a benchmark uses: one chain before it starts, one canonical chain after. Stateless. */
final class NetworkCheck {
    private NetworkCheck() {
    }

    /** The first node's status, after checking that every node runs the same genesis. */
    static JsonNode sameChain(List<NodeClient> clients) {
        JsonNode first = clients.get(0).json("/status");
        String genesis = first.path("genesisHash").asText();
        for (NodeClient client : clients.subList(1, clients.size())) {
            String other = client.json("/status").path("genesisHash").asText();
            if (!genesis.equals(other)) {
                throw new CommandFailure(client.base() + " runs genesis " + other + ", " + clients.get(0).base()
                        + " runs " + genesis + "; give --api nodes of one network");
            }
        }
        return first;
    }

    /**
     * Whether every node holds the same block at the lowest of their head heights: {@code agree at height H (hash…)}
     * or which nodes differ. Nodes still catching up agree as soon as they reach that height.
     */
    static String agreement(List<NodeClient> clients) {
        long lowest = Long.MAX_VALUE;
        for (NodeClient client : clients) {
            lowest = Math.min(lowest, client.json("/blocks/count").asLong() - 1);
        }
        List<String> hashes = new ArrayList<>();
        for (NodeClient client : clients) {
            hashes.add(client.json("/blocks/" + lowest).path("hash").asText());
        }
        if (hashes.stream().distinct().count() == 1) {
            return String.format(Locale.ROOT, "%d node(s) hold the same block at height %d (%s…)", clients.size(),
                    lowest, hashes.get(0).substring(0, Math.min(16, hashes.get(0).length())));
        }
        StringBuilder differ = new StringBuilder("nodes DISAGREE at height " + lowest + ":");
        for (int i = 0; i < clients.size(); i++) {
            differ.append(' ').append(clients.get(i).base()).append('=').append(hashes.get(i), 0, 16);
        }
        return differ.toString();
    }
}
