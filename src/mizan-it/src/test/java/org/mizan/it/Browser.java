package org.mizan.it;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Selenium, pointed at the test server. Chromium writes into
 * HOME and TMPDIR whatever its flags say, so both point at a scratch folder under target/.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final URI base;
    private final Path work;
    private final WebDriver driver;

    public Browser(MizanServer server) {
        this(server.uri("/"), server.work());
    }

    /** A browser for the Mizan at {@code base} (a load balancer in front of several nodes, say). */
    public Browser(URI base, Path work) {
        this.base = base;
        this.work = work;
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does this)");
        }
        Path scratch = scratch(work.resolve("chromium"));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The console's errors, for tests that fail on them.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + scratch.resolve("profile-" + System.nanoTime()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", scratch.toString(), "TMPDIR", scratch.toString()))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static Path scratch(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every request from now on claims to come from {@code address}, as through a trusted reverse proxy. */
    public void poseAs(String address) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    public WebElement find(String id) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** WCAG 2.0 and 2.1, levels A and AA: what the pages must meet, without axe's best-practice rules. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> FAILING_IMPACTS = List.of("critical", "serious");

    /**
     * The critical and serious WCAG 2.1 AA violations axe-core finds on the page as it is now. axe runs in the page
     * itself (its legacy mode: Mizan's pages have no frames, and the default opens a second window per check) and hands
     * back violations only, not the thousands of passing nodes a table-heavy page has.
     */
    public List<Rule> wcagViolations() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder().withOptions(options).withTags(WCAG_AA).setLegacyMode(true).disableIframeTesting().analyze(driver)
                .getViolations().stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
    }

    public WebDriverWait await() {
        // Polled every 100 ms, not Selenium's 500: most waits (an AJAX update, a new page) end within a few hundred
        // milliseconds, and the suite waits thousands of times.
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
    }

    /** Types into the field with this id, replacing what was there. */
    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the page to be replaced by the next one. */
    public void clickAndWaitForPage(String id) {
        clickAndWaitForPage(By.id(id));
    }

    public void clickAndWaitForPage(By locator) {
        WebElement element = await().until(ExpectedConditions.elementToBeClickable(locator));
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        await().until(driver -> isGone(html));
    }

    /**
     * True once the element's page has been replaced. Chromium sometimes answers for a node of the
     * old page with "does not belong to the document" instead of a stale-element error: gone, too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** The language links sit in the page header (or the sign-in card). */
    public void switchLanguage(String language) {
        clickAndWaitForPage(By.cssSelector("a[id$='lang-" + language + "']"));
    }

    /** Waits until PrimeFaces has no AJAX request queued or in flight. */
    public void awaitAjax() {
        await().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Whether an element with this id is on the page now (visible or not); does not wait. */
    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Clicks what the locator finds once it is clickable, then waits for the AJAX request it started. */
    public void clickAndAwaitAjax(By locator) {
        await().until(ExpectedConditions.elementToBeClickable(locator)).click();
        awaitAjax();
    }

    /**
     * Picks an item of a panel that has just opened (a menu's option, a suggestion) once the panel stands still: a click
     * at the item's centre during the opening animation lands on its neighbour.
     */
    public void choose(By item) {
        org.openqa.selenium.Rectangle[] last = new org.openqa.selenium.Rectangle[1];
        WebElement still = await().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElement(item);
            if (!found.isDisplayed()) {
                return null;
            }
            org.openqa.selenium.Rectangle now = found.getRect();
            boolean stood = now.equals(last[0]);
            last[0] = now;
            return stood ? found : null;
        });
        still.click();
        awaitAjax();
    }

    /**
     * Picks a person picker's suggestion by script, on the very row: a pointer's click on a suggestion row of the
     * right-to-left picker panels selected the row beside it.
     */
    public void pickSuggestion(By suggestion) {
        await().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElement(suggestion);
            if (!found.isDisplayed()) {
                return false;
            }
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("arguments[0].click();", found);
            return true;
        });
        awaitAjax();
    }

    public void clickAndAwaitAjax(String id) {
        clickAndAwaitAjax(By.id(id));
    }

    /** A query parameter of the page's current address, or null. */
    public String queryParameter(String name) {
        String query = java.net.URI.create(driver.getCurrentUrl()).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                if (key.equals(name)) {
                    return equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        clickAndWaitForPage("login:submit");
    }

    public String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getAttribute(name);
    }

    public String pageTitle() {
        return find("page-title").getText();
    }

    /** The console's errors since the last call (Chromium hands each line out once). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Resizes the window, as a phone (390 wide) or a laptop would show the page. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** How many CSS pixels the page is wider than its window: what a reader would have to scroll sideways. */
    public long horizontalOverflow() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                        + " - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    /** The innermost visible elements that stick out of the window sideways (at most five), to name in a failure. */
    public String overflowingElements() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var width = document.documentElement.clientWidth, out = [];
                // What sticks out of a box that scrolls or clips sideways does not widen the page.
                function scrolledWithin(e) {
                    for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) { return true; }
                    }
                    return false;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.width > 0 && (r.right > width + 1 || r.left < -1) && !scrolledWithin(e)) { out.push(e); }
                });
                return out.filter(function (e) { return !out.some(function (o) { return o !== e && e.contains(o); }); })
                    .slice(0, 5).map(function (e) {
                        var r = e.getBoundingClientRect();
                        return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className
                            ? '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '') + ' [' + Math.round(r.left) + ','
                            + Math.round(r.right) + ']';
                    }).join(', ');
                """));
    }

    /** A screenshot for the person reading a failed run. */
    public void screenshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(scratch(work.resolve("screenshots")).resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
