package org.healthjournal.pipeline.bench.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.healthjournal.pipeline.devstack.mail.ReceivedMail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail smtp-sink dumped (one file per message), read as an inbox: who each message went to, its
 * subject, its text. A file counts once it is complete (smtp-sink ends each dump with an empty
 * line), so a message is "in the inbox" when the sink has taken all of it.
 */
public final class SinkInbox {

    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<([^>]*)>");
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https?://[^\\s<>\"]+/subscriptions/confirm\\?token=[^\\s<>\"]+");

    private final Path dumpDir;
    private final Set<String> read = new HashSet<>();
    private final List<SinkMail> mails = new CopyOnWriteArrayList<>();

    public SinkInbox(Path dumpDir) {
        this.dumpDir = dumpDir;
    }

    /** Reads the dumps that completed since the last look; returns the new ones. */
    public synchronized List<SinkMail> refresh() {
        List<SinkMail> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dumpDir)) {
            for (Path file : files) {
                if (read.contains(file.getFileName().toString())) {
                    continue;
                }
                parse(file).ifPresent(mail -> {
                    read.add(file.getFileName().toString());
                    found.add(mail);
                });
            }
        } catch (NoSuchFileException none) {
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dumpDir, e);
        }
        mails.addAll(found);
        return found;
    }

    /** Every complete message seen so far. */
    public List<SinkMail> mails() {
        refresh();
        return List.copyOf(mails);
    }

    /**
     * Looks every {@code pollEvery} until a message matches; the match's {@link SinkMail#seenNanos()}
     * is when it was found (so the poll interval bounds the error of a latency taken from it).
     */
    public Optional<SinkMail> await(Predicate<SinkMail> wanted, Duration patience, Duration pollEvery)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (SinkMail mail : mails) {
            if (wanted.test(mail)) {
                return Optional.of(mail);
            }
        }
        while (System.nanoTime() < deadline) {
            for (SinkMail mail : refresh()) {
                if (wanted.test(mail)) {
                    return Optional.of(mail);
                }
            }
            Thread.sleep(pollEvery.toMillis(), (int) (pollEvery.toNanos() % 1_000_000));
        }
        return Optional.empty();
    }

    static Optional<SinkMail> parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        long seen = System.nanoTime();
        if (!complete(bytes)) {
            return Optional.empty();
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            InternetHeaders headers = new InternetHeaders(in);
            List<String> recipients = new ArrayList<>();
            String[] rcpt = headers.getHeader("X-Rcpt-Args");
            for (String arguments : rcpt == null ? new String[0] : rcpt) {
                Matcher address = ANGLE_ADDRESS.matcher(arguments);
                recipients.add(address.find() ? address.group(1) : arguments.strip());
            }
            String subject = headers.getHeader("Subject", null);
            return Optional.of(new SinkMail(file, List.copyOf(recipients), decode(subject),
                    bytes.length - sinkHeaderBytes(bytes), seen));
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    /** smtp-sink ends each dump with an empty line after the message. */
    static boolean complete(byte[] bytes) {
        int n = bytes.length;
        return n >= 2 && bytes[n - 1] == '\n' && (bytes[n - 2] == '\n' || n >= 3 && bytes[n - 2] == '\r'
                && bytes[n - 3] == '\n');
    }

    /** The bytes of smtp-sink's own headers (up to and including its three-line Received header). */
    static long sinkHeaderBytes(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        int received = text.indexOf("\nReceived: ");
        if (received < 0) {
            return 0;
        }
        int end = received + 1;
        // "Received:" line and its continuation lines
        do {
            end = text.indexOf('\n', end) + 1;
        } while (end > 0 && end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t'));
        return end <= 0 ? 0 : end;
    }

    private static String decode(String subject) {
        if (subject == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(subject));
        } catch (UnsupportedEncodingException e) {
            return subject;
        }
    }

    /** The plain text of the message (quoted-printable and base64 decoded). */
    public static String text(SinkMail mail) {
        try (InputStream in = Files.newInputStream(mail.file())) {
            return ReceivedMail.of(new MimeMessage(Session.getInstance(new Properties()), in)).text();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mail.file(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("not a message: " + mail.file(), e);
        }
    }

    /** The first confirmation link in a confirmation mail's text. */
    public static Optional<String> confirmLink(String text) {
        Matcher matcher = CONFIRM_LINK.matcher(text.replace("&amp;", "&"));
        return matcher.find() ? Optional.of(matcher.group().replaceAll("[.,;:)\\]]+$", "")) : Optional.empty();
    }
}
