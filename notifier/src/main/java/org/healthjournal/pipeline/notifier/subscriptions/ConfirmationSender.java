package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.mail.MessagingException;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.delivery.BackOff;
import org.healthjournal.pipeline.notifier.mail.SmtpFailures;
import org.healthjournal.pipeline.notifier.mail.SmtpOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Sends the queued confirmation mails ({@link ConfirmationQueue}) on a thread of its own, so the
 * subscribe request never waits for the mail server and a server that is down only delays the
 * mail: transient failures are retried with back-off, a permanent refusal (5xx) ends the attempts.
 * The token is made just before the mail is sent: it exists nowhere but in that mail.
 */
@Component
class ConfirmationSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofHours(1);

    private final ConfirmationQueue queue;
    private final SubscriberTokens tokens;
    private final ConfirmationMail mail;
    private final ConfirmationWakeUp wakeUp;
    private final Duration pollInterval;
    private final Duration confirmTtl;
    private final BackOff backOff;
    private final Duration unsubscribeTtl;
    private volatile Instant lastHousekeeping = Instant.EPOCH;
    private volatile boolean running;
    private Thread thread;

    ConfirmationSender(ConfirmationQueue queue, SubscriberTokens tokens, ConfirmationMail mail,
            ConfirmationWakeUp wakeUp, NotifierProperties properties) {
        this.queue = queue;
        this.tokens = tokens;
        this.mail = mail;
        this.wakeUp = wakeUp;
        this.pollInterval = properties.sender().pollInterval();
        this.confirmTtl = properties.links().confirmTtl();
        this.unsubscribeTtl = properties.links().unsubscribeTtl();
        this.backOff = new BackOff(properties.sender().initialBackOff(), properties.sender().maxBackOff());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::work, "confirmation-mail-sender");
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
                deleteExpiredTokens(Instant.now());
                if (sendDue(Instant.now()) == 0) {
                    wakeUp.await(seen, pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("confirmation sender failed; trying again in {}", pollInterval, e);
                try {
                    wakeUp.await(seen, pollInterval);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Hourly: this thread is idle most of the time, and the sweep is one indexed delete. */
    private void deleteExpiredTokens(Instant now) {
        if (now.isAfter(lastHousekeeping.plus(HOUSEKEEPING_INTERVAL))) {
            lastHousekeeping = now;
            int deleted = tokens.deleteExpired(now, unsubscribeTtl);
            if (deleted > 0) {
                log.info("{} expired link tokens deleted", deleted);
            }
        }
    }

    /** @return how many mails were attempted */
    int sendDue(Instant now) {
        int attempted = 0;
        for (ConfirmationQueue.QueuedConfirmation due : queue.due(now, now.minus(confirmTtl), BATCH)) {
            if (!running || !queue.claim(due.subscriberId(), now, now.plus(LEASE))) {
                continue;
            }
            attempted++;
            send(due);
        }
        return attempted;
    }

    private void send(ConfirmationQueue.QueuedConfirmation due) {
        Instant now = Instant.now();
        String token = tokens.issue(due.subscriberId(), TokenPurpose.CONFIRM, now, now.plus(confirmTtl));
        try {
            mail.send(due.email(), token);
        } catch (MailException e) {
            SmtpOutcome outcome = outcome(e);
            if (outcome.kind() == SmtpOutcome.Kind.REFUSED) {
                log.warn("confirmation mail for subscriber {} refused for good: {}", due.subscriberId(), outcome.detail());
                queue.fail(due.subscriberId(), outcome.detail());
            } else {
                Duration wait = backOff.after(due.attempts() + 1);
                log.warn("confirmation mail for subscriber {} not sent ({}); next attempt in {}", due.subscriberId(),
                        outcome.detail(), wait);
                queue.defer(due.subscriberId(), Instant.now().plus(wait), outcome.detail());
            }
            return;
        }
        queue.markSent(due.subscriberId(), Instant.now());
        log.info("confirmation mail sent to subscriber {}", due.subscriberId());
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
