package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The staff page of delivery statistics, signed in through the form as a browser would. */
class DeliveriesPageIT extends AbstractNotifierIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void signedInStaffSeeEachRecentArticlesAudienceAndOutcomes() throws Exception {
        String domain = uniqueDomain("page");
        confirmedSubscribers("p", domain, 3);
        ArticlePublished article = published("page-" + domain.substring(5, 13), 1, "Counted " + domain,
                Instant.now());
        publish(article);
        await().atMost(TIMEOUT).until(() -> mailsToDomain(domain).size() == 3);
        await().atMost(TIMEOUT).until(() -> http.withBasicAuth(STAFF_USER, STAFF_PASSWORD)
                .getForEntity("/api/deliveries/" + article.articleId(), String.class).getBody().contains("\"pending\":0"));
        unsubscribeAll(domain);

        String page = signedIn(STAFF_USER, STAFF_PASSWORD, "/staff/deliveries");
        int row = page.indexOf("data-article=\"" + article.articleId() + "\"");
        assertThat(row).as("the article's row").isPositive();
        String cells = page.substring(row, page.indexOf("</tr>", row));
        // the audience is every confirmed subscriber, those of other tests too
        assertThat(cells).contains("Counted " + domain, "class=\"pending\">0<");
        assertThat(cellValue(cells, "sent")).isGreaterThanOrEqualTo(3);
        assertThat(cellValue(cells, "audience")).isEqualTo(cellValue(cells, "sent") + cellValue(cells, "failed")
                + cellValue(cells, "suppressed") + cellValue(cells, "skipped"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndTheStatisticsApiWantsStaff() throws Exception {
        HttpResponse<String> page = browser.send(request("/staff/deliveries").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/login");
        assertThat(http.getForEntity("/api/deliveries/anything", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(STAFF_USER, STAFF_PASSWORD).getForEntity("/api/deliveries/never-announced",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A client that, like a browser without JavaScript, keeps cookies and shows each redirect. */
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(http.getRootUri() + path));
    }

    /** Signs in with the form at /login (CSRF token and session cookie) and opens the page. */
    private String signedIn(String user, String password, String path) throws Exception {
        HttpResponse<String> login = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo("/staff/deliveries");
        HttpResponse<String> page = browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("style-src 'self'")
                .contains("script-src 'none'");
        return page.body();
    }

    private static long cellValue(String cells, String name) {
        Matcher matcher = Pattern.compile("class=\"" + name + "\">(\\d+)<").matcher(cells);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
