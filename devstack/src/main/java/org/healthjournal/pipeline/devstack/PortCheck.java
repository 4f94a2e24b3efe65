package org.healthjournal.pipeline.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** Makes sure every port is free before anything starts, so a clash is reported up front and by name. */
public final class PortCheck {

    private PortCheck() {
    }

    /** @throws PortInUseException naming the first port that is taken and what needed it */
    public static void requireFree(StackPorts ports) {
        Map<Integer, StackPort> seen = new HashMap<>();
        for (Map.Entry<StackPort, Integer> entry : ports.asMap().entrySet()) {
            StackPort other = seen.putIfAbsent(entry.getValue(), entry.getKey());
            if (other != null) {
                throw new StackStartException("Port " + entry.getValue() + " is configured for both "
                        + other.purpose() + " and " + entry.getKey().purpose() + ".");
            }
        }
        for (Map.Entry<StackPort, Integer> entry : ports.asMap().entrySet()) {
            if (!isFree(entry.getValue())) {
                throw new PortInUseException(entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * Binds the wildcard address, which fails whether the other listener holds the wildcard or
     * only the loopback address.
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
