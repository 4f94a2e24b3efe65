package org.healthjournal.pipeline.bench.stages.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Resident memory of a process tree as Linux reports it ({@code VmRSS} in
 * {@code /proc/<pid>/status}): what the stack really takes from the machine, heap or not. Pages
 * two processes share (the JDK's class data) count once per process, as {@code ps} and
 * {@code top} show them.
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Sum of VmRSS over {@code roots} and all their descendants, each process once. */
    public static Tree of(Collection<Long> roots) {
        Set<Long> pids = new LinkedHashSet<>();
        for (long root : roots) {
            ProcessHandle.of(root).ifPresent(handle -> {
                pids.add(handle.pid());
                handle.descendants().forEach(child -> pids.add(child.pid()));
            });
        }
        long kib = 0;
        List<Long> counted = new ArrayList<>();
        for (long pid : pids) {
            OptionalLong rss = rssKib(pid);
            if (rss.isPresent()) {
                kib += rss.getAsLong();
                counted.add(pid);
            }
        }
        return new Tree(counted, kib);
    }

    /** VmRSS of one process in KiB; empty when it is gone (or this is not Linux). */
    public static OptionalLong rssKib(long pid) {
        try {
            return vmRssKib(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmRSS:   123456 kB} line of a {@code /proc/<pid>/status} text; empty for a zombie or kernel thread. */
    static OptionalLong vmRssKib(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                long value = Long.parseLong(parts[0]);
                String unit = parts.length > 1 ? parts[1] : "kB";
                return OptionalLong.of(switch (unit) {
                    case "kB" -> value;
                    case "mB", "MB" -> value * 1024;
                    default -> throw new IllegalArgumentException("unknown VmRSS unit " + unit);
                });
            }
        }
        return OptionalLong.empty();
    }

    /** The processes counted and their resident memory together. */
    public record Tree(List<Long> pids, long kib) {

        public Tree {
            pids = List.copyOf(pids);
        }

        public double mebibytes() {
            return kib / 1024.0;
        }
    }
}
