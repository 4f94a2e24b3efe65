package org.healthjournal.pipeline.faults.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.kafka.PublishedSeen;
import org.healthjournal.pipeline.faults.report.Figure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The figures every traffic-carrying scenario reports, measured once the pipeline has had its
 * chance to finish: it waits (up to the scenario's patience) until every approved article is
 * published and every announcement completed, then counts pages, mails and losses.
 */
public final class PipelineFigures {

    private static final Logger log = LoggerFactory.getLogger(PipelineFigures.class);

    private final SuiteContext context;
    private final List<String> notes = new ArrayList<>();

    public PipelineFigures(SuiteContext context) {
        this.context = context;
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<Figure> measure(ArticleFlowResult flow, Duration patience) {
        Set<String> accepted = flow.accepted();
        Set<String> approved = flow.approved();
        Set<String> published = awaitPublished(approved, patience);
        awaitAnnouncementsComplete(published, patience);
        int subscribers = context.subscribers().size();
        long expectedMails = (long) accepted.size() * subscribers;
        DeliveryFigures mails = awaitMails(accepted, (long) published.size() * subscribers);

        Set<String> answered202 = flow.answered202();
        long lost = answered202.stream().filter(id -> !published.contains(id)).count();
        long unanswered = flow.submissions().stream().filter(s -> s.accepted() && !s.answered202()).count();
        long neverAccepted = flow.submissions().stream().filter(s -> !s.accepted()).count();
        if (unanswered > 0) {
            notes.add(unanswered + " draft(s) were accepted although the answer was lost (found in the writer's list)");
        }
        if (neverAccepted > 0) {
            notes.add(neverAccepted + " draft(s) never accepted: " + flow.submissions().stream()
                    .filter(s -> !s.accepted()).map(s -> s.lastProblem()).limit(3).toList());
        }

        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.reported("drafts 202", answered202.size() + "/" + flow.submissions().size()));
        figures.add(Figure.ratioOfOne("published/approved", published.size(), approved.size()));
        figures.add(Figure.ratioOfOne("approved/accepted", approved.size(), accepted.size()));
        figures.add(Figure.ratioOfOne("mails/(articles x subs)", mails.delivered(), expectedMails));
        figures.add(Figure.exactly("duplicate mails", mails.duplicates(), 0));
        figures.add(Figure.reported("uncertain resends", String.valueOf(mails.uncertainResends())));
        figures.add(Figure.exactly("duplicate pages", duplicatePages(flow), 0));
        figures.add(Figure.exactly("202 but lost", lost, 0));
        figures.add(Figure.exactly("unexpected dead letters", unexpectedDeadLetters(accepted), 0));
        return figures;
    }

    private Set<String> awaitPublished(Set<String> approved, Duration patience) {
        Set<String> published = ConcurrentHashMap.newKeySet();
        try {
            Awaitility.await("publication of " + approved.size() + " articles").atMost(patience)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        Set<String> announced = context.watcher().published().stream()
                                .map(PublishedSeen::articleId).collect(Collectors.toSet());
                        for (String articleId : approved) {
                            if (!published.contains(articleId) && announced.contains(articleId) && pageExists(articleId)) {
                                published.add(articleId);
                            }
                        }
                        return published.containsAll(approved);
                    });
        } catch (ConditionTimeoutException e) {
            notes.add("not published within " + patience.toSeconds() + " s: " + (approved.size() - published.size()));
        }
        return Set.copyOf(published);
    }

    private boolean pageExists(String articleId) {
        try {
            HttpResult article = context.http().get(context.stack().publisherUrl() + "/api/articles/" + articleId,
                    SuiteContext.EDITOR);
            if (article.status() != 200) {
                return false;
            }
            HttpResult page = context.http().get(article.json().path("url").asText(), null);
            return page.status() == 200;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void awaitAnnouncementsComplete(Set<String> published, Duration patience) {
        Set<String> complete = ConcurrentHashMap.newKeySet();
        try {
            Awaitility.await("announcements of " + published.size() + " articles").atMost(patience)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        for (String articleId : published) {
                            if (!complete.contains(articleId) && announcementComplete(articleId)) {
                                complete.add(articleId);
                            }
                        }
                        return complete.containsAll(published);
                    });
        } catch (ConditionTimeoutException e) {
            notes.add("announcements not complete within " + patience.toSeconds() + " s: "
                    + (published.size() - complete.size()));
        }
    }

    private boolean announcementComplete(String articleId) {
        try {
            HttpResult result = context.http().get(context.stack().notifierUrl() + "/api/announcements/" + articleId,
                    SuiteContext.EDITOR);
            if (result.status() != 200) {
                return false;
            }
            JsonNode body = result.json();
            return body.hasNonNull("completedAt") && body.path("deliveries").path("pending").asLong() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The inboxes are read over IMAP until they hold what the ledger says was sent (briefly: GreenMail stores at once). */
    private DeliveryFigures awaitMails(Set<String> articleIds, long expected) {
        Map<String, DeliveryFigures> last = new HashMap<>();
        try {
            Awaitility.await("mails in the inboxes").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        DeliveryFigures figures = DeliveryFigures.count(inboxes(), articleIds);
                        last.put("last", figures);
                        return figures.delivered() >= expected;
                    });
        } catch (ConditionTimeoutException e) {
            log.warn("inboxes hold fewer article mails than published x subscribers");
        }
        return last.getOrDefault("last", DeliveryFigures.count(inboxes(), articleIds));
    }

    Map<String, List<String>> inboxes() {
        Map<String, List<String>> inboxes = new LinkedHashMap<>();
        for (String subscriber : context.subscribers()) {
            inboxes.put(subscriber, context.mailboxes().messageIds(subscriber));
        }
        return inboxes;
    }

    /**
     * Extra pages: a title (each draft's is unique) published under more than one article id or
     * slug, plus an article version announced by more than one ArticlePublished event.
     */
    private long duplicatePages(ArticleFlowResult flow) {
        Set<String> titles = flow.titles();
        Map<String, Set<String>> slugsByTitle = new HashMap<>();
        Map<String, Set<String>> eventsByVersion = new HashMap<>();
        for (PublishedSeen event : context.watcher().published()) {
            if (!titles.contains(event.title())) {
                continue;
            }
            slugsByTitle.computeIfAbsent(event.title(), title -> new HashSet<>()).add(event.articleId() + "/" + event.slug());
            eventsByVersion.computeIfAbsent(event.articleId() + "@" + event.articleVersion(), key -> new HashSet<>())
                    .add(event.eventId());
        }
        long extraPages = slugsByTitle.values().stream().mapToLong(set -> set.size() - 1).sum();
        long extraPublications = eventsByVersion.values().stream().mapToLong(set -> set.size() - 1).sum();
        if (extraPublications > 0) {
            notes.add(extraPublications + " article version(s) announced by more than one ArticlePublished event");
        }
        return extraPages + extraPublications;
    }

    private long unexpectedDeadLetters(Set<String> articleIds) {
        return context.watcher().deadLetters().stream().filter(letter -> articleIds.contains(letter.key())).count();
    }
}
