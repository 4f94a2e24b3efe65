package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftValidatorTest {

    private final DraftRules rules = new DraftRules(List.of("Immune Health", "Nutrition"),
            List.of("peer-reviewed review", "randomised controlled trial"), DataSize.ofKilobytes(64));
    private final DraftReader reader = new DraftReader(rules);
    private final DraftValidator validator = new DraftValidator(rules);

    private static String file(String front, String body) {
        return "---\n" + front + "\n---\n" + body + "\n";
    }

    private static final String GOOD_FRONT = """
            title: Does zinc help with colds?
            dek: Small trials disagree.
            category: Immune Health
            tags: [zinc]
            references:
              - {title: Zinc for the common cold, url: "https://doi.org/10.1002/14651858", year: 2013, kind: peer-reviewed review}
              - {title: A second trial, url: "https://example.org/trial", year: 2020}""";

    private List<FieldProblem> problemsOf(String markdownFile) {
        return validator.problems(reader.markdown(markdownFile));
    }

    private List<String> fieldsOf(String markdownFile) {
        return problemsOf(markdownFile).stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCarefulDraftHasNoProblems() {
        assertThat(problemsOf(file(GOOD_FRONT, "Lozenges may help [1], or not [2]."))).isEmpty();
    }

    @Test
    void aCitationBeyondTheReferencesAndAnUncitedReferenceAreBothNamed() {
        List<FieldProblem> problems = problemsOf(file(GOOD_FRONT, "Lozenges may help [3]."));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("body", "references[0]", "references[1]");
        assertThat(problems.get(0).message()).contains("[3]").contains("[1] to [2]");
        assertThat(problems.get(1).message()).contains("never cited").contains("[1]");
    }

    @Test
    void citationsZeroAndNinetyNineAreRefused() {
        assertThat(problemsOf(file(GOOD_FRONT, "See [0] and [1] and [2] and [99].")))
                .extracting(FieldProblem::message)
                .anyMatch(m -> m.contains("[0]"))
                .anyMatch(m -> m.contains("[99]"));
    }

    @Test
    void aDraftWithoutReferencesIsRefused() {
        String front = GOOD_FRONT.substring(0, GOOD_FRONT.indexOf("references:"));
        assertThat(fieldsOf(file(front, "No sources at all."))).containsExactly("references");
    }

    @Test
    void aLongDekAndAnUnconfiguredCategoryAreRefusedNamingTheAllowedOnes() {
        String front = GOOD_FRONT.replace("dek: Small trials disagree.", "dek: " + "x".repeat(600))
                .replace("Immune Health", "Astrology");
        List<FieldProblem> problems = problemsOf(file(front, "[1] [2]"));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("category", "dek");
        assertThat(problems.get(0).message()).isEqualTo("must be one of: Immune Health, Nutrition");
        assertThat(problems.get(1).message()).contains("400").contains("600");
    }

    @Test
    void controlAndDirectionOverrideCharactersAreRefusedInTheTitle() {
        ReadDraft nul = reader.json("""
                {"title": "Zinc\\u0000", "dek": "d", "category": "Nutrition", "body": "b [1]",
                 "references": [{"title": "t", "url": "https://example.org"}]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(validator.problems(nul)).extracting(FieldProblem::field).containsExactly("title");
        for (String title : List.of("Does \\u202Ezinc help?", "Does \\u2066zinc help?", "Does \\u0007zinc help?")) {
            ReadDraft read = reader.json(("{\"title\": \"" + title + "\", \"dek\": \"d\", \"category\": \"Nutrition\", "
                    + "\"body\": \"b [1]\", \"references\": [{\"title\": \"t\", \"url\": \"https://example.org\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(validator.problems(read)).extracting(FieldProblem::field).as(title).containsExactly("title");
        }
    }

    @Test
    void referenceUrlsMustBeAbsoluteHttpWithoutQuotesOrMarkup() {
        assertThat(problemsOf(file(GOOD_FRONT.replace("https://example.org/trial",
                "https://example.org/\\\"><script>x</script>"), "[1] [2]")))
                .containsExactly(new FieldProblem("references[1].url",
                        "must be an http(s) URL without spaces, quotes or markup"));
        assertThat(problemsOf(file(GOOD_FRONT.replace("https://example.org/trial", "ftp://example.org/trial"),
                "[1] [2]"))).containsExactly(new FieldProblem("references[1].url", "must be an http(s) URL"));
        assertThat(fieldsOf(file(GOOD_FRONT.replace("https://example.org/trial", "/relative/path"), "[1] [2]")))
                .containsExactly("references[1].url");
    }

    @Test
    void aKindOutsideTheConfiguredListIsRefused() {
        assertThat(problemsOf(file(GOOD_FRONT.replace("kind: peer-reviewed review", "kind: blog post"), "[1] [2]")))
                .singleElement().extracting(FieldProblem::field).isEqualTo("references[0].kind");
    }

    @Test
    void aNumberWhereTextBelongsIsATypeProblemNamedOnce() {
        ReadDraft read = reader.json("""
                {"title": 123, "dek": "d", "category": "Nutrition", "body": "b [1]", "tags": "one",
                 "references": [{"title": "t", "url": "https://example.org", "year": "2020"}]}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThat(validator.problems(read)).containsExactly(
                new FieldProblem("references[0].year", "must be a year as a number, such as 2024"),
                new FieldProblem("tags", "must be a list of texts, not text"),
                new FieldProblem("title", "must be text, not a number"));
        assertThatThrownBy(() -> validator.require(read)).isInstanceOf(InvalidDraftException.class);
    }

    @Test
    void brokenYamlIsNamedByLineWithoutJavaTypes() {
        assertThatThrownBy(() -> reader.markdown(file("title: [unclosed\ndek: x", "body")))
                .isInstanceOfSatisfying(UnreadableDraftException.class, e -> assertThat(e.reason())
                        .startsWith("The Markdown file cannot be read: the front matter is not valid YAML at line")
                        .doesNotContain("java.", "JsonToken", "Cannot deserialize"));
    }

    @Test
    void aListWhereTextBelongsInFrontMatterIsAFieldProblemNotJacksonsMessage() {
        ReadDraft read = reader.markdown(file(GOOD_FRONT.replace("title: Does zinc help with colds?",
                "title: [Does zinc, help]"), "[1] [2]"));
        assertThat(validator.problems(read)).containsExactly(new FieldProblem("title", "must be text, not a list"));
    }

    @Test
    void frontMatterNeverClosedOrMissingSaysSo() {
        assertThatThrownBy(() -> reader.markdown("---\ntitle: x\n\nbody"))
                .isInstanceOfSatisfying(UnreadableDraftException.class,
                        e -> assertThat(e.reason()).contains("never closed"));
        assertThatThrownBy(() -> reader.markdown("# Just a heading"))
                .isInstanceOfSatisfying(UnreadableDraftException.class,
                        e -> assertThat(e.reason()).contains("must start with YAML front matter"));
    }

    @Test
    void aControlCharacterInFrontMatterIsNotValidYaml() {
        assertThatThrownBy(() -> reader.markdown(file("title: Zinc\u0000", "body")))
                .isInstanceOf(UnreadableDraftException.class);
    }

    @Test
    void invalidUtf8IsRefused() {
        assertThatThrownBy(() -> reader.json(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
                .isInstanceOfSatisfying(UnreadableDraftException.class, e -> assertThat(e.reason()).contains("UTF-8"));
    }

    @Test
    void aBodyOverTheLimitIsTooLargeWhetherDeclaredOrNot() {
        byte[] big = new byte[(int) DataSize.ofKilobytes(65).toBytes()];
        assertThatThrownBy(() -> reader.readBody(new java.io.ByteArrayInputStream(big), big.length))
                .isInstanceOf(DraftTooLargeException.class);
        assertThatThrownBy(() -> reader.readBody(new java.io.ByteArrayInputStream(big), -1))
                .isInstanceOf(DraftTooLargeException.class);
    }

    @Test
    void aFrontMatterArticleIdMakesTheFileARevision() {
        assertThat(reader.markdown(file("articleId: 5e39a2b0-0000-4000-8000-000000000001\n" + GOOD_FRONT, "[1] [2]")).articleId()).isEqualTo("5e39a2b0-0000-4000-8000-000000000001");
    }

    private final java.time.Instant now = java.time.Instant.parse("2026-06-01T10:00:00Z");
    private final DraftValidator clocked = new DraftValidator(rules, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));

    private List<FieldProblem> clockedProblemsOf(String front) {
        return clocked.problems(reader.markdown(file(GOOD_FRONT + "\n" + front, "Lozenges may help [1], or not [2].")));
    }

    @Test
    void aPublishAtInTheFutureWithItsOffsetIsTakenAndCarriedInTheContent() {
        String front = "publishAt: \"2026-06-02T09:00:00+02:00\"\nchangeNote: Two new trials added.";
        assertThat(clockedProblemsOf(front)).isEmpty();
        var content = reader.markdown(file(GOOD_FRONT + "\n" + front, "[1] [2]")).request().toContent();
        assertThat(content.publishAt()).isEqualTo(java.time.Instant.parse("2026-06-02T07:00:00Z"));
        assertThat(content.changeNote()).isEqualTo("Two new trials added.");
    }

    @Test
    void anUnquotedYamlPublishAtIsReadToo() {
        assertThat(clockedProblemsOf("publishAt: 2026-06-02T09:00:00Z")).isEmpty();
    }

    @Test
    void aPublishAtInThePastIsRefused() {
        assertThat(clockedProblemsOf("publishAt: \"2026-06-01T09:59:00Z\""))
                .containsExactly(new FieldProblem("publishAt", "must be in the future"));
    }

    @Test
    void aPublishAtWithoutOffsetOrNotADateIsRefused() {
        for (String value : new String[] {"2026-06-02T09:00:00", "tomorrow", "2026-06-02"}) {
            assertThat(clockedProblemsOf("publishAt: \"" + value + "\""))
                    .extracting(FieldProblem::field, p -> p.message().startsWith("must be a date and time with its offset"))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("publishAt", true));
        }
    }

    @Test
    void aChangeNoteIsAtMost500CharactersWithoutControlCharacters() {
        assertThat(clockedProblemsOf("changeNote: \"" + "a".repeat(501) + "\"")).extracting(FieldProblem::field)
                .containsExactly("changeNote");
        assertThat(clockedProblemsOf("changeNote: \"fixed\\u0000 a typo\"")).extracting(FieldProblem::message)
                .containsExactly("must not contain control characters (such as NUL); only text, newlines and tabs");
    }

    @Test
    void aPublishAtThatIsANumberIsNamed() {
        assertThat(clockedProblemsOf("publishAt: 20260602")).extracting(FieldProblem::field).containsExactly("publishAt");
    }
}
