package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The few HTML pages a reader sees after clicking a link in one of our mails. */
@Component
class SubscriptionPages {

    private final String siteName;
    private final String siteUrl;

    SubscriptionPages(NotifierProperties properties) {
        this.siteName = htmlEscape(properties.siteName());
        this.siteUrl = htmlEscape(properties.siteUrl());
    }

    String subscribed(String unsubscribeUrl) {
        return page("You are subscribed", """
                <p>You will get an e-mail whenever %s publishes a new article.</p>
                <p>Changed your mind? <a href="%s">Unsubscribe</a> at any time.</p>
                """.formatted(siteName, htmlEscape(unsubscribeUrl)));
    }

    /**
     * A confirmation step, not the unsubscribe itself: mail scanners open every link in a mail,
     * and a GET that unsubscribed would unsubscribe readers who never clicked.
     */
    String unsubscribeForm(String email, String unsubscribeToken) {
        // relative action: posts back to this very path, whatever proxy prefix it was reached under
        return page("Unsubscribe from " + siteName + "?", """
                <p>%s will no longer get an e-mail when we publish a new article.</p>
                <form method="post" action="unsubscribe?token=%s">
                  <input type="hidden" name="List-Unsubscribe" value="One-Click">
                  <button type="submit">Unsubscribe</button>
                </form>
                """.formatted(htmlEscape(email), htmlEscape(unsubscribeToken)));
    }

    String unsubscribed() {
        return page("You are unsubscribed", """
                <p>You will get no more article e-mails from %s.</p>
                """.formatted(siteName));
    }

    String invalidLink() {
        return page("This link is not valid", """
                <p>The link may be incomplete, or it belongs to a subscription that no longer exists.
                You can subscribe again on <a href="%s">%s</a>.</p>
                """.formatted(siteUrl, siteName));
    }

    private String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="robots" content="noindex">
                  <title>%1$s – %2$s</title>
                </head>
                <body>
                  <main>
                    <h1>%1$s</h1>
                    %3$s
                  </main>
                </body>
                </html>
                """.formatted(title, siteName, body);
    }
}
