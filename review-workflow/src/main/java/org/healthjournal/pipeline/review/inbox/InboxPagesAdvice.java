package org.healthjournal.pipeline.review.inbox;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A signed-in writer who opens the inbox gets a page saying it is for reviewers (403), not the
 * API's problem+json; checked before the shared advice, and for the inbox pages only.
 */
@ControllerAdvice(assignableTypes = InboxPagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InboxPagesAdvice {

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(Authentication user, Model model) {
        model.addAttribute("user", user == null ? "" : user.getName());
        return "inbox/refused";
    }
}
