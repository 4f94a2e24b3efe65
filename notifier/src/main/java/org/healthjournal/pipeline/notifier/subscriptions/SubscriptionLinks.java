package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

/** The absolute links put into mails and pages; tokens are URL-safe, so they need no escaping. */
@Component
public class SubscriptionLinks {

    public static final String CONFIRM_PATH = "/subscriptions/confirm";
    public static final String UNSUBSCRIBE_PATH = "/subscriptions/unsubscribe";

    private final NotifierProperties properties;

    public SubscriptionLinks(NotifierProperties properties) {
        this.properties = properties;
    }

    public String confirm(String confirmToken) {
        return properties.link(CONFIRM_PATH + "?token=" + confirmToken);
    }

    public String unsubscribe(String unsubscribeToken) {
        return properties.link(UNSUBSCRIBE_PATH + "?token=" + unsubscribeToken);
    }
}
