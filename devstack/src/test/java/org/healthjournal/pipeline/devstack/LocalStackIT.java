package org.healthjournal.pipeline.devstack;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.healthjournal.pipeline.devstack.fake.FakeServiceJars;
import org.healthjournal.pipeline.devstack.services.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The launcher against a real broker and GreenMail, with stand-ins for the four services. */
class LocalStackIT {

    @TempDir
    Path dir;

    @Test
    void startsEverythingWiresTheServicesAndStopsItAllAgain() throws Exception {
        StackSettings settings = settings()
                .demo(true)
                .extraProperty(Service.REVIEW_WORKFLOW, "spring.datasource.url", "jdbc:postgresql://127.0.0.1/review")
                .build();
        StackPorts ports = settings.ports();

        try (LocalStack stack = LocalStack.start(settings)) {
            Properties notifier = argumentsOf(ports.of(Service.NOTIFIER));
            assertThat(notifier)
                    .containsEntry("camel.component.kafka.brokers", stack.kafkaBootstrapServers())
                    .containsEntry("spring.mail.port", String.valueOf(stack.smtpPort()))
                    .containsEntry("pipeline.notifier.base-url", stack.notifierUrl())
                    .containsEntry("env.PIPELINE_DATA_DIR", stack.dataDir().toString())
                    .doesNotContainKey("spring.datasource.url");
            assertThat(argumentsOf(ports.of(Service.REVIEW_WORKFLOW)))
                    .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1/review");
            assertThat(argumentsOf(ports.of(Service.PUBLISHER)))
                    .containsEntry("pipeline.publisher.base-url", stack.publisherUrl());
            assertThat(Files.readString(stack.dataDir().resolve("demo-users.yml"))).contains("{noop}drcarol");
            assertThat(stack.demoArticleId()).contains("fake-article-1");
            assertThat(Files.readString(stack.logFile(Service.INGEST))).contains("fake service listening");

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
            }

            sendMail(stack.smtpPort(), "reader@example.org", "Confirm <your> subscription",
                    "Open http://localhost:8084/subscriptions/confirm?token=abc to confirm.");
            assertThat(inboxSubjects(stack.imapPort(), "reader@example.org")).containsExactly("Confirm <your> subscription");
            String page = get(stack.mailPageUrl());
            assertThat(page).contains("Confirm &lt;your&gt; subscription", "reader@example.org",
                    "<a href=\"http://localhost:8084/subscriptions/confirm?token=abc\"");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ports.asMap().values()).allMatch(PortCheck::isFree));
    }

    @Test
    void reportsAServiceThatDiesDuringStartUpWithItsLogAndStopsEverythingElse() throws IOException {
        StackPorts ports = StackPorts.allFree();
        StackSettings settings = settings()
                .ports(ports)
                .serviceJvmOptions(List.of("-Dfake.crashPort=" + ports.of(Service.PUBLISHER)))
                .build();

        assertThatThrownBy(() -> LocalStack.start(settings))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("publisher exited with code 3 during start-up")
                .hasMessageContaining("APPLICATION FAILED TO START: fake failure");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ports.asMap().values()).allMatch(PortCheck::isFree));
    }

    @Test
    void closingWhileItStartsStopsEverythingStartedSoFar() throws Exception {
        StackSettings settings = settings().serviceJvmOptions(List.of("-Dfake.neverUp=true")).build();
        LocalStack stack = LocalStack.prepare(settings);
        CompletableFuture<LocalStack> launching = CompletableFuture.supplyAsync(stack::launch);
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(stack.logFile(Service.NOTIFIER)));

        stack.close();

        assertThatThrownBy(() -> launching.get(60, TimeUnit.SECONDS))
                .hasCauseInstanceOf(StackStartException.class)
                .hasMessageContaining("stopped during start-up");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(settings.ports().asMap().values()).allMatch(PortCheck::isFree));
    }

    private StackSettings.Builder settings() throws IOException {
        return StackSettings.builder()
                .allFreePorts()
                .dataDir(dir.resolve("data"))
                .servicesDir(FakeServiceJars.writeAll(dir.resolve("services")))
                .startupTimeout(Duration.ofSeconds(60));
    }

    private Properties argumentsOf(int port) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("data").resolve("fake-args-" + port + ".properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static void sendMail(int smtpPort, String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("newsletter@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    private static List<String> inboxSubjects(int imapPort, String address) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imapPort, address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return Arrays.stream(inbox.getMessages()).map(LocalStackIT::subject).toList();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        return response.body();
    }
}
