package org.healthjournal.pipeline.ingest.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftNotFoundException;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
import org.healthjournal.pipeline.ingest.drafts.DraftStore;
import org.healthjournal.pipeline.ingest.submission.DraftCheckResult;
import org.healthjournal.pipeline.ingest.submission.DraftChecks;
import org.healthjournal.pipeline.ingest.submission.DraftRules;
import org.healthjournal.pipeline.ingest.submission.DraftSubmissions;
import org.healthjournal.pipeline.ingest.submission.InvalidDraftException;
import org.healthjournal.pipeline.ingest.submission.ReadDraft;
import org.healthjournal.pipeline.ingest.submission.SubmissionReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.UUID;

/**
 * The writers' pages: server-rendered, no JavaScript, signed in with the shared staff form login.
 * Submitting goes through the same rules and the same {@link DraftSubmissions} as the API; each form
 * carries an idempotency key so a double click or a resent form creates one article.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DraftPagesController {

    static final int ALL_PAGE_SIZE = 50;

    private final DraftStore drafts;
    private final DraftChecks checks;
    private final DraftSubmissions submissions;
    private final DraftRules rules;
    private static final ObjectMapper JSON = EventCodec.mapper();

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    DraftPagesController(DraftStore drafts, DraftChecks checks, DraftSubmissions submissions, DraftRules rules) {
        this.drafts = drafts;
        this.checks = checks;
        this.submissions = submissions;
        this.rules = rules;
    }

    @GetMapping("/drafts")
    String list(Authentication user, Model model) {
        model.addAttribute("user", user.getName());
        model.addAttribute("drafts", drafts.byAuthor(user.getName(), 200));
        return "drafts/list";
    }

    /** Every writer's drafts, for editors, optionally of one status, a page at a time. */
    @GetMapping("/drafts/all")
    @PreAuthorize("hasRole('EDITOR')")
    String all(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Authentication user, Model model) {
        DraftStatus filter = null;
        for (DraftStatus known : DraftStatus.values()) {
            if (known.name().equals(status)) {
                filter = known;
            }
        }
        int current = Math.max(0, page);
        long total = drafts.count(null, filter);
        model.addAttribute("user", user.getName());
        model.addAttribute("statuses", DraftStatus.values());
        model.addAttribute("status", filter);
        model.addAttribute("drafts", drafts.page(null, filter, current * ALL_PAGE_SIZE, ALL_PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) (current + 1) * ALL_PAGE_SIZE < total);
        return "drafts/all";
    }

    @GetMapping("/drafts/new")
    @PreAuthorize("hasRole('WRITER')")
    String newDraft(Authentication user, Model model) {
        return form(user, DraftForm.empty(), null, UUID.randomUUID().toString(), model);
    }

    @PostMapping("/drafts/new")
    @PreAuthorize("hasRole('WRITER')")
    String submit(@ModelAttribute DraftForm form, @RequestParam(defaultValue = "check") String action,
            @RequestParam String formKey, Authentication user, Model model) {
        if (action.equals("add-reference")) {
            return form(user, form.withEmptyRow(), null, formKey, model);
        }
        ReadDraft draft = form.toDraft();
        DraftCheckResult result = checks.check(draft);
        if (!action.equals("submit") || !result.errors().isEmpty()) {
            return form(user, form, result, formKey, model);
        }
        try {
            SubmissionReceipt receipt = submissions.submit(user.getName(), draft, "page:" + formKey);
            return "redirect:/drafts/" + receipt.articleId() + "?submitted";
        } catch (InvalidDraftException e) {
            return form(user, form, result, formKey, model);
        }
    }

    @GetMapping("/drafts/{articleId}")
    String detail(@PathVariable String articleId, Authentication user, Model model) {
        Caller caller = Caller.of(user);
        Draft draft = visible(articleId, caller);
        model.addAttribute("user", user.getName());
        model.addAttribute("draft", draft);
        model.addAttribute("history", drafts.history(articleId));
        model.addAttribute("revisable", caller.isAuthorOf(draft) && draft.status() == DraftStatus.CHANGES_REQUESTED);
        model.addAttribute("result", checks.check(DraftForm.of(latestText(draft)).toDraft()));
        return "drafts/detail";
    }

    @GetMapping("/drafts/{articleId}/revise")
    @PreAuthorize("hasRole('WRITER')")
    String revision(@PathVariable String articleId, Authentication user, Model model) {
        Draft draft = visible(articleId, Caller.of(user));
        model.addAttribute("draft", draft);
        return form(user, DraftForm.of(latestText(draft)), null, UUID.randomUUID().toString(), model);
    }

    @PostMapping("/drafts/{articleId}/revise")
    @PreAuthorize("hasRole('WRITER')")
    String revise(@PathVariable String articleId, @ModelAttribute DraftForm form,
            @RequestParam(defaultValue = "check") String action, @RequestParam String formKey, Authentication user,
            Model model) {
        Caller caller = Caller.of(user);
        model.addAttribute("draft", visible(articleId, caller));
        if (action.equals("add-reference")) {
            return form(user, form.withEmptyRow(), null, formKey, model);
        }
        ReadDraft draft = form.toDraft();
        DraftCheckResult result = checks.check(draft);
        if (!action.equals("submit") || !result.errors().isEmpty()) {
            return form(user, form, result, formKey, model);
        }
        try {
            submissions.revise(caller, articleId, draft, "page:" + formKey);
            return "redirect:/drafts/" + articleId + "?submitted";
        } catch (InvalidDraftException e) {
            return form(user, form, result, formKey, model);
        } catch (ErrorResponseException e) {
            // not the author (403) or no longer waiting for changes (409): say so on the form
            model.addAttribute("refusal", e.getBody().getDetail());
            return form(user, form, result, formKey, model);
        }
    }

    private Draft visible(String articleId, Caller caller) {
        return drafts.find(articleId).filter(caller::canRead).orElseThrow(() -> new DraftNotFoundException(articleId));
    }

    private ArticleContent latestText(Draft draft) {
        String stored = drafts.text(draft.articleId(), draft.version())
                .orElseThrow(() -> new DraftNotFoundException(draft.articleId()));
        try {
            return JSON.readValue(stored, ArticleContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft text cannot be read", e);
        }
    }

    @ExceptionHandler(DraftNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Authentication user, Model model) {
        model.addAttribute("user", user == null ? "" : user.getName());
        return "drafts/not-found";
    }

    private String form(Authentication user, DraftForm form, DraftCheckResult result, String formKey, Model model) {
        model.addAttribute("user", user.getName());
        model.addAttribute("form", form);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, Math.max(1, form.rows())).boxed().toList());
        model.addAttribute("categories", rules.categories());
        model.addAttribute("result", result);
        model.addAttribute("formKey", formKey);
        model.addAttribute("previewHtml", form.body() == null || form.body().isBlank() ? null : renderer.toHtml(form.body()));
        return "drafts/new";
    }
}
