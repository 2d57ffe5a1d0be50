package dev.ccoin.client.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.client.model.Account;
import dev.ccoin.client.model.AccountProofAnswer;
import dev.ccoin.client.model.AccountTransactions;
import dev.ccoin.client.model.Authorities;
import dev.ccoin.client.model.BatchResult;
import dev.ccoin.client.model.Block;
import dev.ccoin.client.model.BlockPage;
import dev.ccoin.client.model.FullBlock;
import dev.ccoin.client.model.Peers;
import dev.ccoin.client.model.Status;
import dev.ccoin.client.model.Submitted;
import dev.ccoin.client.model.TransactionInfo;
import dev.ccoin.client.model.TransactionProofAnswer;
import dev.ccoin.client.model.TxPool;
import dev.ccoin.core.block.SealedHeader;
import dev.ccoin.core.codec.CanonicalReader;
import dev.ccoin.core.codec.DecodeException;
import dev.ccoin.core.merkle.AccountProof;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A client of one node's HTTP API ({@code <base>/api/v1}, protocol §10 and {@code docs/openapi.yaml}): one typed
 * call per endpoint, answers as the records of {@code dev.ccoin.client.model} (or core's {@link Transaction},
 * {@link dev.ccoin.core.block.Block} and {@link SealedHeader} for the MessagePack answers). Every failure is an
 * {@link ApiException} carrying its reason: the API's error code, or a transport code when no answer came. The
 * event stream is {@code dev.ccoin.client.events.EventSubscription}; sending signed transactions with nonces and
 * stamps filled in is {@code dev.ccoin.client.tx.TransactionSender}. Thread-safe: one instance may serve a whole
 * application.
 */
public final class NodeClient {
    /** A node's API address when nothing else is said. */
    public static final String DEFAULT_URL = "http://127.0.0.1:8000";
    /** The most transactions one {@link #submitBatch} may carry. */
    public static final int MAX_BATCH = 1_000;
    /** The most headers {@link #headers} returns per call. */
    public static final int MAX_HEADERS = 2_000;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpExchange exchange;

