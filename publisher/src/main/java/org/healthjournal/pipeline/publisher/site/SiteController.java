package org.healthjournal.pipeline.publisher.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/** The pages readers see: the index, each article, and the category, tag and author lists. */
@Controller
class SiteController {

    private final SitePages pages;
    private final NotFoundPage notFound;

    SiteController(SitePages pages, NotFoundPage notFound) {
        this.pages = pages;
        this.notFound = notFound;
    }

    @GetMapping("/")
    ModelAndView index() {
        return pages.index(1).map(SiteController::view).orElseGet(notFound::view);
    }

    @GetMapping("/page/{page}")
    ModelAndView index(@PathVariable String page) {
        return paged(page, pages::index);
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug) {
        return show(pages.article(slug));
    }

    @GetMapping({"/categories/{slug}", "/categories/{slug}/page/{page}"})
    ModelAndView category(@PathVariable String slug, @PathVariable(required = false) String page) {
        return paged(page, number -> pages.category(slug, number));
    }

    @GetMapping({"/tags/{slug}", "/tags/{slug}/page/{page}"})
    ModelAndView tag(@PathVariable String slug, @PathVariable(required = false) String page) {
        return paged(page, number -> pages.tag(slug, number));
    }

    @GetMapping({"/authors/{slug}", "/authors/{slug}/page/{page}"})
    ModelAndView author(@PathVariable String slug, @PathVariable(required = false) String page) {
        return paged(page, number -> pages.author(slug, number));
    }

    /** Page 1 has no number in its address ("/page/1" is not found), so that each list has one first page. */
    private ModelAndView paged(String page, IntFunction<Optional<RenderablePage>> render) {
        OptionalInt number = PageNumbers.parse(page);
        if (page != null && (number.isEmpty() || number.getAsInt() == 1)) {
            return notFound.view();
        }
        return show(render.apply(number.orElse(1)));
    }

    private ModelAndView show(Optional<RenderablePage> page) {
        return page.map(SiteController::view).orElseGet(notFound::view);
    }

    private static ModelAndView view(RenderablePage page) {
        return new ModelAndView(page.view(), page.model());
    }
}
