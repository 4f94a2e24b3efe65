package org.healthjournal.pipeline.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirewallCharactersTest {

    @Test
    void everyCodePointIsJudgedAsSpringSecuritysOwnRulesJudgeIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + new String(Character.toChars(codePoint)) + "z";
            assertThat(FirewallCharacters.assignedAndNotControl(text))
                    .as("header name with U+%04X", codePoint)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(FirewallCharacters.assignedAndNotControlOrTab(text))
                    .as("header value with U+%04X", codePoint)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
    }

    @Test
    void aTabIsAllowedInHeaderValuesOnlyAndALoneSurrogateAsSpringAllowsIt() {
        assertThat(FirewallCharacters.assignedAndNotControlOrTab("Basic\tYWxpY2U6YWxpY2U=")).isTrue();
        assertThat(FirewallCharacters.assignedAndNotControl("X-Name\t")).isFalse();
        assertThat(FirewallCharacters.assignedAndNotControl("line\r\nInjected: yes")).isFalse();
        String loneSurrogate = "x\uD800y";
        assertThat(FirewallCharacters.assignedAndNotControl(loneSurrogate))
                .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(loneSurrogate));
        assertThat(FirewallCharacters.assignedAndNotControl("")).isTrue();
    }

    @Test
    void theFirewallUsesTheseRules() {
        StrictHttpFirewall firewall = FirewallCharacters.strictFirewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/drafts");
        request.addHeader("X-Note", "bad\u0007bell");
        FirewalledRequest firewalled = firewall.getFirewalledRequest(request);
        assertThatThrownBy(() -> firewalled.getHeader("X-Note"))
                .isInstanceOf(RequestRejectedException.class);
    }
}
