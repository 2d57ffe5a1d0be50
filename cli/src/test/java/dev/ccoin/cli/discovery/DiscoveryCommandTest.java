package dev.ccoin.cli.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import dev.ccoin.cli.Main;
import dev.ccoin.core.testing.Await;
import dev.ccoin.discovery.DiscoveryOptions;
import dev.ccoin.discovery.DiscoveryService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DiscoveryCommandTest {
    private static final Pattern URL = Pattern.compile("listening on (http://\\S+?);");

    @Test
    void helpNamesTheHostAndPortOptionsAndTheirDefaults() {
        Ccoin.Result result = new Ccoin().run("discovery", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--host", "--port", "127.0.0.1", "4444", "Ctrl-C");
    }

    @Test
    void ccoinHelpListsTheDiscoveryCommand() {
        assertThat(new Ccoin().run("--help").out()).contains("discovery");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port=70000", "--port=-1", "--port=abc", "--max-nodes=0", "--host="})
    void badOptionIsAUsageError(String option) {
        Ccoin.Result result = new Ccoin().run("discovery", option);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isNotBlank();
    }

    @Test
    void portAlreadyInUseFailsWithOneLineNamingIt() {
        try (DiscoveryService other = DiscoveryService.start(DiscoveryOptions.defaults().withPort(0), Clock.systemUTC())) {
            Ccoin.Result result = new Ccoin().run("discovery", "--port", String.valueOf(other.port()));

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("127.0.0.1:" + other.port()).hasLineCount(1);
        }
    }

    @Test
    void runningServicePrintsItsUrlServesUntilInterruptedAndThenStops() throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread run = new Thread(() -> {
            CommandLine commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(new StringWriter(), true));
            exitCode.set(commandLine.execute("discovery", "--port", "0"));
        }, "discovery-command");
        run.start();

        Await.until(Duration.ofSeconds(20), "the URL printed", () -> URL.matcher(out.toString()).find());
        Matcher matcher = URL.matcher(out.toString());
        assertThat(matcher.find()).isTrue();
        URI url = URI.create(matcher.group(1));
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/health")).build();
        assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body()).contains("\"status\":\"ok\"");

        run.interrupt();
        run.join(Duration.ofSeconds(20).toMillis());

        assertThat(run.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();
        Await.until(Duration.ofSeconds(10), "the port closed", () -> refused(http, health));
    }

    private static boolean refused(HttpClient http, HttpRequest request) {
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return e.getCause() instanceof ConnectException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
