package org.healthjournal.pipeline.devstack.fake;

import org.healthjournal.pipeline.devstack.services.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Writes a runnable {@code <service>-0.1.0-SNAPSHOT-exec.jar} of {@link FakeService} for each service. */
public final class FakeServiceJars {

    private FakeServiceJars() {
    }

    public static Path writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (Service service : Service.values()) {
            write(directory.resolve(service.moduleName() + "-0.1.0-SNAPSHOT-exec.jar"));
        }
        return directory;
    }

    private static void write(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path classes = testClassesDirectory();
        String packagePath = FakeService.class.getPackageName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> classFiles = Files.list(classes.resolve(packagePath))) {
            for (Path classFile : classFiles.filter(FakeServiceJars::isFakeServiceClass).toList()) {
                out.putNextEntry(new JarEntry(packagePath + "/" + classFile.getFileName()));
                out.write(Files.readAllBytes(classFile));
                out.closeEntry();
            }
        }
    }

    private static boolean isFakeServiceClass(Path classFile) {
        String name = classFile.getFileName().toString();
        return name.equals("FakeService.class") || name.startsWith("FakeService$");
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
