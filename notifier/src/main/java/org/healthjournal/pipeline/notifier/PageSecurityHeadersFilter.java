package org.healthjournal.pipeline.notifier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Headers on every answer of the notifier. Its pages need no script, style sheet or image, so
 * the browser is told to load none; forms may only post back here. The pages' URLs hold secret
 * tokens, so no {@code Referer} may carry them to the journal's site when the reader follows a
 * link, and no cache may keep them. Runs before the security filters so error answers have them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageSecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'none'; "
            + "img-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The staff pages use the shared staff style sheet; still no script. */
    static final String STAFF_PAGE_POLICY = "default-src 'none'; script-src 'none'; style-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static boolean isStaffPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/staff/") || path.startsWith("/staff-assets/") || path.equals("/login")
                || path.equals("/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", isStaffPage(request) ? STAFF_PAGE_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getRequestURI().startsWith("/subscriptions/") || request.getRequestURI().startsWith("/subscribe")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
