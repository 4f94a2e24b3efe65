package org.healthjournal.pipeline.ingest.pages;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.ingest.submission.DraftRequest;
import org.healthjournal.pipeline.ingest.submission.ReadDraft;
import org.healthjournal.pipeline.ingest.submission.ReferenceRequest;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The new-draft form as posted: references arrive as parallel columns (one input per row and
 * field), so rows can be added without JavaScript. Rows left entirely empty are ignored.
 */
public record DraftForm(String title, String dek, String category, String tags, String body, String keyTakeaway,
        List<String> refTitle, List<String> refUrl, List<String> refYear, List<String> refKind, String publishAt,
        String changeNote) {

    static DraftForm empty() {
        return new DraftForm("", "", "", "", "", "", List.of(""), List.of(""), List.of(""), List.of(""), "", "");
    }

    /** A stored version, to start a revision from. */
    static DraftForm of(ArticleContent content) {
        List<String> t = new ArrayList<>(), u = new ArrayList<>(), y = new ArrayList<>(), k = new ArrayList<>();
        for (Reference ref : content.references()) {
            t.add(ref.title() == null ? "" : ref.title());
            u.add(ref.url() == null ? "" : ref.url());
            y.add(ref.year() == null ? "" : String.valueOf(ref.year()));
            k.add(ref.kind() == null ? "" : ref.kind());
        }
        return new DraftForm(content.title(), content.dek(), content.category(), String.join(", ", content.tags()),
                content.body(), content.keyTakeaway(), t, u, y, k,
                "", "");
    }

    public int rows() {
        return Math.max(Math.max(size(refTitle), size(refUrl)), Math.max(size(refYear), size(refKind)));
    }

    public String cell(List<String> column, int row) {
        return column == null || row >= column.size() || column.get(row) == null ? "" : column.get(row);
    }

    DraftForm withEmptyRow() {
        List<String> t = new ArrayList<>(), u = new ArrayList<>(), y = new ArrayList<>(), k = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            t.add(cell(refTitle, i));
            u.add(cell(refUrl, i));
            y.add(cell(refYear, i));
            k.add(cell(refKind, i));
        }
        t.add("");
        u.add("");
        y.add("");
        k.add("");
        return new DraftForm(title, dek, category, tags, body, keyTakeaway, t, u, y, k, publishAt, changeNote);
    }

    /** The form as a draft for the same rules as every other way in. */
    ReadDraft toDraft() {
        List<FieldProblem> problems = new ArrayList<>();
        List<ReferenceRequest> references = new ArrayList<>();
        for (int i = 0; i < rows(); i++) {
            String rt = cell(refTitle, i), ru = cell(refUrl, i), ry = cell(refYear, i), rk = cell(refKind, i);
            if (rt.isBlank() && ru.isBlank() && ry.isBlank() && rk.isBlank()) {
                continue;
            }
            Integer year = null;
            if (!ry.isBlank()) {
                try {
                    year = Integer.valueOf(ry.strip());
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("references[" + references.size() + "].year",
                            "must be a year as a number, such as 2024"));
                }
            }
            references.add(new ReferenceRequest(blankToNull(rt), blankToNull(ru), year, blankToNull(rk)));
        }
        List<String> tagList = tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        DraftRequest request = new DraftRequest(blankToNull(title), blankToNull(dek), blankToNull(category), tagList,
                blankToNull(body == null ? null : body.replace("\r\n", "\n")), references, blankToNull(keyTakeaway),
                blankToNull(publishAt), blankToNull(changeNote));
        return new ReadDraft(request, null, problems);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int size(List<String> column) {
        return column == null ? 0 : column.size();
    }
}
