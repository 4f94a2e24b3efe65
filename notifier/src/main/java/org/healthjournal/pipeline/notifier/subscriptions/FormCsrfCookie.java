package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * CSRF protection of the public subscribe form by double submission: the form page sets a random
 * value in a cookie and in a hidden field, and a post must carry both, equal. Another site can
 * make a browser post, but it can neither read our cookie to copy it into the form nor send it
 * along ({@code SameSite=Strict}). No session and no server-side secret are needed: the
 * notifier's security stays stateless (service-support's chain has CSRF off for its APIs, which
 * carry credentials, not cookies).
 */
@Component
class FormCsrfCookie {

    static final String COOKIE = "subscribe_csrf";
    static final String FIELD = "csrf";

    /** Sets a fresh value on the response and returns it for the form's hidden field. */
    String issue(HttpServletRequest request, HttpServletResponse response) {
        String value = SubscriptionTokens.newToken();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
                .path(SubscribePageController.PATH)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
        return value;
    }

    boolean matches(HttpServletRequest request, String field) {
        if (field == null || field.isEmpty() || request.getCookies() == null) {
            return false;
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .anyMatch(value -> MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                        field.getBytes(StandardCharsets.UTF_8)));
    }
}
