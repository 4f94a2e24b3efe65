package org.healthjournal.pipeline.review.process;

/**
 * Names shared by {@code processes/medical-review.bpmn20.xml} and the Java code around it, so a
 * renamed element or variable breaks the build or a test rather than a running review.
 */
public final class MedicalReviewProcess {

    public static final String KEY = "medicalReview";
    public static final String AUTOMATED_CHECKS_TASK = "automatedChecks";
    public static final String CHECKS_GATEWAY = "checksOutcome";
    /** The reviewer named on a changes request the automated checks made by themselves. */
    public static final String AUTOMATED_REVIEWER = "automated checks";
    public static final String REVIEW_TASK = "reviewDraft";
    public static final String REVIEWER_GROUP = "medical-reviewers";

    public static final String END_APPROVED = "approved";
    public static final String END_CHANGES_REQUESTED = "changesRequested";
    public static final String END_REJECTED = "rejected";

    /** Process variables; the business key is the article id. */
    public static final class Variables {
        public static final String ARTICLE_ID = "articleId";
        public static final String ARTICLE_VERSION = "articleVersion";
        public static final String AUTHOR = "author";
        public static final String TITLE = "title";
        public static final String CORRELATION_ID = "correlationId";
        /** The submitted {@code ArticleContent} as JSON, so the approval can carry the exact text. */
        public static final String CONTENT = "content";
        /** The automated checks' findings as a JSON list (see {@link CheckFindingsVariable}). */
        public static final String CHECK_FINDINGS = "checkFindings";
        /** LOW, MEDIUM or HIGH: how closely the reviewer should read. */
        public static final String RISK_LEVEL = "riskLevel";
        /** The {@code checksOutcome} gateway's condition. */
        public static final String CHECKS_FOUND_BLOCKERS = "checksFoundBlockers";
        public static final String DECISION = "decision";
        public static final String COMMENTS = "comments";
        public static final String REVIEWER = "reviewer";
        public static final String REVIEWED_AT = "reviewedAt";
        /**
         * Set when the review task completes; the outcome event's id is derived from it. When the
         * automated checks request changes it is {@code automated-checks:<articleId>:v<version>}.
         */
        public static final String REVIEW_TASK_ID = "reviewTaskId";

        private Variables() {
        }
    }

    private MedicalReviewProcess() {
    }
}
