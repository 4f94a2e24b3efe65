package org.healthjournal.pipeline.notifier.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * Mails to staff ({@code pipeline.notifier.staff.*}). Addresses come from the staff profiles
 * ({@code pipeline.security.users[*].email}); a member without one gets nothing.
 *
 * @param enabled whether staff are mailed at all
 * @param reviewEvents whether the review decisions are consumed (see {@link StaffEventRoutes}); the
 *        publication mail does not depend on it
 * @param off per staff user name, the kinds that member does not want, e.g.
 *        {@code pipeline.notifier.staff.off.dana=ARTICLE_APPROVED,ARTICLE_PUBLISHED}
 */
@ConfigurationProperties("pipeline.notifier.staff")
public record StaffNotificationProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("false") boolean reviewEvents,
        Map<String, List<StaffNotificationKind>> off) {

    public StaffNotificationProperties {
        off = off == null ? Map.of() : Map.copyOf(off);
    }

    public boolean wants(String userName, StaffNotificationKind kind) {
        return enabled && !off.getOrDefault(userName, List.of()).contains(kind);
    }
}
