package org.healthjournal.pipeline.content.checks;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while the rules run. */
final class Findings {

    private static final int MAX_EXCERPT = 300;

    private final List<Finding> list = new ArrayList<>();

    void add(String ruleId, Severity severity, String message, String section, String excerpt, String suggestion) {
        list.add(new Finding(ruleId, severity, message, new Finding.Location(section, shorten(excerpt)), suggestion));
    }

    List<Finding> list() {
        return list;
    }

    private static String shorten(String excerpt) {
        if (excerpt == null) {
            return "";
        }
        String plain = Phrases.WHITESPACE.matcher(excerpt.strip()).replaceAll(" ");
        return plain.length() <= MAX_EXCERPT ? plain : plain.substring(0, MAX_EXCERPT - 1) + "…";
    }
}
