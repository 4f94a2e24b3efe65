package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ReviewerSignOff;

import java.util.List;

/**
 * What an announcement mail says about the article, as it was when the announcement started.
 *
 * @param reviewer who reviewed it as readers see it: the sign-offs' lines ("Dr Bob Rivera, MD,
 *        haematologist"), else the reviewer's name, else null
 * @param readTimeMinutes the read time, if the event carried one
 */
public record AnnouncedArticle(String articleId, String title, String dek, String url, String category,
        String reviewer, Integer readTimeMinutes) {

    public static AnnouncedArticle of(ArticlePublished article) {
        return new AnnouncedArticle(article.articleId(), article.title(), article.dek(), article.url(),
                article.category(), reviewerLine(article.reviewers(), article.reviewer()),
                article.readTimeMinutes() == null || article.readTimeMinutes() < 1 ? null : article.readTimeMinutes());
    }

    /** The sign-offs joined with " and ", or the bare reviewer name of an older event. */
    static String reviewerLine(List<ReviewerSignOff> reviewers, String reviewer) {
        List<String> lines = reviewers.stream().map(ReviewerSignOff::line)
                .filter(line -> line != null && !line.isBlank()).toList();
        return lines.isEmpty() ? blankToNull(reviewer) : String.join(" and ", lines);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
