package org.healthjournal.pipeline.notifier;

/**
 * Text as XML 1.0 can hold it. A NUL or U+FFFE in one title (ingest accepts them) would otherwise
 * make the feed writer throw, so every reader of the feed got an error until the article left it,
 * and PostgreSQL refuses a NUL in a text column outright. Such characters carry no meaning in a
 * title or dek, so they are dropped: from an event before it is stored, and again when a feed is
 * written (rows stored before this rule).
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    /** The text without the characters XML 1.0 forbids (control characters, U+FFFE/U+FFFF, lone surrogates). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (allowed(codePoint)) {
                if (clean != null) {
                    clean.appendCodePoint(codePoint);
                }
            } else if (clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            i += width;
        }
        return clean == null ? text : clean.toString();
    }

    // https://www.w3.org/TR/xml/#charsets; a lone surrogate reaches here as its own code point
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
