package org.healthjournal.pipeline.publisher.site;

/**
 * Addresses of the pages of a list. Lists page by path ({@code /categories/immune-health/page/2}),
 * not by query string, so that the static export can hold every page as a file; the first page
 * has no number, so it has one address only. Search results, which exist only on the live site,
 * page by query ({@code /search?q=honey&page=2}).
 */
public final class PageLinks {

    public static final PageLinks INSTANCE = new PageLinks();

    private PageLinks() {
    }

    public String href(String path, int page) {
        if (path.contains("?")) {
            return page == 1 ? path : path + "&page=" + page;
        }
        return page == 1 ? path : (path.equals("/") ? "" : path) + "/page/" + page;
    }
}
