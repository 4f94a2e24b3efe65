package org.healthjournal.pipeline.content;

import org.healthjournal.pipeline.events.ArticleContent;

import java.util.regex.Pattern;

/**
 * "5 min read": the words of title, dek, body and key takeaway divided by a typical adult reading
 * speed for health text, rounded up. The draft checks, the reviewers' preview and the published
 * page all count with this class, so a writer, a reviewer and a reader see the same figure.
 */
public final class ReadingTime {

    /** The local stack's rate; the checks' {@code readTime.wordsPerMinute} defaults to the same. */
    public static final int WORDS_PER_MINUTE = 200;

    // a citation marker is not read as a word
    private static final Pattern CITATION = Pattern.compile("\\[\\d{1,3}]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReadingTime() {
    }

    /** Reading time of an article at the default rate. */
    public static int minutes(ArticleContent content) {
        return minutes(words(content), WORDS_PER_MINUTE);
    }

    /** Reading time of the given texts at the default rate. */
    public static int minutes(String... texts) {
        return minutes(words(texts), WORDS_PER_MINUTE);
    }

    /** Words divided by the rate, rounded up; never less than one minute. */
    public static int minutes(long words, int wordsPerMinute) {
        return (int) Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
    }

    /** The words a reader reads in an article: title, dek, body and key takeaway. */
    public static long words(ArticleContent content) {
        return words(content.title(), content.dek(), content.body(), content.keyTakeaway());
    }

    /**
     * Whitespace-separated tokens holding at least one letter or digit: Markdown markup such as
     * {@code ##} or a list dash is not a word, and neither is a citation marker.
     */
    public static long words(String... texts) {
        long words = 0;
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String token : WHITESPACE.split(CITATION.matcher(text).replaceAll(" ").strip())) {
                if (hasLetterOrDigit(token)) {
                    words++;
                }
            }
        }
        return words;
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
