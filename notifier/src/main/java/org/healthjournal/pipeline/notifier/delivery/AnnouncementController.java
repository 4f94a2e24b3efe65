package org.healthjournal.pipeline.notifier.delivery;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff view of the delivery ledger: how far each announcement got, and all mails together. */
@RestController
@PreAuthorize("isAuthenticated()")
class AnnouncementController {

    private final Announcements announcements;
    private final Deliveries deliveries;

    AnnouncementController(Announcements announcements, Deliveries deliveries) {
        this.announcements = announcements;
        this.deliveries = deliveries;
    }

    @GetMapping("/api/announcements/{articleId}")
    ResponseEntity<AnnouncementProgress> announcement(@PathVariable String articleId) {
        return ResponseEntity.of(announcements.find(articleId).map(found -> new AnnouncementProgress(
                found.articleId(), found.articleVersion(), found.startedAt(), found.completedAt(),
                deliveries.count(articleId))));
    }

    /** The statistics of one article's announcement, for staff. */
    @GetMapping("/api/deliveries/{articleId}")
    ResponseEntity<DeliveryStatistics> statistics(@PathVariable String articleId) {
        return ResponseEntity.of(announcements.find(articleId)
                .map(found -> DeliveryStatistics.of(articleId, deliveries.count(articleId))));
    }

    @GetMapping("/api/deliveries")
    DeliveryCounts deliveries() {
        return deliveries.countAll();
    }
}
