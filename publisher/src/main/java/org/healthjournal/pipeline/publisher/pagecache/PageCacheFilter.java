package org.healthjournal.pipeline.publisher.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves the public pages and the site's static files from {@link PublicPages}: the first
 * request for an address renders it as always (through the security filters and Spring MVC);
 * later ones get the same bytes and headers from memory, without the security filter chain,
 * the database or the template engine, until an article changes.
 *
 * <p>Every copy carries a strong {@code ETag} of its body and {@code Last-Modified}, so a reader
 * asking again with {@code If-None-Match} or {@code If-Modified-Since} gets {@code 304}. Pages say
 * {@code Cache-Control: no-cache} (keep it, but ask each time: a retraction must reach readers at
 * once); stylesheets and images may be kept for
 * {@link PageCacheProperties#staticMaxAge() a day}. Only successful answers to anonymous
 * {@code GET}/{@code HEAD} requests without a query string are kept, never the staff API, the
 * actuator or search, never a response that sets a cookie.
 *
 * <p>Runs right after the {@code SecurityHeadersFilter} and before Spring Security, whose headers
 * are part of the copy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCacheFilter extends OncePerRequestFilter {

    private static final List<String> NEVER_KEPT = List.of("/api/", "/actuator", "/search", "/error", "/login",
            "/logout");
    private static final List<String> STATIC_FILES = List.of("/css/", "/images/", "/img/", "/js/", "/fonts/",
            "/favicon.ico");
    private static final Set<String> KEPT_TYPES = Set.of("text/html", "text/css", "text/plain", "text/xml",
            "application/xml", "application/javascript", "text/javascript", "image/svg+xml", "image/png",
            "image/x-icon", "image/vnd.microsoft.icon");
    /** Set by the server for each answer, or by this filter. */
    private static final Set<String> NOT_COPIED = Set.of("content-length", "content-type", "date",
            "transfer-encoding", "connection", "keep-alive");
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final PublicPages pages;
    private final PageCacheProperties properties;

    PageCacheFilter(PublicPages pages, PageCacheProperties properties) {
        this.pages = pages;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!properties.enabled()) {
            return true;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        if (request.getQueryString() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String path = request.getRequestURI();
        return NEVER_KEPT.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        var kept = pages.copyOf(path);
        if (kept.isPresent()) {
            serve(kept.get(), request, response, true);
            return;
        }
        long generation = pages.generation();
        CapturingResponse rendering = new CapturingResponse(response);
        chain.doFilter(request, rendering);
        CachedResponse copy = copyOf(path, rendering, response, generation);
        if (copy == null) {
            rendering.passOn();
            return;
        }
        pages.keep(path, copy);
        // the response already has every other header the page set
        serve(copy, request, response, false);
    }

    /** A copy of a successful, cookie-free answer of a kept type, or null. */
    private CachedResponse copyOf(String path, CapturingResponse rendering, HttpServletResponse response,
            long generation) {
        if (rendering.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
                || response.containsHeader(HttpHeaders.SET_COOKIE)) {
            return null;
        }
        String contentType = rendering.getContentType();
        if (contentType == null || !KEPT_TYPES.contains(mediaType(contentType))) {
            return null;
        }
        byte[] body = rendering.getContentAsByteArray();
        if (body.length == 0 || body.length > MAX_BODY_BYTES) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(Map.entry(name, value));
            }
        }
        return new CachedResponse(contentType, List.copyOf(headers), body, etag(body),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), cacheControl(path), generation);
    }

    private void serve(CachedResponse copy, HttpServletRequest request, HttpServletResponse response,
            boolean withHeaders) throws IOException {
        if (withHeaders) {
            for (Map.Entry<String, String> header : copy.headers()) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, copy.cacheControl());
        response.setHeader(HttpHeaders.ETAG, copy.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, copy.lastModified().toEpochMilli());
        if (new ServletWebRequest(request, response).checkNotModified(copy.etag(),
                copy.lastModified().toEpochMilli())) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(copy.contentType());
        response.setContentLength(copy.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(copy.body());
        }
    }

    private String cacheControl(String path) {
        return STATIC_FILES.stream().anyMatch(path::startsWith)
                ? "public, max-age=" + properties.staticMaxAge().toSeconds()
                : "no-cache";
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException everyJavaHasSha256) {
            throw new IllegalStateException(everyJavaHasSha256);
        }
    }
}