    private NodeClient(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /** A client of the node whose API is at {@code base}, e.g. {@code http://127.0.0.1:8000}. */
    public static NodeClient of(URI base) {
        return of(base, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** As {@link #of(URI)}, with the time to connect and the time any one answer may take. */
    public static NodeClient of(URI base, Duration connectTimeout, Duration requestTimeout) {
        String text = base.toString();
        URI trimmed = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        return new NodeClient(new HttpExchange(trimmed, http, requestTimeout));
    }

    /** The node's root URL, without {@code /api/v1}. */
    public URI base() {
        return exchange.base();
    }

    HttpExchange exchange() {
        return exchange;
    }

    // Status and network.

    /** {@code GET /status}. */
    public Status status() {
        return get("/status", Status.class);
    }

    /** {@code GET /peers}. */
    public Peers peers() {
        return get("/peers", Peers.class);
    }

    /** {@code GET /authorities}: the schedule and who sealed what lately. */
    public Authorities authorities() {
        return get("/authorities", Authorities.class);
    }

    // Blocks.

    /** {@code GET /blocks/count}: blocks on the canonical chain, genesis included (the head's height plus one). */
    public long blockCount() {
        JsonNode count = json("/blocks/count");
        if (!count.canConvertToLong()) {
            throw unexpected("/blocks/count", "not a whole number");
        }
        return count.asLong();
    }

    /** {@code GET /blocks?from&limit&order}: a page of canonical blocks without their transactions. */
    public BlockPage blocks(long from, int limit, BlockOrder order) {
        return get("/blocks?from=" + from + "&limit=" + limit + "&order=" + order.name().toLowerCase(Locale.ROOT),
                BlockPage.class);
    }

    /** {@code GET /blocks?limit}: the newest blocks, newest first. */
    public BlockPage latestBlocks(int limit) {
        return get("/blocks?limit=" + limit, BlockPage.class);
    }

    /** {@code GET /blocks/{id}}: the block with its transactions' hashes. */
    public Block block(BlockId id) {
        return get("/blocks/" + id, Block.class);
    }

    /** {@code GET /blocks/{id}?full=true}: the block with its transactions in full. */
    public FullBlock fullBlock(BlockId id) {
        return get("/blocks/" + id + "?full=true", FullBlock.class);
    }

    /** {@code GET /blocks/{id}/raw}: the block's canonical bytes, decoded. */
    public dev.ccoin.core.block.Block rawBlock(BlockId id) {
        String path = "/blocks/" + id + "/raw";
        return decode(path, () -> dev.ccoin.core.block.Block.decode(bytes(path, HttpExchange.MSGPACK)));
    }

    /** {@code GET /headers?from&limit}: up to {@code limit} ({@value #MAX_HEADERS} at most) sealed headers from a height. */
    public List<SealedHeader> headers(long from, int limit) {
        String path = "/headers?from=" + from + "&limit=" + limit;
        byte[] page = bytes(path, HttpExchange.MSGPACK);
        return decode(path, () -> CanonicalReader.decode(page, reader -> {
            int count = reader.arrayHeader(Math.max(limit, 0), "header page");
            SealedHeader[] headers = new SealedHeader[count];
            for (int i = 0; i < count; i++) {
                headers[i] = SealedHeader.read(reader);
            }
            return Arrays.asList(headers);
        }));
    }

    // Transactions.

    /** {@code GET /transactions/{hash}}: where the transaction is, in the chain or the pool. */
    public TransactionInfo transaction(Hash32 hash) {
        return get("/transactions/" + hash.toHex(), TransactionInfo.class);
    }

    /** As {@link #transaction}, empty when neither the chain nor the pool holds it. */
    public Optional<TransactionInfo> findTransaction(Hash32 hash) {
        try {
            return Optional.of(transaction(hash));
        } catch (ApiException e) {
            if (e.error() == ApiError.TRANSACTION_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** {@code GET /transactions/{hash}/raw}: the transaction's wire bytes, decoded. */
    public Transaction rawTransaction(Hash32 hash) {
        String path = "/transactions/" + hash.toHex() + "/raw";
        return decode(path, () -> Transaction.decode(bytes(path, HttpExchange.MSGPACK)));
    }

    /** {@code GET /transactions/{hash}/proof}: the Merkle branch of an included transaction, unverified. */
    public TransactionProofAnswer transactionProof(Hash32 hash) {
        return get("/transactions/" + hash.toHex() + "/proof", TransactionProofAnswer.class);
    }

    /** {@code POST /transactions}: offers one signed, stamped transaction; a refusal is its reason code. */
    public Submitted submit(Transaction tx) {
        return post("/transactions", Map.of("raw", Hex.encode(tx.encode())), Submitted.class);
    }

    /**
     * {@code POST /transactions/batch}: offers up to {@value #MAX_BATCH} transactions in order, each admitted or
     * refused on its own; one result per transaction, in the same order.
     */
    public List<BatchResult> submitBatch(List<Transaction> txs) {
        List<String> raw = txs.stream().map(tx -> Hex.encode(tx.encode())).toList();
        JsonNode answer = postJson("/transactions/batch", Map.of("raw", raw));
        return convert("/transactions/batch", answer, new TypeReference<List<BatchResult>>() { });
    }

    /** {@code GET /txpool?limit}: the pool's counts and its first {@code limit} entries of each kind. */
    public TxPool txPool(int limit) {
        return get("/txpool?limit=" + limit, TxPool.class);
    }

    // Accounts.

    /** {@code GET /accounts/{address}}: balance, nonce and pending nonce at the head. */
    public Account account(Address address) {
        return get("/accounts/" + address.toHex(), Account.class);
    }

    /** {@code GET /accounts/{address}/proof?block}: the account's state proof at a block, unverified. */
    public AccountProofAnswer accountProof(Address address, BlockId block) {
        return get("/accounts/" + address.toHex() + "/proof?block=" + block, AccountProofAnswer.class);
    }

    /**
     * {@code GET /accounts/{address}/proof?block} as {@code application/msgpack}: the proof alone, decoded — smaller,
     * for callers that know the block's state root already.
     */
    public AccountProof accountProofWire(Address address, BlockId block) {
        String path = "/accounts/" + address.toHex() + "/proof?block=" + block;
        return decode(path, () -> AccountProof.decode(bytes(path, HttpExchange.MSGPACK)));
    }

    /** {@code GET /accounts/{address}/transactions?offset&limit}: a page of its canonical transactions. */
    public AccountTransactions accountTransactions(Address address, int offset, int limit) {
        return get("/accounts/" + address.toHex() + "/transactions?offset=" + offset + "&limit=" + limit,
                AccountTransactions.class);
    }

    // Metrics and the document.

    /** {@code GET /metrics}: Prometheus text. */
    public String metrics() {
        return new String(bytes("/metrics", "text/plain"), StandardCharsets.UTF_8);
    }

    /** {@code GET /metrics} at the root, Prometheus' default path: the same text. */
    public String rootMetrics() {
        return new String(bytes("//metrics", "text/plain"), StandardCharsets.UTF_8);
    }

    /** {@code GET /openapi.json}: the API's OpenAPI 3.1 document. */
    public JsonNode openApi() {
        return json("/openapi.json");
    }

    // The answers as they came, for callers that show the API's JSON itself.

    /** {@code GET /api/v1 + path} as a JSON tree, e.g. to print the API's answer as it is. */
    public JsonNode json(String path) {
        return exchange.sendJson(exchange.request(path, HttpExchange.JSON).GET().build());
    }

    /** {@code POST /api/v1 + path} with {@code body} as JSON; the answer as a JSON tree. */
    public JsonNode postJson(String path, Map<String, ?> body) {
        byte[] json;
        try {
            json = ApiJson.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body does not serialise: " + e.getMessage(), e);
        }
        return exchange.sendJson(exchange.request(path, HttpExchange.JSON)
                .header("Content-Type", HttpExchange.JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build());
    }

    /** {@code GET /api/v1 + path} asking for {@code accept}: the body's bytes as they came. */
    public byte[] bytes(String path, String accept) {
        return exchange.send(exchange.request(path, accept).GET().build());
    }

    /** The typed answer of {@code GET /api/v1 + path}. */
    public <T> T get(String path, Class<T> type) {
        return convert(path, json(path), ApiJson.mapper().constructType(type));
    }

    private <T> T post(String path, Map<String, ?> body, Class<T> type) {
        return convert(path, postJson(path, body), ApiJson.mapper().constructType(type));
    }

    private <T> T convert(String path, JsonNode answer, TypeReference<T> type) {
        return convert(path, answer, ApiJson.mapper().getTypeFactory().constructType(type));
    }

    private <T> T convert(String path, JsonNode answer, JavaType type) {
        ObjectMapper mapper = ApiJson.mapper();
        try {
            return mapper.treeToValue(answer, type);
        } catch (IOException | IllegalArgumentException e) {
            throw unexpected(path, e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private <T> T decode(String path, Decoding<T> decoding) {
        try {
            return decoding.run();
        } catch (DecodeException | IllegalArgumentException e) {
            throw unexpected(path, "does not decode: " + e.getMessage());
        }
    }

    private ApiException unexpected(String path, String what) {
        return ApiException.transport(ApiError.UNEXPECTED_ANSWER, 200, "the answer of " + base() + " to " + path
                + " does not fit the API's schema: " + what, null);
    }

    @FunctionalInterface
    private interface Decoding<T> {
        T run();
    }

    @Override
    public String toString() {
        return "NodeClient[" + base() + "]";
    }
}
