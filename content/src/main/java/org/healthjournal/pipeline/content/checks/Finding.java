package org.healthjournal.pipeline.content.checks;

/**
 * One thing the checks noticed in a draft.
 *
 * @param ruleId     stable identifier of the rule, e.g. {@code claims.absolute-language}
 * @param severity   how much it matters
 * @param message    what is wrong, in words a writer understands
 * @param location   where: the section heading and the offending sentence or reference
 * @param suggestion how to fix it, or {@code null} where nothing useful can be said
 */
public record Finding(String ruleId, Severity severity, String message, Location location, String suggestion) {

    /**
     * @param section the {@code ##} heading the excerpt sits under, or a field name such as
     *                {@code Title}, {@code Dek}, {@code Key takeaway}, {@code Sources}
     * @param excerpt the offending sentence or reference, shortened if very long
     */
    public record Location(String section, String excerpt) {
    }

    Finding withSeverity(Severity other) {
        return other == severity ? this : new Finding(ruleId, other, message, location, suggestion);
    }

    /** The family a rule belongs to: the part of its id before the dot ({@code claims}, {@code advice}, …). */
    public String family() {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }
}
