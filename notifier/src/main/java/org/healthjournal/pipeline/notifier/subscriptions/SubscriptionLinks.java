package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The absolute links put into mails and pages; tokens are URL-safe, so they need no escaping. */
@Component
public class SubscriptionLinks {

    public static final String CONFIRM_PATH = "/subscriptions/confirm";
    public static final String UNSUBSCRIBE_PATH = "/subscriptions/unsubscribe";
    public static final String MANAGE_PATH = "/subscriptions/manage";

    private final NotifierProperties properties;
    private final SubscriberTokens tokens;

    public SubscriptionLinks(NotifierProperties properties, SubscriberTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    public String confirm(String confirmToken) {
        return properties.link(CONFIRM_PATH + "?token=" + confirmToken);
    }

    public String unsubscribe(String mailToken) {
        return properties.link(UNSUBSCRIBE_PATH + "?token=" + mailToken);
    }

    public String manage(String mailToken) {
        return properties.link(MANAGE_PATH + "?token=" + mailToken);
    }

    /**
     * The links of one mail to each subscriber, each with a token made for it (stored as its hash
     * only), all stored with one batched statement in one transaction.
     *
     * @return the links, in the order of {@code subscriberIds}
     */
    public List<PersonalLinks> forMails(List<String> subscriberIds, Instant now) {
        return tokens.issueAll(subscriberIds, TokenPurpose.MAIL, now, now.plus(properties.links().manageTtl()))
                .stream().map(this::of).toList();
    }

    public PersonalLinks of(String mailToken) {
        return new PersonalLinks(unsubscribe(mailToken), manage(mailToken));
    }
}
