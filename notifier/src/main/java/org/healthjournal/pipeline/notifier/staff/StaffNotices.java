package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ArticleRetracted;
import org.healthjournal.pipeline.events.ArticleScheduled;
import org.healthjournal.pipeline.events.ArticleUpdated;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.events.PeriodicReviewOpened;
import org.healthjournal.pipeline.events.ReviewOverdue;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.healthjournal.pipeline.notifier.feeds.FeedEntry;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns an event into the staff mail it calls for, if any. */
@Component
class StaffNotices {

    /** The name review-workflow signs its own change requests with (blocker findings). */
    static final String AUTOMATED_CHECKS = "automated checks";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final FeedEntries feedEntries;

    StaffNotices(FeedEntries feedEntries) {
        this.feedEntries = feedEntries;
    }

    Optional<StaffNotice> of(ArticleEvent event) {
        if (event instanceof ChangesRequested e) {
            boolean automated = AUTOMATED_CHECKS.equalsIgnoreCase(e.reviewer());
            return notice(StaffNotificationKind.CHANGES_REQUESTED, e, e.author(), "Changes requested: " + e.articleId(),
                    automated ? "The automated checks found problems your draft must fix before review."
                            : e.reviewer() + " asked for changes to your draft.",
                    List.of(), automated ? "Findings" : "Comments", e.comments(), null);
        }
        if (event instanceof ArticleApproved e) {
            List<String> details = new ArrayList<>(signOffs(e.reviewers(), e.reviewer()));
            if (e.nextReviewDue() != null) {
                details.add("Next review due: " + TIME.format(e.nextReviewDue()));
            }
            return notice(StaffNotificationKind.ARTICLE_APPROVED, e, e.author(), "Approved: " + e.content().title(),
                    e.reviewer() + " approved your article.", details, "Comments", e.comments(), null);
        }
        if (event instanceof ArticleScheduled e) {
            return notice(StaffNotificationKind.ARTICLE_SCHEDULED, e, e.author(), "Scheduled: " + e.title(),
                    "Your article \"" + e.title() + "\" goes live on " + TIME.format(e.publishAt()) + ".",
                    List.of("Goes live: " + TIME.format(e.publishAt())), null, null, e.url());
        }
        if (event instanceof ArticleRejected e) {
            return notice(StaffNotificationKind.ARTICLE_REJECTED, e, e.author(), "Rejected: " + e.articleId(),
                    e.reviewer() + " rejected your article.", List.of(), "Reason", e.comments(), null);
        }
        if (event instanceof ArticlePublished e) {
            return notice(StaffNotificationKind.ARTICLE_PUBLISHED, e, e.author(), "Published: " + e.title(),
                    "Your article \"" + e.title() + "\" is live.", List.of(), null, null, e.url());
        }
        if (event instanceof ArticleUpdated e) {
            return notice(StaffNotificationKind.ARTICLE_UPDATED, e, e.author(), "Updated: " + e.title(),
                    "The new version of your article \"" + e.title() + "\" is live.", List.of(), "What changed",
                    e.changeNote(), e.url());
        }
        if (event instanceof ArticleRetracted e) {
            String title = feedEntries.find(e.articleId()).map(FeedEntry::title).orElse(e.articleId());
            return notice(StaffNotificationKind.ARTICLE_RETRACTED, e, e.author(), "Retracted: " + title,
                    e.reviewer() + " retracted your article \"" + title + "\".",
                    List.of("Retracted: " + TIME.format(e.retractedAt())), "Reason", e.reason(), null);
        }
        if (event instanceof ReviewOverdue e) {
            String title = e.title() == null ? e.articleId() : e.title();
            return notice(StaffNotificationKind.REVIEW_OVERDUE, e, e.author(), "Review overdue: " + title,
                    "The review of \"" + title + "\" is overdue; editors may take it too.",
                    details("Task: " + e.taskName(), "Was due: " + TIME.format(e.dueAt())), null, null, null);
        }
        if (event instanceof PeriodicReviewOpened e) {
            String title = e.title() == null ? e.articleId() : e.title();
            return notice(StaffNotificationKind.PERIODIC_REVIEW_OPENED, e, e.author(), "Periodic review open: " + title,
                    "\"" + title + "\" is due for its periodic medical review.",
                    e.reviewDue() == null ? List.of() : List.of("Review due: " + TIME.format(e.reviewDue())),
                    null, null, null);
        }
        return Optional.empty();
    }

    /** Whether the kind goes to the reviewers' group rather than to the article's writer. */
    static boolean forReviewers(StaffNotificationKind kind) {
        return kind == StaffNotificationKind.REVIEW_OVERDUE || kind == StaffNotificationKind.PERIODIC_REVIEW_OPENED;
    }

    private static Optional<StaffNotice> notice(StaffNotificationKind kind, ArticleEvent event, String writer,
            String subject, String headline, List<String> details, String notesLabel, String notes, String url) {
        return Optional.of(new StaffNotice(kind, writer, event.articleId(), event.articleVersion(), subject, headline,
                details, notesLabel, notes, url));
    }

    private static List<String> signOffs(List<ReviewerSignOff> reviewers, String reviewer) {
        List<String> lines = reviewers.stream().map(signOff -> "Medically reviewed by " + signOff.line()).toList();
        return lines.isEmpty() ? List.of("Medically reviewed by " + reviewer) : lines;
    }

    private static List<String> details(String... lines) {
        return java.util.Arrays.stream(lines).filter(line -> !line.endsWith(": null")).toList();
    }
}
