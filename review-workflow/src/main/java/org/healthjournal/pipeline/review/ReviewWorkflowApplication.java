package org.healthjournal.pipeline.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Medical review of drafts: a Flowable process per draft version and the reviewers' task API. */
@SpringBootApplication
public class ReviewWorkflowApplication {

    /**
     * The JDK's own DatatypeFactory. The engine asks for a new factory for every due date and timer
     * it computes (several per review started); without this property each request searches every
     * jar of the application for a service file (measured: about 1.5% of the service's CPU while
     * starting reviews). An operator's own choice (-D...) is kept.
     */
    static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
    static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

    public static void main(String[] args) {
        if (System.getProperty(DATATYPE_FACTORY) == null) {
            System.setProperty(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
        }
        SpringApplication.run(ReviewWorkflowApplication.class, args);
    }
}
