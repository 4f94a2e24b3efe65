package org.healthjournal.pipeline.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on service-support, for its own integration tests. */
@SpringBootApplication
public class SupportTestApplication {
}
