package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.articles.SiteSlugs;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.springframework.stereotype.Component;

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

    /** The person's byline, or null for no one (an article without an author). */
    public Byline of(String userName) {
        if (userName == null || userName.isBlank()) {
            return null;
        }
        return new Byline(SiteSlugs.of(userName), staff.displayNameOf(userName),
                staff.credentialsOf(userName).orElse(null));
    }
}
