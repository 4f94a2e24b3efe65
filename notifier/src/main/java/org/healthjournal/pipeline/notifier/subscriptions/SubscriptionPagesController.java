package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The links in our mails (templates under {@code templates/subscriptions/}).
 * {@code POST /subscriptions/unsubscribe} is the RFC 8058 one-click target that mail clients call
 * from the {@code List-Unsubscribe} header.
 */
@Controller
class SubscriptionPagesController {

    private final Subscriptions subscriptions;
    private final SubscriptionLinks links;
    private final NotifierProperties properties;

    SubscriptionPagesController(Subscriptions subscriptions, SubscriptionLinks links, NotifierProperties properties) {
        this.subscriptions = subscriptions;
        this.links = links;
        this.properties = properties;
    }

    @ModelAttribute
    void site(org.springframework.ui.Model model) {
        model.addAttribute("siteName", properties.siteName());
        model.addAttribute("siteUrl", properties.siteUrl());
    }

    @GetMapping(SubscriptionLinks.CONFIRM_PATH)
    ModelAndView confirm(@RequestParam(required = false) String token) {
        return known(token)
                ? subscriptions.confirm(token)
                        .map(confirmation -> confirmation.mailToken() == null
                                ? page("subscriptions/subscribed", Map.of())
                                : page("subscriptions/subscribed", Map.of(
                                        "unsubscribeUrl", links.unsubscribe(confirmation.mailToken()),
                                        "manageUrl", links.manage(confirmation.mailToken()))))
                        .orElseGet(SubscriptionPagesController::invalidLink)
                : invalidLink();
    }

    /**
     * A confirmation step, not the unsubscribe itself: mail scanners open every link in a mail,
     * and a GET that unsubscribed would unsubscribe readers who never clicked. Once the address is
     * unsubscribed, the link shows no address any more: whoever holds an old mail learns nothing.
     */
    @GetMapping(SubscriptionLinks.UNSUBSCRIBE_PATH)
    ModelAndView unsubscribeForm(@RequestParam(required = false) String token) {
        return known(token)
                ? subscriptions.findByUnsubscribeToken(token)
                        .map(subscriber -> subscriber.status() == SubscriberStatus.UNSUBSCRIBED
                                ? page("subscriptions/unsubscribed", Map.of())
                                : page("subscriptions/unsubscribe", Map.of("email", subscriber.email(), "token", token)))
                        .orElseGet(SubscriptionPagesController::invalidLink)
                : invalidLink();
    }

    @PostMapping(SubscriptionLinks.UNSUBSCRIBE_PATH)
    ModelAndView unsubscribe(@RequestParam(required = false) String token) {
        return known(token)
                ? subscriptions.unsubscribe(token)
                        .map(subscriber -> page("subscriptions/unsubscribed", Map.of()))
                        .orElseGet(SubscriptionPagesController::invalidLink)
                : invalidLink();
    }

    private static boolean known(String token) {
        return token != null && !token.isBlank();
    }

    private static ModelAndView page(String view, Map<String, ?> model) {
        return new ModelAndView(view, model, HttpStatus.OK);
    }

    private static ModelAndView invalidLink() {
        return new ModelAndView("subscriptions/invalid-link", Map.of(), HttpStatus.NOT_FOUND);
    }
}
