package dev.ccoin.cli.localnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.types.Address;
import java.util.List;

/**
 * The genesis of a dev network: the validators as authorities, every dev account prefunded, easy proof of work and
 * a short interval so blocks appear within seconds. Written as an ordinary {@code genesis.json}, so it reads like
 * one a user would write.
 */
final class LocalnetGenesis {
    static final long NETWORK_ID = 1337;
    static final long DEV_BALANCE = 1_000_000_000L;

    private LocalnetGenesis() {
    }

    static String json(List<Address> validators, List<Address> devAccounts, int intervalSeconds, long timestamp) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("network_id", NETWORK_ID);
        ArrayNode miners = root.putArray("miners");
        validators.forEach(v -> miners.add(v.toHex()));
        ObjectNode mining = root.putObject("block_mining");
        mining.put("interval", intervalSeconds);
        mining.put("min_bound", 1);
        mining.put("max_bound", 2000);
        mining.put("max_block_bytes", 4_194_304);
        mining.put("reward", 100);
        mining.put("difficulty", 16);
        mining.put("allow_empty", true);
        mining.putArray("placeholder_data").add("rnd").add(15);
        mining.put("backup_delay_ms", 1000);
        ObjectNode tx = root.putObject("transaction");
        tx.put("work_bits", 8);
        tx.put("max_data_bytes", 1024);
        root.put("max_peers", 25);
        ObjectNode genesis = root.putObject("genesis_block");
        genesis.put("timestamp", timestamp);
        genesis.put("difficulty", 16);
        genesis.put("data", "ccoin localnet");
        ObjectNode alloc = root.putObject("alloc");
        devAccounts.forEach(a -> alloc.putObject(a.toHex()).put("balance", DEV_BALANCE));
        return root.toPrettyString() + "\n";
    }
}
