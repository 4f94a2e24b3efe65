package org.healthjournal.pipeline.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.devstack.mail.ReceivedMail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What writers, reviewers, editors and readers do, as calls against a running {@link LocalStack}.
 * Staff log in with the stack's demo users (password = name).
 */
public final class PipelineClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PUBLISHING_PATIENCE = Duration.ofSeconds(60);
    /** The local stack's medical reviewers; a second review must come from another one than the first. */
    private static final List<String> SECOND_REVIEWERS = List.of("drcarol", "drbob");

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public PipelineClient(LocalStack stack) {
        this.stack = stack;
    }

    public LocalStack stack() {
        return stack;
    }

    // --- ingest: writers ---

    public HttpResult submitDraft(String user, ObjectNode draft) {
        return send(post(stack.ingestUrl() + "/api/drafts", draft), user);
    }

    public HttpResult submitDraftAnonymously(ObjectNode draft) {
        return send(post(stack.ingestUrl() + "/api/drafts", draft), null);
    }

    public HttpResult draft(String user, String articleId) {
        return send(get(stack.ingestUrl() + "/api/drafts/" + encode(articleId)), user);
    }

    // --- review-workflow: medical reviewers ---

    public HttpResult tasks(String user) {
        return send(get(stack.reviewWorkflowUrl() + "/api/tasks"), user);
    }

    /** The review tasks {@code user} may act on; fails unless the service answers 200. */
    public List<JsonNode> tasksFor(String user) {
        HttpResult result = tasks(user);
        if (result.status() != 200) {
            throw new AssertionError("expected 200: " + result);
        }
        List<JsonNode> tasks = new ArrayList<>();
        result.json().forEach(tasks::add);
        return tasks;
    }

    public Optional<JsonNode> taskFor(String user, String articleId) {
        return tasksFor(user).stream().filter(task -> articleId.equals(task.path("articleId").asText())).findFirst();
    }

    public HttpResult decide(String user, String taskId, String decision, String comments) {
        ObjectNode body = JSON.createObjectNode().put("decision", decision).put("comments", comments);
        return send(post(stack.reviewWorkflowUrl() + "/api/tasks/" + encode(taskId) + "/decision", body), user);
    }

    // --- publisher ---

    public HttpResult publishedArticle(String user, String articleId) {
        return send(get(stack.publisherUrl() + "/api/articles/" + encode(articleId)), user);
    }

    // --- whole steps, for scenarios that need a published article to start from ---

    /**
     * {@code writer} submits {@code draft}, {@code reviewer} approves it; returns the publisher's
     * {@code {articleId, slug, url, version, title, publishedAt}} once the page is live.
     */
    public JsonNode submitAndApprove(String writer, String reviewer, ObjectNode draft) {
        HttpResult submitted = submitDraft(writer, draft);
        if (submitted.status() != 202) {
            throw new AssertionError("expected 202: " + submitted);
        }
        String articleId = submitted.json().path("articleId").asText();
        JsonNode task = await(PUBLISHING_PATIENCE, "the review task of " + articleId,
                () -> taskFor(reviewer, articleId));
        HttpResult decision = decide(reviewer, task.path("taskId").asText(), "APPROVE", "Evidence stated honestly.");
        if (decision.status() != 200) {
            throw new AssertionError("expected 200: " + decision);
        }
        approveSecondReviewIfAsked(reviewer, articleId);
        return await(PUBLISHING_PATIENCE, "the published article " + articleId, () -> {
            HttpResult article = publishedArticle(reviewer, articleId);
            return article.status() == 200 ? Optional.of(article.json()) : Optional.empty();
        });
    }

    /**
     * A HIGH-risk draft (the sample is filed under Mental Health) needs a second reviewer after the
     * first approval: the other demo reviewer signs it.
     */
    public void approveSecondReviewIfAsked(String firstReviewer, String articleId) {
        String second = SECOND_REVIEWERS.stream().filter(name -> !name.equals(firstReviewer)).findFirst().orElseThrow();
        Optional<JsonNode> task = org.awaitility.Awaitility.await("a second review task of " + articleId)
                .atMost(PUBLISHING_PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> secondReviewOrPublished(second, articleId), Optional::isPresent).orElseThrow();
        if (task.get().isMissingNode()) {
            return;
        }
        HttpResult decision = decide(second, task.get().path("taskId").asText(), "APPROVE", "Agreed: evidence stated honestly.");
        if (decision.status() != 200) {
            throw new AssertionError("expected 200 for the second review: " + decision);
        }
    }

    /** The second reviewer's task, a missing node when the article went to the publisher without one, or empty while neither. */
    private Optional<Optional<JsonNode>> secondReviewOrPublished(String second, String articleId) {
        Optional<JsonNode> task = taskFor(second, articleId);
        if (task.isPresent()) {
            return Optional.of(task);
        }
        return publishedArticle(second, articleId).status() == 200
                ? Optional.of(Optional.of(com.fasterxml.jackson.databind.node.MissingNode.getInstance()))
                : Optional.empty();
    }

    private static <T> T await(Duration patience, String what, java.util.function.Supplier<Optional<T>> probe) {
        return org.awaitility.Awaitility.await(what).atMost(patience).pollInterval(Duration.ofMillis(300))
                .until(probe::get, Optional::isPresent).orElseThrow();
    }

    // --- notifier: readers ---

    public HttpResult subscribe(String email) {
        return send(post(stack.notifierUrl() + "/api/subscriptions", JSON.createObjectNode().put("email", email)), null);
    }

    /** What a reader's browser or feed reader gets for {@code url}, without credentials. */
    public HttpResult open(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET(), null);
    }

    /** The mail in {@code address}'s inbox, oldest first, read over IMAP (login = password = address). */
    public List<ReceivedMail> mailbox(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect("127.0.0.1", stack.imapPort(), address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    Message[] messages = inbox.getMessages();
                    FetchProfile profile = new FetchProfile();
                    profile.add(FetchProfile.Item.ENVELOPE);
                    profile.add(FetchProfile.Item.CONTENT_INFO);
                    inbox.fetch(messages, profile);
                    List<ReceivedMail> mails = new ArrayList<>(messages.length);
                    for (Message message : messages) {
                        mails.add(ReceivedMail.of(message));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json").GET();
    }

    private static HttpRequest.Builder post(String url, JsonNode body) {
        try {
            return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResult send(HttpRequest.Builder builder, String user) {
        if (user != null) {
            String credentials = user + ":" + user;
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(request.method(), request.uri().toString(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
