package org.healthjournal.pipeline.notifier.subscriptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void trimsAndLowerCasesTheDomainOnly() {
        assertThat(EmailAddresses.normalise("  Jane.Doe@Example.ORG \n")).isEqualTo("Jane.Doe@example.org");
    }

    @Test
    void usesTheLastAtSignToFindTheDomain() {
        assertThat(EmailAddresses.normalise("\"a@b\"@Mail.Example.com")).isEqualTo("\"a@b\"@mail.example.com");
    }
}
