package org.healthjournal.pipeline.publisher.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org {@code MedicalWebPage} description of an article, as JSON-LD for search engines.
 *
 * <p>It goes into the page inside {@code <script type="application/ld+json">}: a data block the
 * browser never executes (and the CSP forbids executable script anyway). The writer's text must
 * not end the element early, so every {@code <}, {@code >} and {@code &} is written as a JSON
 * unicode escape: {@code </script>} in a title cannot appear in the output.
 */
final class StructuredData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StructuredData() {
    }

    static String medicalWebPage(PublishedArticle article, Byline author, Byline reviewer, String url,
            PublisherProperties site) {
        return medicalWebPage(article, author, List.of(reviewer), url, site);
    }

    /** {@code reviewedBy} is one person, or a list when several reviewers signed off. */
    static String medicalWebPage(PublishedArticle article, Byline author, List<Byline> reviewers, String url,
            PublisherProperties site) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("url", url);
        page.put("mainEntityOfPage", url);
        page.put("headline", article.title());
        if (article.dek() != null) {
            page.put("description", article.dek());
        }
        page.put("inLanguage", "en");
        page.put("datePublished", iso(article.publishedAt()));
        page.put("dateModified", iso(article.updatedAt()));
        page.put("lastReviewed", DateTimeFormatter.ISO_LOCAL_DATE.format(article.reviewedAt().atOffset(ZoneOffset.UTC)));
        List<Map<String, Object>> reviewedBy = reviewers.stream().map(reviewer -> person(reviewer, null)).toList();
        if (reviewedBy.size() == 1) {
            page.put("reviewedBy", reviewedBy.get(0));
        } else if (!reviewedBy.isEmpty()) {
            page.put("reviewedBy", reviewedBy);
        }
        if (author != null) {
            page.put("author", person(author, site.url("/authors/" + author.slug())));
        }
        page.put("publisher", Map.of("@type", "Organization", "name", site.siteName(), "url", site.url("/")));
        if (article.category() != null) {
            page.put("about", Map.of("@type", "Thing", "name", article.category()));
        }
        if (!article.tags().isEmpty()) {
            page.put("keywords", String.join(", ", article.tags()));
        }
        List<Map<String, Object>> citations = article.references().stream().map(StructuredData::citation).toList();
        if (!citations.isEmpty()) {
            page.put("citation", citations);
        }
        return scriptSafe(write(page));
    }

    /** @param url the person's page on the site; reviewers have none unless they also write */
    private static Map<String, Object> person(Byline byline, String url) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", byline.name());
        if (byline.credentials() != null) {
            person.put("description", byline.credentials());
        }
        if (url != null) {
            person.put("url", url);
        }
        return person;
    }

    private static Map<String, Object> citation(Reference reference) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("name", reference.title() != null ? reference.title() : reference.url());
        if (reference.url() != null) {
            work.put("url", reference.url());
        }
        if (reference.year() != null) {
            work.put("datePublished", String.valueOf(reference.year()));
        }
        return work;
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** JSON that cannot close or comment its {@code <script>} element, whatever the strings hold. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD", e);
        }
    }
}
