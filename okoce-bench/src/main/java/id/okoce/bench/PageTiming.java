package id.okoce.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard's first view timed in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}): from the start of the navigation to the moment the last of its cards (the
 * coverage table of 38 provinces) is in the page, as the page's own clock ({@code performance.now()})
 * reads it. A watcher added before any page script records that moment; the view is signed in (the
 * token in the tab's session storage, as the page keeps it). The first load has an empty cache; the
 * reloads after it have the static files cached, as a returning user does. The reference, in the same
 * browser, is the page's empty shell (the sign-in view: the same files, no report read).
 *
 * <p>{@code java -cp okoce-bench.jar id.okoce.bench.PageTiming BASE-URL TOKEN-FILE [RELOADS]} prints
 * the figures of one run against a running service.
 */
public final class PageTiming {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String WATCH = """
            (() => {
              const seen = () => {
                const rows = document.querySelectorAll('#coverage tbody tr').length;
                if (rows > 0 && document.querySelector('#target-count') && window.__okoceShown === undefined) {
                  window.__okoceShown = performance.now();
                }
                if (document.querySelector('#sign-in #token') && window.__okoceShell === undefined) {
                  window.__okoceShell = performance.now();
                }
              };
              new MutationObserver(seen).observe(document, { childList: true, subtree: true });
            })();""";

    /**
     * What was measured.
     *
     * @param coldMs  the first view with an empty cache, in ms
     * @param warmMs  the reloads' views, sorted, in ms
     * @param shellMs the empty shell (sign-in view) with a warm cache, median, in ms
     */
    record Figures(double coldMs, List<Double> warmMs, double shellMs) {

        double warmMedian() {
            return warmMs.get(warmMs.size() / 2);
        }

        double warmMax() {
            return warmMs.get(warmMs.size() - 1);
        }
    }

    private PageTiming() {
    }

    /** Whether the browser is installed. */
    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    /** Times the dashboard of the service at {@code base} for the hub's {@code token}. */
    static Figures measure(String base, String token, int reloads) throws IOException {
        Path profile = Files.createTempDirectory("okoce-bench-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1366,1600",
                        "--lang=id", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            // the empty shell first (its files, the first time), then sign in as the page does: the token in session storage
            driver.get(base + "/");
            double shellCold = await(driver, "__okoceShell");
            ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('okoce.token', arguments[0])", token);
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.navigate().refresh();
            double cold = await(driver, "__okoceShown");
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < reloads; i++) {
                driver.navigate().refresh();
                warm.add(await(driver, "__okoceShown"));
            }
            Collections.sort(warm);
            ((JavascriptExecutor) driver).executeScript("sessionStorage.removeItem('okoce.token')");
            List<Double> shell = new ArrayList<>();
            for (int i = 0; i < Math.max(3, reloads / 2); i++) {
                driver.navigate().refresh();
                shell.add(await(driver, "__okoceShell"));
            }
            Collections.sort(shell);
            BenchRunner.say(String.format("page: shell first %.0f ms, dashboard cold %.0f ms, warm %s ms", shellCold, cold, warm));
            return new Figures(cold, warm, shell.get(shell.size() / 2));
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double await(ChromeDriver driver, String mark) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object at = ((JavascriptExecutor) driver).executeScript("return window." + mark + " === undefined ? null : window." + mark);
            if (at != null) {
                return ((Number) at).doubleValue();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("the page did not show " + mark + " within 60 s");
    }

    /** {@code BASE-URL TOKEN-FILE [RELOADS]}. */
    public static void main(String[] args) throws IOException {
        String token = Files.readString(Path.of(args[1])).strip();
        Figures f = measure(args[0], token, args.length > 2 ? Integer.parseInt(args[2]) : 10);
        System.out.printf("dashboard first view, empty cache: %.0f ms%n", f.coldMs());
        System.out.printf("dashboard view, static files cached: median %.0f ms, max %.0f ms (%d reloads)%n", f.warmMedian(),
                f.warmMax(), f.warmMs().size());
        System.out.printf("the page's empty shell (sign-in view), cached: %.0f ms%n", f.shellMs());
    }
}
