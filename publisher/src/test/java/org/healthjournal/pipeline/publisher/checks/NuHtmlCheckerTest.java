package org.healthjournal.pipeline.publisher.checks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the page tests rely on does find errors: a silent checker would pass anything. */
class NuHtmlCheckerTest {

    @Test
    void findsErrorsInABrokenPage() throws Exception {
        String broken = "<!DOCTYPE html><html lang=\"en\"><head></head><body><p><span id=\"x\"></span>"
                + "<span id=\"x\"></span><a href=\"#\"><a href=\"#\">nested</a></a><time datetime=\"soon\">t</time>"
                + "</body></html>";

        assertThat(NuHtmlChecker.errorsIn(broken))
                .anyMatch(error -> error.contains("title"))
                .anyMatch(error -> error.contains("Duplicate ID"))
                .anyMatch(error -> error.contains("datetime"));
    }

    @Test
    void acceptsAValidPageWithLinkPreviewsAndJsonLd() throws Exception {
        String valid = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>A page</title>
                <meta property="og:title" content="A page">
                <script type="application/ld+json">{"@type":"MedicalWebPage","headline":"\\u003c/script\\u003e"}</script>
                </head>
                <body><main><h1>A page</h1></main></body>
                </html>
                """;

        assertThat(NuHtmlChecker.errorsIn(valid)).isEmpty();
    }
}
