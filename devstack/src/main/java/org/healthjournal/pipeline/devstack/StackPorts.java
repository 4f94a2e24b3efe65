package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.services.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The port assignment of one stack: the well-known defaults, or free ports for tests. */
public final class StackPorts {

    private final Map<StackPort, Integer> ports;

    private StackPorts(Map<StackPort, Integer> ports) {
        this.ports = Collections.unmodifiableMap(new EnumMap<>(ports));
    }

    public static StackPorts defaults() {
        Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
        for (StackPort port : StackPort.values()) {
            ports.put(port, port.defaultPort());
        }
        return new StackPorts(ports);
    }

    /**
     * Ports the operating system reports free right now, so that a test stack never collides
     * with a developer's stack on the default ports. All sockets are held open until every port
     * is chosen, so no port is handed out twice.
     */
    public static StackPorts allFree() {
        Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (StackPort port : StackPort.values()) {
                ServerSocket socket = new ServerSocket();
                held.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                ports.put(port, socket.getLocalPort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports", e);
        } finally {
            held.forEach(StackPorts::closeQuietly);
        }
        return new StackPorts(ports);
    }

    public StackPorts with(StackPort which, int port) {
        Map<StackPort, Integer> changed = new EnumMap<>(ports);
        changed.put(which, port);
        return new StackPorts(changed);
    }

    public int get(StackPort which) {
        return ports.get(which);
    }

    public int of(Service service) {
        return get(StackPort.of(service));
    }

    public Map<StackPort, Integer> asMap() {
        return ports;
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // only a probe
        }
    }

    @Override
    public String toString() {
        return ports.toString();
    }
}
