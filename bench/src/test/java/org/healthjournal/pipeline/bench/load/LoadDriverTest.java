package org.healthjournal.pipeline.bench.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

class LoadDriverTest {

    private HttpServer server;
    private final Set<Integer> remotePorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            remotePorts.add(exchange.getRemoteAddress().getPort());
            int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            byte[] body = "ok".getBytes();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendsEveryRequestOnceOverTheClientsAndCountsTheStatuses() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        LoadResult result = new LoadDriver().run(40, 4,
                index -> HttpRequest.newBuilder(url(index % 4 == 0 ? "/missing" : "/page")).build(),
                (index, response) -> seen.add(index));

        assertThat(result.requests()).isEqualTo(40);
        assertThat(result.count(200)).isEqualTo(30);
        assertThat(result.count(404)).isEqualTo(10);
        assertThat(result.failures()).isZero();
        assertThat(result.latencies().count()).isEqualTo(40);
        assertThat(seen).hasSize(40);
        assertThat(result.requestsPerSecond()).isPositive();
    }

    @Test
    void keepsConnectionsAliveSoClientsDoNotReconnectPerRequest() {
        new LoadDriver().run(60, 3, index -> HttpRequest.newBuilder(url("/page")).build());

        assertThat(remotePorts.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void countsRequestsWithoutAnAnswerAsFailures() {
        server.stop(0);

        LoadResult result = new LoadDriver().run(5, 2, index -> HttpRequest.newBuilder(url("/page")).build());

        assertThat(result.failures()).isEqualTo(5);
        assertThat(result.firstFailure()).contains("/page");
        assertThat(result.latencies().count()).isZero();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
