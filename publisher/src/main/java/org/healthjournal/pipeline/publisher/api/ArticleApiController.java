package org.healthjournal.pipeline.publisher.api;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticlePage;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/** Lets staff find what is live and where. */
@RestController
@RequestMapping("/api/articles")
@PreAuthorize("isAuthenticated()")
class ArticleApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleStore articles;
    private final PublisherProperties site;

    ArticleApiController(ArticleStore articles, PublisherProperties site) {
        this.articles = articles;
        this.site = site;
    }

    @GetMapping
    ArticleList list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid page",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        ArticlePage found = articles.everything(page + 1, size);
        return new ArticleList(found.articles().stream().map(this::summary).toList(), page, size, found.total(),
                (int) ((found.total() + size - 1) / size));
    }

    @GetMapping("/{articleId}")
    ArticleSummary article(@PathVariable String articleId) {
        return articles.findById(articleId).map(this::summary)
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Article not published",
                        "No article with id '" + articleId + "' has been published."));
    }

    private ArticleSummary summary(PublishedArticle article) {
        return new ArticleSummary(article.articleId(), article.slug(), site.articleUrl(article.slug()),
                article.version(), article.title(), article.category(), article.author(), article.publishedAt(),
                article.updatedAt(), article.reviewer(), site.nextReviewDue(article), article.status().name());
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
