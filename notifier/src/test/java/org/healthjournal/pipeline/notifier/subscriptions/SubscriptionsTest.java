package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SubscriptionsTest {

    private final Subscribers subscribers = mock(Subscribers.class);
    private final ConfirmationMail confirmationMail = mock(ConfirmationMail.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);
    private Subscriptions subscriptions;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(transactions.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction(null));
        NotifierProperties properties = new NotifierProperties("http://localhost:8084", "news@example.org", "Journal",
                null, Duration.ofMinutes(1), null);
        subscriptions = new Subscriptions(subscribers, confirmationMail, transactions, properties);
    }

    @Test
    void doesNotResendConfirmationWithinTheResendInterval() {
        Subscriber pending = pending(Instant.now().minusSeconds(10));
        when(subscribers.findByMailbox("jane@example.org")).thenReturn(Optional.of(pending));

        subscriptions.subscribe("jane@example.org");

        verify(confirmationMail, never()).send(any());
    }

    @Test
    void resendsConfirmationToPendingAddressAfterTheResendInterval() {
        Subscriber pending = pending(Instant.now().minusSeconds(120));
        when(subscribers.findByMailbox("jane@example.org")).thenReturn(Optional.of(pending));

        subscriptions.subscribe("jane@example.org");

        verify(confirmationMail).send(pending);
        verify(subscribers).markConfirmationSent(eq(pending.id()), any());
    }

    @Test
    void reportsMailServerFailureAndLeavesTheAddressFreeToRetry() {
        Subscriber pending = pending(null);
        when(subscribers.findByMailbox("jane@example.org")).thenReturn(Optional.of(pending));
        doThrow(new MailSendException("connection refused")).when(confirmationMail).send(pending);

        assertThatThrownBy(() -> subscriptions.subscribe("jane@example.org"))
                .isInstanceOf(ConfirmationMailFailedException.class);
        verify(subscribers, never()).markConfirmationSent(any(), any());
    }

    private static Subscriber pending(Instant confirmationSentAt) {
        return new Subscriber("s1", "jane@example.org", SubscriberStatus.PENDING, "confirm", "unsubscribe",
                confirmationSentAt, null);
    }
}
