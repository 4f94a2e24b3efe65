package org.healthjournal.pipeline.content;

/** "5 min read": words divided by a typical adult reading speed for health text. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    public static int minutes(String... texts) {
        long words = 0;
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                words += text.trim().split("\\s+").length;
            }
        }
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
