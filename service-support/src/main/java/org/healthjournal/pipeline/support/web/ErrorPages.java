package org.healthjournal.pipeline.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * The answer to an error that no controller handled: problem+json for programs, a short page in the
 * staff look for browsers. Used by the error controller, by the servlet container's error report (for
 * requests refused before they reach Spring) and by the firewall's refusals, so every error of every
 * service looks the same; never a stack trace, never an exception's message.
 */
public final class ErrorPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorPages() {
    }

    /** The status a refused request is answered with; anything unknown (or no error at all) is a 404. */
    public static HttpStatus statusOf(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    public static ProblemDetail problem(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request cannot be read: its address or its content is not well formed.";
            case UNAUTHORIZED -> "Sign in with your staff user name and password.";
            case FORBIDDEN -> "Your account may not do this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that kind of request.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the format the request asks for.";
            case PAYLOAD_TOO_LARGE -> "The request is larger than this service accepts.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take content of that type.";
            case SERVICE_UNAVAILABLE -> "The service is unavailable just now. Please retry.";
            default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged."
                    : "The request was refused.";
        };
    }

    public static byte[] json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
    }

    /** Whether the caller is a browser asking for a page rather than a program asking for JSON. */
    public static boolean wantsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            MediaType.sortBySpecificityAndQuality(types);
            for (MediaType type : types) {
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                    return true;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
                        || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) && !type.isWildcardType()) {
                    return false;
                }
            }
        } catch (RuntimeException unreadable) {
            return false;
        }
        return false;
    }

    /** A short page in the staff look ({@code /staff-assets/staff.css}); it names nothing internal. */
    public static String html(HttpStatus status) {
        String title = HtmlUtils.htmlEscape(status.value() + " " + status.getReasonPhrase());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="robots" content="noindex">
                  <title>%s · Health Journal</title>
                  <link rel="stylesheet" href="/staff-assets/staff.css">
                </head>
                <body>
                <header class="masthead"><span class="site-name">Health Journal</span></header>
                <main id="main">
                  <h1>%s</h1>
                  <p>%s</p>
                  <p><a href="/">Go to the start page</a></p>
                </main>
                </body>
                </html>
                """.formatted(title, title, HtmlUtils.htmlEscape(detail(status)));
    }
}
