package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.events.ArticleApproved;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ArticleRejected;
import org.healthjournal.pipeline.events.ChangesRequested;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the writer what happened to their article: changes requested (with the comments),
 * approved, rejected (with the reason), published (with the URL). The mail is rendered and queued
 * in the transaction that records the event as processed; {@link StaffNotificationSender} sends it.
 */
@Component
public class StaffNotifier {

    static final String CONSUMER = "notifier-staff";

    private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

    private final ProcessedEvents processedEvents;
    private final StaffDirectory staff;
    private final StaffNotificationProperties settings;
    private final StaffNotifications notifications;
    private final MailTemplates templates;
    private final StaffNotificationWakeUp wakeUp;
    private final String siteName;

    StaffNotifier(ProcessedEvents processedEvents, StaffDirectory staff, StaffNotificationProperties settings,
            StaffNotifications notifications, MailTemplates templates, StaffNotificationWakeUp wakeUp,
            NotifierProperties properties) {
        this.processedEvents = processedEvents;
        this.staff = staff;
        this.settings = settings;
        this.notifications = notifications;
        this.templates = templates;
        this.wakeUp = wakeUp;
        this.siteName = properties.siteName();
    }

    public void handle(ArticleEvent event) {
        Optional<Notice> notice = noticeOf(event);
        if (notice.isEmpty()) {
            return;
        }
        String writer = notice.get().writer();
        Optional<String> address = writer == null ? Optional.empty() : staff.emailOf(writer);
        if (address.isEmpty() || !settings.wants(writer, notice.get().kind())) {
            log.debug("no {} mail for {} about {}: no address or turned off", notice.get().kind(), writer,
                    event.articleId());
            return;
        }
        boolean queued = processedEvents.once(CONSUMER, event.eventId(), () -> notifications.queue(event.eventId(),
                notice.get().kind(), event.articleId(), address.get(), templates.render("staff-notification",
                        notice.get().subject(), notice.get().values(siteName)), Instant.now()));
        if (queued) {
            log.info("{} mail to writer {} about article {} queued", notice.get().kind(), writer, event.articleId());
            wakeUp.signal();
        }
    }

    private static Optional<Notice> noticeOf(ArticleEvent event) {
        if (event instanceof ChangesRequested e) {
            return Optional.of(new Notice(StaffNotificationKind.CHANGES_REQUESTED, e.author(), e.articleId(),
                    e.articleVersion(), "Changes requested: " + e.articleId(),
                    e.reviewer() + " asked for changes to your draft.", "Comments", e.comments(), null));
        }
        if (event instanceof ArticleApproved e) {
            return Optional.of(new Notice(StaffNotificationKind.ARTICLE_APPROVED, e.author(), e.articleId(),
                    e.articleVersion(), "Approved: " + e.content().title(),
                    e.reviewer() + " approved your article.", "Comments", e.comments(), null));
        }
        if (event instanceof ArticleRejected e) {
            return Optional.of(new Notice(StaffNotificationKind.ARTICLE_REJECTED, e.author(), e.articleId(),
                    e.articleVersion(), "Rejected: " + e.articleId(),
                    e.reviewer() + " rejected your article.", "Reason", e.comments(), null));
        }
        if (event instanceof ArticlePublished e) {
            return Optional.of(new Notice(StaffNotificationKind.ARTICLE_PUBLISHED, e.author(), e.articleId(),
                    e.articleVersion(), "Published: " + e.title(), "Your article \"" + e.title() + "\" is live.",
                    null, null, e.url()));
        }
        return Optional.empty();
    }

    /** What one staff mail says. */
    private record Notice(StaffNotificationKind kind, String writer, String articleId, int articleVersion,
            String subject, String headline, String notesLabel, String notes, String url) {

        Map<String, Object> values(String siteName) {
            Map<String, Object> values = new HashMap<>();
            values.put("siteName", siteName);
            values.put("headline", headline);
            values.put("articleId", articleId);
            values.put("articleVersion", articleVersion);
            values.put("notesLabel", notesLabel);
            values.put("notes", notes == null || notes.isBlank() ? null : notes);
            values.put("url", url);
            return values;
        }
    }
}
