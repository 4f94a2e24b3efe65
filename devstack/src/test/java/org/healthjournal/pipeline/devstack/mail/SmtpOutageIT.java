package org.healthjournal.pipeline.devstack.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.devstack.StackPort;
import org.healthjournal.pipeline.devstack.StackPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An SMTP outage switched on and off over HTTP, against a real GreenMail and mail page. */
class SmtpOutageIT {

    private static final String READER = "reader@example.org";

    private final HttpClient http = HttpClient.newHttpClient();
    private MailServer mail;
    private MailPage page;
    private String pageUrl;

    @BeforeEach
    void start() {
        StackPorts ports = StackPorts.allFree();
        mail = MailServer.start(ports.get(StackPort.SMTP), ports.get(StackPort.IMAP));
        page = MailPage.start(ports.get(StackPort.MAIL_PAGE), mail);
        pageUrl = "http://localhost:" + ports.get(StackPort.MAIL_PAGE);
    }

    @AfterEach
    void stop() {
        page.close();
        mail.close();
    }

    @Test
    void pausingSmtpRefusesConnectionsAndResumingDeliversAgain() throws Exception {
        send("before the outage");

        HttpResponse<String> paused = post("/smtp/pause");

        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(paused.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(paused.body()).isEqualTo("{\"paused\":true,\"port\":" + mail.smtpPort() + "}");
        assertThatThrownBy(() -> send("during the outage"))
                .isInstanceOf(MessagingException.class)
                .hasRootCauseInstanceOf(ConnectException.class);
        assertThat(get("/smtp").body()).isEqualTo("{\"paused\":true,\"port\":" + mail.smtpPort() + "}");
        assertThat(inboxSubjects()).as("IMAP keeps working").containsExactly("before the outage");

        HttpResponse<String> resumed = post("/smtp/resume");

        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(resumed.body()).isEqualTo("{\"paused\":false,\"port\":" + mail.smtpPort() + "}");
        send("after the outage");
        assertThat(inboxSubjects()).containsExactly("before the outage", "after the outage");
    }

    @Test
    void thePageShowsTheOutageAndItsButtonsWorkWithoutScript() throws Exception {
        assertThat(get("/").body()).contains("is <strong>running</strong>", "action=\"/smtp/pause\"");

        HttpResponse<String> afterForm = postForm("/smtp/pause", "from=page");

        assertThat(afterForm.statusCode()).isEqualTo(303);
        assertThat(afterForm.headers().firstValue("Location")).contains("/");
        String pausedPage = get("/").body();
        assertThat(pausedPage).contains("is <strong>PAUSED</strong>", "action=\"/smtp/resume\"",
                "<input type=\"hidden\" name=\"from\" value=\"page\">");
        assertThat(get("/").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("form-action 'self'"));

        assertThat(postForm("/smtp/resume", "from=page").statusCode()).isEqualTo(303);
        assertThat(mail.isSmtpPaused()).isFalse();
    }

    @Test
    void pausingOrResumingTwiceChangesNothing() throws Exception {
        post("/smtp/pause");
        assertThat(post("/smtp/pause").body()).contains("\"paused\":true");

        post("/smtp/resume");
        assertThat(post("/smtp/resume").body()).contains("\"paused\":false");
        send("still delivered");
        assertThat(inboxSubjects()).containsExactly("still delivered");
    }

    @Test
    void refusesAPauseThatAnotherSiteMakesTheBrowserSend() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pageUrl + "/smtp/pause"))
                        .header("Origin", "https://elsewhere.example")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(mail.isSmtpPaused()).isFalse();
    }

    @Test
    void changesStateOnlyByPost() throws Exception {
        assertThat(get("/smtp/pause").statusCode()).isEqualTo(405);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(pageUrl + "/smtp"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(405);
        assertThat(mail.isSmtpPaused()).isFalse();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pageUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pageUrl + path)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a browser sends for the page's form: its own origin and a form body. */
    private HttpResponse<String> postForm(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pageUrl + path))
                .header("Origin", pageUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void send(String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("notifier@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(READER));
        message.setSubject(subject);
        message.setText("text");
        Transport.send(message);
    }

    private List<String> inboxSubjects() throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mail.imapPort(), READER, READER);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> subjects = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    subjects.add(message.getSubject());
                }
                return subjects;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
