package org.healthjournal.pipeline.e2e.support;

import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.devstack.StackSettings;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.testkit.TestDatabase;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Gives tests a {@link PipelineClient} (or the {@link LocalStack}) of ONE stack per test JVM,
 * started on the first request and stopped after the last test. It runs on free ports in its
 * own data directory under {@code target/}, so it never meets a developer's stack, and the
 * services' logs are there to read after a failure.
 */
public final class LocalStackExtension implements ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(LocalStackExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);
    /** Four Spring Boot services starting side by side on two shared cores take a while. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PipelineClient.class || type == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalStack stack = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningStack.class, key -> RunningStack.start(), RunningStack.class)
                .stack();
        return parameter.getParameter().getType() == LocalStack.class ? stack : new PipelineClient(stack);
    }

    /** The started stack, or why it did not start (so that later test classes do not try again). */
    private static final class RunningStack implements ExtensionContext.Store.CloseableResource {
        private final LocalStack stack;
        private final RuntimeException failure;

        private RunningStack(LocalStack stack, RuntimeException failure) {
            this.stack = stack;
            this.failure = failure;
        }

        static RunningStack start() {
            try {
                return new RunningStack(LocalStack.start(settings()), null);
            } catch (RuntimeException e) {
                return new RunningStack(null, e);
            }
        }

        LocalStack stack() {
            if (failure != null) {
                throw new IllegalStateException("the local stack did not start: " + failure.getMessage(), failure);
            }
            return stack;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }

    private static StackSettings settings() {
        Path servicesDir = Path.of(System.getProperty("e2e.services.dir", "target/services"));
        Path dataDir = Path.of(System.getProperty("e2e.data.dir", "target/e2e-stack"))
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        StackSettings.Builder settings = StackSettings.builder()
                .allFreePorts()
                .dataDir(dataDir)
                .servicesDir(servicesDir)
                .startupTimeout(STARTUP_TIMEOUT);
        // the two services whose ITs insist on PostgreSQL run on it here too, when it is reachable
        for (Service service : List.of(Service.REVIEW_WORKFLOW, Service.NOTIFIER)) {
            TestDatabase.Settings database = TestDatabase.fresh("e2e_" + service.moduleName());
            if (database.isPostgres()) {
                settings.extraProperties(service, Map.of(
                        "spring.datasource.url", database.url(),
                        "spring.datasource.username", database.username(),
                        "spring.datasource.password", database.password()));
            }
            log.info("e2e: {} uses {}", service, database.isPostgres() ? database.url() : "an H2 file in " + dataDir);
        }
        log.info("e2e: starting the local stack in {} with the jars from {}", dataDir, servicesDir);
        return settings.build();
    }
}
