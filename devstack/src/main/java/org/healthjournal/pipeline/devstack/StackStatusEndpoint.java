package org.healthjournal.pipeline.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.healthjournal.pipeline.devstack.mail.SmtpStatus;
import org.healthjournal.pipeline.devstack.process.ChildStatus;
import org.healthjournal.pipeline.devstack.web.HttpReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET /stack} on the mail page's port: the children with their pids, states and restart
 * counts, and whether SMTP is paused. A fault test reads the pid to kill a child, then polls
 * until that child runs again under a new pid.
 */
final class StackStatusEndpoint implements HttpHandler {

    static final String PATH = "/stack";

    private static final Logger log = LoggerFactory.getLogger(StackStatusEndpoint.class);

    /** {@code {"children":[{"name":"kafka","pid":4242,"alive":true,"state":"RUNNING",…}],"smtp":{…}}} */
    record StackStatus(List<ChildStatus> children, SmtpStatus smtp) {
    }

    private final LocalStack stack;

    StackStatusEndpoint(LocalStack stack) {
        this.stack = stack;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
                HttpReplies.methodNotAllowed(exchange, "GET, HEAD");
            } else {
                HttpReplies.json(exchange, 200, new StackStatus(stack.children(), stack.smtpStatus()));
            }
        } catch (RuntimeException e) {
            log.warn("{} failed", PATH, e);
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }
}
