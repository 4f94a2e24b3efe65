package org.healthjournal.pipeline.devstack.mail;

/** Whether the local SMTP server is paused, as {@code GET /smtp} answers it: {@code {"paused":false,"port":3025}}. */
public record SmtpStatus(boolean paused, int port) {

    public static SmtpStatus of(MailServer mail) {
        return new SmtpStatus(mail.isSmtpPaused(), mail.smtpPort());
    }
}
