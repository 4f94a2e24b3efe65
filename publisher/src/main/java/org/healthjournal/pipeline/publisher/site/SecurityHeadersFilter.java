package org.healthjournal.pipeline.publisher.site;

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
 * The site's pages need no script, so the browser is told to run none: should anything slip
 * past the sanitiser, it still cannot execute. A JSON-LD block is data, not script, and is not
 * affected. Runs before the security filters so that error responses carry the headers too.
 *
 * <p>What a reader reads is health information about them: other sites learn at most that the
 * visit came from this site, never from which page ({@code Referrer-Policy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String POLICY = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' https:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        chain.doFilter(request, response);
    }
}
