package org.healthjournal.pipeline.notifier.bounces;

/** Delivery status notifications (RFC 3464) as a mail server writes them. */
final class BounceMessages {

    private BounceMessages() {
    }

    static String recipient(String address, String action, String status) {
        return "Final-Recipient: rfc822; " + address + "\r\n"
                + "Action: " + action + "\r\n"
                + "Status: " + status + "\r\n"
                + "Diagnostic-Code: smtp; " + (status.startsWith("5") ? "550 " : "452 ") + status + " no\r\n";
    }

    static String report(String... recipients) {
        StringBuilder raw = new StringBuilder()
                .append("From: MAILER-DAEMON@mx.example.org\r\n")
                .append("To: bounces@journal.example.test\r\n")
                .append("Subject: Undelivered Mail Returned to Sender\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"b-1\"\r\n")
                .append("\r\n")
                .append("--b-1\r\n")
                .append("Content-Type: text/plain; charset=us-ascii\r\n\r\n")
                .append("Your message could not be delivered.\r\n")
                .append("--b-1\r\n")
                .append("Content-Type: message/delivery-status\r\n\r\n")
                .append("Reporting-MTA: dns; mx.example.org\r\n")
                .append("Arrival-Date: Wed, 2 Dec 2026 21:00:00 +0000\r\n");
        for (String recipient : recipients) {
            raw.append("\r\n").append(recipient);
        }
        return raw.append("\r\n--b-1\r\n")
                .append("Content-Type: text/rfc822-headers\r\n\r\n")
                .append("Subject: An article\r\n")
                .append("\r\n--b-1--\r\n")
                .toString();
    }
}
