package org.healthjournal.pipeline.notifier;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GreenMail (a real SMTP server in this JVM) that also misbehaves the way real servers do, for
 * recipients whose local part asks for it:
 * <ul>
 *   <li>{@code refused-…}: {@code 550} to RCPT TO, a permanent refusal of the address;</li>
 *   <li>{@code drop-after-data-…}: the first mail is stored, then the connection is dropped
 *       before the answer to its data — delivered, but the sender cannot know.</li>
 * </ul>
 */
public final class NotifierTestMail {

    public static final String REFUSED = "refused-";
    public static final String DROP_AFTER_DATA = "drop-after-data-";

    private NotifierTestMail() {
    }

    /** SMTP and IMAP on free ports, like testkit's {@code TestMail}. */
    public static GreenMail start() {
        return start(ServerSetup.dynamicPort(new ServerSetup[]{
                new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}));
    }

    /** SMTP only, on this port. */
    public static GreenMail startSmtpOn(int port) {
        return start(new ServerSetup[]{new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
    }

    private static GreenMail start(ServerSetup[] setups) {
        GreenMail mail = new MisbehavingGreenMail(setups)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        return mail;
    }

    private static final class MisbehavingGreenMail extends GreenMail {

        MisbehavingGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers given) {
            // called on construction and on every start, each time with a plain Managers
            managers = given instanceof MisbehavingManagers ? given : new MisbehavingManagers();
            return super.createServices(config, managers);
        }
    }

    private static final class MisbehavingManagers extends Managers {

        private final SmtpManager smtp = new MisbehavingSmtpManager(this);

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }

    private static final class MisbehavingSmtpManager extends SmtpManager {

        private final Set<String> dropped = ConcurrentHashMap.newKeySet();

        MisbehavingSmtpManager(Managers managers) {
            super(managers.getImapHostManager(), managers.getUserManager());
        }

        @Override
        public String checkRecipient(SmtpState state, MailAddress recipient) {
            if (recipient.getUser().startsWith(REFUSED)) {
                return "550 5.1.1 <" + recipient.getEmail() + ">: mailbox unavailable";
            }
            return super.checkRecipient(state, recipient);
        }

        @Override
        public String checkData(SmtpState state) {
            for (MailAddress recipient : state.getMessage().getToAddresses()) {
                if (recipient.getUser().startsWith(DROP_AFTER_DATA) && dropped.add(recipient.getEmail())) {
                    send(state);
                    throw new IllegalStateException("test: dropping the connection after storing the mail to "
                            + recipient.getEmail());
                }
            }
            return super.checkData(state);
        }
    }
}
