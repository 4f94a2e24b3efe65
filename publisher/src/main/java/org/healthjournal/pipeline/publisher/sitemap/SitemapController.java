package org.healthjournal.pipeline.publisher.sitemap;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What crawlers read: {@code /robots.txt} points them at {@code /sitemap.xml} and away from the staff API. */
@RestController
class SitemapController {

    private final Sitemap sitemap;
    private final PublisherProperties site;

    SitemapController(Sitemap sitemap, PublisherProperties site) {
        this.sitemap = sitemap;
        this.site = site;
    }

    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() {
        return sitemap.xml();
    }

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return robots(site);
    }

    static String robots(PublisherProperties site) {
        return """
                User-agent: *
                Disallow: /api/
                Disallow: /search

                Sitemap: %s
                """.formatted(site.url("/sitemap.xml"));
    }
}
