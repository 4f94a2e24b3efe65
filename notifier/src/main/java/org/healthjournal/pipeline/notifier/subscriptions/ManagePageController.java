package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * The page behind the personal link in every mail ({@code /subscriptions/manage?token=…}): change
 * categories, export one's data as JSON, erase it, unsubscribe. Plain forms, no script. The
 * token is the credential (another site cannot know it, so no CSRF token is needed); once the
 * link has expired the page says so and shows nothing of the subscriber.
 */
@Controller
class ManagePageController {

    private final SubscriptionManagement management;
    private final OfferedCategories offered;
    private final NotifierProperties properties;

    ManagePageController(SubscriptionManagement management, OfferedCategories offered, NotifierProperties properties) {
        this.management = management;
        this.offered = offered;
        this.properties = properties;
    }

    @ModelAttribute
    void site(Model model) {
        model.addAttribute("siteName", properties.siteName());
        model.addAttribute("siteUrl", properties.siteUrl());
    }

    @GetMapping(SubscriptionLinks.MANAGE_PATH)
    ModelAndView page(@RequestParam(required = false) String token) {
        return withAccess(token, access -> managePage(access, token, null));
    }

    @PostMapping(SubscriptionLinks.MANAGE_PATH)
    ModelAndView chooseCategories(@RequestParam(required = false) String token,
            @RequestParam(required = false) List<String> categories) {
        return withAccess(token, access -> {
            List<String> chosen = categories == null ? List.of() : categories;
            management.chooseCategories(access.subscriber(), chosen);
            return managePage(management.open(token), token, "Your choice is saved.");
        });
    }

    @GetMapping(SubscriptionLinks.MANAGE_PATH + "/export")
    Object export(@RequestParam(required = false) String token) {
        SubscriptionManagement.Access access = management.open(token);
        if (access.state() != SubscriptionManagement.Access.State.OPEN) {
            return closed(access);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("subscription.json").build().toString())
                .body(management.export(access.subscriber()));
    }

    @PostMapping(SubscriptionLinks.MANAGE_PATH + "/erase")
    ModelAndView erase(@RequestParam(required = false) String token) {
        return withAccess(token, access -> {
            management.erase(access.subscriber());
            return new ModelAndView("subscriptions/erased", Map.of(), HttpStatus.OK);
        });
    }

    private ModelAndView withAccess(String token,
            java.util.function.Function<SubscriptionManagement.Access, ModelAndView> action) {
        SubscriptionManagement.Access access = management.open(token);
        return access.state() == SubscriptionManagement.Access.State.OPEN ? action.apply(access) : closed(access);
    }

    private ModelAndView managePage(SubscriptionManagement.Access access, String token, String notice) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("email", access.subscriber().email());
        model.put("subscribed", access.subscriber().status() == SubscriberStatus.CONFIRMED);
        model.put("categories", offered.choices(access.categories()));
        model.put("token", token);
        if (notice != null) {
            model.put("notice", notice);
        }
        return new ModelAndView("subscriptions/manage", model, HttpStatus.OK);
    }

    private static ModelAndView closed(SubscriptionManagement.Access access) {
        return access.state() == SubscriptionManagement.Access.State.EXPIRED
                ? new ModelAndView("subscriptions/expired-link", Map.of(), HttpStatus.GONE)
                : new ModelAndView("subscriptions/invalid-link", Map.of(), HttpStatus.NOT_FOUND);
    }
}
