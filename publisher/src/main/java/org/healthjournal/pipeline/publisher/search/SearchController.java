package org.healthjournal.pipeline.publisher.search;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.site.NotFoundPage;
import org.healthjournal.pipeline.publisher.site.PageMeta;
import org.healthjournal.pipeline.publisher.site.SiteModel;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Site search: {@code /search?q=honey+cough}, ranked, with the matching words highlighted. */
@Controller
class SearchController {

    static final int MAX_QUERY_LENGTH = 200;

    private final SearchIndex index;
    private final SiteModel model;
    private final NotFoundPage notFound;
    private final PublisherProperties site;

    SearchController(SearchIndex index, SiteModel model, NotFoundPage notFound, PublisherProperties site) {
        this.index = index;
        this.model = model;
        this.notFound = notFound;
        this.site = site;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String page) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        int number;
        try {
            number = page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return notFound.view();
        }
        if (number < 1 || number > 1000) {
            return notFound.view();
        }
        SearchResults results = index.search(query, number, site.pageSize());
        if (number > 1 && results.isEmpty()) {
            return notFound.view();
        }
        String path = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        String title = query.isEmpty() ? "Search" : "Search: " + query;
        // results pages are not for search engines: no canonical address, noindex
        return model.page("search", PageMeta.unlisted(title), Map.of("query", query, "results", results,
                "path", path));
    }
}
