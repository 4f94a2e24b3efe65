package org.healthjournal.pipeline.notifier.mail;

/**
 * Names Angus Mail's stream provider in the system property Jakarta Mail 2.1 reads first.
 *
 * <p>Why: Jakarta Mail 2.1 looks its {@code StreamProvider} up again for every {@code MimeBodyPart},
 * {@code MimeMultipart} and message it writes, and without the property that lookup is a
 * {@code ServiceLoader} scan of the class path (inside the service's jar: jar entries inflated each
 * time) — a third of the CPU a sender spent per article mail (jakartaee/mail-api#699, #861). With
 * the property set the lookup is a plain {@code Class.forName} of a class already loaded. Nothing
 * changes when the property is set already (e.g. {@code -Djakarta.mail.util.StreamProvider=...}) or
 * Angus Mail is not on the class path.
 */
public final class StreamProviderPin {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private StreamProviderPin() {
    }

    /** Sets the property once, if nobody did and Angus Mail is there. */
    public static synchronized void pin() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Class.forName(ANGUS, false, StreamProviderPin.class.getClassLoader());
        } catch (ClassNotFoundException noAngus) {
            return;
        }
        System.setProperty(PROPERTY, ANGUS);
    }
}
