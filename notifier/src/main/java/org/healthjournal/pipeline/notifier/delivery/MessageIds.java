package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Message-ID} of an article mail: one per (article, subscriber), whoever sends it and
 * however often, so a mail sent again after an uncertain attempt is the same message to clients
 * that collapse duplicates. The domain is the sender address's, never the host's name.
 */
@Component
public class MessageIds {

    private final String domain;

    public MessageIds(NotifierProperties properties) {
        this.domain = properties.fromDomain();
    }

    public String of(String articleId, String subscriberId) {
        return "<article-" + atom(articleId) + "." + atom(subscriberId) + "@" + domain + ">";
    }

    /** Letters, digits, '-' and '_' as they are; anything else (also '.', our separator) as %XX. */
    private static String atom(String value) {
        StringBuilder atom = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                atom.append(c);
            } else {
                atom.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return atom.toString();
    }
}
