package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.feeds.FeedEntries;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The categories a reader can choose: the configured ones, then those of published articles, one per slug. */
@Component
class OfferedCategories {

    private final NotifierProperties properties;
    private final FeedEntries feedEntries;

    OfferedCategories(NotifierProperties properties, FeedEntries feedEntries) {
        this.properties = properties;
        this.feedEntries = feedEntries;
    }

    List<String> names() {
        Map<String, String> bySlug = new LinkedHashMap<>();
        for (String name : properties.categories()) {
            put(bySlug, name);
        }
        for (String name : feedEntries.categories(100)) {
            put(bySlug, name);
        }
        return List.copyOf(bySlug.values());
    }

    /** Checkboxes for the offered categories, ticked where the slug is among {@code chosenSlugs}. */
    List<CategoryChoice> choices(Collection<String> chosenSlugs) {
        Set<String> chosen = Set.copyOf(chosenSlugs);
        return names().stream().map(name -> new CategoryChoice(name, chosen.contains(Categories.slug(name)))).toList();
    }

    private static void put(Map<String, String> bySlug, String name) {
        String slug = Categories.slug(name);
        if (slug != null) {
            bySlug.putIfAbsent(slug, name.strip());
        }
    }

    /** One checkbox of a form. */
    record CategoryChoice(String name, boolean chosen) {
    }
}
