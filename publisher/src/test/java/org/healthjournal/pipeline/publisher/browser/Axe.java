package org.healthjournal.pipeline.publisher.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (committed under test resources, see axe/README.md) on the page the browser shows.
 * WebDriver's script injection is not subject to the page's CSP, so the site's script-src 'none'
 * stays as it is for the test.
 */
final class Axe {

    private static final String SOURCE = load();
    /** WCAG 2.0/2.1 A and AA, plus Deque's best practices. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
               .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                   + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(error => done(['axe failed: ' + error]));
            """;

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violationsOn(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript(RUN);
        return (List<String>) result;
    }

    static String version(WebDriver browser) {
        Object version = ((JavascriptExecutor) browser).executeScript("return axe.version");
        return String.valueOf(version);
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
