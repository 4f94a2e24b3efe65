package org.healthjournal.pipeline.notifier.subscriptions;

/** The links in one mail that act for its recipient, carrying one fresh token. */
public record PersonalLinks(String unsubscribeUrl, String manageUrl) {
}
