package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public subscribe page: an address and the categories to hear about (none = all), a plain
 * HTML form that works without JavaScript. Its answer is the same whether the address was new,
 * pending or subscribed already.
 */
@Controller
class SubscribePageController {

    static final String PATH = "/subscribe";

    private final Subscriptions subscriptions;
    private final SubscribeRateLimits limits;
    private final FormCsrfCookie csrf;
    private final OfferedCategories offered;
    private final Validator validator;
    private final NotifierProperties properties;

    SubscribePageController(Subscriptions subscriptions, SubscribeRateLimits limits, FormCsrfCookie csrf,
            OfferedCategories offered, Validator validator, NotifierProperties properties) {
        this.subscriptions = subscriptions;
        this.limits = limits;
        this.csrf = csrf;
        this.offered = offered;
        this.validator = validator;
        this.properties = properties;
    }

    @ModelAttribute
    void site(Model model) {
        model.addAttribute("siteName", properties.siteName());
        model.addAttribute("siteUrl", properties.siteUrl());
    }

    @GetMapping(PATH)
    ModelAndView form(HttpServletRequest request, HttpServletResponse response) {
        return form(request, response, "", List.of(), null, HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView subscribe(@RequestParam(required = false) String email,
            @RequestParam(required = false) List<String> categories,
            @RequestParam(name = FormCsrfCookie.FIELD, required = false) String csrfField,
            HttpServletRequest request, HttpServletResponse response) {
        List<String> chosen = categories == null ? List.of() : categories;
        if (!csrf.matches(request, csrfField)) {
            return form(request, response, email, chosen,
                    "The form had expired. Please send it again.", HttpStatus.FORBIDDEN);
        }
        SubscribeRequest subscribeRequest = new SubscribeRequest(email, chosen);
        Set<ConstraintViolation<SubscribeRequest>> problems = validator.validate(subscribeRequest);
        if (!problems.isEmpty()) {
            return form(request, response, email, chosen, "Please enter a valid e-mail address.",
                    HttpStatus.BAD_REQUEST);
        }
        Duration wait = limits.address(subscribeRequest.email());
        if (!wait.isZero()) {
            response.setHeader("Retry-After", SubscribeRateLimits.retryAfter(wait));
            return form(request, response, email, chosen,
                    "We have had many requests for this address. Please try again later.",
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        subscriptions.subscribe(subscribeRequest.email(), subscribeRequest.categories());
        return new ModelAndView("subscriptions/check-inbox", Map.of(), HttpStatus.ACCEPTED);
    }

    private ModelAndView form(HttpServletRequest request, HttpServletResponse response, String email,
            List<String> chosen, String error, HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("email", email == null ? "" : email);
        model.put("categories", offered.choices(Categories.slugs(chosen)));
        model.put("csrf", csrf.issue(request, response));
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView("subscriptions/subscribe", model, status);
    }
}
