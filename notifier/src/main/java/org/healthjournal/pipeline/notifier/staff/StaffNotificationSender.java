package org.healthjournal.pipeline.notifier.staff;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.delivery.BackOff;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.mail.SmtpFailures;
import org.healthjournal.pipeline.notifier.mail.SmtpOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Sends the queued staff mails on a thread of its own: transient failures are retried with
 * back-off, a permanent refusal (5xx) is recorded and ends the attempts.
 */
@Component
class StaffNotificationSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StaffNotificationSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final StaffNotifications notifications;
    private final JavaMailSender mailSender;
    private final MimeMessages messages;
    private final StaffNotificationWakeUp wakeUp;
    private final Duration pollInterval;
    private final BackOff backOff;
    private volatile boolean running;
    private Thread thread;

    StaffNotificationSender(StaffNotifications notifications, JavaMailSender mailSender, MimeMessages messages,
            StaffNotificationWakeUp wakeUp, NotifierProperties properties) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.messages = messages;
        this.wakeUp = wakeUp;
        this.pollInterval = properties.sender().pollInterval();
        this.backOff = new BackOff(properties.sender().initialBackOff(), properties.sender().maxBackOff());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::work, "staff-mail-sender");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.signal();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            long seen = wakeUp.generation();
            try {
                if (sendDue(Instant.now()) == 0) {
                    wakeUp.await(seen, pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("staff mail sender failed; trying again in {}", pollInterval, e);
                try {
                    wakeUp.await(seen, pollInterval);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private int sendDue(Instant now) {
        int attempted = 0;
        for (StaffNotifications.QueuedStaffMail mail : notifications.due(now, BATCH)) {
            if (!running || !notifications.claim(mail.id(), now, now.plus(LEASE))) {
                continue;
            }
            attempted++;
            send(mail);
        }
        return attempted;
    }

    private void send(StaffNotifications.QueuedStaffMail mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            messages.write(message, mail.recipient(), mail.content());
            mailSender.send(message);
        } catch (MessagingException e) {
            notifications.fail(mail.id(), "mail could not be written: " + e.getMessage());
            return;
        } catch (MailException e) {
            SmtpOutcome outcome = outcome(e);
            if (outcome.kind() == SmtpOutcome.Kind.REFUSED) {
                log.warn("staff mail {} refused for good: {}", mail.id(), outcome.detail());
                notifications.fail(mail.id(), outcome.detail());
            } else {
                Duration wait = backOff.after(mail.attempts() + 1);
                log.warn("staff mail {} not sent ({}); next attempt in {}", mail.id(), outcome.detail(), wait);
                notifications.defer(mail.id(), Instant.now().plus(wait), outcome.detail());
            }
            return;
        }
        notifications.markSent(mail.id(), Instant.now());
    }

    private static SmtpOutcome outcome(MailException failure) {
        if (failure instanceof MailSendException send) {
            for (Exception cause : send.getFailedMessages().values()) {
                if (cause instanceof MessagingException messaging) {
                    return SmtpFailures.classify(messaging, false);
                }
            }
        }
        return SmtpOutcome.deferred(String.valueOf(failure.getMessage()));
    }
}
