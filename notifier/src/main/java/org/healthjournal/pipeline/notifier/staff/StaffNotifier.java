package org.healthjournal.pipeline.notifier.staff;

import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailContent;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.healthjournal.pipeline.support.security.StaffRole;
import org.healthjournal.pipeline.support.security.StaffUsersProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells staff what happened: the writer about their article (changes requested, approved,
 * scheduled, rejected, published, updated, retracted), every medical reviewer (staff with the
 * REVIEWER role) about overdue reviews and periodic re-reviews. The mails are rendered and queued
 * in the transaction that records the event as processed; {@link StaffNotificationSender} sends them.
 */
@Component
public class StaffNotifier {

    static final String CONSUMER = "notifier-staff";

    private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

    private final ProcessedEvents processedEvents;
    private final StaffDirectory staff;
    private final StaffUsersProperties staffUsers;
    private final StaffNotificationProperties settings;
    private final StaffNotices notices;
    private final StaffNotifications notifications;
    private final MailTemplates templates;
    private final StaffNotificationWakeUp wakeUp;
    private final String siteName;

    StaffNotifier(ProcessedEvents processedEvents, StaffDirectory staff, StaffUsersProperties staffUsers,
            StaffNotificationProperties settings, StaffNotices notices, StaffNotifications notifications,
            MailTemplates templates, StaffNotificationWakeUp wakeUp, NotifierProperties properties) {
        this.processedEvents = processedEvents;
        this.staff = staff;
        this.staffUsers = staffUsers;
        this.settings = settings;
        this.notices = notices;
        this.notifications = notifications;
        this.templates = templates;
        this.wakeUp = wakeUp;
        this.siteName = properties.siteName();
    }

    public void handle(ArticleEvent event) {
        if (event.occurredAt().isBefore(Instant.now().minus(settings.maxAge()))) {
            log.debug("event {} about {} is older than {}: no staff mail", event.eventId(), event.articleId(),
                    settings.maxAge());
            return;
        }
        Optional<StaffNotice> found = notices.of(event);
        if (found.isEmpty()) {
            return;
        }
        StaffNotice notice = found.get();
        Map<String, String> addresses = recipients(notice);
        if (addresses.isEmpty()) {
            log.debug("no {} mail about {}: no one with an address wants it", notice.kind(), event.articleId());
            return;
        }
        MailContent content = templates.render("staff-notification", notice.subject(), notice.values(siteName));
        boolean queued = processedEvents.once(CONSUMER, event.eventId(), () -> addresses.values().forEach(address ->
                notifications.queue(event.eventId(), notice.kind(), event.articleId(), address, content,
                        Instant.now())));
        if (queued) {
            log.info("{} mail about article {} queued for {}", notice.kind(), event.articleId(), addresses.keySet());
            wakeUp.signal();
        }
    }

    /** User name → address of everyone the notice is for who has an address and did not turn its kind off. */
    private Map<String, String> recipients(StaffNotice notice) {
        List<String> names = StaffNotices.forReviewers(notice.kind())
                ? staffUsers.getUsers().stream().filter(user -> user.getRoles().contains(StaffRole.REVIEWER))
                        .map(StaffUsersProperties.StaffUser::getName).toList()
                : notice.writer() == null ? List.of() : List.of(notice.writer());
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String name : names) {
            if (settings.wants(name, notice.kind())) {
                staff.emailOf(name).filter(address -> !address.isBlank())
                        .ifPresent(address -> addresses.putIfAbsent(name, address));
            }
        }
        return addresses;
    }
}
