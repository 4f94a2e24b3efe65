package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.IdentifiedMimeMessage;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.subscriptions.PersonalLinks;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * How many article mails one thread writes per second once warm, as a sender thread does for each
 * recipient (write the prepared article with the recipient's links, save, {@code writeTo} the
 * wire, here a counting sink): the fully composed path against the pre-encoded one. A plain main,
 * not a test, so no build depends on the machine's speed:
 * <pre>
 * ./mvnw -o -q -pl notifier test-compile
 * java -cp "notifier/target/test-classes:notifier/target/classes:$(cat notifier/target/test.classpath)" \
 *   org.healthjournal.pipeline.notifier.delivery.ArticleMailBenchmark
 * </pre>
 * (write the class path once with {@code ./mvnw -o -q -pl notifier dependency:build-classpath
 * -Dmdep.outputFile=target/test.classpath}).
 */
public final class ArticleMailBenchmark {

    private static final int MAILS = 20_000;
    private static final int ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        NotifierProperties properties = new NotifierProperties("https://news.example.org/", "news@example.org",
                "Health Journal", null, Duration.ofMinutes(1), null, null, null, null);
        ArticleMail articleMail = new ArticleMail(new MimeMessages(properties), new MailTemplates(), properties);
        ArticleMail.Prepared prepared = articleMail.prepare(AnnouncedArticle.of(article()));
        Session session = Session.getInstance(new Properties());
        MessageIds ids = new MessageIds(properties);

        double[][] rates = new double[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (boolean preEncoded : new boolean[] {false, true}) {
                CountingSink sink = new CountingSink();
                long start = System.nanoTime();
                for (int i = 0; i < MAILS; i++) {
                    String subscriber = "s" + i;
                    String token = UUID.randomUUID().toString();
                    MimeMessage message = new IdentifiedMimeMessage(session, ids.of("article-1", subscriber));
                    Recipient recipient = new Recipient(subscriber, "reader" + i + "@example.org");
                    PersonalLinks links = new PersonalLinks(
                            "https://news.example.org/subscriptions/unsubscribe?token=" + token,
                            "https://news.example.org/subscriptions/manage?token=" + token);
                    if (preEncoded) {
                        prepared.write(message, recipient, links);
                    } else {
                        prepared.writeComposed(message, recipient, links);
                    }
                    message.saveChanges();
                    message.writeTo(sink);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                rates[preEncoded ? 1 : 0][round] = MAILS / seconds;
                System.out.printf("round %d, %-12s %,8.0f mails/s (%d bytes a mail)%n", round,
                        preEncoded ? "pre-encoded:" : "composed:", MAILS / seconds, sink.bytes / MAILS);
            }
        }
        // the first half of the rounds warms the JIT up
        double composed = median(java.util.Arrays.copyOfRange(rates[0], ROUNDS / 2, ROUNDS));
        double preEncoded = median(java.util.Arrays.copyOfRange(rates[1], ROUNDS / 2, ROUNDS));
        System.out.printf("warm median: composed %,.0f mails/s, pre-encoded %,.0f mails/s (%.2fx)%n", composed,
                preEncoded, preEncoded / composed);
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** Non-ASCII (typographic quotes, é, an emoji) in title, dek and reviewer, as real articles have. */
    static ArticlePublished article() {
        return new ArticlePublished(UUID.randomUUID(), null, 0, "article-1", 1, Instant.now(), "c1", "Writer",
                "Reviewer", "x", "https://journal.example.org/articles/could-vitamin-d-shorten-colds",
                "Could vitamin D shorten colds? What the “careful” trials say 🤧",
                "Seven randomised trials, one café-sized effect: what we know and what we don’t.", "Immune Health",
                List.of(), Instant.now(), 6, List.of(
                        new ReviewerSignOff("drbob", "Dr Bob Rivera", "MD, haematologist", Instant.now()),
                        new ReviewerSignOff("drcho", "Dr Hélène Cho", "PhD", Instant.now())));
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
