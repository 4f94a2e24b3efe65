package org.healthjournal.pipeline.notifier.bounces;

import jakarta.mail.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads the bounce mailbox over IMAP with Camel's mail component ({@code pipeline.notifier.bounces.uri},
 * e.g. {@code imaps://imap.example.org:993?username=bounces&password=…}; off unless set). Each
 * unseen message is parsed as a DSN and marked seen once its bounces are counted; a message that
 * fails stays unseen and is read again at the next poll. Mails that are not DSNs are marked seen
 * and left alone.
 */
@Component
class BounceMailboxRoute extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(BounceMailboxRoute.class);

    private final BouncedAddresses bounced;
    private final String mailbox;

    BounceMailboxRoute(BouncedAddresses bounced, @Value("${pipeline.notifier.bounces.uri:}") String mailbox) {
        this.bounced = bounced;
        this.mailbox = mailbox;
    }

    @Override
    public void configure() {
        if (mailbox.isBlank()) {
            return; // no bounce mailbox configured
        }
        from(mailbox + (mailbox.contains("?") ? "&" : "?")
                + "unseen=true&delete=false&peek=true&mapMailMessage=false&closeFolder=false"
                + "&delay={{pipeline.notifier.bounces.poll-interval:60000}}")
                .routeId("notifier-bounce-mailbox")
                .process(exchange -> {
                    Message message = exchange.getIn(MailMessage.class).getMessage();
                    List<String> failed = DeliveryStatusReports.permanentlyFailedRecipients(message);
                    if (failed.isEmpty()) {
                        log.info("bounce mailbox: a message that reports no permanent failure; marked seen");
                        return;
                    }
                    int known = bounced.record(failed);
                    log.info("bounce mailbox: a DSN with {} permanently failed recipients ({} subscribed)",
                            failed.size(), known);
                });
    }
}
