package dev.ccoin.node.api.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hex;
import dev.ccoin.node.api.TestApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * {@code POST /transactions/batch} over real HTTP. The miner stops after start-up, so admitted transactions stay in
 * the pool; each test uses its own sender or nonces, so one test's pool does not decide another's outcome.
 */
class TransactionsBatchApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;

    @BeforeAll
    static void startNode() {
        api = TestApi.start(dataDir);
        api.stopMining();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Transaction tx(int sender, long nonce, long amount) {
        return api.tx().sender(TestChain.funded(sender)).nonce(nonce).amount(amount).build();
    }

    private static String json(List<Transaction> txs) {
        return txs.stream().map(tx -> "\"" + Hex.encode(tx.encode()) + "\"")
                .collect(Collectors.joining(",", "{\"raw\": [", "]}"));
    }

    private static TestApi.Response postJson(List<Transaction> txs) {
        return api.post("/transactions/batch", json(txs));
    }

    private static TestApi.Response postMsgpack(byte[] body) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/transactions/batch"))
                .header("Content-Type", "application/msgpack")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static byte[] msgpack(Consumer<MessageBufferPacker> writes) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            writes.accept(packer);
            return packer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] msgpack(List<Transaction> txs) {
        return msgpack(packer -> {
            try {
                packer.packArrayHeader(txs.size());
                for (Transaction tx : txs) {
                    byte[] wire = tx.encode();
                    packer.packBinaryHeader(wire.length).writePayload(wire);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void assertAdmitted(JsonNode result, Transaction tx, String status) {
        assertThat(result.get("hash").asText()).isEqualTo(tx.hash().toHex());
        assertThat(result.get("status").asText()).isEqualTo(status);
        assertThat(result.has("error")).isFalse();
        assertThat(api.node().pool().contains(tx.hash())).isTrue();
    }

    private static void assertRefused(JsonNode result, Transaction tx, String code) {
        assertThat(result.get("hash").asText()).isEqualTo(tx.hash().toHex());
        assertThat(result.get("error").asText()).isEqualTo(code);
        assertThat(result.get("message").asText()).isNotBlank();
        assertThat(result.has("status")).isFalse();
    }

    @Test
    void aJsonBatchAdmitsItsTransactionsInOrder() {
        List<Transaction> txs = List.of(tx(0, 0, 1), tx(0, 1, 2), tx(0, 2, 3));

        TestApi.Response response = postJson(txs);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode results = response.json();
        assertThat(results.size()).isEqualTo(3);
        for (int i = 0; i < txs.size(); i++) {
            assertAdmitted(results.get(i), txs.get(i), "pending");
        }
        assertThat(api.get("/accounts/" + txs.get(0).sender().toHex()).json().get("pendingNonce").asLong())
                .isEqualTo(3);
    }

    @Test
    void aMsgpackBatchAdmitsItsTransactionsInOrder() {
        List<Transaction> txs = List.of(tx(1, 0, 1), tx(1, 1, 2), tx(1, 5, 3));

        TestApi.Response response = postMsgpack(msgpack(txs));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode results = response.json();
        assertAdmitted(results.get(0), txs.get(0), "pending");
        assertAdmitted(results.get(1), txs.get(1), "pending");
        assertAdmitted(results.get(2), txs.get(2), "queued");
    }

    @Test
    void eachTransactionIsAdmittedOrRefusedOnItsOwn() {
        Transaction first = tx(2, 0, 1);
        Transaction rival = tx(2, 0, 2);
        Transaction second = tx(2, 1, 1);
        Transaction wrongNetwork = api.tx().sender(TestChain.funded(2)).nonce(2).networkId(99).build();
        Transaction unfunded = api.tx().sender(TestKeys.get(3)).nonce(0).amount(1).build();
        Transaction forged = new Transaction(second.body(), second.workNonce(), first.signature());
        Transaction third = tx(2, 2, 1);

        TestApi.Response response = postJson(List.of(first, first, rival, forged, second, wrongNetwork, unfunded,
                third));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode results = response.json();
        assertThat(results.size()).isEqualTo(8);
        assertAdmitted(results.get(0), first, "pending");
        assertRefused(results.get(1), first, "ALREADY_KNOWN");
        assertRefused(results.get(2), rival, "NONCE_TAKEN");
        assertRefused(results.get(3), forged, "BAD_SIGNATURE");
        assertAdmitted(results.get(4), second, "pending");
        assertRefused(results.get(5), wrongNetwork, "WRONG_NETWORK");
        assertRefused(results.get(6), unfunded, "INSUFFICIENT_BALANCE");
        assertAdmitted(results.get(7), third, "pending");
        assertThat(api.node().pool().contains(rival.hash())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json                   | MALFORMED_JSON",
            "[\"00\"]                   | MALFORMED_JSON",
            "{}                         | MISSING_FIELD",
            "{\"raw\": null}            | MISSING_FIELD",
            "{\"raw\": \"00\"}          | BAD_FIELD",
            "{\"raw\": []}              | EMPTY_BATCH",
            "{\"raw\": [VALID, 12]}     | BAD_FIELD",
            "{\"raw\": [VALID, \"zz\"]} | BAD_HEX",
            "{\"raw\": [VALID, \"00\"]} | MALFORMED_TRANSACTION",
    })
    void aMalformedJsonBatchIsRefusedWholeWithACode(String body, String code) {
        Transaction valid = tx(3, 0, 1);

        TestApi.Response response = api.post("/transactions/batch",
                body.replace("VALID", "\"" + Hex.encode(valid.encode()) + "\""));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.error()).isEqualTo(code);
        assertThat(api.node().pool().contains(valid.hash())).as("nothing admitted").isFalse();
    }

    @Test
    void aMalformedMsgpackBatchIsRefusedWholeWithACode() {
        Transaction valid = tx(3, 0, 1);
        byte[] good = msgpack(List.of(valid));
        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        byte[] strElement = msgpack(packer -> {
            try {
                packer.packArrayHeader(2);
                byte[] wire = valid.encode();
                packer.packBinaryHeader(wire.length).writePayload(wire);
                packer.packString("00");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] notATransaction = msgpack(packer -> {
            try {
                packer.packArrayHeader(1).packBinaryHeader(1).writePayload(new byte[] {0});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        for (byte[] body : List.of(new byte[0], new byte[] {(byte) 0xc1}, trailing, strElement,
                Arrays.copyOf(good, good.length - 1))) {
            TestApi.Response response = postMsgpack(body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.error()).isEqualTo("MALFORMED_MSGPACK");
        }
        assertThat(postMsgpack(notATransaction).error()).isEqualTo("MALFORMED_TRANSACTION");
        assertThat(postMsgpack(msgpack(List.of())).error()).isEqualTo("EMPTY_BATCH");
        assertThat(api.node().pool().contains(valid.hash())).as("nothing admitted").isFalse();
    }

    @Test
    void moreThanAThousandTransactionsAreRefusedWhole() {
        Transaction valid = tx(3, 0, 1);
        List<Transaction> tooMany = new ArrayList<>(Collections.nCopies(BatchBody.MAX_TRANSACTIONS + 1, valid));

        TestApi.Response json = api.post("/transactions/batch",
                "{\"raw\": [" + String.join(",", Collections.nCopies(BatchBody.MAX_TRANSACTIONS + 1, "\"00\""))
                        + "]}");
        TestApi.Response packed = postMsgpack(msgpack(tooMany));

        assertThat(json.status()).isEqualTo(400);
        assertThat(json.error()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(packed.status()).isEqualTo(400);
        assertThat(packed.error()).isEqualTo("BATCH_TOO_LARGE");
        assertThat(api.node().pool().contains(valid.hash())).as("nothing admitted").isFalse();
    }

    @Test
    void aBodyOverOneMebibyteIsRefused() {
        TestApi.Response response = api.post("/transactions/batch",
                "{\"raw\": [\"" + "00".repeat(1 << 19) + "\"]}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.error()).isEqualTo("BODY_TOO_LARGE");
    }
}
