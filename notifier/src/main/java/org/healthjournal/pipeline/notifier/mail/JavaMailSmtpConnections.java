package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * SMTP connections to the server configured under {@code spring.mail.*}, opened the way Spring's
 * {@link JavaMailSenderImpl} does, but handing out the transport itself: sending message by message
 * is what tells us which ones the server took.
 */
@Component
class JavaMailSmtpConnections implements SmtpConnections {

    private final JavaMailSenderImpl mailSender;

    JavaMailSmtpConnections(JavaMailSender mailSender) {
        if (!(mailSender instanceof JavaMailSenderImpl impl)) {
            throw new IllegalStateException("the notifier sends through spring.mail.* (JavaMailSenderImpl), not "
                    + mailSender.getClass().getName());
        }
        this.mailSender = impl;
    }

    @Override
    public Session session() {
        return mailSender.getSession();
    }

    @Override
    public SmtpConnection open() throws MessagingException {
        String protocol = mailSender.getProtocol() == null ? "smtp" : mailSender.getProtocol();
        DataTrackingSmtpTransport transport = new DataTrackingSmtpTransport(session(), protocol);
        // host and port are read at each connect, so they can change while the service runs
        transport.connect(mailSender.getHost(), mailSender.getPort(), mailSender.getUsername(),
                mailSender.getPassword());
        return new TransportConnection(transport);
    }

    private record TransportConnection(DataTrackingSmtpTransport transport) implements SmtpConnection {

        @Override
        public SmtpOutcome send(MimeMessage message) {
            try {
                transport.sendMessage(message, message.getAllRecipients());
                return SmtpOutcome.ACCEPTED;
            } catch (MessagingException e) {
                return SmtpFailures.classify(e, transport.dataSent());
            }
        }

        @Override
        public boolean isOpen() {
            return transport.isConnected();
        }

        @Override
        public void close() throws MessagingException {
            transport.close();
        }
    }
}
