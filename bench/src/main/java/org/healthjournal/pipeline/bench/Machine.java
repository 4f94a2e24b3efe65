package org.healthjournal.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine the figures were measured on, as the report shows it. */
public record Machine(int cores, long memoryBytes, String jvm, String os) {

    public static Machine current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("cores", String.valueOf(cores));
        map.put("memory", memoryBytes < 0 ? "unknown" : Numbers.format(memoryBytes / (1024.0 * 1024 * 1024)) + " GiB");
        map.put("jvm", jvm);
        map.put("os", os);
        return map;
    }
}
