package org.healthjournal.pipeline.publisher.articles;

import org.healthjournal.pipeline.content.Slugs;

import java.util.Map;

/**
 * Slugs for the site's addresses (articles, categories, tags, authors): lower-case ASCII words
 * joined by hyphens. {@link Slugs} drops accents by decomposition; letters that do not decompose
 * (ß, æ, ø, ł …) and Greek and Cyrillic letters are transliterated first, so that a title in those
 * letters still gets a readable address rather than the fallback.
 */
public final class SiteSlugs {

    private static final Map<Character, String> LETTERS = letters();
    /**
     * Slugs already worked out, by name: pages ask for the same few (categories, tags, staff user
     * names) thousands of times in a rebuild, and each costs a normalisation and four regular
     * expressions. Bounded: emptied when full, so odd names cannot make it grow without end.
     */
    private static final int KNOWN_MAX = 4096;
    private static final Map<String, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private SiteSlugs() {
    }

    public static String of(String name) {
        if (name == null) {
            return Slugs.fromTitle(transliterate(null));
        }
        String known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        String slug = Slugs.fromTitle(transliterate(name));
        if (KNOWN.size() >= KNOWN_MAX) {
            KNOWN.clear();
        }
        KNOWN.put(name, slug);
        return slug;
    }

    /** Names by their slug, the first spelling of each kept: "Vitamin D" and "vitamin d" are one tag. */
    public static Map<String, String> bySlug(java.util.Collection<String> names) {
        Map<String, String> bySlug = new java.util.LinkedHashMap<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                bySlug.putIfAbsent(of(name), name.strip());
            }
        }
        return bySlug;
    }

    static String transliterate(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String replacement = LETTERS.get(Character.toLowerCase(c));
            ascii.append(replacement == null ? String.valueOf(c) : replacement);
        }
        return ascii.toString();
    }

    private static Map<Character, String> letters() {
        Map<Character, String> latin = Map.ofEntries(
                Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('ø', "o"), Map.entry('œ', "oe"),
                Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
                Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('&', " and "));
        Map<Character, String> greek = pairs("αaβvγgδdεeζzηiθthιiκkλlμmνnξxοoπpρrσsςsτtυyφfχchψpsωo"
                + "άaέeήiίiόoύyώo");
        Map<Character, String> cyrillic = pairs("аaбbвvгgдdеeёeжzhзzиiйyкkлlмmнnоoпpрrсsтtуuфfхkhцts"
                + "чchшshщshchъ_ыyь_эeюyuяyaіiїyiєyeґg");
        java.util.HashMap<Character, String> all = new java.util.HashMap<>(latin);
        all.putAll(greek);
        all.putAll(cyrillic);
        return Map.copyOf(all);
    }

    /** "аaбb…": each non-ASCII letter followed by its ASCII spelling; "_" spells nothing. */
    private static Map<Character, String> pairs(String table) {
        java.util.HashMap<Character, String> map = new java.util.HashMap<>();
        int i = 0;
        while (i < table.length()) {
            char letter = table.charAt(i++);
            int start = i;
            while (i < table.length() && table.charAt(i) < 128) {
                i++;
            }
            map.put(letter, table.substring(start, i).replace("_", ""));
        }
        return map;
    }
}
