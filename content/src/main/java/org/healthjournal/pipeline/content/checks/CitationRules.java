package org.healthjournal.pipeline.content.checks;

import org.healthjournal.pipeline.events.Reference;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Sources list and the {@code [n]} markers agree, every source can be followed and re-checked
 * (absolute link, well-formed DOI/PubMed/PMC identifier, a year), and its age and kind are visible.
 */
final class CitationRules implements RuleFamily {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[-._;()/:a-zA-Z0-9<>\\[\\]]+");
    private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern PMCID = Pattern.compile("PMC\\d{4,9}");
    private static final Pattern PUBMED_PATH = Pattern.compile(
            "(?i)^https?://(?:www\\.)?(?:pubmed\\.ncbi\\.nlm\\.nih\\.gov/|ncbi\\.nlm\\.nih\\.gov/pubmed/)([^/?#]*)");
    private static final Pattern PMC_PATH = Pattern.compile(
            "(?i)^https?://(?:www\\.)?(?:pmc\\.ncbi\\.nlm\\.nih\\.gov/articles/|ncbi\\.nlm\\.nih\\.gov/pmc/articles/"
                    + "|europepmc\\.org/(?:article/PMC/|abstract/PMC/))([^/?#]*)");
    private static final Pattern DOI_HOST = Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/(.*)$");
    private static final Pattern DOI_SEGMENT = Pattern.compile("(?i)/doi/(?:abs/|full/|pdf/|epdf/)?(10\\.[^?#]*)");

    private final CheckSettings.Citations settings;
    private final Clock clock;

    CitationRules(CheckSettings.Citations settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void check(DraftText draft, Findings findings) {
        List<Reference> references = draft.content().references();
        Map<Integer, Block> firstUse = firstUses(draft);
        Map<Integer, String> firstSentence = new LinkedHashMap<>();
        for (Map.Entry<Integer, Block> use : firstUse.entrySet()) {
            firstSentence.put(use.getKey(), sentenceCiting(use.getValue(), use.getKey()));
        }
        if (references.isEmpty() && draft.content().body() != null && !draft.content().body().isBlank()) {
            findings.add("citations.no-references", Severity.WARNING,
                    "The article lists no sources: every claim about benefit or harm needs cited evidence.",
                    DraftText.SOURCES, "", "Add the studies or reviews the article relies on and cite them as [1], [2] …");
        }
        for (Map.Entry<Integer, Block> use : firstUse.entrySet()) {
            int n = use.getKey();
            if (n < 1 || n > references.size()) {
                findings.add("citations.unresolved", Severity.BLOCKER,
                        "Citation [" + n + "] points to no source: the Sources list has " + references.size()
                                + (references.size() == 1 ? " entry." : " entries."),
                        use.getValue().section(), firstSentence.get(n),
                        "Add source " + n + " to the Sources list or correct the number.");
            }
        }
        int currentYear = Year.now(clock).getValue();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            if (reference == null) {
                continue;
            }
            int n = i + 1;
            String excerpt = "[" + n + "] " + (reference.title() == null ? "" : reference.title());
            if (!firstUse.containsKey(n)) {
                findings.add("citations.uncited-reference", Severity.BLOCKER,
                        "Source " + n + " is never cited in the text.", DraftText.SOURCES, excerpt,
                        "Cite it as [" + n + "] where the article relies on it, or remove it.");
            }
            checkUrl(reference.url(), excerpt, findings);
            if (reference.year() == null) {
                findings.add("citations.year-missing", Severity.INFO,
                        "Source " + n + " has no year, so nobody can tell how current it is.", DraftText.SOURCES,
                        excerpt, "Add the year of publication.");
            } else if (currentYear - reference.year() > settings.maxReferenceAgeYears()) {
                findings.add("citations.reference-outdated", Severity.WARNING,
                        "Source " + n + " is from " + reference.year() + ", more than "
                                + settings.maxReferenceAgeYears() + " years old.",
                        DraftText.SOURCES, excerpt,
                        "Check for a newer review; if this is still the best evidence, say so in the text.");
            }
            if (!peerReviewed(reference.kind())) {
                findings.add("citations.not-peer-reviewed", Severity.INFO,
                        reference.kind() == null || reference.kind().isBlank()
                                ? "Source " + n + " does not say what kind of source it is."
                                : "Source " + n + " is a " + reference.kind() + ", not peer-reviewed research.",
                        DraftText.SOURCES, excerpt,
                        "Fine for context or guidance; claims about benefit or harm should rest on peer-reviewed evidence.");
            }
        }
    }

    /** First block citing each number, in order of first use. */
    private static Map<Integer, Block> firstUses(DraftText draft) {
        Map<Integer, Block> uses = new LinkedHashMap<>();
        for (Block block : draft.body()) {
            for (int n : DraftText.citationsIn(block.text())) {
                uses.putIfAbsent(n, block);
            }
        }
        return uses;
    }

    private static String sentenceCiting(Block block, int n) {
        String marker = "[" + n + "]";
        return block.sentences().stream().filter(s -> s.contains(marker)).findFirst().orElse(block.text());
    }

    private void checkUrl(String url, String excerpt, Findings findings) {
        if (url == null || url.isBlank() || !HTTP_URL.matcher(url.strip()).matches()) {
            findings.add("citations.url-invalid", Severity.BLOCKER,
                    "The link of this source is not an absolute http(s) address: " + (url == null ? "none" : url.strip()),
                    DraftText.SOURCES, excerpt, "Use the full address, starting with https://");
            return;
        }
        String link = decoded(url.strip());
        String problem = identifierProblem(link);
        if (problem != null) {
            findings.add("citations.identifier-malformed", Severity.WARNING, problem, DraftText.SOURCES,
                    excerpt + " — " + url.strip(), "Copy the identifier again from PubMed, PMC or doi.org.");
        }
    }

    /** What is wrong with the DOI, PMID or PMCID the link carries, or null. */
    static String identifierProblem(String link) {
        Matcher pubmed = PUBMED_PATH.matcher(link);
        if (pubmed.find()) {
            return PMID.matcher(pubmed.group(1)).matches() ? null
                    : "The PubMed link does not end in a PubMed ID (PMID: up to 9 digits): '" + pubmed.group(1) + "'.";
        }
        Matcher pmc = PMC_PATH.matcher(link);
        if (pmc.find()) {
            return PMCID.matcher(pmc.group(1)).matches() ? null
                    : "The PubMed Central link does not end in a PMC ID (PMC followed by digits, e.g. PMC1234567): '"
                    + pmc.group(1) + "'.";
        }
        Matcher doiHost = DOI_HOST.matcher(link);
        String doi = null;
        if (doiHost.find()) {
            doi = doiHost.group(1);
        } else {
            Matcher segment = DOI_SEGMENT.matcher(link);
            if (segment.find()) {
                doi = segment.group(1);
            }
        }
        if (doi == null) {
            return null;
        }
        doi = doi.replaceAll("[?#].*$", "");
        return DOI.matcher(doi).matches() ? null
                : "The DOI in the link is not well formed (10.<4–9 digits>/<suffix>): '" + doi + "'.";
    }

    private boolean peerReviewed(String kind) {
        if (kind == null || kind.isBlank()) {
            return false;
        }
        String lower = kind.toLowerCase(Locale.ROOT);
        if (lower.contains("not peer") || lower.contains("non-peer") || lower.contains("preprint")) {
            return false;
        }
        return settings.peerReviewedKinds().stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }

    private static String decoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
