package org.healthjournal.pipeline.devstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.healthjournal.pipeline.devstack.web.HttpReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets a person (the mail page's buttons) or a fault test (HTTP) take SMTP down and bring it back:
 * <ul>
 *   <li>{@code GET /smtp}: {@code 200 {"paused":false,"port":3025}}</li>
 *   <li>{@code POST /smtp/pause}, {@code POST /smtp/resume}: do it (idempotent) and answer
 *       {@code 200} with the new status; when resuming fails, {@code 500} with the status and an
 *       {@code error}. The page's form sends {@code from=page} and gets {@code 303 → /} instead.</li>
 * </ul>
 */
final class SmtpOutageEndpoint implements HttpHandler {

    static final String PATH = "/smtp";
    static final String PAUSE = PATH + "/pause";
    static final String RESUME = PATH + "/resume";
    /** The hidden field of the page's forms, so that only they are sent back to the page. */
    static final String FORM_FIELD = "from";
    static final String FORM_VALUE = "page";

    private static final Logger log = LoggerFactory.getLogger(SmtpOutageEndpoint.class);

    private final MailServer mail;

    SmtpOutageEndpoint(MailServer mail) {
        this.mail = mail;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (PATH.equals(path)) {
                status(exchange);
            } else if (PAUSE.equals(path) || RESUME.equals(path)) {
                change(exchange, PAUSE.equals(path));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        } catch (RuntimeException e) {
            log.warn("{} failed", exchange.getRequestURI(), e);
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            HttpReplies.methodNotAllowed(exchange, "GET, HEAD");
            return;
        }
        HttpReplies.json(exchange, 200, SmtpStatus.of(mail));
    }

    private void change(HttpExchange exchange, boolean pause) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            HttpReplies.methodNotAllowed(exchange, "POST");
            return;
        }
        if (!HttpReplies.isFromThisMachine(exchange)) {
            HttpReplies.error(exchange, 403, "only pages of this server may pause or resume SMTP");
            return;
        }
        boolean fromPage = List.of(HttpReplies.bodyOf(exchange, 256).split("&")).contains(FORM_FIELD + "=" + FORM_VALUE);
        try {
            if (pause) {
                mail.pauseSmtp();
            } else {
                mail.resumeSmtp();
            }
        } catch (IllegalStateException e) {
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("paused", mail.isSmtpPaused());
            failed.put("port", mail.smtpPort());
            failed.put("error", e.getMessage());
            HttpReplies.json(exchange, 500, failed);
            return;
        }
        if (fromPage) {
            HttpReplies.seeOther(exchange, "/");
        } else {
            HttpReplies.json(exchange, 200, SmtpStatus.of(mail));
        }
    }
}
