package org.healthjournal.pipeline.notifier.subscriptions;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Categories are compared by slug ("Immune Health" and "immune-health" are one), so a choice
 * made on the form still matches when an editor changes a category's capitalisation.
 */
public final class Categories {

    private Categories() {
    }

    /** The slug of a category name, or null if nothing is left of it. */
    public static String slug(String name) {
        if (name == null) {
            return null;
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? null : slug.substring(0, Math.min(slug.length(), 200));
    }

    /** The distinct slugs of the names, in their order. */
    public static List<String> slugs(Collection<String> names) {
        return names == null ? List.of() : names.stream().map(Categories::slug).filter(Objects::nonNull).distinct().toList();
    }
}
