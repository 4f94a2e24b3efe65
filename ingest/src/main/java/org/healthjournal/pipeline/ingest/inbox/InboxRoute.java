package org.healthjournal.pipeline.ingest.inbox;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.healthjournal.pipeline.support.security.StaffRole;
import org.healthjournal.pipeline.support.security.StaffUsersProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Watches {@code <inbox>/<writer>/*.md}. Camel skips names starting with a dot (and the {@code .done}
 * and {@code .error} folders) and {@code include} skips {@code *.part}, so a tool that writes under a
 * temporary name and renames is never read half-way. Files are moved only after their receipt or
 * error list is written; a file that fails for a passing reason (database, event bus) stays and is
 * tried again at the next poll.
 */
@Component
@ConditionalOnProperty(name = "pipeline.inbox.enabled", havingValue = "true", matchIfMissing = true)
class InboxRoute extends RouteBuilder {

    static final String ROUTE_ID = "ingest-inbox";
    private static final Logger log = LoggerFactory.getLogger(InboxRoute.class);
    private static final String OUTCOME = "inboxOutcome";

    private final InboxSettings settings;
    private final InboxFileSubmitter submitter;
    private final StaffUsersProperties staff;

    InboxRoute(InboxSettings settings, InboxFileSubmitter submitter, StaffUsersProperties staff) {
        this.settings = settings;
        this.submitter = submitter;
        this.staff = staff;
    }

    @Override
    public void configure() throws IOException {
        Path inbox = settings.folder().toAbsolutePath().normalize();
        createWritersFolders(inbox);
        fromF("file:%s?recursive=true&minDepth=2&maxDepth=2&include=.*\\.md&initialDelay=0&delay=%d"
                        + "&move=${file:parent}/${header.%s}/${file:onlyname}", inbox, settings.pollDelay().toMillis(),
                OUTCOME)
                .routeId(ROUTE_ID)
                .process(this::handle);
    }

    private void handle(Exchange exchange) throws IOException {
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        String writer = file.getParent().getFileName().toString();
        InboxOutcome outcome = submitter.submit(writer, file.getFileName().toString(),
                exchange.getIn().getBody(byte[].class));
        Path folder = file.getParent().resolve(outcome.folder());
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + outcome.sidecarName() + ".part");
        Files.writeString(temporary, outcome.sidecar(), StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(outcome.sidecarName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        exchange.getIn().setHeader(OUTCOME, outcome.folder());
    }

    private void createWritersFolders(Path inbox) {
        staff.getUsers().stream()
                .filter(user -> user.getRoles().contains(StaffRole.WRITER))
                .forEach(user -> {
                    try {
                        Files.createDirectories(inbox.resolve(user.getName()));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot create the inbox folder of " + user.getName(), e);
                    }
                });
        log.info("inbox: watching {} (one folder per writer)", inbox);
    }
}
