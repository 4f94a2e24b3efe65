package org.healthjournal.pipeline.bench.stages.startup;

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
    void runsDevStackFromALauncherFolderWhoseServicesAreTheBenchsOwn() throws Exception {
        Path services = Files.createDirectories(workDir.resolve("bench-services"));

        DevStackLaunch launch = DevStackLaunch.prepare(workDir.resolve("startup"), services);
        List<String> command = launch.command();

        Path launcher = workDir.resolve("startup").resolve("launcher");
        assertThat(Files.readSymbolicLink(launcher.resolve("services"))).isEqualTo(services.toAbsolutePath());
        assertThat(command.get(1)).isEqualTo("-cp");
        assertThat(command.get(2)).startsWith(launcher.resolve(DevStackLaunch.devstackJar().getFileName()).toString());
        assertThat(command.subList(3, command.size())).containsExactly(
                "org.healthjournal.pipeline.devstack.DevStack", "--data-dir", launch.dataDir().toString());
    }

    @Test
    void preparingTwiceReusesTheLinks() {
        DevStackLaunch.prepare(workDir, workDir.resolve("services"));

        DevStackLaunch again = DevStackLaunch.prepare(workDir, workDir.resolve("services"));

        assertThat(again.dataDir()).isEqualTo(workDir.resolve("data"));
    }
}
