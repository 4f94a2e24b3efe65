package org.healthjournal.pipeline.notifier.delivery;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /staff/deliveries}: the newest announcements with their delivery statistics, for staff
 * signed in with the form at {@code /login} ({@code pipeline.security.web-login}).
 */
@Controller
class DeliveriesPageController {

    static final int SHOWN = 50;

    private final Announcements announcements;

    DeliveriesPageController(Announcements announcements) {
        this.announcements = announcements;
    }

    @GetMapping("/staff/deliveries")
    String deliveries(Authentication user, Model model) {
        model.addAttribute("user", user.getName());
        model.addAttribute("announcements", announcements.newest(SHOWN));
        return "deliveries/list";
    }
}
