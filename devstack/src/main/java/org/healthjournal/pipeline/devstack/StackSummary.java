package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.demo.DemoUser;

import java.util.Locale;

/** What a developer needs once the stack is up: where everything is and who can log in. */
final class StackSummary {

    private StackSummary() {
    }

    static String of(LocalStack stack) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(1024);
        text.append(nl).append("The editorial pipeline is running (data in ").append(stack.dataDir()).append(')').append(nl)
                .append(nl)
                .append("  Site            ").append(stack.publisherUrl()).append('/').append(nl)
                .append("  Feeds           ").append(stack.notifierUrl()).append("/feed.xml  ")
                .append(stack.notifierUrl()).append("/feed.atom").append(nl)
                .append("  Mail page       ").append(stack.mailPageUrl()).append(nl)
                .append("  Submit drafts   POST ").append(stack.ingestUrl()).append("/api/drafts").append(nl)
                .append("  Review tasks    GET  ").append(stack.reviewWorkflowUrl()).append("/api/tasks").append(nl)
                .append("  Articles API    GET  ").append(stack.publisherUrl()).append("/api/articles/{articleId}").append(nl)
                .append("  Subscribe       POST ").append(stack.notifierUrl()).append("/api/subscriptions").append(nl)
                .append("  Kafka           ").append(stack.kafkaBootstrapServers()).append(nl)
                .append("  SMTP / IMAP     127.0.0.1:").append(stack.smtpPort()).append(" / 127.0.0.1:")
                .append(stack.imapPort()).append(" (login = password = the address)").append(nl)
                .append("  Logs            ").append(stack.dataDir().resolve("logs")).append(nl)
                .append("  Children        GET  ").append(stack.mailPageUrl()).append("stack  (pids, restarts; also ")
                .append(stack.dataDir().resolve("pids")).append("/<name>.pid)").append(nl)
                .append("  SMTP outage     POST ").append(stack.mailPageUrl()).append("smtp/pause  POST ")
                .append(stack.mailPageUrl()).append("smtp/resume").append(nl)
                .append(nl)
                .append("Demo users (HTTP Basic, password = name):").append(nl);
        for (DemoUser user : stack.users()) {
            text.append(String.format(Locale.ROOT, "  %-8s %-18s %s%n", user.name(), String.join("+", user.roles()),
                    user.email()));
        }
        stack.demoArticleId().ifPresent(id -> text.append(nl).append("Demo article submitted by alice: ").append(id)
                .append(nl).append("  curl -u alice:alice ").append(stack.ingestUrl()).append("/api/drafts/").append(id)
                .append(nl).append("  curl -u drbob:drbob ").append(stack.reviewWorkflowUrl()).append("/api/tasks")
                .append(nl));
        text.append(nl).append("Press Ctrl-C to stop.").append(nl);
        return text.toString();
    }
}
