package org.healthjournal.pipeline.e2e.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services talk only through Kafka events: no service's code may use another service's classes,
 * and the shared modules (events, content, support) may not use any service.
 */
class ModuleBoundariesTest {

    private static final String BASE = "org.healthjournal.pipeline.";
    private static final String[] SERVICES = {"ingest", "review", "publisher", "notifier"};
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.healthjournal.pipeline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "review", "publisher", "notifier"})
    void serviceUsesNoOtherServicesClasses(String service) {
        assertThat(classes.containPackage(BASE + service)).as("classes of %s imported", service).isTrue();
        String[] others = Arrays.stream(SERVICES).filter(s -> !s.equals(service)).map(s -> BASE + s + "..")
                .toArray(String[]::new);

        noClasses().that().resideInAPackage(BASE + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(classes);
    }

    @Test
    void sharedModulesUseNoService() {
        String[] services = Arrays.stream(SERVICES).map(s -> BASE + s + "..").toArray(String[]::new);

        noClasses().that().resideInAnyPackage(BASE + "events..", BASE + "content..", BASE + "support..")
                .should().dependOnClassesThat().resideInAnyPackage(services)
                .check(classes);
    }
}
