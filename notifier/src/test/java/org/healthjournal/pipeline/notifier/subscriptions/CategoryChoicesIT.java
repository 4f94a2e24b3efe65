package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.healthjournal.pipeline.notifier.delivery.Announcement;
import org.healthjournal.pipeline.notifier.delivery.Announcements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CategoryChoicesIT extends AbstractNotifierIT {

    @Autowired
    private Announcements announcements;

    @Test
    void aSubscriberWhoChoseCategoriesGetsOnlyTheirArticlesAndOneWhoChoseNoneGetsAll() {
        String immune = uniqueAddress("immune");
        String everything = uniqueAddress("everything");
        assertThat(subscribe(immune, List.of("immune health", "Sleep")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        http.getForEntity(local(confirmLink(awaitMails(immune, 1).get(0))), String.class);
        confirmedSubscriber(everything);

        String run = UUID.randomUUID().toString().substring(0, 8);
        ArticlePublished inImmune = published("cat-immune-" + run, 1, "Zinc and colds " + run, Instant.now());
        ArticlePublished base = published("cat-nutrition-" + run, 1, "Fibre and the gut " + run, Instant.now());
        ArticlePublished inNutrition = new ArticlePublished(base.eventId(), null, 0, base.articleId(), 1,
                base.occurredAt(), base.correlationId(), base.author(), base.reviewer(), base.slug(), base.url(),
                base.title(), base.dek(), "Nutrition", List.of(), base.publishedAt());
        publish(inImmune);
        publish(inNutrition);

        await().atMost(TIMEOUT).until(() -> mailsTo(everything, inNutrition.title()).size() == 1
                && mailsTo(everything, inImmune.title()).size() == 1);
        await().atMost(TIMEOUT).until(() -> announcements.find(inNutrition.articleId())
                .filter(Announcement::isCompleted).isPresent()
                && announcements.find(inImmune.articleId()).filter(Announcement::isCompleted).isPresent());
        assertThat(mailsTo(immune, inImmune.title())).hasSize(1);
        assertThat(mailsTo(immune, inNutrition.title())).as("not a chosen category").isEmpty();
    }
}
