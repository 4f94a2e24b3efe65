package org.healthjournal.pipeline.notifier.subscriptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void trimsAndLowerCasesTheDomainButKeepsTheLocalPartAsTypedForSending() {
        assertThat(EmailAddresses.normalise("  Jane.Doe@Example.ORG \n")).isEqualTo("Jane.Doe@example.org");
    }

    @Test
    void usesTheLastAtSignToFindTheDomain() {
        assertThat(EmailAddresses.normalise("\"a@b\"@Mail.Example.com")).isEqualTo("\"a@b\"@mail.example.com");
    }

    @Test
    void encodesAnInternationalDomainAsIdnSoBothSpellingsAreOne() {
        assertThat(EmailAddresses.normalise("leser@Bücher.example")).isEqualTo("leser@xn--bcher-kva.example");
        assertThat(EmailAddresses.key("Leser@BÜCHER.example")).isEqualTo(EmailAddresses.key("leser@xn--bcher-kva.example"));
    }

    @Test
    void comparesTheLocalPartCaseInsensitively() {
        assertThat(EmailAddresses.key("Reader@Example.org")).isEqualTo(EmailAddresses.key("reader@example.org"))
                .isEqualTo("reader@example.org");
    }
}
