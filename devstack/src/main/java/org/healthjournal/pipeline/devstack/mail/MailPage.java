package org.healthjournal.pipeline.devstack.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web page listing the mail GreenMail received, so a developer can click confirmation links,
 * with buttons to pause and resume SMTP (see {@link SmtpOutageEndpoint}). Its server also carries
 * other small launcher endpoints, added with {@link #serve}.
 */
public final class MailPage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailPage.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private MailPage(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static MailPage start(int port, MailServer mail) {
        try {
            // mail holds confirmation tokens: only this machine may read it
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "mail-page");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.createContext("/", exchange -> handle(exchange, mail));
            server.createContext(SmtpOutageEndpoint.PATH, new SmtpOutageEndpoint(mail));
            server.start();
            log.info("mail page ready at http://localhost:{}/", port);
            return new MailPage(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mail page on port " + port, e);
        }
    }

    private static void handle(HttpExchange exchange, MailServer mail) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = MailPageRenderer.render(mail.receivedNewestFirst(), mail.imapPort(), SmtpStatus.of(mail))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            // mail bodies are untrusted: no scripts, no remote content, even if escaping ever failed;
            // forms may only post here (the SMTP buttons)
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if ("HEAD".equals(method)) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            log.warn("mail page failed", e);
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    /** Answers requests under {@code path} (e.g. {@code /stack}) with {@code handler}, from now on. */
    public void serve(String path, HttpHandler handler) {
        server.createContext(path, handler);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
