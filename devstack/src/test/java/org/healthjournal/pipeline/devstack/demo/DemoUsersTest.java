package org.healthjournal.pipeline.devstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoUsersTest {

    @Test
    void writesTheStaffAsSpringSecurityUsers(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo-users.yml");

        DemoUsers.writeConfig(file);

        JsonNode users = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).at("/pipeline/security/users");
        assertThat(users).hasSize(5);
        List<String> lines = new ArrayList<>();
        users.forEach(user -> lines.add(user.get("name").asText() + " " + user.get("password").asText() + " "
                + user.get("email").asText() + " " + user.get("roles")));
        assertThat(lines).containsExactly(
                "alice {noop}alice alice@staff.example.org [\"WRITER\"]",
                "dana {noop}dana dana@staff.example.org [\"WRITER\"]",
                "drbob {noop}drbob drbob@staff.example.org [\"REVIEWER\"]",
                "drcarol {noop}drcarol drcarol@staff.example.org [\"REVIEWER\",\"WRITER\"]",
                "erin {noop}erin erin@staff.example.org [\"EDITOR\"]");
    }

    @Test
    void givesEveryoneAPublicProfileForBylines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo-users.yml");

        DemoUsers.writeConfig(file);

        JsonNode drbob = new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).at("/pipeline/security/users/2");
        assertThat(drbob.get("name").asText()).isEqualTo("drbob");
        assertThat(drbob.get("display-name").asText()).isEqualTo("Dr Bob Rivera");
        assertThat(drbob.get("credentials").asText()).isEqualTo("MD, haematologist");
    }
}
