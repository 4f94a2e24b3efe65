package org.healthjournal.pipeline.support.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Echoes what it could bind, so the tests can see what strict binding lets through. */
@RestController
public class StrictBindingController {

    public enum Decision { APPROVE, REQUEST_CHANGES, REJECT }

    public record Reference(String title, int year) {
    }

    public record Sample(String title, Decision decision, Boolean urgent, List<Reference> references) {
    }

    @PostMapping("/api/strict-binding")
    public Sample echo(@RequestBody Sample sample) {
        return sample;
    }
}
