package org.healthjournal.pipeline.review.trail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Who approved what, and when: an article's review history for reviewers and editors. */
@RestController
@RequestMapping("/api/reviews")
@PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
class ReviewTrailController {

    private final ReviewHistory history;

    ReviewTrailController(ReviewHistory history) {
        this.history = history;
    }

    @GetMapping("/{articleId}")
    ReviewTrail trail(@PathVariable String articleId) {
        ReviewTrail trail = history.of(articleId);
        if (trail.steps().isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No review of article " + articleId + " was ever started.");
            problem.setTitle("No reviews");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
        }
        return trail;
    }
}
