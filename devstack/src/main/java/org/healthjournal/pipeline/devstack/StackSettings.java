package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.kafka.KafkaBroker;
import org.healthjournal.pipeline.devstack.kafka.KafkaClasspath;
import org.healthjournal.pipeline.devstack.services.Service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything a {@link LocalStack} needs to know; build one with {@link #builder()}. */
public final class StackSettings {

    /** Small heaps and quick start-up: four services and a broker share a developer's machine. */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final StackPorts ports;
    private final Path dataDir;
    private final Path servicesDir;
    private final List<Path> kafkaClasspath;
    private final Map<Service, Map<String, String>> extraProperties;
    private final boolean demo;
    private final Duration startupTimeout;
    private final List<String> serviceJvmOptions;
    private final boolean classDataTraining;

    private StackSettings(Builder builder) {
        this.ports = builder.ports;
        this.dataDir = builder.dataDir.toAbsolutePath().normalize();
        this.servicesDir = builder.servicesDir.toAbsolutePath().normalize();
        this.kafkaClasspath = List.copyOf(builder.kafkaClasspath != null
                ? builder.kafkaClasspath : KafkaClasspath.ofCurrentJvm());
        Map<Service, Map<String, String>> extra = new EnumMap<>(Service.class);
        builder.extraProperties.forEach((service, properties) ->
                extra.put(service, Collections.unmodifiableMap(new LinkedHashMap<>(properties))));
        this.extraProperties = Collections.unmodifiableMap(extra);
        this.demo = builder.demo;
        this.startupTimeout = builder.startupTimeout;
        this.serviceJvmOptions = List.copyOf(builder.serviceJvmOptions);
        this.classDataTraining = builder.classDataTraining;
    }

    public static Builder builder() {
        return new Builder();
    }

    public StackPorts ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path servicesDir() {
        return servicesDir;
    }

    public List<Path> kafkaClasspath() {
        return kafkaClasspath;
    }

    /** Spring properties passed to one service on top of (and overriding) the stack's own. */
    public Map<String, String> extraProperties(Service service) {
        return extraProperties.getOrDefault(service, Map.of());
    }

    public boolean demo() {
        return demo;
    }

    /** How long the broker and then all services together may take to become ready. */
    public Duration startupTimeout() {
        return startupTimeout;
    }

    public List<String> serviceJvmOptions() {
        return serviceJvmOptions;
    }

    /**
     * True for the build's training run ({@code ClassDataTraining}): the broker and the services
     * read no class-data archive but write one when they exit.
     */
    public boolean classDataTraining() {
        return classDataTraining;
    }

    /**
     * The broker's JVM follows the services': when they run with the client compiler only (a
     * quick-starting local stack, the tests), so does the broker, with the serial collector;
     * otherwise (the benchmark's production flags) it keeps G1 and the full JIT.
     */
    public List<String> brokerJvmOptions() {
        return serviceJvmOptions.contains("-XX:TieredStopAtLevel=1")
                ? KafkaBroker.QUICK_START_JVM_OPTIONS : KafkaBroker.THROUGHPUT_JVM_OPTIONS;
    }

    /** Defaults: the well-known ports, {@code ./data}, {@code ./services}, this JVM's classpath for Kafka. */
    public static final class Builder {
        private StackPorts ports = StackPorts.defaults();
        private Path dataDir = Path.of("data");
        private Path servicesDir = Path.of("services");
        private List<Path> kafkaClasspath;
        private final Map<Service, Map<String, String>> extraProperties = new EnumMap<>(Service.class);
        private boolean demo;
        private Duration startupTimeout = Duration.ofSeconds(180);
        private List<String> serviceJvmOptions = DEFAULT_SERVICE_JVM_OPTIONS;
        private boolean classDataTraining;

        private Builder() {
        }

        public Builder ports(StackPorts ports) {
            this.ports = Objects.requireNonNull(ports);
            return this;
        }

        public Builder allFreePorts() {
            return ports(StackPorts.allFree());
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir);
            return this;
        }

        /** Where the {@code <service>-<version>-exec.jar} files are. */
        public Builder servicesDir(Path servicesDir) {
            this.servicesDir = Objects.requireNonNull(servicesDir);
            return this;
        }

        /** The jars of {@code kafka_2.13} and its dependencies (plus an SLF4J binding). */
        public Builder kafkaClasspath(List<Path> kafkaClasspath) {
            this.kafkaClasspath = List.copyOf(kafkaClasspath);
            return this;
        }

        public Builder extraProperty(Service service, String name, String value) {
            extraProperties.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Builder extraProperties(Service service, Map<String, String> properties) {
            properties.forEach((name, value) -> extraProperty(service, name, value));
            return this;
        }

        public Builder demo(boolean demo) {
            this.demo = demo;
            return this;
        }

        public Builder startupTimeout(Duration startupTimeout) {
            this.startupTimeout = Objects.requireNonNull(startupTimeout);
            return this;
        }

        public Builder serviceJvmOptions(List<String> serviceJvmOptions) {
            this.serviceJvmOptions = List.copyOf(serviceJvmOptions);
            return this;
        }

        /** See {@link StackSettings#classDataTraining()}. */
        public Builder classDataTraining(boolean classDataTraining) {
            this.classDataTraining = classDataTraining;
            return this;
        }

        public StackSettings build() {
            return new StackSettings(this);
        }
    }
}
