package dev.ccoin.node.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
    @TempDir
    Path dataDir;

    @Test
    void serverListensOnTheConfiguredLoopbackAddress() {
        try (TestApi api = TestApi.start(dataDir)) {
            assertThat(api.server().url()).isEqualTo("http://127.0.0.1:" + api.server().port());
            assertThat(api.server().port()).isPositive();
            assertThat(api.get("/status").status()).isEqualTo(200);
        }
    }

    @Test
    void blockExplorerIsServedAtTheRoot() {
        try (TestApi api = TestApi.start(dataDir)) {
            TestApi.Response page = api.send(HttpRequest.newBuilder(api.uri("/")).GET().build());
            TestApi.Response script = api.send(HttpRequest.newBuilder(api.uri("/explorer.js")).GET().build());

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("ccoin explorer");
            assertThat(script.status()).isEqualTo(200);
        }
    }

    @Test
    void secondServerOnATakenPortFailsNamingIt() {
        try (TestApi api = TestApi.start(dataDir)) {
            int taken = api.server().port();

            assertThatThrownBy(() -> ApiServer.start(api.node(), new NoPeers(api.node().chain()), Optional.empty(),
                    "127.0.0.1", taken))
                    .isInstanceOf(ApiStartException.class)
                    .hasMessageContaining("127.0.0.1:" + taken);
        }
    }

    @Test
    void closingTheServerEndsOpenEventStreams() throws Exception {
        try (TestApi api = TestApi.start(dataDir)) {
            HttpResponse<Stream<String>> stream = api.http().send(
                    HttpRequest.newBuilder(api.uri("/api/v1/events")).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            CompletableFuture<Void> greeted = new CompletableFuture<>();
            CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> stream.body().forEach(line -> {
                if (line.startsWith(":")) {
                    greeted.complete(null);
                }
            }));
            greeted.get(TestApi.DEADLINE.toSeconds(), TimeUnit.SECONDS);

            api.server().close();

            // The stream ends: cleanly, or cut short when the server goes; either way the client is not left waiting.
            ended.handle((done, failure) -> null).get(TestApi.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertThat(ended).isDone();
        }
    }

    @Test
    void closedServerNoLongerAnswers() {
        try (TestApi api = TestApi.start(dataDir)) {
            api.server().close();

            assertThatThrownBy(() -> api.get("/status")).hasCauseInstanceOf(ConnectException.class);
        }
    }
}
