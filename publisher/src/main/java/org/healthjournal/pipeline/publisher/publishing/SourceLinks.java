package org.healthjournal.pipeline.publisher.publishing;

import org.healthjournal.pipeline.events.Reference;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Keeps only web links in a Sources list. The template escapes a URL but cannot tell a
 * {@code javascript:} link from a real one, so anything that is not plain http(s) loses its link
 * and stays as text.
 */
final class SourceLinks {

    private SourceLinks() {
    }

    static List<Reference> webLinksOnly(List<Reference> references) {
        return references.stream()
                .map(ref -> new Reference(ref.title(), webUrlOrNull(ref.url()), ref.year(), ref.kind()))
                .toList();
    }

    static String webUrlOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
