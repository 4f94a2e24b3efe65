package org.healthjournal.pipeline.publisher.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An address nothing answers: readers get the site's 404 page, staff tools under {@code /api/}
 * get problem+json like every other API error.
 */
@ControllerAdvice
class UnknownAddresses {

    private final NotFoundPage notFound;

    UnknownAddresses(NotFoundPage notFound) {
        this.notFound = notFound;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView unknown(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return problem(request.getRequestURI());
        }
        return notFound.view();
    }

    private static ModelAndView problem(String path) {
        MappingJackson2JsonView json = new MappingJackson2JsonView();
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.setExtractValueFromSingleKeyModel(true);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Not Found");
        problem.put("status", 404);
        problem.put("detail", "No such API resource.");
        problem.put("instance", path);
        ModelAndView view = new ModelAndView(json, Map.of("problem", problem));
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }
}
