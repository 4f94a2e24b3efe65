package org.healthjournal.pipeline.notifier.delivery;

import java.time.Instant;

/**
 * What became of one mail of a batch, held until the whole batch is recorded in one transaction
 * ({@link Deliveries#record}).
 *
 * @param detail the server's answer or why the mail was not sent (null when it was accepted)
 * @param at when it was accepted (SENT), or when to try again (DEFERRED, UNCERTAIN); else null
 */
public record MailResult(PendingMail mail, Kind kind, String detail, Instant at) {

    public enum Kind {
        /** The server accepted it: SENT. */
        SENT,
        /** The server refused it for good: FAILED, and a permanent refusal counted against the address. */
        REFUSED,
        /** It could not be written: FAILED, the address is not to blame. */
        UNWRITABLE,
        /** The subscriber left before its turn: SKIPPED. */
        SKIPPED,
        /** Not accepted for now: PENDING again, tried again at {@code at}. */
        DEFERRED,
        /** Maybe accepted (the answer was lost): PENDING again, flagged uncertain, tried again at {@code at}. */
        UNCERTAIN
    }

    public static MailResult sent(PendingMail mail, Instant at) {
        return new MailResult(mail, Kind.SENT, null, at);
    }

    public static MailResult refused(PendingMail mail, String detail) {
        return new MailResult(mail, Kind.REFUSED, detail, null);
    }

    public static MailResult unwritable(PendingMail mail, String detail) {
        return new MailResult(mail, Kind.UNWRITABLE, detail, null);
    }

    public static MailResult skipped(PendingMail mail, String detail) {
        return new MailResult(mail, Kind.SKIPPED, detail, null);
    }

    public static MailResult deferred(PendingMail mail, String detail, Instant nextAttemptAt, boolean uncertain) {
        return new MailResult(mail, uncertain ? Kind.UNCERTAIN : Kind.DEFERRED, detail, nextAttemptAt);
    }
}
