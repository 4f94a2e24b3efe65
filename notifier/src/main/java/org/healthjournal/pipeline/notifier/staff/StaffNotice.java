package org.healthjournal.pipeline.notifier.staff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one staff mail says (templates {@code mail/staff-notification.txt} and {@code .html}).
 *
 * @param writer the article's writer (user name), if the event names one
 * @param details lines shown under the headline (reviewers' sign-offs, a time, a task)
 * @param notesLabel what the notes are ("Comments", "Reason", "What changed")
 */
record StaffNotice(StaffNotificationKind kind, String writer, String articleId, int articleVersion, String subject,
        String headline, List<String> details, String notesLabel, String notes, String url) {

    Map<String, Object> values(String siteName) {
        Map<String, Object> values = new HashMap<>();
        values.put("siteName", siteName);
        values.put("headline", headline);
        values.put("details", details);
        values.put("articleId", articleId);
        values.put("articleVersion", articleVersion);
        values.put("notesLabel", notesLabel);
        values.put("notes", notes == null || notes.isBlank() ? null : notes);
        values.put("url", url);
        values.put("urlLabel", kind == StaffNotificationKind.ARTICLE_SCHEDULED ? "Will be at" : "Live at");
        return values;
    }
}
