package org.healthjournal.pipeline.bench.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SinkInboxTest {

    private static final String SINK_HEADERS = """
            X-Client-Addr: 127.0.0.1
            X-Client-Proto: ESMTP
            X-Helo-Args: notifier
            X-Mail-Args: <newsletter@healthjournal.example.org>
            X-Rcpt-Args: <Reader@readers.example.org> NOTIFY=NEVER
            Received: from notifier ([127.0.0.1])
            \tby smtp-sink (smtp-sink) with ESMTP id 0116212c;
            \tThu,  3 Dec 2026 07:39:17 +0000 (UTC)
            """;
    private static final String MESSAGE = """
            From: newsletter@healthjournal.example.org
            To: Reader@readers.example.org
            Subject: =?UTF-8?Q?Evening_light_and_sleep?=
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: quoted-printable

            Please confirm: http://localhost:8084/subscriptions/confirm?token=3Dabc123=
            def.
            """;

    @TempDir
    Path dir;

    @Test
    void aCompleteDumpIsReadAsAMailToItsEnvelopeRecipientWithItsDecodedSubject() throws IOException {
        Files.writeString(dir.resolve("m.1"), SINK_HEADERS + MESSAGE + "\n", StandardCharsets.UTF_8);
        SinkInbox inbox = new SinkInbox(dir);

        assertThat(inbox.refresh()).singleElement().satisfies(mail -> {
            assertThat(mail.recipients()).containsExactly("Reader@readers.example.org");
            assertThat(mail.isTo("reader@readers.example.org")).isTrue();
            assertThat(mail.subject()).isEqualTo("Evening light and sleep");
            assertThat(mail.sizeBytes()).isEqualTo(MESSAGE.getBytes(StandardCharsets.UTF_8).length + 1);
        });
        assertThat(inbox.refresh()).as("a mail is read once").isEmpty();
        assertThat(inbox.mails()).hasSize(1);
    }

    @Test
    void aDumpStillBeingWrittenIsNotInTheInboxYet() throws IOException {
        Files.writeString(dir.resolve("m.2"), SINK_HEADERS + "From: newsletter@healthjournal.example.org\nSubj");
        SinkInbox inbox = new SinkInbox(dir);
        assertThat(inbox.refresh()).isEmpty();

        Files.writeString(dir.resolve("m.2"), SINK_HEADERS + MESSAGE + "\n");
        assertThat(inbox.refresh()).hasSize(1);
    }

    @Test
    void theConfirmationLinkIsReadFromTheDecodedText() throws IOException {
        Files.writeString(dir.resolve("m.3"), SINK_HEADERS + MESSAGE + "\n");
        SinkMail mail = new SinkInbox(dir).refresh().get(0);

        assertThat(SinkInbox.confirmLink(SinkInbox.text(mail)))
                .contains("http://localhost:8084/subscriptions/confirm?token=abc123def");
    }

    @Test
    void noDumpDirectoryYetIsAnEmptyInbox() {
        assertThat(new SinkInbox(dir.resolve("missing")).refresh()).isEmpty();
    }
}
