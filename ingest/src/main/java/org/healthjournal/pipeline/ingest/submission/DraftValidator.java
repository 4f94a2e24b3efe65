package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The journal's rules for a draft, the same for every way in. Returns every problem at once, each
 * named by its field path ({@code references[1].url}, indexes from 0), so a form can show them next
 * to the inputs and a script can fix them all in one go.
 *
 * <p>Citations are submission rules, not just check findings: a body citing {@code [3]} with two
 * references, or a reference never cited, would publish a broken Sources list, so it is refused
 * here; content's checks still report them (as BLOCKERs) to {@code POST /api/drafts/check}.
 */
@Component
public class DraftValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_DEK = 400;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG = 50;
    static final int MAX_BODY = 100_000;
    static final int MAX_REFERENCES = 100;
    static final int MAX_REFERENCE_TITLE = 500;
    static final int MAX_URL = 2000;
    static final int MAX_KIND = 100;
    static final int MAX_TAKEAWAY = 2000;
    static final int MAX_CHANGE_NOTE = 500;

    private final DraftRules rules;
    private final Clock clock;

    public DraftValidator(DraftRules rules) {
        this(rules, Clock.systemUTC());
    }

    @Autowired
    public DraftValidator(DraftRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Every problem of the draft, type problems from reading first, sorted by field. */
    public List<FieldProblem> problems(ReadDraft read) {
        List<FieldProblem> found = new ArrayList<>(read.problems());
        Set<String> unreadable = new HashSet<>();
        read.problems().forEach(problem -> unreadable.add(problem.field()));
        for (FieldProblem problem : problems(read.request())) {
            // a field of the wrong type reads as missing: say what is wrong with it only once
            if (!unreadable.contains(problem.field())) {
                found.add(problem);
            }
        }
        found.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return List.copyOf(found);
    }

    /** @throws InvalidDraftException listing every problem, if there is one */
    public DraftRequest require(ReadDraft read) {
        List<FieldProblem> problems = problems(read);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        return read.request();
    }

    List<FieldProblem> problems(DraftRequest draft) {
        Problems problems = new Problems();
        problems.requiredLine("title", draft.title(), MAX_TITLE);
        problems.requiredLine("dek", draft.dek(), MAX_DEK);
        category(draft.category(), problems);
        tags(draft.tags(), problems);
        if (problems.required("body", draft.body())) {
            problems.length("body", draft.body(), MAX_BODY);
            problems.controls("body", draft.body());
        }
        if (draft.keyTakeaway() != null) {
            problems.length("keyTakeaway", draft.keyTakeaway(), MAX_TAKEAWAY);
            problems.controls("keyTakeaway", draft.keyTakeaway());
        }
        references(draft.references(), problems);
        citations(draft, problems);
        publishAt(draft.publishAt(), problems);
        if (draft.changeNote() != null && !draft.changeNote().isBlank()) {
            problems.length("changeNote", draft.changeNote(), MAX_CHANGE_NOTE);
            problems.controls("changeNote", draft.changeNote());
        }
        return problems.list;
    }

    /** Optional; when given, a moment in the future with its offset, so it means the same everywhere. */
    private void publishAt(String publishAt, Problems problems) {
        if (publishAt == null || publishAt.isBlank()) {
            return;
        }
        PublishAt.parse(publishAt).ifPresentOrElse(at -> {
            if (!at.isAfter(clock.instant())) {
                problems.add("publishAt", "must be in the future");
            }
        }, () -> problems.add("publishAt", "must be a date and time with its offset, such as "
                + "2026-03-01T09:00:00+01:00 (or Z for UTC)"));
    }

    private void category(String category, Problems problems) {
        if (!problems.required("category", category)) {
            return;
        }
        boolean known = rules.categories().stream().anyMatch(c -> c.equalsIgnoreCase(category.strip()));
        if (!known) {
            problems.add("category", "must be one of: " + String.join(", ", rules.categories()));
        }
    }

    private static void tags(List<String> tags, Problems problems) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            problems.add("tags", "may have at most " + MAX_TAGS + " tags");
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String field = "tags[" + i + "]";
            if (tag == null || tag.isBlank()) {
                problems.add(field, "must not be blank");
            } else {
                problems.length(field, tag, MAX_TAG);
                problems.controls(field, tag);
                problems.bidi(field, tag);
            }
        }
    }

    private void references(List<ReferenceRequest> references, Problems problems) {
        if (references == null || references.isEmpty()) {
            problems.add("references", "must list at least one source the body cites as [1]");
            return;
        }
        if (references.size() > MAX_REFERENCES) {
            problems.add("references", "may have at most " + MAX_REFERENCES + " entries");
        }
        for (int i = 0; i < references.size(); i++) {
            String path = "references[" + i + "]";
            ReferenceRequest ref = references.get(i);
            if (ref == null) {
                problems.add(path, "must be a reference with title, url, year and kind");
                continue;
            }
            if (problems.required(path + ".title", ref.title())) {
                problems.length(path + ".title", ref.title(), MAX_REFERENCE_TITLE);
                problems.controls(path + ".title", ref.title());
            }
            if (problems.required(path + ".url", ref.url())) {
                url(path + ".url", ref.url().strip(), problems);
            }
            if (ref.year() != null && (ref.year() < 1800 || ref.year() > 2100)) {
                problems.add(path + ".year", "must be a year between 1800 and 2100");
            }
            if (ref.kind() != null && !ref.kind().isBlank()) {
                problems.length(path + ".kind", ref.kind(), MAX_KIND);
                problems.controls(path + ".kind", ref.kind());
                if (!rules.referenceKinds().isEmpty()
                        && rules.referenceKinds().stream().noneMatch(k -> k.equalsIgnoreCase(ref.kind().strip()))) {
                    problems.add(path + ".kind", "must be one of: " + String.join(", ", rules.referenceKinds()));
                }
            }
        }
    }

    private static void url(String field, String url, Problems problems) {
        if (url.length() > MAX_URL) {
            problems.add(field, "must be at most " + MAX_URL + " characters long");
            return;
        }
        if (ForbiddenCharacters.hasUrlForbidden(url) || ForbiddenCharacters.hasControl(url)) {
            problems.add(field, "must be an http(s) URL without spaces, quotes or markup");
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(field, "must be an http(s) URL");
            }
        } catch (URISyntaxException e) {
            problems.add(field, "must be an http(s) URL");
        }
    }

    /** Every [n] names an existing reference, and every reference is cited. */
    private static void citations(DraftRequest draft, Problems problems) {
        if (draft.body() == null || draft.references() == null || draft.references().isEmpty()) {
            return;
        }
        int count = draft.references().size();
        List<Integer> cited = MarkdownRenderer.citations(draft.body());
        for (int n : cited) {
            if (n < 1 || n > count) {
                problems.add("body", "cites [" + n + "], but citations are numbered from [1] to [" + count
                        + "], one for each reference");
            }
        }
        for (int i = 0; i < count; i++) {
            if (!cited.contains(i + 1) && draft.references().get(i) != null) {
                problems.add("references[" + i + "]", "is never cited; cite it in the body as [" + (i + 1)
                        + "] or remove it");
            }
        }
    }

    private static final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }

        /** @return whether the value is there, so its other rules apply */
        boolean required(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "must not be blank");
                return false;
            }
            return true;
        }

        /** A one-line field shown in headlines, lists and feeds. */
        void requiredLine(String field, String value, int max) {
            if (required(field, value)) {
                length(field, value, max);
                controls(field, value);
                bidi(field, value);
            }
        }

        void length(String field, String value, int max) {
            int length = value.strip().codePointCount(0, value.strip().length());
            if (length > max) {
                add(field, "must be at most " + max + " characters long (it has " + length + ")");
            }
        }

        void controls(String field, String value) {
            if (ForbiddenCharacters.hasControl(value)) {
                add(field, "must not contain control characters (such as NUL); only text, newlines and tabs");
            }
        }

        void bidi(String field, String value) {
            if (ForbiddenCharacters.hasBidi(value)) {
                add(field, "must not contain right-to-left or other direction-override characters");
            }
        }
    }
}
