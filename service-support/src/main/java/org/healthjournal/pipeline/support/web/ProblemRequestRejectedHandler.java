package org.healthjournal.pipeline.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An address Spring Security's firewall refuses ({@code ..}, {@code ;}, an encoded {@code /} or
 * {@code %}...) is a 400 problem+json (a page for browsers), not a 500 or Spring's default JSON.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        log.debug("refused a request: {}", refused.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        byte[] body;
        if (ErrorPages.wantsHtml(request.getHeader(HttpHeaders.ACCEPT))) {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            body = ErrorPages.html(HttpStatus.BAD_REQUEST).getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = ErrorPages.json(ErrorPages.problem(HttpStatus.BAD_REQUEST));
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
