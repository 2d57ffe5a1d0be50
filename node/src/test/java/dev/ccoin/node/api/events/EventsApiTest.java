package dev.ccoin.node.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.core.types.Hex;
import dev.ccoin.node.api.TestApi;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsApiTest {
    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static URI events;

    @BeforeAll
    static void startMiningNode() {
        api = TestApi.start(dataDir);
        events = api.uri("/api/v1/events");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void streamIsServerSentEventsWithoutAskingForThem() throws Exception {
        try (EventSubscription subscription = EventSubscription.open(api.http(), events)) {
            assertThat(subscription.response().statusCode()).isEqualTo(200);
            assertThat(subscription.response().headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/event-stream");
            subscription.awaitConnected(TestApi.DEADLINE);
        }
    }

    @Test
    void everyNewHeadIsABlockEventInHeightOrder() throws Exception {
        try (EventSubscription subscription = EventSubscription.open(api.http(), events)) {
            subscription.awaitConnected(TestApi.DEADLINE);

            EventSubscription.Event first = subscription.next(TestApi.DEADLINE, "a block", e -> e.name().equals("block"));
            EventSubscription.Event second = subscription.next(TestApi.DEADLINE, "a block", e -> e.name().equals("block"));

            assertThat(second.data().get("height").asLong()).isEqualTo(first.data().get("height").asLong() + 1);
            assertThat(second.data().get("parentHash").asText()).isEqualTo(first.data().get("hash").asText());
            assertThat(second.data().has("transactions")).isTrue();
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
        }
    }

    @Test
    void admittedTransactionIsATxEventAndThenPartOfABlockEvent() throws Exception {
        try (EventSubscription subscription = EventSubscription.open(api.http(), events)) {
            subscription.awaitConnected(TestApi.DEADLINE);
            Transaction tx = api.tx().nonce(api.node().pool().pendingNonce(api.tx().build().sender(),
                    api.node().chain().headState())).amount(3).build();

            TestApi.Response submitted = api.post("/transactions",
                    "{\"raw\": \"" + Hex.encode(tx.encode()) + "\"}");

            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
            String hash = tx.hash().toHex();
            EventSubscription.Event txEvent = subscription.next(TestApi.DEADLINE, "the tx event",
                    e -> e.name().equals("tx") && e.data().get("hash").asText().equals(hash));
            assertThat(txEvent.data().get("amount").asLong()).isEqualTo(3);
            EventSubscription.Event block = subscription.next(TestApi.DEADLINE, "the block with the tx",
                    e -> e.name().equals("block") && hashes(e).contains(hash));
            assertThat(block.data().get("transactionCount").asInt()).isPositive();
        }
    }

    @Test
    void subscribersBeyondTheLimitAreRefusedUntilOneLeaves() throws Exception {
        List<EventSubscription> open = new ArrayList<>();
        try {
            EventSubscription refused = null;
            for (int i = 0; i <= EventStream.MAX_SUBSCRIBERS && refused == null; i++) {
                EventSubscription subscription = EventSubscription.open(api.http(), events);
                if (subscription.response().statusCode() == 200) {
                    open.add(subscription);
                } else {
                    refused = subscription;
                }
            }

            assertThat(refused).as("a refusal by the %sth stream", EventStream.MAX_SUBSCRIBERS + 1).isNotNull();
            assertThat(refused.response().statusCode()).isEqualTo(429);
            String body = String.join("", (Iterable<String>) refused.response().body()::iterator);
            assertThat(new ObjectMapper().readTree(body).get("error").asText()).isEqualTo("TOO_MANY_SUBSCRIBERS");
        } finally {
            open.forEach(EventSubscription::close);
        }
        // A subscriber that left frees its slot once the server notices, at its next write.
        Await.until(TestApi.DEADLINE, "a free subscriber slot", () -> {
            try (EventSubscription again = EventSubscription.open(api.http(), events)) {
                return again.response().statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    private static List<String> hashes(EventSubscription.Event block) {
        return StreamSupport.stream(block.data().get("transactions").spliterator(), false)
                .map(node -> node.asText())
                .toList();
    }
}
