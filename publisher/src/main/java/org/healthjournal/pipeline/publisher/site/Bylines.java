package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.publisher.articles.SiteSlugs;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns the staff user names that events carry into the names and credentials readers see. The
 * profile is read at render time, so correcting a credential in configuration shows on every page
 * without republishing; the address of an author's page stays that of the user name.
 */
@Component
public class Bylines {

    private final StaffDirectory staff;

    public Bylines(StaffDirectory staff) {
        this.staff = staff;
    }

    /**
     * The medical reviewers of the page as their sign-offs name them; the profile of {@code reviewer}
     * when the approval carried no sign-offs (older events).
     */
    public List<Byline> reviewersOf(PublishedArticle article) {
        if (article.reviewers().isEmpty()) {
            Byline reviewer = of(article.reviewer());
            return reviewer == null ? List.of() : List.of(reviewer);
        }
        return article.reviewers().stream().map(this::of).toList();
    }

    /** A sign-off as it names the reviewer; what it leaves out comes from the staff profile. */
    public Byline of(ReviewerSignOff signOff) {
        Byline profile = of(signOff.username());
        String name = blank(signOff.displayName()) ? (profile == null ? signOff.username() : profile.name())
                : signOff.displayName().strip();
        String credentials = blank(signOff.credentials()) ? (profile == null ? null : profile.credentials())
                : signOff.credentials().strip();
        String slug = profile == null ? SiteSlugs.of(name) : profile.slug();
        return new Byline(slug, name, credentials);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The person's byline, or null for no one (an article without an author). */
    public Byline of(String userName) {
        if (userName == null || userName.isBlank()) {
            return null;
        }
        return new Byline(SiteSlugs.of(userName), staff.displayNameOf(userName),
                staff.credentialsOf(userName).orElse(null));
    }
}
