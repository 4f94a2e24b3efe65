package org.healthjournal.pipeline.devstack.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The few kinds of answer the launcher's small HTTP endpoints (on the mail page's port) give. */
public final class HttpReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpReplies() {
    }

    /** {@code body} as JSON (records and maps are fine); HEAD gets the headers only. */
    public static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }

    public static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        exchange.sendResponseHeaders(405, -1);
    }

    /** 303 See Other: after a form's POST, the browser shows {@code location} with a GET. */
    public static void seeOther(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    /**
     * False for a request a browser sent on behalf of another site: a page elsewhere could
     * otherwise make the browser POST to localhost. Browsers send {@code Origin} with every POST;
     * curl and test clients send none, and are allowed.
     */
    public static boolean isFromThisMachine(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin == null) {
            return true;
        }
        int port = exchange.getLocalAddress().getPort();
        return origin.equals("http://localhost:" + port) || origin.equals("http://127.0.0.1:" + port);
    }

    public static String bodyOf(HttpExchange exchange, int maxBytes) throws IOException {
        return new String(exchange.getRequestBody().readNBytes(maxBytes), StandardCharsets.UTF_8);
    }
}
