package dev.ccoin.node.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccoin.core.testing.Await;
import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.ApiServer;
import dev.ccoin.node.p2p.TestNet;
import dev.ccoin.node.p2p.TestNet.Member;
import dev.ccoin.node.txpool.Admission;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The block explorer in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs) against a live validator of two, connected to the other: new blocks arrive over the event
 * stream, a transaction link opens its page, the search box finds an account, the chart draws the recent blocks on
 * labelled axes, the authorities page shows both slots as {@code GET /authorities} counts them and the peers page
 * shows the other validator. Screenshots go to {@code target/explorer-screenshots}, outside git.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static TestNet net;
    private static Member served;
    private static Member other;
    private static ApiServer server;
    private static WebDriver browser;

    @BeforeAll
    static void startNodesAndBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        net = new TestNet(dataDir.resolve("net"), TestChain.params(2));
        served = net.validator(0, List.of(), TestNet.fastConfig());
        other = net.validator(1, List.of(served.endpoint()), TestNet.fastConfig());
        server = ApiServer.start(served.node(), served.network(), Optional.of(served.network().nodeId()),
                "127.0.0.1", 0);
        Await.until(WAIT, "the validators connected and sealed a few blocks",
                () -> served.peerCount() == 1 && served.node().chain().head().height() >= 4);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + dataDir.resolve("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (net != null) {
            net.close();
        }
    }

    @Test
    void explorerShowsLiveBlocksFollowsATransactionAndFindsAnAccount() throws IOException {
        // The live table is redrawn on every new block, so a row found a moment ago may be gone when it is read.
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(server.url() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recent-blocks tr")));
        long firstShown = wait.until(driver -> newestHeightShown());

        wait.until(driver -> newestHeightShown() > firstShown);
        screenshot("home");

        Transaction tx = include(tx().amount(7).build());
        By txLink = By.cssSelector("#view a[href='#/tx/" + tx.hash().toHex() + "']");
        // Clicked inside the wait: the link may be in a row that is redrawn, or not yet shown, when first found.
        wait.ignoring(ElementNotInteractableException.class).until(driver -> {
            driver.findElement(txLink).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), tx.hash().toHex()));
        assertThat(browser.findElement(By.id("view")).getText()).contains("Transaction", "included", "7");
        screenshot("transaction");

        WebElement search = browser.findElement(By.id("search-input"));
        search.clear();
        search.sendKeys("0x" + tx.sender().toHex().toUpperCase());
        browser.findElement(By.cssSelector("#search button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "Account"));
        assertThat(browser.findElement(By.id("view")).getText())
                .contains(tx.sender().toHex(), "balance", tx.hash().toHex().substring(0, 12));
        screenshot("account");
    }

    @Test
    void chartDrawsTheRecentBlocksOnLabelledAxesWithTheirTransactions() throws IOException {
        Transaction tx = include(tx().sender(TestChain.funded(1)).to(TestChain.address(TestChain.funded(2)))
                .amount(3).build());
        long txHeight = served.node().chain().transactionLocation(tx.hash()).orElseThrow().height();
        browser.get(server.url() + "/#/");
        // The chart is redrawn on every block: each check reads one drawing in one script.
        Map<?, ?> chart = new WebDriverWait(browser, WAIT).until(driver -> {
            Object drawn = script("""
                    const c = document.querySelector('#chart');
                    if (!c || !c.dataset.to) return null;
                    const bar = c.querySelector('rect.tx-bar[data-height="' + arguments[0] + '"] title');
                    return { from: Number(c.dataset.from), to: Number(c.dataset.to),
                      bars: c.querySelectorAll('rect.tx-bar[data-height]').length,
                      points: c.querySelectorAll('circle.point[data-height]').length,
                      ticks: c.querySelectorAll('text.tick').length, text: c.textContent,
                      txBar: bar ? bar.textContent : null, title: document.querySelector('#chart-title').textContent };
                    """, txHeight);
            return drawn instanceof Map<?, ?> map && map.get("txBar") != null ? map : null;
        });
        long from = ((Number) chart.get("from")).longValue();
        long to = ((Number) chart.get("to")).longValue();

        assertThat(from).isEqualTo(Math.max(1, to - 99));
        assertThat(((Number) chart.get("bars")).longValue()).as("one bar per block").isEqualTo(to - from + 1);
        assertThat(((Number) chart.get("points")).longValue()).as("one interval per block but block 1")
                .isEqualTo(to - Math.max(2, from) + 1);
        assertThat(((Number) chart.get("ticks")).intValue()).as("tick labels on three axes").isGreaterThan(6);
        assertThat((String) chart.get("text")).contains("interval (s)", "transactions", "block height",
                "seconds since the parent block", "sealed in turn", "sealed by a backup", "transactions in the block",
                "#" + from, "#" + to);
        assertThat((String) chart.get("txBar")).startsWith("#" + txHeight + ": ").contains("transaction");
        assertThat((String) chart.get("title")).contains("the last " + (to - from + 1) + " blocks",
                "#" + from + "–#" + to);
        screenshot("chart");
    }

    @Test
    void authoritiesPageShowsEachSlotAsTheApiCountsIt() throws IOException {
        browser.get(server.url() + "/#/authorities");
        // Drawn again on every block: compare one drawing with the API's answer at the head it names.
        String matched = new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    String page = driver.findElement(By.id("view")).getText();
                    JsonNode view = apiGet("/authorities");
                    if (!page.contains("Authorities at head #" + view.get("headHeight").asLong() + "\n")) {
                        return null;
                    }
                    for (JsonNode a : view.get("authorities")) {
                        String row = script("return document.querySelector('#view tr[data-slot=\"' + arguments[0]"
                                + " + '\"]')?.textContent ?? null", a.get("slot").asInt());
                        if (row == null || !row.contains(a.get("address").asText())
                                || !row.contains(share(a.get("recentInTurn").asInt(), a.get("recentBlocks").asInt()))
                                || !row.contains(share(a.get("recentInTurn").asInt(), a.get("recentTurns").asInt()))
                                || !row.contains("#" + a.get("nextInTurnHeight").asLong())) {
                            return null;
                        }
                    }
                    return page;
                });

        assertThat(browser.findElements(By.cssSelector("#view tr[data-slot]"))).hasSize(2);
        for (int slot = 0; slot < 2; slot++) {
            assertThat(matched).contains(net.params().authorities().get(slot).toHex());
        }
        assertThat(matched).contains("in-turn share", "turns kept", "last sealed", "next block",
                "block h is in turn for slot h mod 2");
        assertThat(browser.findElement(By.cssSelector("#nav a.active")).getText()).isEqualTo("Authorities");
        screenshot("authorities");
    }

    @Test
    void peersPageShowsTheOtherValidatorAsTheApiReportsIt() throws IOException {
        JsonNode peer = apiGet("/peers").get("peers").get(0);
        assertThat(peer.get("nodeId").asText()).isEqualTo(other.network().nodeId().toHex());
        browser.get(server.url() + "/#/peers");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        By row = By.cssSelector("#view tr[data-node-id='" + peer.get("nodeId").asText() + "']");
        String text = wait.until(driver -> driver.findElement(row).getText());

        assertThat(text).contains(peer.get("nodeId").asText().substring(0, 16), peer.get("host").asText() + ":" + peer.get("port").asInt(),
                peer.get("direction").asText(), peer.get("source").asText(), peer.get("agent").asText());
        assertThat(browser.findElement(By.id("view")).getText()).contains("Peers (1)", "node id", "learnt from",
                "connected since", served.network().nodeId().toHex());
        screenshot("peers");
    }

    @Test
    void navigationLinksTheOpenApiDocument() {
        browser.get(server.url() + "/");
        WebElement openApi = browser.findElement(By.id("nav-openapi"));
        assertThat(openApi.getAttribute("href")).isEqualTo(server.url() + "/api/v1/openapi.json");

        openApi.click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(server.url() + "/api/v1/openapi.json"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"openapi\"", "3.1");
    }

    /** What the page prints for {@code part} of {@code whole}, as explorer.js does. */
    private static String share(int part, int whole) {
        return (whole > 0 ? Math.round(100.0 * part / whole) + "%" : "—") + " (" + part + " of " + whole + ")";
    }

    private static TxBuilder tx() {
        return new TxBuilder(net.params()).timestamp(System.currentTimeMillis());
    }

    /** Submits {@code tx} to the served validator and waits until its chain includes it. */
    private static Transaction include(Transaction tx) {
        Admission admission = served.node().submitTransaction(tx);
        assertThat(admission.isAdmitted()).as("admitted: %s", admission).isTrue();
        Await.until(WAIT, "inclusion of " + tx, () -> served.node().chain().transactionLocation(tx.hash()).isPresent());
        return tx;
    }

    private static JsonNode apiGet(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(server.url() + "/api/v1" + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T script(String script, Object... args) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The height in the first row of the recent-blocks table ("#12"). */
    private static long newestHeightShown() {
        String first = browser.findElement(By.cssSelector("#recent-blocks tr td a")).getText();
        return Long.parseLong(first.replace("#", "").trim());
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "explorer-screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
