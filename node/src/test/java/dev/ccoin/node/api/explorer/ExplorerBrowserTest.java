package dev.ccoin.node.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ccoin.core.tx.Transaction;
import dev.ccoin.node.api.TestApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
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
 * {@code .ci/run} installs) against a live node: new blocks arrive over the event stream, a transaction link opens
 * its page, and the search box finds an account. Screenshots go to {@code target/explorer-screenshots}, outside git.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;

    private static TestApi api;
    private static WebDriver browser;

    @BeforeAll
    static void startNodeAndBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        api = TestApi.start(dataDir);
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
        if (api != null) {
            api.close();
        }
    }

    @Test
    void explorerShowsLiveBlocksFollowsATransactionAndFindsAnAccount() throws IOException {
        // The live table is redrawn on every new block, so a row found a moment ago may be gone when it is read.
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(api.server().url() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recent-blocks tr")));
        long firstShown = wait.until(driver -> newestHeightShown());

        wait.until(driver -> newestHeightShown() > firstShown);
        screenshot("home");

        Transaction tx = api.include(api.tx().amount(7).build());
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
