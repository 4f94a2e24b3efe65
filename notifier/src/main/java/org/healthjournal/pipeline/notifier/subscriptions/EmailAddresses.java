package org.healthjournal.pipeline.notifier.subscriptions;

import java.util.Locale;

/** One spelling per address, so the same reader cannot be subscribed twice by typing it differently. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /**
     * Trims the address and lower-cases its domain. The local part stays as typed: RFC 5321 lets
     * a mail server treat it case-sensitively.
     */
    public static String normalise(String address) {
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return trimmed;
        }
        return trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
