package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/** Where mail goes: a session to build messages in, and fresh connections to the SMTP server. */
public interface SmtpConnections {

    Session session();

    /** @throws MessagingException if the server cannot be reached or refuses the connection */
    SmtpConnection open() throws MessagingException;
}
