package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpFailuresTest {

    private static final InternetAddress ANN = address("ann@example.org");
    private static final Address[] NONE = new Address[0];

    @Test
    void aRecipientRefusedWith5xxIsRefused() {
        SendFailedException failure = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(ANN, "RCPT TO:<ann@example.org>", 550, "550 5.1.1 no such user"),
                NONE, NONE, new Address[]{ANN});

        SmtpOutcome outcome = SmtpFailures.classify(failure, false);

        assertThat(outcome.kind()).isEqualTo(SmtpOutcome.Kind.REFUSED);
        assertThat(outcome.detail()).contains("550 5.1.1 no such user");
    }

    @Test
    void aRecipientDeferredWith4xxIsTriedAgain() {
        SendFailedException failure = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(ANN, "RCPT TO:<ann@example.org>", 451, "451 4.7.1 greylisted"),
                NONE, new Address[]{ANN}, NONE);

        assertThat(SmtpFailures.classify(failure, false).kind()).isEqualTo(SmtpOutcome.Kind.DEFERRED);
    }

    @Test
    void theServersAnswerToTheMessageDecidesEvenAfterData() {
        assertThat(SmtpFailures.classify(new SMTPSendFailedException(".", 554, "554 5.7.1 rejected", null, NONE,
                new Address[]{ANN}, NONE), true).kind()).isEqualTo(SmtpOutcome.Kind.REFUSED);
        assertThat(SmtpFailures.classify(new SMTPSendFailedException(".", 452, "452 4.3.1 no space", null, NONE,
                new Address[]{ANN}, NONE), true).kind()).isEqualTo(SmtpOutcome.Kind.DEFERRED);
    }

    @Test
    void aLostConnectionIsNeverARefusalAndOnlyAfterDataUncertain() {
        MessagingException lost = new MessagingException("Exception reading response", new EOFException());

        assertThat(SmtpFailures.classify(lost, false).kind()).isEqualTo(SmtpOutcome.Kind.DEFERRED);
        assertThat(SmtpFailures.classify(lost, true).kind()).isEqualTo(SmtpOutcome.Kind.UNCERTAIN);
        assertThat(SmtpFailures.classify(new MessagingException("Couldn't connect", new ConnectException()), false)
                .kind()).isEqualTo(SmtpOutcome.Kind.DEFERRED);
    }

    @Test
    void aRefusedSenderAddressDefersRatherThanFailingEveryRecipient() {
        SMTPSenderFailedException failure = new SMTPSenderFailedException(address("news@example.org"),
                "MAIL FROM:<news@example.org>", 553, "553 5.7.1 sender not allowed");

        assertThat(SmtpFailures.classify(failure, false).kind()).isEqualTo(SmtpOutcome.Kind.DEFERRED);
    }

    private static InternetAddress address(String address) {
        try {
            return new InternetAddress(address);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
