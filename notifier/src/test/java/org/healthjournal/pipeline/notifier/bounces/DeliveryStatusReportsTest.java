package org.healthjournal.pipeline.notifier.bounces;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryStatusReportsTest {

    @Test
    void aReportNamesEachRecipientThatFailedPermanentlyButNotTheDelayedOnes() throws Exception {
        MimeMessage dsn = message(BounceMessages.report(
                BounceMessages.recipient("gone@example.org", "failed", "5.1.1"),
                BounceMessages.recipient("<Full@Example.ORG>", "failed", "5.2.2"),
                BounceMessages.recipient("later@example.org", "delayed", "4.4.1"),
                BounceMessages.recipient("busy@example.org", "failed", "4.2.2")));

        assertThat(DeliveryStatusReports.permanentlyFailedRecipients(dsn))
                .containsExactly("gone@example.org", "Full@Example.ORG");
    }

    @Test
    void anOrdinaryMailOrAnotherKindOfReportIsNoBounce() throws Exception {
        assertThat(DeliveryStatusReports.permanentlyFailedRecipients(message(
                "From: a@example.org\r\nTo: b@example.org\r\nSubject: out of office\r\n\r\nBack Monday.\r\n")))
                .isEmpty();
        String readReceipt = BounceMessages.report(BounceMessages.recipient("gone@example.org", "failed", "5.1.1"))
                .replace("report-type=delivery-status", "report-type=disposition-notification");
        assertThat(DeliveryStatusReports.permanentlyFailedRecipients(message(readReceipt))).isEmpty();
    }

    private static MimeMessage message(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
