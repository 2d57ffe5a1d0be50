package dev.ccoin.node.api.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.block.Block;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.TestApi;
import dev.ccoin.node.chain.ChainHead;
import dev.ccoin.node.chain.TxLocation;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlocksApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static Transaction tx;
    private static ChainHead head;

    @BeforeAll
    static void startNodeWithAFewBlocks() {
        api = TestApi.start(dataDir);
        tx = api.include(api.tx().amount(25).build());
        api.awaitHeight(3);
        api.stopMining();
        head = api.node().chain().head();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void blockCountIsTheHeadHeightPlusOneAsABareNumber() {
        TestApi.Response response = api.get("/blocks/count");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo(Long.toString(head.height() + 1));
    }

    @Test
    void latestIsTheHeadWithItsWorkAndTotalWork() {
        JsonNode block = api.get("/blocks/latest").json();

        assertThat(block.get("hash").asText()).isEqualTo(head.hash().toHex());
        assertThat(block.get("height").asLong()).isEqualTo(head.height());
        assertThat(block.get("totalWork").bigIntegerValue()).isEqualTo(head.totalWork());
        assertThat(block.get("inTurn").asBoolean()).isTrue();
        assertThat(block.get("work").bigIntegerValue()).isEqualTo(BigInteger.valueOf(2L << api.params().mining().difficulty()));
        assertThat(block.get("canonical").asBoolean()).isTrue();
        assertThat(block.get("miner").asText()).isEqualTo(head.block().header().miner().toHex());
        assertThat(block.get("parentHash").asText()).isEqualTo(head.block().header().parentHash().toHex());
        assertThat(block.get("timestamp").asLong()).isEqualTo(head.block().header().timestamp());
        assertThat(block.get("size").asInt()).isEqualTo(head.block().encode().length);
    }

    @Test
    void blockByHeightAndByHashInAnySpellingAreTheSame() {
        String hash = api.node().chain().blockAt(1).orElseThrow().hash().toHex();

        JsonNode byHeight = api.get("/blocks/1").json();

        assertThat(byHeight.get("hash").asText()).isEqualTo(hash);
        assertThat(api.get("/blocks/" + hash).json()).isEqualTo(byHeight);
        assertThat(api.get("/blocks/0x" + hash.toUpperCase()).json()).isEqualTo(byHeight);
    }

    @Test
    void genesisHasTheZeroMinerAndIsNotInTurn() {
        JsonNode genesis = api.get("/blocks/0").json();

        assertThat(genesis.get("miner").asText()).isEqualTo("0".repeat(40));
        assertThat(genesis.get("inTurn").asBoolean()).isFalse();
        assertThat(genesis.get("transactionCount").asInt()).isZero();
        assertThat(genesis.get("transactions")).isEmpty();
    }

    @Test
    void blockListsItsTransactionHashesByDefault() {
        TxLocation location = api.node().chain().transactionLocation(tx.hash()).orElseThrow();

        JsonNode block = api.get("/blocks/" + location.height()).json();

        assertThat(block.get("transactionCount").asInt()).isEqualTo(1);
        assertThat(block.get("transactions").get(0).asText()).isEqualTo(tx.hash().toHex());
    }

    @Test
    void blockListsFullTransactionsOnRequest() {
        TxLocation location = api.node().chain().transactionLocation(tx.hash()).orElseThrow();

        JsonNode included = api.get("/blocks/" + location.blockHash() + "?full=true").json().get("transactions").get(0);

        assertThat(included.get("hash").asText()).isEqualTo(tx.hash().toHex());
        assertThat(included.get("status").asText()).isEqualTo("included");
        assertThat(included.get("blockHeight").asLong()).isEqualTo(location.height());
        assertThat(included.get("index").asInt()).isZero();
        assertThat(included.get("from").asText()).isEqualTo(tx.sender().toHex());
        assertThat(included.get("amount").asLong()).isEqualTo(25);
    }

    @Test
    void rawBlockIsItsExactWireBytes() {
        Block block = api.node().chain().blockAt(2).orElseThrow();

        TestApi.Response response = api.get("/blocks/2/raw");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/msgpack");
        assertThat(response.bytes()).isEqualTo(block.encode());
        assertThat(Block.decode(response.bytes()).hash()).isEqualTo(block.hash());
    }

    @Test
    void headersComeNewestFirstByDefaultWithoutTransactions() {
        JsonNode page = api.get("/blocks?limit=2").json();

        assertThat(heights(page)).containsExactly(head.height(), head.height() - 1);
        assertThat(page.get("blocks").get(0).has("transactions")).isFalse();
        assertThat(page.get("blocks").get(0).has("transactionCount")).isTrue();
        assertThat(page.get("nextFrom").asLong()).isEqualTo(head.height() - 2);
    }

    @Test
    void headersComeOldestFirstOnRequest() {
        JsonNode page = api.get("/blocks?from=0&limit=2&order=asc").json();

        assertThat(heights(page)).containsExactly(0L, 1L);
        assertThat(page.get("nextFrom").asLong()).isEqualTo(2);
    }

    @Test
    void lastPageHasNoNext() {
        JsonNode page = api.get("/blocks?from=1&limit=5").json();

        assertThat(heights(page)).containsExactly(1L, 0L);
        assertThat(page.get("nextFrom").isNull()).isTrue();
    }

    @Test
    void pageFromBeyondTheHeadStartsAtTheHead() {
        JsonNode page = api.get("/blocks?from=1000000&limit=1").json();

        assertThat(heights(page)).containsExactly(head.height());
    }

    @ParameterizedTest
    @CsvSource({
            "/blocks/1000000, 404, BLOCK_NOT_FOUND",
            "/blocks/1000000/raw, 404, BLOCK_NOT_FOUND",
            "/blocks/" + "ab" + "0000000000000000000000000000000000000000000000000000000000000000" + ", 400, BAD_BLOCK_ID",
            "/blocks/00000000000000000000000000000000000000000000000000000000000000ff, 404, BLOCK_NOT_FOUND",
            "/blocks/nonsense, 400, BAD_BLOCK_ID",
            "/blocks/12ab, 400, BAD_BLOCK_ID",
            "/blocks/-1, 400, BAD_BLOCK_ID",
            "/blocks/99999999999999999999999, 400, BAD_BLOCK_ID",
            "/blocks/zz00000000000000000000000000000000000000000000000000000000000000, 400, BAD_HASH",
            "/blocks/1?full=maybe, 400, BAD_PARAMETER",
            "/blocks?limit=0, 400, BAD_PARAMETER",
            "/blocks?limit=101, 400, BAD_PARAMETER",
            "/blocks?limit=ten, 400, BAD_PARAMETER",
            "/blocks?from=-1, 400, BAD_PARAMETER",
            "/blocks?order=sideways, 400, BAD_PARAMETER",
    })
    void badOrUnknownBlockIdsAndParametersAreJsonErrors(String path, int status, String code) {
        TestApi.Response response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.error()).isEqualTo(code);
        assertThat(response.json().get("message").asText()).isNotBlank();
    }

    private static List<Long> heights(JsonNode page) {
        List<Long> heights = new ArrayList<>();
        page.get("blocks").forEach(block -> heights.add(block.get("height").asLong()));
        return heights;
    }
}
