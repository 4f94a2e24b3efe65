package org.healthjournal.pipeline.content.checks;

import org.healthjournal.pipeline.events.ArticleContent;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The parts every article has: title, dek, category, body with {@code ##} sections, key takeaway. */
final class StructureRules implements RuleFamily {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private final CheckSettings.Structure settings;

    StructureRules(CheckSettings.Structure settings) {
        this.settings = settings;
    }

    @Override
    public void check(DraftText draft, Findings findings) {
        ArticleContent content = draft.content();
        missing(content.title(), "structure.title-missing", DraftText.TITLE, "The article has no title.",
                "Write the title as the question a reader would ask.", findings);
        missing(content.dek(), "structure.dek-missing", DraftText.DEK, "The article has no dek.",
                "Sum up in one or two sentences what the evidence says.", findings);
        missing(content.category(), "structure.category-missing", "Category", "The article has no category.",
                "Choose the journal category it belongs to, e.g. Immune Health.", findings);
        if (content.body() == null || content.body().isBlank()) {
            findings.add("structure.body-missing", Severity.BLOCKER, "The article has no body.", DraftText.INTRODUCTION,
                    "", null);
        } else if (draft.sections().isEmpty()) {
            findings.add("structure.no-sections", Severity.WARNING,
                    "The body has no sections: readers scan health articles by their ## headings.",
                    DraftText.INTRODUCTION, draft.firstParagraph(),
                    "Split the body under ## headings phrased as the questions readers ask.");
        }
        if (content.keyTakeaway() == null || content.keyTakeaway().isBlank()) {
            findings.add("structure.key-takeaway-missing", Severity.WARNING, "The article has no key takeaway.",
                    DraftText.KEY_TAKEAWAY, "",
                    "Add one or two sentences a reader should remember, including how strong the evidence is.");
        }
        if (content.dek() != null && !content.dek().isBlank() && copies(content.dek(), draft.firstParagraph())) {
            findings.add("structure.dek-copies-first-paragraph", Severity.WARNING,
                    "The dek repeats the first paragraph, so readers read the same thing twice.", DraftText.DEK,
                    content.dek(), "Make the dek a summary of the whole article, or start the body differently.");
        }
    }

    private static void missing(String value, String ruleId, String section, String message, String suggestion,
            Findings findings) {
        if (value == null || value.isBlank()) {
            findings.add(ruleId, Severity.BLOCKER, message, section, "", suggestion);
        }
    }

    /** Word overlap (Jaccard) of dek and first paragraph at or above the configured share. */
    private boolean copies(String dek, String firstParagraph) {
        Set<String> dekWords = words(dek);
        Set<String> paragraphWords = words(DraftText.CITATION.matcher(firstParagraph).replaceAll(" "));
        if (dekWords.isEmpty() || paragraphWords.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(dekWords);
        shared.retainAll(paragraphWords);
        Set<String> all = new HashSet<>(dekWords);
        all.addAll(paragraphWords);
        return (double) shared.size() / all.size() >= settings.dekCopySimilarity();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(NON_WORD.split(Phrases.normalise(text))));
        words.remove("");
        return words;
    }
}
