package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** The 404 page: the site's look, a search box and the latest articles, so a reader is not stranded. */
@Component
public class NotFoundPage {

    static final int LATEST = 5;

    private final ArticleStore articles;
    private final SiteModel model;

    NotFoundPage(ArticleStore articles, SiteModel model) {
        this.articles = articles;
        this.model = model;
    }

    public ModelAndView view() {
        return model.page("not-found", PageMeta.unlisted("Page not found"),
                Map.of("latest", articles.newest(LATEST)), HttpStatus.NOT_FOUND);
    }
}
