package dev.ccoin.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.chain.ChainParams;
import dev.ccoin.core.chain.GenesisFile;
import dev.ccoin.core.chain.PlaceholderData;

/**
 * The {@code genesis.json} of a generated chain's parameters, for commands that read a genesis file (the light
 * client's {@code --genesis}). Checked on the way out: the file parses back to parameters of the same hash, so it
 * names the same genesis block. Stateless.
 */
final class BenchGenesis {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchGenesis() {
    }

    static String json(ChainParams params) {
        ObjectNode root = JSON.createObjectNode();
        root.put("network_id", params.networkId());
        params.authorities().forEach(address -> root.withArray("miners").add(address.toHex()));
        ChainParams.BlockMining mining = params.mining();
        ObjectNode blockMining = root.putObject("block_mining");
        blockMining.put("interval", mining.intervalSeconds());
        blockMining.put("min_bound", mining.minBound());
        blockMining.put("max_bound", mining.maxBound());
        blockMining.put("max_block_bytes", mining.maxBlockBytes());
        blockMining.put("reward", mining.reward());
        blockMining.put("difficulty", mining.difficulty());
        blockMining.put("allow_empty", mining.allowEmpty());
        PlaceholderData placeholder = mining.placeholderData();
        if (placeholder.kind() == PlaceholderData.Kind.RND) {
            blockMining.putArray("placeholder_data").add(placeholder.kind().label())
                    .add(Integer.parseInt(placeholder.value()));
        } else {
            blockMining.putArray("placeholder_data").add(placeholder.kind().label()).add(placeholder.value());
        }
        blockMining.put("backup_delay_ms", mining.backupDelayMs());
        ObjectNode transaction = root.putObject("transaction");
        transaction.put("work_bits", params.transactions().workBits());
        transaction.put("max_data_bytes", params.transactions().maxDataBytes());
        root.put("max_peers", params.maxPeers());
        ObjectNode genesis = root.putObject("genesis_block");
        genesis.put("timestamp", params.genesis().timestamp());
        genesis.put("difficulty", params.genesis().difficulty());
        genesis.put("data", params.genesis().data());
        ObjectNode alloc = root.putObject("alloc");
        params.alloc().forEach((address, account) -> alloc.putObject(address.toHex())
                .put("balance", account.balance()).put("nonce", account.nonce()));
        String json;
        try {
            json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always prints", e);
        }
        if (!GenesisFile.parse(json).hash().equals(params.hash())) {
            throw new IllegalStateException("the written genesis.json does not name the generated chain's genesis");
        }
        return json;
    }
}
