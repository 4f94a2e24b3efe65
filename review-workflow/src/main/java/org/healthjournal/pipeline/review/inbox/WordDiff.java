package org.healthjournal.pipeline.review.inbox;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts (java-diff-utils on words, each with the whitespace before it), as
 * runs of unchanged, removed and added text the page shows with {@code <del>} and {@code <ins>}.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+|\\s+");

    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    private WordDiff() {
    }

    static List<Segment> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Kind.SAME, old.subList(position, start));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Kind.SAME, old.subList(position, old.size()));
        return List.copyOf(segments);
    }

    static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
