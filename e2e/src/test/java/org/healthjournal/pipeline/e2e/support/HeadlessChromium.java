package org.healthjournal.pipeline.e2e.support;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real headless Chromium driven through WebDriver. Uses the system's Chromium and ChromeDriver
 * (Debian: packages chromium and chromium-driver, which .ci/run installs) or the ones named by
 * {@code CHROME_BINARY} / {@code CHROMEDRIVER}; without either, Selenium Manager fetches a matching
 * Chrome for Testing.
 */
public final class HeadlessChromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChromium() {
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + freshProfile());
        find("CHROME_BINARY", BROWSERS).ifPresent(options::setBinary);
        Optional<String> driver = find("CHROMEDRIVER", DRIVERS);
        ChromeDriver chrome = driver.isPresent()
                ? new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
                        .usingAnyFreePort().build(), options)
                : new ChromeDriver(options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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
            return Files.createTempDirectory("e2e-chromium-").toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
    }
}
