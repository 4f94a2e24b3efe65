package org.healthjournal.pipeline.content.checks;

/**
 * How closely a reviewer should read: HIGH when a claims or advice rule fired or the category is
 * high-risk, MEDIUM on any other warning or blocker, LOW otherwise.
 */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
