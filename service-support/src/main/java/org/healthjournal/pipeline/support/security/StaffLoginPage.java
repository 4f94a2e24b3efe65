package org.healthjournal.pipeline.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The staff sign-in form at {@code /login}, the same for every service with pages. Written out here
 * rather than as a template so a service needs no template engine to have it; it uses the shared
 * stylesheet {@code /staff-assets/staff.css}, as the pages' layout ({@code templates/staff/layout.html}) does.
 */
public class StaffLoginPage {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String ASSETS = "/staff-assets/**";

    private final String title;

    StaffLoginPage(String title) {
        this.title = title;
    }

    /** A functional route rather than a {@code @Controller}, so no component scan ever picks it up twice. */
    RouterFunction<ServerResponse> route() {
        return RouterFunctions.route().GET(LOGIN, request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .body(form(request.servletRequest()))).build();
    }

    String form(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = request.getParameter("error") != null
                ? "<p class=\"notice error\" role=\"alert\">That user name and password do not match. Please try again.</p>"
                : request.getParameter("signed-out") != null ? "<p class=\"notice\" role=\"status\">You are signed out.</p>" : "";
        String hidden = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        String name = HtmlUtils.htmlEscape(title);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in · %s</title>
                  <link rel="stylesheet" href="/staff-assets/staff.css">
                </head>
                <body>
                <header class="masthead"><span class="site-name">%s</span></header>
                <main id="main">
                  <h1>Sign in</h1>
                  %s
                  <form method="post" action="/login" class="stacked">
                    <label for="username">User name</label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">Password</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    %s
                    <button type="submit">Sign in</button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(name, name, notice, hidden);
    }
}
