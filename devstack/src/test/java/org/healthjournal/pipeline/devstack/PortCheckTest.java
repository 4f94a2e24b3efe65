package org.healthjournal.pipeline.devstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTest {

    @Test
    void namesTheTakenPortAndWhatNeedsIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            StackPorts ports = StackPorts.allFree().with(StackPort.KAFKA, taken.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(ports))
                    .isInstanceOfSatisfying(PortInUseException.class, e -> {
                        assertThat(e.port()).isEqualTo(taken.getLocalPort());
                        assertThat(e.which()).isEqualTo(StackPort.KAFKA);
                    })
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already in use, but the Kafka broker needs it");
        }
    }

    @Test
    void detectsListenerOnLoopbackOnly() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThat(PortCheck.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void acceptsFreePorts() {
        assertThatCode(() -> PortCheck.requireFree(StackPorts.allFree())).doesNotThrowAnyException();
    }

    @Test
    void rejectsOnePortConfiguredTwice() {
        StackPorts ports = StackPorts.allFree();
        StackPorts clash = ports.with(StackPort.IMAP, ports.get(StackPort.SMTP));

        assertThatThrownBy(() -> PortCheck.requireFree(clash))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("configured for both the GreenMail SMTP server and the GreenMail IMAP server");
    }

    @Test
    void freePortsAreDistinct() {
        assertThat(StackPorts.allFree().asMap().values()).doesNotHaveDuplicates().hasSize(StackPort.values().length);
    }
}
