package org.healthjournal.pipeline.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Medical review of drafts: a Flowable process per draft version and the reviewers' task API. */
@SpringBootApplication
public class ReviewWorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewWorkflowApplication.class, args);
    }
}
