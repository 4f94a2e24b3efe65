package org.healthjournal.pipeline.support.security;

/** What a staff member may do; checked with {@code hasRole('WRITER')} and so on. */
public enum StaffRole {
    WRITER,
    REVIEWER,
    EDITOR
}
