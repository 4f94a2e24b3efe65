package org.healthjournal.pipeline.testkit;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real headless Chromium driven through WebDriver, for every module's browser tests. Uses the
 * system's Chromium and ChromeDriver (Debian: packages chromium and chromium-driver, which
 * .ci/run installs) or the ones named by {@code CHROME_BINARY} / {@code CHROMEDRIVER}; without
 * either, Selenium Manager fetches a matching Chrome for Testing. There is no "not available"
 * answer on purpose: a browser test without a browser fails rather than passes by being skipped.
 * The flags keep it off the network (this machine has none but localhost) and give every run a
 * fresh profile.
 */
public final class HeadlessChromium {

    /** A desktop window. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 1024;
    /** A phone-sized window: pages must be usable on a phone. */
    public static final int PHONE_WIDTH = 412;
    public static final int PHONE_HEIGHT = 915;

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start() {
        return start(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    public static ChromeDriver start(int width, int height) {
        return start(options(width, height));
    }

    /** With JavaScript switched off, so a test that passes proves the pages need none. */
    public static ChromeDriver startWithoutJavaScript(int width, int height) {
        ChromeOptions options = options(width, height);
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(options);
    }

    /**
     * Clicks a link or a form's button and waits until the browser shows the page it leads to.
     * WebDriver's click does not reliably wait for a navigation it starts (a form posted back to
     * the same address is the usual case), so a lookup right after it can still see the old page;
     * this waits until the old document is gone.
     */
    public static void clickAndAwaitNextPage(WebDriver browser, WebElement target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(oldPage));
    }

    /**
     * Whether an element's document has gone. Selenium's own staleness check only knows the
     * "stale element" answer; while the new document is still being attached, Chromium can
     * instead answer that the node "does not belong to the document", which means the same.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException gone) {
            return true;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    private static ChromeOptions options(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--user-data-dir=" + freshProfile());
        find("CHROME_BINARY", BROWSERS).ifPresent(options::setBinary);
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        Optional<String> driver = find("CHROMEDRIVER", DRIVERS);
        ChromeDriver chrome = driver.isPresent()
                ? new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
                        .usingAnyFreePort().build(), options)
                : new ChromeDriver(options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    private static Optional<String> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("test-chromium-").toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
    }
}
