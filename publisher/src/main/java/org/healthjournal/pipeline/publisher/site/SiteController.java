package org.healthjournal.pipeline.publisher.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
    ModelAndView index(@RequestParam(required = false) String page) {
        return paged(page, pages::index);
    }

    @GetMapping("/articles/{slug}")
    ModelAndView article(@PathVariable String slug) {
        return show(pages.article(slug));
    }

    @GetMapping("/categories/{slug}")
    ModelAndView category(@PathVariable String slug, @RequestParam(required = false) String page) {
        return paged(page, number -> pages.category(slug, number));
    }

    @GetMapping("/tags/{slug}")
    ModelAndView tag(@PathVariable String slug, @RequestParam(required = false) String page) {
        return paged(page, number -> pages.tag(slug, number));
    }

    @GetMapping("/authors/{slug}")
    ModelAndView author(@PathVariable String slug, @RequestParam(required = false) String page) {
        return paged(page, number -> pages.author(slug, number));
    }

    private ModelAndView paged(String page, IntFunction<Optional<RenderablePage>> render) {
        OptionalInt number = PageNumbers.parse(page);
        return number.isPresent() ? show(render.apply(number.getAsInt())) : notFound.view();
    }

    private ModelAndView show(Optional<RenderablePage> page) {
        return page.map(found -> new ModelAndView(found.view(), found.model())).orElseGet(notFound::view);
    }
}
