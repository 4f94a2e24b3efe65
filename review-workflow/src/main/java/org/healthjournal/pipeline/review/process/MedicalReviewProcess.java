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
    /** Editors may take a review task once it is overdue. */
    public static final String EDITOR_GROUP = "editors";
    /** The second medical review a HIGH-risk draft (or one in a listed category) needs. */
    public static final String SECOND_REVIEW_TASK = "secondReview";
    /** The process that waits for an approved article's next review date, then re-reviews it. */
    public static final String PERIODIC_REVIEW_KEY = "periodicReview";
    public static final String PERIODIC_REVIEW_TASK = "reReview";
    /** The process that withdraws an article whose writer did not revise it in time. */
    public static final String REVISION_DEADLINE_KEY = "revisionDeadline";
    /** The processes whose user tasks reviewers work on. */
    public static final java.util.List<String> PROCESS_KEYS = java.util.List.of(KEY, PERIODIC_REVIEW_KEY);
    /** Every user task a reviewer decides. */
    public static final java.util.List<String> REVIEW_TASKS = java.util.List.of(REVIEW_TASK, SECOND_REVIEW_TASK,
            PERIODIC_REVIEW_TASK);

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
        /** How many findings the automated checks made, so the task list need not read them. */
        public static final String FINDINGS_COUNT = "findingsCount";
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
        /** Whether an approval needs a second reviewer (set by the automated checks). */
        public static final String SECOND_REVIEW_REQUIRED = "secondReviewRequired";
        /** Who approved the first of two medical reviews; the second must be someone else. */
        public static final String FIRST_REVIEWER = "firstReviewer";
        /** Every sign-off so far, as a JSON list of ReviewerSignOff. */
        public static final String SIGN_OFFS = "signOffs";
        /** The article's category, kept apart from the content so lists need not load bodies. */
        public static final String CATEGORY = "category";
        /** When the approved article is due for its periodic re-review. */
        public static final String NEXT_REVIEW_DUE = "nextReviewDue";

        private Variables() {
        }
    }

    private MedicalReviewProcess() {
    }
}
