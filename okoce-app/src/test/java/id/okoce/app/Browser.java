package id.okoce.app;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver: named explicitly, so nothing is
 * downloaded, and with the background networking this machine cannot reach turned off.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port, String language) {
        try {
            profile = Files.createTempDirectory("okoce-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1366,1600", "--lang=" + language, "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        driver = new ChromeDriver(service, options);
        base = "http://127.0.0.1:" + port;
    }

    /** Whether this machine has the browser the tests drive. */
    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Waits (up to 20 s) until {@code condition} gives something other than null or false. */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    WebElement find(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** The text of the first element matching {@code css}, read again when the page replaced it meanwhile. */
    String text(String css) {
        return until(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                return found.isEmpty() ? null : found.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Signs in with {@code token} from the sign-in view. */
    void signIn(String token) {
        open("/");
        find("#token").sendKeys(token);
        find("#sign-in button[type=submit]").click();
        until(d -> !d.findElements(By.cssSelector("#sign-out:not([hidden])")).isEmpty() && d.findElements(By.id("sign-in")).isEmpty()
                && !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    /** Writes the view as it is now to {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations axe-core finds on the view as it is now. */
    List<String> seriousViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    /**
     * The page's console errors so far (a failed script shows here first); the browser's own note of
     * an answer refused with a 4xx status (which the page then shows) is not one.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().matches("(?s).*the server responded with a status of 4\\d\\d.*"))
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
