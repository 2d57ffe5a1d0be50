package dev.ccoin.node.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TestKeys;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Address;
import dev.ccoin.node.api.TestApi;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountsApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static Address sender;
    private static Address recipient;
    private static Transaction first;
    private static Transaction second;

    @BeforeAll
    static void startNodeWithTwoIncludedAndOnePendingTransaction() {
        api = TestApi.start(dataDir);
        sender = TestChain.address(TestChain.funded(0));
        recipient = TestChain.address(TestChain.funded(1));
        first = api.include(api.tx().nonce(0).amount(100).build());
        second = api.include(api.tx().nonce(1).amount(20).build());
        api.stopMining();
        assertThat(api.node().submitTransaction(api.tx().nonce(2).amount(1).build()).isAdmitted()).isTrue();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void accountShowsBalanceNonceAndPendingNonce() {
        JsonNode account = api.get("/accounts/" + sender).json();

        assertThat(account.get("address").asText()).isEqualTo(sender.toHex());
        assertThat(account.get("balance").asLong()).isEqualTo(TestChain.FUNDS - 120);
        assertThat(account.get("nonce").asLong()).isEqualTo(2);
        assertThat(account.get("pendingNonce").asLong()).isEqualTo(3);
        assertThat(account.get("headHeight").asLong()).isEqualTo(api.node().chain().head().height());
    }

    @Test
    void addressIsReadInAnyCaseWithOrWithout0x() {
        assertThat(api.get("/accounts/0x" + sender.toHex().toUpperCase()).json())
                .isEqualTo(api.get("/accounts/" + sender).json());
    }

    @Test
    void unknownAccountIsEmptyNotAnError() {
        JsonNode account = api.get("/accounts/" + TestChain.address(TestKeys.get(3))).json();

        assertThat(account.get("balance").asLong()).isZero();
        assertThat(account.get("nonce").asLong()).isZero();
        assertThat(account.get("pendingNonce").asLong()).isZero();
    }

    @Test
    void transactionsComeNewestFirst() {
        JsonNode page = api.get("/accounts/" + sender + "/transactions").json();

        assertThat(page.get("transactions")).hasSize(2);
        assertThat(page.get("transactions").get(0).get("hash").asText()).isEqualTo(second.hash().toHex());
        assertThat(page.get("transactions").get(1).get("hash").asText()).isEqualTo(first.hash().toHex());
        assertThat(page.get("transactions").get(0).get("status").asText()).isEqualTo("included");
        assertThat(page.get("nextOffset").isNull()).isTrue();
    }

    @Test
    void recipientSeesTheTransactionsItReceived() {
        JsonNode page = api.get("/accounts/" + recipient + "/transactions").json();

        assertThat(page.get("transactions")).hasSize(2);
        assertThat(page.get("transactions").get(0).get("to").asText()).isEqualTo(recipient.toHex());
    }

    @Test
    void transactionsArePaged() {
        JsonNode firstPage = api.get("/accounts/" + sender + "/transactions?limit=1").json();
        JsonNode secondPage = api.get("/accounts/" + sender + "/transactions?limit=1&offset="
                + firstPage.get("nextOffset").asInt()).json();

        assertThat(firstPage.get("transactions").get(0).get("hash").asText()).isEqualTo(second.hash().toHex());
        assertThat(secondPage.get("transactions").get(0).get("hash").asText()).isEqualTo(first.hash().toHex());
        assertThat(secondPage.get("offset").asInt()).isEqualTo(1);
        assertThat(secondPage.get("nextOffset").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "/accounts/xyz, BAD_ADDRESS",
            "/accounts/0x1234, BAD_ADDRESS",
            "/accounts/xyz/transactions, BAD_ADDRESS",
            "/accounts/0000000000000000000000000000000000000000/transactions?limit=0, BAD_PARAMETER",
            "/accounts/0000000000000000000000000000000000000000/transactions?limit=101, BAD_PARAMETER",
            "/accounts/0000000000000000000000000000000000000000/transactions?offset=-1, BAD_PARAMETER",
            "/accounts/0000000000000000000000000000000000000000/transactions?offset=x, BAD_PARAMETER",
    })
    void badAddressesAndPagesAreBadRequests(String path, String code) {
        TestApi.Response response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.error()).isEqualTo(code);
    }
}
