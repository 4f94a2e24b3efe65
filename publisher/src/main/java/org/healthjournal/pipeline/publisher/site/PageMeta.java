package org.healthjournal.pipeline.publisher.site;

/**
 * What the shared {@code <head>} says about a page: its title, summary, canonical address and the
 * link-preview (Open Graph, Twitter card) type.
 *
 * @param canonicalUrl null for pages that should not be indexed (search results, not found)
 * @param ogType       "website" or "article"
 */
public record PageMeta(String title, String description, String canonicalUrl, String ogType) {

    public static PageMeta website(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, "website");
    }

    /** A page search engines should neither index nor treat as an address of its own. */
    public static PageMeta unlisted(String title) {
        return new PageMeta(title, null, null, "website");
    }

    public boolean indexable() {
        return canonicalUrl != null;
    }
}
