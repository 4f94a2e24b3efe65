package org.healthjournal.pipeline.ingest.submission;

/**
 * The characters {@link DraftValidator} refuses in a draft's text, found by a plain scan of the text.
 * They were regular expressions of one character class each ({@code [\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]}
 * and the like); a body is searched for every draft, and profiles of the ingest benchmark showed those
 * searches at about a sixth of an accepted draft's CPU: the pattern tests each character through several
 * interface calls the JIT does not inline. Every character these methods look for is in the Basic
 * Multilingual Plane and none is a surrogate, so scanning UTF-16 chars finds exactly what the patterns,
 * which read code points, found.
 */
final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /** C0 and C1 control characters except tab and newline (a CR of a Windows line end is allowed too). */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Bidirectional embeddings, overrides and isolates: they can make a title read differently than it is stored. */
    static boolean hasBidi(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Characters that have no place in a URL a reader's browser is sent to: whitespace (space, tab,
     * LF, VT, FF, CR, as {@code \s} means), quotes, markup, and the characters RFC 3986 leaves out.
     */
    static boolean hasUrlForbidden(String url) {
        for (int i = 0; i < url.length(); i++) {
            switch (url.charAt(i)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '"', '\'', '<', '>', '`', '{', '}', '|', '\\', '^' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7F && c <= 0x9F;
    }
}
