package org.healthjournal.pipeline.publisher.browser;

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
 * A real headless Chromium driven through WebDriver: the system's Chromium and ChromeDriver
 * (Debian packages chromium and chromium-driver) or the ones named by {@code CHROME_BINARY} /
 * {@code CHROMEDRIVER}. The flags keep it off the network (this machine has none but localhost)
 * and give every run a fresh profile.
 */
final class HeadlessChromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=390,844", "--user-data-dir=" + freshProfile());
        find("CHROME_BINARY", BROWSERS).ifPresent(options::setBinary);
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
            return Files.createTempDirectory("publisher-chromium-").toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
    }
}
