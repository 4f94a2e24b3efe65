package org.healthjournal.pipeline.bench;

import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What every stage gets: the running stack (started with {@link BenchOptions#serviceJvmOptions()}),
 * the options, where to print progress, the PostgreSQL databases the services run on (empty: they
 * run on their embedded H2 files), and how long the stack took to start.
 *
 * @param databases     the PostgreSQL server, when one answered; a floor uses it for "the same database"
 * @param serviceDatabases the database each service was given on that server (services not named use H2)
 * @param stackStartup  from launching the stack until every service answered healthy
 */
public record BenchContext(LocalStack stack, BenchOptions options, PrintStream out,
                           Optional<ServiceDatabases> databases,
                           Map<Service, ServiceDatabases.Database> serviceDatabases, Duration stackStartup) {

    public void progress(String format, Object... args) {
        out.printf("bench: " + format + "%n", args);
    }
}
