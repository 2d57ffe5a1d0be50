package dev.ccoin.core.chain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccoin.core.state.Account;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Strict parsing of {@code genesis.json} (protocol §5): unknown keys are errors naming the key, missing keys take the
 * documented defaults, numbers must be whole and in range, addresses are checked and may not repeat. Parsing text
 * only; reading the file is the caller's job.
 */
public final class GenesisFile {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final Set<String> TOP = Set.of("network_id", "miners", "block_mining", "transaction",
            "max_peers", "genesis_block", "alloc");
    private static final Set<String> MINING = Set.of("interval", "min_bound", "max_bound", "max_block_bytes",
            "reward", "difficulty", "allow_empty", "placeholder_data", "backup_delay_ms");
    private static final Set<String> TRANSACTION = Set.of("work_bits", "max_data_bytes");
    private static final Set<String> GENESIS_BLOCK = Set.of("timestamp", "difficulty", "data");
    private static final Set<String> ALLOC_ENTRY = Set.of("balance", "nonce");

    private GenesisFile() {
    }

    public static ChainParams parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GenesisException(GenesisError.MALFORMED_JSON, e.getOriginalMessage());
        }
        ObjectNode top = object(root, "genesis");
        checkKeys(top, TOP, "");
        ObjectNode mining = optionalObject(top, "block_mining");
        ObjectNode tx = optionalObject(top, "transaction");
        ObjectNode genesis = optionalObject(top, "genesis_block");
        checkKeys(mining, MINING, "block_mining.");
        checkKeys(tx, TRANSACTION, "transaction.");
        checkKeys(genesis, GENESIS_BLOCK, "genesis_block.");

        List<Address> miners = miners(top.get("miners"));
        return new ChainParams(
                number(top, "network_id", "network_id", 1, 0, Long.MAX_VALUE),
                miners,
                new ChainParams.BlockMining(
                        (int) number(mining, "interval", "block_mining.interval", 5, 1, 86_400),
                        (int) number(mining, "min_bound", "block_mining.min_bound", 1, 1, 100_000),
                        (int) number(mining, "max_bound", "block_mining.max_bound", 500, 1, 100_000),
                        (int) number(mining, "max_block_bytes", "block_mining.max_block_bytes", 4_194_304, 1024,
                                BlockLimits.MAX_FRAME_BYTES - 1024),
                        number(mining, "reward", "block_mining.reward", 100, 0, Long.MAX_VALUE),
                        (int) number(mining, "difficulty", "block_mining.difficulty", 20, 0, 64),
                        bool(mining, "allow_empty", "block_mining.allow_empty", true),
                        placeholder(mining.get("placeholder_data")),
                        number(mining, "backup_delay_ms", "block_mining.backup_delay_ms", 2000, 0, 3_600_000)),
                new ChainParams.TransactionParams(
                        (int) number(tx, "work_bits", "transaction.work_bits", 12, 0, 64),
                        (int) number(tx, "max_data_bytes", "transaction.max_data_bytes", 1024, 0, 1 << 20)),
                (int) number(top, "max_peers", "max_peers", 25, 1, 10_000),
                new ChainParams.GenesisHeader(
                        number(genesis, "timestamp", "genesis_block.timestamp", 0, 0, Long.MAX_VALUE),
                        // The genesis nonce is searched from 0 by every node at init: keep that quick.
                        (int) number(genesis, "difficulty", "genesis_block.difficulty", 16, 0, 32),
                        text(genesis, "data", "genesis_block.data", "")),
                alloc(top.get("alloc")));
    }

    private static ObjectNode object(JsonNode node, String key) {
        if (!(node instanceof ObjectNode object)) {
            throw new GenesisException(GenesisError.WRONG_TYPE, key + " must be a JSON object");
        }
        return object;
    }

    private static ObjectNode optionalObject(ObjectNode parent, String key) {
        JsonNode node = parent.get(key);
        return node == null ? JSON.createObjectNode() : object(node, key);
    }

    private static void checkKeys(ObjectNode node, Set<String> allowed, String path) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new GenesisException(GenesisError.UNKNOWN_KEY, "unknown key " + path + name);
            }
        }
    }

    private static long number(ObjectNode parent, String key, String path, long fallback, long min, long max) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isIntegralNumber()) {
            throw new GenesisException(GenesisError.WRONG_TYPE, path + " must be a whole number, got " + node);
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            throw new GenesisException(GenesisError.OUT_OF_RANGE, path + " must be in " + min + ".." + max + ", got " + node);
        }
        return node.longValue();
    }

    private static boolean bool(ObjectNode parent, String key, String path, boolean fallback) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new GenesisException(GenesisError.WRONG_TYPE, path + " must be true or false, got " + node);
        }
        return node.booleanValue();
    }

    private static String text(ObjectNode parent, String key, String path, String fallback) {
        JsonNode node = parent.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.isTextual()) {
            throw new GenesisException(GenesisError.WRONG_TYPE, path + " must be a string, got " + node);
        }
        if (node.textValue().getBytes(StandardCharsets.UTF_8).length > BlockLimits.MAX_DATA_BYTES) {
            throw new GenesisException(GenesisError.OUT_OF_RANGE, path + " is longer than " + BlockLimits.MAX_DATA_BYTES + " bytes");
        }
        return node.textValue();
    }

    private static List<Address> miners(JsonNode node) {
        if (node == null || node.isArray() && node.isEmpty()) {
            throw new GenesisException(GenesisError.NO_AUTHORITIES, "miners must name at least one authority address");
        }
        if (!node.isArray()) {
            throw new GenesisException(GenesisError.WRONG_TYPE, "miners must be an array of addresses");
        }
        List<Address> miners = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Address miner = address(node.get(i), "miners[" + i + "]");
            if (miners.contains(miner)) {
                throw new GenesisException(GenesisError.DUPLICATE_ADDRESS, "miners lists " + miner + " twice");
            }
            miners.add(miner);
        }
        return miners;
    }

    private static PlaceholderData placeholder(JsonNode node) {
        if (node == null) {
            return PlaceholderData.random(15);
        }
        String path = "block_mining.placeholder_data";
        if (!node.isArray() || node.size() != 2 || !node.get(0).isTextual()) {
            throw new GenesisException(GenesisError.WRONG_TYPE, path + " must be [\"rnd\", n] or [\"predef\", \"text\"]");
        }
        JsonNode value = node.get(1);
        try {
            switch (node.get(0).textValue()) {
                case "rnd" -> {
                    if (!value.isIntegralNumber()) {
                        throw new GenesisException(GenesisError.WRONG_TYPE, path + "[1] must be a whole number for rnd");
                    }
                    return new PlaceholderData(PlaceholderData.Kind.RND, value.bigIntegerValue().toString());
                }
                case "predef" -> {
                    if (!value.isTextual()) {
                        throw new GenesisException(GenesisError.WRONG_TYPE, path + "[1] must be a string for predef");
                    }
                    return new PlaceholderData(PlaceholderData.Kind.PREDEF, value.textValue());
                }
                default -> throw new GenesisException(GenesisError.WRONG_TYPE,
                        path + "[0] must be \"rnd\" or \"predef\", got " + node.get(0));
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof GenesisException g) {
                throw g;
            }
            throw new GenesisException(GenesisError.OUT_OF_RANGE, path + ": " + e.getMessage());
        }
    }

    private static TreeMap<Address, Account> alloc(JsonNode node) {
        TreeMap<Address, Account> alloc = new TreeMap<>();
        long supply = 0;
        if (node == null) {
            return alloc;
        }
        ObjectNode entries = object(node, "alloc");
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "alloc." + entry.getKey();
            Address address = address(entries.textNode(entry.getKey()), path);
            ObjectNode fields = object(entry.getValue(), path);
            checkKeys(fields, ALLOC_ENTRY, path + ".");
            Account account = new Account(number(fields, "balance", path + ".balance", 0, 0, Long.MAX_VALUE),
                    number(fields, "nonce", path + ".nonce", 0, 0, Long.MAX_VALUE));
            if (alloc.put(address, account) != null) {
                throw new GenesisException(GenesisError.DUPLICATE_ADDRESS, "alloc lists " + address + " twice");
            }
            try {
                supply = Math.addExact(supply, account.balance());
            } catch (ArithmeticException e) {
                throw new GenesisException(GenesisError.OUT_OF_RANGE, "alloc balances add up to more than 2^63-1");
            }
        }
        return alloc;
    }

    private static Address address(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw new GenesisException(GenesisError.WRONG_TYPE, path + " must be an address string");
        }
        try {
            return Address.parse(node.textValue());
        } catch (InvalidValueException e) {
            throw new GenesisException(GenesisError.BAD_ADDRESS, path + ": " + e.getMessage());
        }
    }
}
