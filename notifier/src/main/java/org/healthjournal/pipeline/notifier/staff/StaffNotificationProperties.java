package org.healthjournal.pipeline.notifier.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Mails to staff ({@code pipeline.notifier.staff.*}). Addresses come from the staff profiles
 * ({@code pipeline.security.users[*].email}); a member without one gets nothing.
 *
 * @param enabled whether staff are mailed at all
 * @param maxAge events older than this mail no one: a consumer group reading a topic from its
 *        beginning (a new deployment) does not mail staff about the past
 * @param off per staff user name, the kinds that member does not want, e.g.
 *        {@code pipeline.notifier.staff.off.dana=ARTICLE_APPROVED,ARTICLE_PUBLISHED}
 */
@ConfigurationProperties("pipeline.notifier.staff")
public record StaffNotificationProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("2d") Duration maxAge,
        Map<String, List<StaffNotificationKind>> off) {

    public StaffNotificationProperties {
        off = off == null ? Map.of() : Map.copyOf(off);
    }

    public boolean wants(String userName, StaffNotificationKind kind) {
        return enabled && !off.getOrDefault(userName, List.of()).contains(kind);
    }
}
