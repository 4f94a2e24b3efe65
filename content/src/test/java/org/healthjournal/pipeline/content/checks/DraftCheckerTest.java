package org.healthjournal.pipeline.content.checks;

import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftCheckerTest {

    private static final Reference REVIEW = new Reference("Zinc for the common cold: a systematic review",
            "https://pubmed.ncbi.nlm.nih.gov/28515951/", 2023, "peer-reviewed review");

    private final DraftChecker checker = new DraftChecker(CheckSettings.defaults(), DraftCheckCorpusTest.CORPUS_DATE);

    private static ArticleContent draft(String body, Reference... references) {
        return new ArticleContent("Does zinc help a cold?", "Trials of zinc lozenges give mixed results.",
                "Immune Health", List.of(), body, references.length == 0 ? List.of(REVIEW) : List.of(references),
                "The evidence is mixed.");
    }

    private List<String> rulesFiredBy(String body, Reference... references) {
        return checker.check(draft(body, references)).findings().stream()
                .map(finding -> finding.ruleId() + "@" + finding.severity()).toList();
    }

    @Test
    void flagsCuresButNotIsNotACure() {
        assertThat(rulesFiredBy("## What did trials find?\n\nZinc cures colds [1].")).containsExactly(
                "claims.absolute-language@WARNING");
        assertThat(rulesFiredBy("## What did trials find?\n\nZinc is not a cure for colds [1].")).isEmpty();
    }

    @Test
    void aFindingSaysWhereAndSuggestsAFix() {
        Finding finding = checker.check(draft("## Does it work?\n\nSmall trials were mixed [1]. Zinc cures colds [1].\n"))
                .findings().get(0);

        assertThat(finding.location()).isEqualTo(new Finding.Location("Does it work?", "Zinc cures colds [1]."));
        assertThat(finding.message()).contains("\u201Ccures\u201D");
        assertThat(finding.suggestion()).isNotBlank();
    }

    @Test
    void doesNotFlagAQuotedClaimTheSentenceRejects() {
        assertThat(rulesFiredBy("## Myths\n\n\"Miracle cure\" claims about elderberry are not supported [1].")).isEmpty();
        assertThat(rulesFiredBy("## Myths\n\nFans call elderberry a \"miracle cure\" [1].")).containsExactly(
                "claims.absolute-language@BLOCKER");
    }

    @Test
    void keepsEstablishedMedicalPhrasesThatContainATerm() {
        assertThat(rulesFiredBy("## After vaccination\n\nBreakthrough infections still happen [1].")).isEmpty();
    }

    @Test
    void segmentsSentencesWithAbbreviationsAndDecimals() {
        assertThat(Sentences.of("Dr. Smith gave 2.5 mg doses, e.g. at night. Colds were shorter [1]."))
                .containsExactly("Dr. Smith gave 2.5 mg doses, e.g. at night.", "Colds were shorter [1].");
    }

    @Test
    void flagsAStatisticWithNoCitationInItsParagraphOnly() {
        assertThat(rulesFiredBy("## Findings\n\nTrials were small [1].\n\nZinc shortened colds by 33%."))
                .containsExactly("claims.uncited-claim@WARNING");
        assertThat(rulesFiredBy("## Findings\n\nZinc shortened colds by 33%. The trials were small [1].")).isEmpty();
        assertThat(rulesFiredBy("## Findings\n\nIn 2019, 25 trials were pooled [1].\n\nThe work began in 2015.")).isEmpty();
    }

    @Test
    void flagsStopTakingYourMedicationButNotTheAdviceNotTo() {
        assertThat(rulesFiredBy("## Findings\n\nTrials were small [1].\n\nFeeling better? Stop taking your antibiotics."))
                .containsExactly("advice.treatment-instruction@BLOCKER");
        assertThat(rulesFiredBy("## Findings\n\nTrials were small [1].\n\nDo not stop taking your medicine."))
                .isEmpty();
        assertThat(rulesFiredBy("## Findings\n\nTrials were small [1].\n\n"
                + "Stop taking your medication only after talking to your care team.")).isEmpty();
    }

    @Test
    void flagsDosesAddressedToReadersButNotDosesInACitedTrial() {
        assertThat(rulesFiredBy("## Findings\n\nTrials were small [1].\n\nTake 75 mg of zinc a day."))
                .containsExactly("advice.dosage-instruction@BLOCKER");
        assertThat(rulesFiredBy("## Findings\n\nParticipants took 75 mg of zinc a day [1].")).isEmpty();
    }

    @Test
    void citationsAndSourcesMustMatch() {
        Reference second = new Reference("Second review", "https://doi.org/10.1002/14651858.CD006895.pub4", 2022,
                "Cochrane review");
        assertThat(rulesFiredBy("## Findings\n\nSmall trials [1] and more [3].", REVIEW, second))
                .containsExactlyInAnyOrder("citations.unresolved@BLOCKER", "citations.uncited-reference@BLOCKER");
    }

    @Test
    void recognisesPubMedPmcAndDoiIdentifiersInLinks() {
        assertThat(CitationRules.identifierProblem("https://pubmed.ncbi.nlm.nih.gov/28515951/")).isNull();
        assertThat(CitationRules.identifierProblem("https://pubmed.ncbi.nlm.nih.gov/2851x951/")).contains("PMID");
        assertThat(CitationRules.identifierProblem("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/")).isNull();
        assertThat(CitationRules.identifierProblem("https://pmc.ncbi.nlm.nih.gov/articles/PMC12a/")).contains("PMC ID");
        assertThat(CitationRules.identifierProblem("https://doi.org/10.1016/S2213-8587(21)00051-6")).isNull();
        assertThat(CitationRules.identifierProblem("https://www.nejm.org/doi/full/10.1056/NEJMoa1910607")).isNull();
        assertThat(CitationRules.identifierProblem("https://doi.org/10.12/abc")).contains("DOI");
        assertThat(CitationRules.identifierProblem("https://www.nhs.uk/conditions/")).isNull();
    }

    @Test
    void oldReferencesWarnAndSourcesThatAreNotPeerReviewedInform() {
        Reference old = new Reference("Old trial", "https://pubmed.ncbi.nlm.nih.gov/1234567/", 2009, "peer-reviewed trial");
        Reference blog = new Reference("A blog", "https://example.org/blog", 2025, "blog post");
        assertThat(rulesFiredBy("## Findings\n\nSmall trials [1] and a blog [2].", old, blog))
                .containsExactly("citations.reference-outdated@WARNING", "citations.not-peer-reviewed@INFO");
    }

    @Test
    void readTimeCountsTitleDekBodyAndTakeawayAtTwoHundredWordsAMinute() {
        ArticleContent article = new ArticleContent("Four word title here", "Six words in the dek here.",
                "Immune Health", List.of(), "## Heading\n\n" + "word ".repeat(880) + "[1]", List.of(REVIEW),
                "Nine words in the key takeaway of this article.");

        CheckReport report = checker.check(article);

        assertThat(report.wordCount()).isEqualTo(4 + 6 + 881 + 9);
        assertThat(report.readTimeMinutes()).isEqualTo(5);
    }

    @Test
    void riskIsHighForClaimsOrHighRiskCategoriesMediumForOtherWarningsLowOtherwise() {
        assertThat(checker.check(draft("## Findings\n\nZinc cures colds [1].")).riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(checker.check(draft("Small trials [1].")).riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(checker.check(draft("## Findings\n\nSmall trials [1].")).riskLevel()).isEqualTo(RiskLevel.LOW);
        ArticleContent cancer = new ArticleContent("Title?", "Dek.", "Cancer", List.of(),
                "## Findings\n\nSmall trials [1].", List.of(REVIEW), "Takeaway.");
        assertThat(checker.check(cancer).riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void reportsReadabilityAndFlagsHardTextAsInfo() {
        CheckReport easy = checker.check(draft("## Findings\n\nThe trials were small. Most colds get better in a week [1]."));
        assertThat(easy.readability().fleschReadingEase()).isGreaterThan(60);
        assertThat(easy.findings()).isEmpty();
    }

    @Test
    void findingsAreListedMostSeriousFirst() {
        List<Finding> findings = checker.check(draft("Zinc is a miracle cure and cures colds [1] [2].")).findings();

        assertThat(findings).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.BLOCKER);
    }

    @Test
    void settingsFromAnotherFileAreLaidOverTheDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checks.yml");
        Files.writeString(file, """
                readTime:
                  wordsPerMinute: 100
                claims:
                  blockerTerms: [cures]
                severities:
                  structure.key-takeaway-missing: BLOCKER
                """);
        CheckSettings settings = CheckSettings.load(file.toString());
        DraftChecker strict = new DraftChecker(settings, DraftCheckCorpusTest.CORPUS_DATE);

        assertThat(settings.claims().warningTerms()).contains("miracle");
        assertThat(settings.citations().maxReferenceAgeYears()).isEqualTo(10);
        CheckReport report = strict.check(new ArticleContent("T?", "Dek.", "Immune Health", List.of(),
                "## Findings\n\nZinc cures colds [1].", List.of(REVIEW), null));
        assertThat(report.findings()).extracting(f -> f.ruleId() + "@" + f.severity()).containsExactly(
                "structure.key-takeaway-missing@BLOCKER", "claims.absolute-language@BLOCKER");
    }

    @Test
    void phrasesFromTheSettingsMatchInAnyCaseAndWithTypographicQuotes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checks.yml");
        Files.writeString(file, """
                claims:
                  warningTerms: [Wonder Berry]
                  rejectionCues: [Not Backed]
                """);
        DraftChecker custom = new DraftChecker(CheckSettings.load(file.toString()), DraftCheckCorpusTest.CORPUS_DATE);

        assertThat(custom.check(draft("## Findings\n\nElderberry is a WONDER BERRY [1].")).findings())
                .extracting(f -> f.ruleId() + "@" + f.severity() + " " + f.message())
                .containsExactly("claims.absolute-language@WARNING \u201CWONDER BERRY\u201D promises more than health "
                        + "evidence can show.");
        assertThat(custom.check(draft("## Findings\n\nThe \u201CWonder Berry\u201D label is NOT backed by trials [1]."))
                .findings()).isEmpty();
        assertThat(custom.check(draft("## Findings\n\nShops sell it as a \u201Cwonder berry\u201D [1].")).findings())
                .extracting(Finding::message).containsExactly("\u201Cwonder berry\u201D promises more than health "
                        + "evidence can show (quoted, but the sentence does not reject it).");
    }

    @Test
    void misspeltSettingsStopTheServiceStarting(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("checks.yml");
        Files.writeString(file, "readability:\n  maxGrade: 8\n");

        assertThatThrownBy(() -> CheckSettings.load(file.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxGrade");
    }

    @Test
    void defaultReadingRateIsTheOneThePublishedPageUses() {
        assertThat(CheckSettings.defaults().readTime().wordsPerMinute())
                .isEqualTo(org.healthjournal.pipeline.content.ReadingTime.WORDS_PER_MINUTE);
    }
}
