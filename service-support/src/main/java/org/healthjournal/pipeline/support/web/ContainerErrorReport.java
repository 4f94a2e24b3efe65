package org.healthjournal.pipeline.support.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces Tomcat's HTML error report for requests Tomcat refuses before any application sees them
 * (an encoded {@code /}, a NUL or a byte that is not UTF-8 in the address): problem+json, or the
 * staff-look page for browsers.
 */
public class ContainerErrorReport extends ErrorReportValve {

    public ContainerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = ErrorPages.statusOf(code);
        try {
            response.resetBuffer();
            byte[] body;
            if (ErrorPages.wantsHtml(request.getHeader(HttpHeaders.ACCEPT))) {
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                body = ErrorPages.html(status).getBytes(StandardCharsets.UTF_8);
            } else {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                body = ErrorPages.json(ErrorPages.problem(status));
            }
            response.setContentLength(body.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to tell
        }
    }
}
