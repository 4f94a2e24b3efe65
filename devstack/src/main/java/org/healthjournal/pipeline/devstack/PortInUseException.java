package org.healthjournal.pipeline.devstack;

/** A port the stack needs is already taken by another process. */
public class PortInUseException extends StackStartException {

    private final StackPort which;
    private final int port;

    public PortInUseException(StackPort which, int port) {
        super("Port " + port + " is already in use, but " + which.purpose() + " needs it."
                + " Stop whatever listens there (is another local stack still running?) and try again.");
        this.which = which;
        this.port = port;
    }

    public StackPort which() {
        return which;
    }

    public int port() {
        return port;
    }
}
