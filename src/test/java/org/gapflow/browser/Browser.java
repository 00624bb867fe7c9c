package org.gapflow.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium session for one browser test: Debian's chromium driven by Debian's chromedriver
 * (never a downloaded one), a fresh profile, and a screenshot plus the accessibility checks on every page
 * it shows: target/screenshots/TEST-STEP.png.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("gapflow.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("gapflow.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Debian's chromium is newer than Selenium's DevTools bindings; these tests use only WebDriver, so the
     *  "Unable to find CDP implementation" warning on every start is noise. Held here so it is not collected. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final URL base;
    private final String test;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(URL base, String test) throws IOException {
        this.base = base;
        this.test = test;
        this.profile = Files.createTempDirectory("gapflow-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
        // pages follow the browser's language until the switcher is used: make it English whatever the machine says
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Starts Chromium for the named test, or fails loudly, saying how to install it, when it is missing. */
    public static Browser open(URL base, String test) {
        requireChromium();
        try {
            return new Browser(base, test);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireChromium() {
        // Selenium must never fetch a browser or a driver of its own (its Selenium Manager would try)
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " ") + (Files.isExecutable(CHROMEDRIVER) ? "" : CHROMEDRIVER);
        String how = "Install them: apt-get install chromium chromium-driver (Debian/Ubuntu), or point "
                + "-Dgapflow.chromium and -Dgapflow.chromedriver at a matching pair.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser tests, but Chromium or ChromeDriver is missing: "
                    + missing + ". .ci/run installs them; " + how);
        }
        throw new IllegalStateException("The browser tests (*BrowserIT) need Chromium and ChromeDriver, missing: "
                + missing + ". " + how + " They are not skipped: a missing browser is a failure, not a pass.");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path under the application and records the page as {@code step}. */
    public void visit(String path, String step) {
        driver.get(base.toString() + path);
        page(step);
    }

    /** Logs in through the login form the server showed instead of the protected page asked for. */
    public void logIn(String user, String step) {
        visit("app/home.xhtml", step + "-login");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys("gapflow");
        driver.findElement(By.id("login-submit")).click();
        page(step);
    }

    public WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    public void click(By by, String step) {
        find(by).click();
        page(step);
    }

    /**
     * Waits for the condition. An element PrimeFaces re-renders (a total updated while the user types) can go
     * stale between finding and reading it: the condition is then tried again, as for one not there yet.
     */
    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** The element's text, read again if an update replaced the element in the meantime. */
    public String text(By by) {
        return until(d -> d.findElement(by).getText());
    }

    /**
     * The page as the user sees it now: waits for loading and PrimeFaces requests to finish, keeps a
     * screenshot, and runs the accessibility checks (every page a browser test shows is checked).
     */
    public void page(String step) {
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);"));
        screenshot(step);
        Accessibility.assertAccessible(driver, test + "-" + step);
    }

    public void screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(test + "-" + step + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is no test failure
        }
    }
}
