package org.healthjournal.pipeline.bench.events;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.events.ReviewerSignOff;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The articles the bench sends through the pipeline: a realistic body (about 3 KB of Markdown with
 * headings, a list, emphasis and numbered citations, as writers submit them) that the automated
 * checks pass without blockers or claim wording, under the category a stage owns (stages keep to
 * their own categories so that none mails another's subscribers).
 */
public final class BenchArticles {

    /** Not a staff user: no staff mail goes out about the bench's own articles. */
    public static final String AUTHOR = "bench-writer";
    public static final String REVIEWER = "drbob";

    private static final String BODY = """
            Sleep, food and movement shape how adults feel from day to day. This article looks at what \
            recent studies found about %s, and at what they could not show.

            ## What question did the researchers ask?

            The trials asked whether adults who changed one everyday habit for twelve weeks would report \
            better wellbeing than adults who kept their usual routine. Participants were recruited from \
            general practices and followed up by telephone [1].

            ## What did the studies find?

            In the largest trial, 240 adults were randomly assigned to a structured programme or to usual \
            care. About a third of the programme group reported a meaningful improvement, compared with \
            about one in six in the usual-care group [1]. A second, smaller trial found a similar direction \
            of effect over three months [2].

            - The effects were *modest* and varied between people.
            - Most participants kept the habit for at least two months.
            - Drop-out was higher in the programme group.

            ## How strong is this evidence?

            The evidence is **promising but limited**. The trials were short, participants knew which group \
            they were in, and the people who joined may have been unusually motivated. Observational studies \
            link the habit with better wellbeing [2], but they cannot show cause and effect.

            ## What could this mean for you?

            Small, concrete steps are easier to keep than a complete overhaul. If you live with a long-term \
            condition, talk with your care team before changing your routine, and keep taking any treatment \
            as prescribed.

            ## Common questions

            **How soon might I notice a difference?** In the trials, changes were reported after four to \
            eight weeks, if at all.

            **Do I need special equipment?** No. The programmes used ordinary household items and a \
            written plan.
            """;

    private BenchArticles() {
    }

    public static ArticleContent content(String title, String category) {
        return new ArticleContent(title,
                "What small trials found about " + title.toLowerCase(java.util.Locale.ROOT)
                        + ", and what they could not show.",
                category, List.of("bench", "wellbeing"), BODY.formatted(title.toLowerCase(java.util.Locale.ROOT)),
                List.of(new Reference("A randomised trial of an everyday habit programme",
                                "https://pubmed.ncbi.nlm.nih.gov/", 2023, "randomised controlled trial"),
                        new Reference("Everyday habits and wellbeing: a cohort study",
                                "https://pubmed.ncbi.nlm.nih.gov/", 2021, "cohort study")),
                "Promising in small trials; the evidence is still limited.");
    }

    public static String newArticleId() {
        return UUID.randomUUID().toString();
    }

    /** Version 1 of a new article, exactly as ingest would send it. */
    public static DraftSubmitted draftSubmitted(String articleId, ArticleContent content) {
        return new DraftSubmitted(UUID.randomUUID(), DraftSubmitted.TYPE, 1, articleId, 1, Instant.now(),
                UUID.randomUUID().toString(), AUTHOR, content);
    }

    /** An approval as review-workflow sends it after one reviewer approved. */
    public static ArticleApproved approved(String articleId, ArticleContent content) {
        Instant now = Instant.now();
        return new ArticleApproved(UUID.randomUUID(), ArticleApproved.TYPE, 1, articleId, 1, now,
                UUID.randomUUID().toString(), AUTHOR, REVIEWER, now, "Evidence stated honestly.", content,
                List.of(new ReviewerSignOff(REVIEWER, "Dr Bob Rivera", "MD", now)),
                now.plus(365, ChronoUnit.DAYS));
    }

    /** A publication as publisher announces it, for a stage that starts at the notifier. */
    public static ArticlePublished published(String articleId, String title, String category, String siteUrl) {
        Instant now = Instant.now();
        String slug = "bench-" + articleId;
        return new ArticlePublished(UUID.randomUUID(), ArticlePublished.TYPE, 1, articleId, 1, now,
                UUID.randomUUID().toString(), AUTHOR, REVIEWER, slug, siteUrl + "/articles/" + slug, title,
                "What small trials found, and what they could not show.", category, List.of("bench"), now, 4,
                List.of(new ReviewerSignOff(REVIEWER, "Dr Bob Rivera", "MD", now)));
    }
}
