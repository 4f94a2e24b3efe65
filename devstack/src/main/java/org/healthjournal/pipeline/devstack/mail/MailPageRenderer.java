package org.healthjournal.pipeline.devstack.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of the mail page. Mail content is untrusted: every value is escaped, and only
 * http(s) URLs in a body become links.
 */
public final class MailPageRenderer {

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
            .withZone(ZoneId.systemDefault());

    private MailPageRenderer() {
    }

    public static String render(List<ReceivedMail> mails, int imapPort, SmtpStatus smtp) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Local mail (").append(mails.size()).append(")</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;")
                .append("color:#1a1a1a}article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}")
                .append("h2{margin:0 0 .5rem;font-size:1.15rem}dl{display:grid;grid-template-columns:5rem 1fr;")
                .append("margin:0;gap:.2rem}dt{font-weight:600}dd{margin:0}pre{white-space:pre-wrap;")
                .append("background:#f6f6f6;padding:.75rem;overflow-wrap:anywhere}.smtp{display:flex;gap:1rem;")
                .append("align-items:center;padding:.5rem 1rem;border-radius:6px;background:#eef6ee}")
                .append(".smtp.paused{background:#fde8e8;border:2px solid #b00020}.smtp form{margin:0}")
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Mail received by the local stack</h1>\n")
                .append(smtpControls(smtp))
                .append("<p>")
                .append(mails.size()).append(mails.size() == 1 ? " message" : " messages")
                .append(", newest first. Reload to see new mail. Every mailbox is also readable over IMAP on port ")
                .append(imapPort).append(" with login = password = the address.</p>\n");
        for (ReceivedMail mail : mails) {
            html.append("<article>\n<h2>").append(escape(mail.subject().isEmpty() ? "(no subject)" : mail.subject()))
                    .append("</h2>\n<dl>\n")
                    .append("<dt>From</dt><dd>").append(escape(mail.from())).append("</dd>\n")
                    .append("<dt>To</dt><dd>").append(escape(mail.to())).append("</dd>\n")
                    .append("<dt>Date</dt><dd>").append(mail.sentAt() == null ? "" : escape(DATE.format(mail.sentAt())))
                    .append("</dd>\n</dl>\n<pre>").append(withLinks(mail.text())).append("</pre>\n</article>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /**
     * Whether SMTP is paused, and a plain form (no script) that pauses or resumes it; the hidden
     * field makes the server send the browser back here instead of answering JSON.
     */
    static String smtpControls(SmtpStatus smtp) {
        String state = smtp.paused()
                ? "SMTP on port " + smtp.port() + " is <strong>PAUSED</strong>: connections are refused, as in an"
                + " outage. IMAP and this page keep working."
                : "SMTP on port " + smtp.port() + " is <strong>running</strong>.";
        String action = smtp.paused() ? SmtpOutageEndpoint.RESUME : SmtpOutageEndpoint.PAUSE;
        String button = smtp.paused() ? "Resume SMTP" : "Pause SMTP (try an outage)";
        return "<section class=\"smtp" + (smtp.paused() ? " paused" : "") + "\" id=\"smtp\">\n<p>" + state + "</p>\n"
                + "<form method=\"post\" action=\"" + action + "\">"
                + "<input type=\"hidden\" name=\"" + SmtpOutageEndpoint.FORM_FIELD + "\" value=\""
                + SmtpOutageEndpoint.FORM_VALUE + "\">"
                + "<button type=\"submit\">" + button + "</button></form>\n</section>\n";
    }

    /** Escapes the text and turns http(s) URLs in it into links. */
    static String withLinks(String text) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher matcher = WEB_URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String url = trimTrailingPunctuation(matcher.group());
            int end = matcher.start() + url.length();
            html.append(escape(text.substring(last, matcher.start())))
                    .append("<a href=\"").append(escape(url)).append("\" rel=\"noopener noreferrer\">")
                    .append(escape(url)).append("</a>");
            last = end;
        }
        return html.append(escape(text.substring(last))).toString();
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
