package org.healthjournal.pipeline.content.checks;

/**
 * Flesch figures of the body's prose (paragraphs and list items, not headings or sources).
 *
 * @param fleschReadingEase 0–100, higher is easier; plain health writing aims for 60 or more
 * @param gradeLevel        Flesch–Kincaid US school grade
 */
public record ReadabilityScore(double fleschReadingEase, double gradeLevel, int sentences, int words, int syllables) {

    static final ReadabilityScore NONE = new ReadabilityScore(0, 0, 0, 0, 0);
}
