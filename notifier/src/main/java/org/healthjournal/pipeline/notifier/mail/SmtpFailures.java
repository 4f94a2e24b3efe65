package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Reads a failed send of a message with one recipient. Only an answer from the server counts as
 * a refusal; a failure with no answer is never read as "refused" — it is either certainly not
 * delivered (the message data never went out) or uncertain (it did, and the answer was lost).
 */
public final class SmtpFailures {

    private SmtpFailures() {
    }

    /**
     * @param failure what {@code Transport.sendMessage} threw
     * @param dataSent whether the server had answered 354 to DATA, i.e. the message was on its way
     */
    public static SmtpOutcome classify(MessagingException failure, boolean dataSent) {
        String detail = describe(failure);
        int code = replyCode(failure);
        if (failure instanceof SMTPSenderFailedException || hasNext(failure, SMTPSenderFailedException.class)) {
            // MAIL FROM refused: about our sender address or the server's state, never about this
            // recipient; failing every subscriber for it would be wrong, so wait and try again
            return SmtpOutcome.deferred(detail);
        }
        if (failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0 && (code == 0 || code >= 500)) {
            return SmtpOutcome.refused(detail);
        }
        if (code >= 500 && code <= 599) {
            return SmtpOutcome.refused(detail);
        }
        if (code >= 400 && code <= 499) {
            return SmtpOutcome.deferred(detail);
        }
        return dataSent ? SmtpOutcome.uncertain(detail) : SmtpOutcome.deferred(detail);
    }

    /** The first SMTP reply code carried by the failure or the failures chained to it, else 0. */
    static int replyCode(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            int code = 0;
            if (e instanceof SMTPAddressFailedException address) {
                code = address.getReturnCode();
            } else if (e instanceof SMTPSendFailedException send) {
                code = send.getReturnCode();
            } else if (e instanceof SMTPSenderFailedException sender) {
                code = sender.getReturnCode();
            }
            if (code > 0) {
                return code;
            }
        }
        return 0;
    }

    private static boolean hasNext(MessagingException failure, Class<? extends Exception> type) {
        for (Exception e = failure.getNextException(); e != null;
                e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(MessagingException failure) {
        StringBuilder detail = new StringBuilder(String.valueOf(failure.getMessage()).strip());
        for (Exception e = failure.getNextException(); e != null && detail.length() < 800;
                e = e instanceof MessagingException m ? m.getNextException() : null) {
            detail.append(": ").append(String.valueOf(e.getMessage()).strip());
        }
        return detail.length() > 1000 ? detail.substring(0, 1000) : detail.toString();
    }
}
