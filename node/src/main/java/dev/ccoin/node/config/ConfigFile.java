package dev.ccoin.node.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.InvalidValueException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ccoin.json}, in the original toychain's shape: {@code app.base_path}, {@code client.account_address},
 * {@code discovery_service.{host,port,proto}} and {@code node.{type,p2p_host,p2p_port,api_host,api_port,bootnodes,
 * mining_threads,state_commit_blocks,state_memory_mb,lan_discovery,lan_group,lan_port,lan_interface}}. Every key is
 * optional; unknown keys are errors naming the key. Immutable.
 */
public record ConfigFile(
        Optional<String> basePath,
        Optional<Address> account,
        Optional<String> discoveryUrl,
        Optional<NodeType> type,
        Optional<Integer> p2pPort,
        Optional<String> apiHost,
        Optional<Integer> apiPort,
        Optional<List<Bootnode>> bootnodes,
        Optional<Integer> miningThreads,
        Optional<Integer> stateCommitBlocks,
        Optional<Integer> stateMemoryMb,
        Optional<String> p2pHost,
        Optional<Boolean> lanDiscovery,
        Optional<String> lanGroup,
        Optional<Integer> lanPort,
        Optional<String> lanInterface) {

    public static final ConfigFile EMPTY = new ConfigFile(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public static ConfigFile parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException("ccoin.json is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode top = object(root, "ccoin.json");
        keys(top, "", Set.of("app", "client", "discovery_service", "node"));
        JsonNode app = section(top, "app", Set.of("base_path"));
        JsonNode client = section(top, "client", Set.of("account_address"));
        JsonNode discovery = section(top, "discovery_service", Set.of("host", "port", "proto"));
        JsonNode node = section(top, "node",
                Set.of("type", "p2p_host", "p2p_port", "api_host", "api_port", "bootnodes", "mining_threads",
                        "state_commit_blocks", "state_memory_mb", "lan_discovery", "lan_group", "lan_port",
                        "lan_interface"));
        return new ConfigFile(
                text(app, "app.base_path", "base_path"),
                text(client, "client.account_address", "account_address").filter(s -> !s.isBlank()).map(ConfigFile::address),
                discoveryUrl(discovery),
                text(node, "node.type", "type").map(ConfigFile::nodeType),
                port(node, "node.p2p_port", "p2p_port"),
                text(node, "node.api_host", "api_host"),
                port(node, "node.api_port", "api_port"),
                bootnodes(node.get("bootnodes")),
                integer(node, "node.mining_threads", "mining_threads", 0, 1024),
                integer(node, "node.state_commit_blocks", "state_commit_blocks", 1, 1_000_000),
                integer(node, "node.state_memory_mb", "state_memory_mb", 1, 1_000_000),
                text(node, "node.p2p_host", "p2p_host"),
                bool(node, "node.lan_discovery", "lan_discovery"),
                text(node, "node.lan_group", "lan_group"),
                port(node, "node.lan_port", "lan_port"),
                text(node, "node.lan_interface", "lan_interface"));
    }

    private static Optional<String> discoveryUrl(JsonNode discovery) {
        Optional<String> host = text(discovery, "discovery_service.host", "host");
        Optional<Integer> port = port(discovery, "discovery_service.port", "port");
        Optional<String> proto = text(discovery, "discovery_service.proto", "proto");
        if (host.isEmpty() && port.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(proto.orElse("http") + "://" + host.orElse("127.0.0.1") + ":" + port.orElse(4444));
    }

    private static Optional<List<Bootnode>> bootnodes(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            throw new ConfigException("node.bootnodes must be an array of \"host:port\" or \"nodeId@host:port\" strings");
        }
        List<Bootnode> list = new ArrayList<>();
        for (JsonNode entry : node) {
            if (!entry.isTextual()) {
                throw new ConfigException("node.bootnodes must be an array of \"host:port\" or \"nodeId@host:port\" strings");
            }
            list.add(Bootnode.parse(entry.textValue()));
        }
        return Optional.of(list);
    }

    private static NodeType nodeType(String text) {
        try {
            return NodeType.valueOf(text.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("node.type must be validator or basic, not \"" + text + "\"");
        }
    }

    private static Address address(String text) {
        try {
            return Address.parse(text);
        } catch (InvalidValueException e) {
            throw new ConfigException("client.account_address: " + e.getMessage());
        }
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ConfigException(path + " must be a JSON object");
        }
        return node;
    }

    private static JsonNode section(JsonNode top, String name, Set<String> allowed) {
        JsonNode node = top.get(name);
        if (node == null) {
            return JSON.createObjectNode();
        }
        object(node, name);
        keys(node, name + ".", allowed);
        return node;
    }

    private static void keys(JsonNode node, String prefix, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new ConfigException("unknown key " + prefix + name + " in ccoin.json");
            }
        }
    }

    private static Optional<String> text(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ConfigException(path + " must be a string");
        }
        return Optional.of(value.textValue());
    }

    private static Optional<Boolean> bool(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new ConfigException(path + " must be true or false");
        }
        return Optional.of(value.booleanValue());
    }

    private static Optional<Integer> port(JsonNode node, String path, String key) {
        return integer(node, path, key, 0, 65535);
    }

    private static Optional<Integer> integer(JsonNode node, String path, String key, int min, int max) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw new ConfigException(path + " must be a whole number in " + min + ".." + max);
        }
        return Optional.of(value.intValue());
    }
}
