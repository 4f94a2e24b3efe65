package org.healthjournal.pipeline.devstack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff of the local stack, written as a Spring config file that every service loads
 * through {@code spring.config.additional-location}: the services themselves ship without users.
 */
public final class DemoUsers {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("alice", List.of("WRITER"), "Alice Moreau", "health writer"),
            new DemoUser("dana", List.of("WRITER"), "Dana Okafor", "science writer"),
            new DemoUser("drbob", List.of("REVIEWER"), "Dr Bob Rivera", "MD, haematologist"),
            // a writer who also reviews: the four-eyes rule must stop her signing her own article
            new DemoUser("drcarol", List.of("REVIEWER", "WRITER"), "Dr Carol Lindqvist", "MD, general practitioner"),
            new DemoUser("erin", List.of("EDITOR"), "Erin Walsh", "managing editor"));

    private DemoUsers() {
    }

    public static void writeConfig(Path file) {
        List<Map<String, Object>> users = ALL.stream().map(DemoUsers::asProperties).toList();
        Map<String, Object> config = Map.of("pipeline", Map.of("security", Map.of("users", users)));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "# demo staff of the local stack (written by devstack; passwords = names)\n"
                    + yaml.writeValueAsString(config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> asProperties(DemoUser user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", user.name());
        properties.put("password", "{noop}" + user.password());
        properties.put("email", user.email());
        properties.put("roles", user.roles());
        properties.put("display-name", user.displayName());
        properties.put("credentials", user.credentials());
        return properties;
    }
}
