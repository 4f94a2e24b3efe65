package org.healthjournal.pipeline.notifier.mail;

/** What the server made of one message, as far as SMTP lets us know. */
public record SmtpOutcome(Kind kind, String detail) {

    public enum Kind {
        /** The server answered 250 to the end of the message: it took responsibility for it. */
        ACCEPTED,
        /** A permanent (5xx) refusal of this recipient or message: sending it again will not help. */
        REFUSED,
        /** Not accepted, and the server said so or never got the message: try again later. */
        DEFERRED,
        /**
         * The connection was lost after the message data went out and before the server's answer:
         * it may have been accepted. Try again later (with the same Message-ID).
         */
        UNCERTAIN
    }

    public static final SmtpOutcome ACCEPTED = new SmtpOutcome(Kind.ACCEPTED, "accepted");

    public static SmtpOutcome refused(String detail) {
        return new SmtpOutcome(Kind.REFUSED, detail);
    }

    public static SmtpOutcome deferred(String detail) {
        return new SmtpOutcome(Kind.DEFERRED, detail);
    }

    public static SmtpOutcome uncertain(String detail) {
        return new SmtpOutcome(Kind.UNCERTAIN, detail);
    }
}
