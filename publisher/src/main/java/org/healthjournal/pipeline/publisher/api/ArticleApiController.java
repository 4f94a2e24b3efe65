package org.healthjournal.pipeline.publisher.api;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets staff find where an article went live. */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

    private final ArticleStore articles;
    private final PublisherProperties site;

    ArticleApiController(ArticleStore articles, PublisherProperties site) {
        this.articles = articles;
        this.site = site;
    }

    @GetMapping("/{articleId}")
    @PreAuthorize("isAuthenticated()")
    ArticleSummary article(@PathVariable String articleId) {
        return articles.findById(articleId)
                .map(article -> new ArticleSummary(article.articleId(), article.slug(), site.articleUrl(article.slug()),
                        article.version(), article.title(), article.publishedAt()))
                .orElseThrow(() -> notPublished(articleId));
    }

    private static ErrorResponseException notPublished(String articleId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No article with id '" + articleId + "' has been published.");
        problem.setTitle("Article not published");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
