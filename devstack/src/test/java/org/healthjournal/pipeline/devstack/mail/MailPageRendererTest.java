package org.healthjournal.pipeline.devstack.mail;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailPageRendererTest {

    @Test
    void escapesEveryValueFromTheMail() {
        ReceivedMail hostile = new ReceivedMail("\"Eve\" <eve@example.org><script>alert(1)</script>",
                "<b>reader</b>@example.org", "<img src=x onerror=alert(1)>", Instant.parse("2025-01-02T03:04:05Z"),
                "Hello <script>alert('x')</script> & bye");

        String html = MailPageRenderer.render(List.of(hostile), 3143, new SmtpStatus(false, 3025));

        assertThat(html).doesNotContain("<script>", "<img", "<b>reader")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                        "&lt;b&gt;reader&lt;/b&gt;@example.org", "Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; bye");
    }

    @Test
    void showsWhetherSmtpIsPausedWithAFormThatChangesIt() {
        String running = MailPageRenderer.render(List.of(), 3143, new SmtpStatus(false, 3025));
        String paused = MailPageRenderer.render(List.of(), 3143, new SmtpStatus(true, 3025));

        assertThat(running).contains("SMTP on port 3025 is <strong>running</strong>",
                "<form method=\"post\" action=\"/smtp/pause\">", "Pause SMTP").doesNotContain("<script");
        assertThat(paused).contains("class=\"smtp paused\"", "SMTP on port 3025 is <strong>PAUSED</strong>",
                "<form method=\"post\" action=\"/smtp/resume\">", "Resume SMTP");
    }

    @Test
    void linksHttpUrlsOnly() {
        String html = MailPageRenderer.withLinks(
                "Confirm: http://localhost:8084/subscriptions/confirm?token=a_b-c&x=1. Or javascript:alert(1) or ftp://host/x");

        assertThat(html).contains("<a href=\"http://localhost:8084/subscriptions/confirm?token=a_b-c&amp;x=1\""
                        + " rel=\"noopener noreferrer\">http://localhost:8084/subscriptions/confirm?token=a_b-c&amp;x=1</a>.")
                .contains("javascript:alert(1) or ftp://host/x")
                .doesNotContain("href=\"javascript", "href=\"ftp");
    }

    @Test
    void urlCannotBreakOutOfTheAttribute() {
        String html = MailPageRenderer.withLinks("https://example.org/\"onmouseover=alert(1) <b>");

        assertThat(html).isEqualTo("<a href=\"https://example.org/\" rel=\"noopener noreferrer\">https://example.org/</a>"
                + "&quot;onmouseover=alert(1) &lt;b&gt;");
    }

    @Test
    void listsNewestFirstWithCount() {
        ReceivedMail older = new ReceivedMail("a@x.org", "r@x.org", "older", Instant.parse("2025-01-01T00:00:00Z"), "1");
        ReceivedMail newer = new ReceivedMail("a@x.org", "r@x.org", "newer", Instant.parse("2025-01-02T00:00:00Z"), "2");

        String html = MailPageRenderer.render(List.of(newer, older), 3143, new SmtpStatus(false, 3025));

        assertThat(html).contains("<title>Local mail (2)</title>", "2 messages, newest first");
        assertThat(html.indexOf("newer")).isLessThan(html.indexOf("older"));
    }
}
