package org.healthjournal.pipeline.testkit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP + IMAP server (GreenMail) on free ports; every mailbox logs in as its own address. */
public final class TestMail {

    private TestMail() {
    }

    public static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[]{
                new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)}))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        return mail;
    }
}
