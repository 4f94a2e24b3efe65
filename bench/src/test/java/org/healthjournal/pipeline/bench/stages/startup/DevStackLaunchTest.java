package org.healthjournal.pipeline.bench.stages.startup;

import org.healthjournal.pipeline.devstack.kafka.KafkaClasspath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DevStackLaunchTest {

    @TempDir
    Path workDir;

    @Test
    void runsTheReadmeCommandFromALauncherFolderLaidOutAsDevstacksTarget() throws Exception {
        Path services = Files.createDirectories(workDir.resolve("bench-services"));
        Path launcher = workDir.resolve("launcher");

        DevStackLaunch launch = DevStackLaunch.prepare(launcher, workDir.resolve("startup"), services);
        List<String> command = launch.command();

        Path jar = launcher.resolve(DevStackLaunch.devstackJar().getFileName());
        assertThat(Files.readSymbolicLink(launcher.resolve("services"))).isEqualTo(services.toAbsolutePath());
        assertThat(command.subList(1, command.size()))
                .containsExactly("-jar", jar.toString(), "--data-dir", launch.dataDir().toString());
        List<Path> classPath = KafkaClasspath.manifestClassPath(jar);
        assertThat(classPath).isNotEmpty().allSatisfy(entry -> assertThat(entry).startsWith(launcher).isRegularFile());
    }

    @Test
    void preparingAgainReusesTheLauncherAndFollowsAnotherServicesFolder() throws Exception {
        Path launcher = workDir.resolve("launcher");
        DevStackLaunch.prepare(launcher, workDir.resolve("first"), workDir.resolve("services"));

        DevStackLaunch again = DevStackLaunch.prepare(launcher, workDir.resolve("second"), workDir.resolve("other"));

        assertThat(again.dataDir()).isEqualTo(workDir.resolve("second").resolve("data"));
        assertThat(Files.readSymbolicLink(launcher.resolve("services"))).isEqualTo(workDir.resolve("other"));
    }
}
