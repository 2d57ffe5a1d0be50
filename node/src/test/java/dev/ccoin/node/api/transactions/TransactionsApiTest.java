package dev.ccoin.node.api.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.pow.Hashcash;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.tx.UnsignedTransaction;
import dev.ccoin.core.crypto.Pss;
import dev.ccoin.core.types.Hash32;
import dev.ccoin.core.types.Hex;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.chain.TxLocation;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each test uses its own sender (or nonce) so that the pool state one leaves does not decide another's outcome.
 * The miner stops after the setup, so admitted transactions stay in the pool.
 */
class TransactionsApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static Transaction included;

    @BeforeAll
    static void startNodeWithOneIncludedTransaction() {
        api = TestApi.start(dataDir);
        included = api.include(api.tx().sender(TestChain.funded(0)).nonce(0).amount(25).build());
        api.stopMining();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static TestApi.Response submit(Transaction tx) {
        return api.post("/transactions", "{\"raw\": \"" + Hex.encode(tx.encode()) + "\"}");
    }

    @Test
    void includedTransactionShowsItsBlockHeightAndIndex() {
        TxLocation location = api.node().chain().transactionLocation(included.hash()).orElseThrow();

        JsonNode view = api.get("/transactions/" + included.hash()).json();

        assertThat(view.get("status").asText()).isEqualTo("included");
        assertThat(view.get("blockHash").asText()).isEqualTo(location.blockHash().toHex());
        assertThat(view.get("blockHeight").asLong()).isEqualTo(location.height());
        assertThat(view.get("index").asInt()).isEqualTo(location.index());
        assertThat(view.get("arrivedAt").isNull()).isTrue();
        assertThat(view.get("from").asText()).isEqualTo(included.sender().toHex());
        assertThat(view.get("to").asText()).isEqualTo(included.to().toHex());
        assertThat(view.get("amount").asLong()).isEqualTo(25);
        assertThat(view.get("nonce").asLong()).isZero();
        assertThat(view.get("networkId").asLong()).isEqualTo(TestChain.NETWORK_ID);
        assertThat(view.get("timestamp").asLong()).isEqualTo(included.timestamp());
        assertThat(view.get("signature").asText()).isEqualTo(included.signature().toHex());
        assertThat(view.get("size").asInt()).isEqualTo(included.encode().length);
    }

    @Test
    void executableTransactionIsAcceptedAsPending() {
        Transaction tx = api.tx().sender(TestChain.funded(1)).nonce(0).amount(7).build();

        TestApi.Response response = submit(tx);

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(response.json().get("hash").asText()).isEqualTo(tx.hash().toHex());
        assertThat(response.json().get("status").asText()).isEqualTo("pending");
        JsonNode view = api.get("/transactions/" + tx.hash()).json();
        assertThat(view.get("status").asText()).isEqualTo("pending");
        assertThat(view.get("blockHash").isNull()).isTrue();
        assertThat(view.get("arrivedAt").asLong()).isPositive();
        assertThat(api.node().pool().contains(tx.hash())).isTrue();
    }

    @Test
    void futureNonceIsAcceptedAsQueued() {
        Transaction tx = api.tx().sender(TestChain.funded(2)).nonce(5).build();

        TestApi.Response response = submit(tx);

        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(response.json().get("status").asText()).isEqualTo("queued");
        assertThat(api.get("/transactions/" + tx.hash()).json().get("status").asText()).isEqualTo("queued");
    }

    @Test
    void sameTransactionTwiceIsAConflict() {
        Transaction tx = api.tx().sender(TestChain.funded(2)).nonce(10).build();
        assertThat(submit(tx).status()).isEqualTo(202);

        TestApi.Response again = submit(tx);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("ALREADY_KNOWN");
    }

    @Test
    void secondTransactionForATakenNonceIsAConflict() {
        assertThat(submit(api.tx().sender(TestChain.funded(2)).nonce(20).amount(1).build()).status()).isEqualTo(202);

        TestApi.Response second = submit(api.tx().sender(TestChain.funded(2)).nonce(20).amount(2).build());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.error()).isEqualTo("NONCE_TAKEN");
    }

    @Test
    void usedNonceIsRefusedWithItsReason() {
        TestApi.Response response = submit(api.tx().sender(TestChain.funded(0)).nonce(0).amount(3).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("NONCE_TOO_LOW");
    }

    @Test
    void senderWithoutFundsIsRefusedWithItsReason() {
        TestApi.Response response = submit(api.tx().sender(TestKeys.get(3)).nonce(0).amount(1).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("INSUFFICIENT_BALANCE");
    }

    @Test
    void transactionForAnotherNetworkIsRefusedWithItsReason() {
        TestApi.Response response = submit(api.tx().networkId(99).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("WRONG_NETWORK");
    }

    @Test
    void forgedSignatureIsRefusedWithItsReason() {
        Transaction honest = api.tx().sender(TestChain.funded(0)).nonce(1).amount(4).build();
        Transaction other = api.tx().sender(TestChain.funded(0)).nonce(1).amount(5).build();
        Transaction forged = new Transaction(honest.body(), honest.workNonce(), other.signature());

        TestApi.Response response = submit(forged);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("BAD_SIGNATURE");
    }

    @Test
    void weakStampIsRefusedWithItsReason() {
        KeyPair sender = TestChain.funded(0);
        UnsignedTransaction body = api.tx().sender(sender).nonce(1).amount(6).unsigned();
        Hash32 hash = body.hash();
        long weak = 0;
        while (Hashcash.meets(hash, weak, api.params().transactions().workBits())) {
            weak++;
        }
        Transaction tx = new Transaction(body, weak, Pss.sign(sender.getPrivate(), hash));

        TestApi.Response response = submit(tx);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("STAMP_TOO_WEAK");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json                | MALFORMED_JSON",
            "[1, 2]                  | MALFORMED_JSON",
            "{\"raw\": \"00\"} trailing | MALFORMED_JSON",
            "{}                      | MISSING_FIELD",
            "{\"raw\": null}         | MISSING_FIELD",
            "{\"raw\": 12}           | BAD_FIELD",
            "{\"raw\": \"zz\"}       | BAD_HEX",
            "{\"raw\": \"abc\"}      | BAD_HEX",
            "{\"raw\": \"00\"}       | MALFORMED_TRANSACTION",
            "{\"raw\": \"\"}         | MALFORMED_TRANSACTION",
            "{\"raw\": \"c1\"}       | MALFORMED_TRANSACTION",
    })
    void malformedSubmissionsAreRefusedWithACode(String body, String code) {
        TestApi.Response response = api.post("/transactions", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.error()).isEqualTo(code);
    }

    @Test
    void emptyBodyIsMalformedJson() {
        TestApi.Response response = api.post("/transactions", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void rawTransactionIsItsWireBytesWhetherIncludedOrPooled() {
        Transaction pooled = api.tx().sender(TestChain.funded(2)).nonce(30).build();
        assertThat(submit(pooled).status()).isEqualTo(202);

        TestApi.Response includedRaw = api.get("/transactions/" + included.hash() + "/raw");
        TestApi.Response pooledRaw = api.get("/transactions/" + pooled.hash() + "/raw");

        assertThat(includedRaw.status()).isEqualTo(200);
        assertThat(includedRaw.contentType()).startsWith("application/msgpack");
        assertThat(includedRaw.bytes()).isEqualTo(included.encode());
        assertThat(pooledRaw.bytes()).isEqualTo(pooled.encode());
    }

    @Test
    void resubmittingTheRawBytesOfAnIncludedTransactionIsRefused() {
        String raw = Hex.encode(api.get("/transactions/" + included.hash() + "/raw").bytes());

        TestApi.Response response = api.post("/transactions", "{\"raw\": \"" + raw + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("NONCE_TOO_LOW");
    }

    @Test
    void unknownTransactionIsNotFound() {
        TestApi.Response response = api.get("/transactions/" + "ab".repeat(32));
        TestApi.Response raw = api.get("/transactions/" + "ab".repeat(32) + "/raw");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.error()).isEqualTo("TRANSACTION_NOT_FOUND");
        assertThat(raw.status()).isEqualTo(404);
        assertThat(raw.error()).isEqualTo("TRANSACTION_NOT_FOUND");
    }

    @Test
    void malformedTransactionHashIsABadRequest() {
        TestApi.Response response = api.get("/transactions/xyz");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).isEqualTo("BAD_HASH");
    }
}
