package org.healthjournal.pipeline.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small closed-loop load generator: {@code clients} threads share one HTTP/1.1 client (so each
 * keeps its connection alive, as a browser or a reverse proxy would) and send {@code requests}
 * requests between them, each sending its next request as soon as the previous one was answered.
 * It counts the answers' status codes, times every answer and the whole run.
 *
 * <p>The bench measures the server, so nothing is retried and nothing is hidden: a request
 * without an answer is counted as such, and the caller decides (usually with
 * {@link LoadResult#requireNoServerErrors}) whether the run measured the work or an error path.
 */
public final class LoadDriver {

    /** Builds request number {@code index} (0-based) of a run. */
    @FunctionalInterface
    public interface RequestSource {
        HttpRequest request(int index);
    }

    /** Sees every answer of a run (called on the client thread that got it, so it must be thread-safe). */
    @FunctionalInterface
    public interface AnswerListener {
        void answered(int index, HttpResponse<byte[]> response);
    }

    private final HttpClient http;

    public LoadDriver() {
        this(Duration.ofSeconds(30));
    }

    public LoadDriver(Duration connectTimeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public LoadResult run(int requests, int clients, RequestSource source) {
        return run(requests, clients, source, (index, response) -> { });
    }

    public LoadResult run(int requests, int clients, RequestSource source, AnswerListener listener) {
        if (requests < 1 || clients < 1) {
            throw new IllegalArgumentException("a run needs at least one request and one client, not "
                    + requests + " and " + clients);
        }
        long[] latencies = new long[requests];
        Arrays.fill(latencies, -1);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long elapsed = Together.run(Math.min(clients, requests), "load-client", c -> () -> {
            for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                HttpRequest request = source.request(i);
                long sent = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - sent;
                    statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    listener.answered(i, response);
                } catch (IOException | RuntimeException e) {
                    // RuntimeException: the listener could not make sense of the answer
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, request.method() + " " + request.uri() + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, "interrupted");
                    return;
                }
            }
        });
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return new LoadResult(requests, elapsed, counts, failures.get(), firstFailure.get(),
                Latencies.ofNanos(Arrays.stream(latencies).filter(l -> l >= 0).toArray()));
    }
}
