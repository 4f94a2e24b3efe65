package org.healthjournal.pipeline.notifier.subscriptions;

import java.net.IDN;
import java.util.Locale;

/** One spelling per address, so the same reader cannot be subscribed twice by typing it differently. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /**
     * The address as it is stored and mailed to: trimmed, the domain lower-cased and IDN-encoded
     * (ASCII, as SMTP servers without SMTPUTF8 need it). The local part stays as typed: RFC 5321
     * lets a mail server treat it case-sensitively, so the reader's own spelling is the safest to send to.
     */
    public static String normalise(String address) {
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at < 0) {
            return trimmed;
        }
        return trimmed.substring(0, at + 1) + asciiDomain(trimmed.substring(at + 1));
    }

    /**
     * What two spellings of one mailbox share: the normalised address with the local part
     * lower-cased too. In practice no provider has two mailboxes differing only in case, and a
     * reader who types {@code Reader@} once and {@code reader@} later means one subscription.
     */
    public static String key(String address) {
        return normalise(address).toLowerCase(Locale.ROOT);
    }

    private static String asciiDomain(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        try {
            return IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAValidDomainName) {
            // validation let it through; mailing it will fail and be recorded, storing it does no harm
            return lower;
        }
    }
}
