package org.healthjournal.pipeline.notifier;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The system's headless Chromium (flags as e2e's HeadlessChromium) with JavaScript switched off,
 * so a test that passes proves the pages need none. {@link #available()} is false where no
 * Chromium and ChromeDriver are installed ({@code CHROME_BINARY} / {@code CHROMEDRIVER} name others).
 */
public final class NoScriptChromium {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private NoScriptChromium() {
    }

    public static boolean available() {
        return find("CHROME_BINARY", BROWSERS).isPresent() && find("CHROMEDRIVER", DRIVERS).isPresent();
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        find("CHROME_BINARY", BROWSERS).ifPresent(options::setBinary);
        ChromeDriver chrome = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(find("CHROMEDRIVER", DRIVERS).orElseThrow()))
                .usingAnyFreePort().build(), options);
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
            return Files.createTempDirectory("notifier-chromium-").toString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
    }
}
