package org.healthjournal.pipeline.notifier.bounces;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads delivery status notifications (RFC 3464): a {@code multipart/report;
 * report-type=delivery-status} whose {@code message/delivery-status} part holds a block of
 * per-message fields and one block per recipient, each parsed as headers by Jakarta Mail's
 * {@link InternetHeaders}. A recipient with {@code Action: failed} and a {@code 5.x.x}
 * {@code Status} is a permanent failure; delays, relays and temporary failures are not.
 */
final class DeliveryStatusReports {

    private DeliveryStatusReports() {
    }

    /** The addresses the report says were refused for good; empty for anything that is not a DSN. */
    static List<String> permanentlyFailedRecipients(Part message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")) {
            return List.of();
        }
        String reportType = new ContentType(message.getContentType()).getParameter("report-type");
        if (reportType != null && !"delivery-status".equalsIgnoreCase(reportType)) {
            return List.of();
        }
        Object content = message.getContent();
        if (!(content instanceof Multipart parts)) {
            return List.of();
        }
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                try (InputStream in = new BufferedInputStream(part.getInputStream())) {
                    failed.addAll(failedIn(in));
                }
            }
        }
        return failed;
    }

    private static List<String> failedIn(InputStream in) throws MessagingException, IOException {
        List<String> failed = new ArrayList<>();
        new InternetHeaders(in); // the per-message fields (Reporting-MTA, Arrival-Date …)
        while (hasMore(in)) {
            InternetHeaders recipient = new InternetHeaders(in);
            String action = recipient.getHeader("Action", null);
            String status = recipient.getHeader("Status", null);
            String address = address(recipient.getHeader("Final-Recipient", null));
            if (address == null) {
                address = address(recipient.getHeader("Original-Recipient", null));
            }
            if (address != null && action != null && "failed".equalsIgnoreCase(action.strip())
                    && status != null && status.strip().startsWith("5")) {
                failed.add(address);
            }
        }
        return failed;
    }

    /** {@code rfc822; reader@example.org} → {@code reader@example.org}. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        int semicolon = field.indexOf(';');
        String type = semicolon < 0 ? "rfc822" : field.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
        String address = (semicolon < 0 ? field : field.substring(semicolon + 1)).strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1);
        }
        return ("rfc822".equals(type) || "utf-8".equals(type)) && address.contains("@") ? address : null;
    }

    /** Skips blank lines between blocks; false at the end of the stream. */
    private static boolean hasMore(InputStream in) throws IOException {
        while (true) {
            in.mark(1);
            int next = in.read();
            if (next < 0) {
                return false;
            }
            if (next != '\r' && next != '\n' && next != ' ' && next != '\t') {
                in.reset();
                return true;
            }
        }
    }
}
