package org.healthjournal.pipeline.publisher.pagecache;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Holds back a response's body and its caching headers ({@code Cache-Control}, {@code Pragma},
 * {@code Expires}, {@code ETag}, {@code Last-Modified}) while the page is rendered, so that the
 * {@link PageCacheFilter} can answer with its own ones for a page it keeps, or pass everything on
 * unchanged for one it does not keep.
 */
final class CapturingResponse extends ContentCachingResponseWrapper {

    private static final Set<String> CACHING_HEADERS = Set.of("cache-control", "pragma", "expires", "etag",
            "last-modified");

    private final List<Map.Entry<String, Object>> heldBack = new ArrayList<>();

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    private boolean holdsBack(String name) {
        return name != null && CACHING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public void setHeader(String name, String value) {
        if (holdsBack(name)) {
            heldBack.removeIf(header -> header.getKey().equalsIgnoreCase(name));
            heldBack.add(Map.entry(name, value == null ? "" : value));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (holdsBack(name)) {
            heldBack.add(Map.entry(name, value == null ? "" : value));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (holdsBack(name)) {
            heldBack.removeIf(header -> header.getKey().equalsIgnoreCase(name));
            heldBack.add(Map.entry(name, date));
        } else {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (holdsBack(name)) {
            heldBack.add(Map.entry(name, date));
        } else {
            super.addDateHeader(name, date);
        }
    }

    @Override
    public boolean containsHeader(String name) {
        return holdsBack(name)
                ? heldBack.stream().anyMatch(header -> header.getKey().equalsIgnoreCase(name))
                : super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        if (holdsBack(name)) {
            return heldBack.stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> String.valueOf(header.getValue())).findFirst().orElse(null);
        }
        return super.getHeader(name);
    }

    /** For a response that is not kept: the held-back headers and the body, as the page set them. */
    void passOn() throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (!response.isCommitted()) {
            for (Map.Entry<String, Object> header : heldBack) {
                if (header.getValue() instanceof Long date) {
                    response.addDateHeader(header.getKey(), date);
                } else {
                    response.addHeader(header.getKey(), (String) header.getValue());
                }
            }
        }
        copyBodyToResponse();
    }
}
