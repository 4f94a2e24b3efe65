package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The pages readers see: the index of articles and each article. */
@Controller
class SiteController {

    static final int INDEX_SIZE = 100;
    private static final DisplayDates DATES = new DisplayDates();

    private final ArticleStore articles;
    private final PublisherProperties site;

    SiteController(ArticleStore articles, PublisherProperties site) {
        this.articles = articles;
        this.site = site;
    }

    @GetMapping("/")
    ModelAndView index() {
        return new ModelAndView("index", Map.of("articles", articles.newest(INDEX_SIZE), "dates", DATES));
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug) {
        Optional<PublishedArticle> article = articles.findBySlug(slug);
        if (article.isEmpty()) {
            return new ModelAndView("not-found", Map.of(), HttpStatus.NOT_FOUND);
        }
        return new ModelAndView("article", Map.of(
                "article", article.get(),
                "nextReviewDue", nextReviewDue(article.get()),
                "dates", DATES));
    }

    private Instant nextReviewDue(PublishedArticle article) {
        return article.reviewedAt().atOffset(ZoneOffset.UTC).plus(site.reviewCycle()).toInstant();
    }
}
