package org.healthjournal.pipeline.review.tasks;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerTest {

    @Test
    void medicalReviewersAreStaffWithTheReviewerRole() {
        Reviewer reviewer = Reviewer.of(UsernamePasswordAuthenticationToken.authenticated("drcarol", null,
                AuthorityUtils.createAuthorityList("ROLE_REVIEWER", "ROLE_WRITER")));

        assertThat(reviewer.name()).isEqualTo("drcarol");
        assertThat(reviewer.groups()).containsExactly("medical-reviewers");
    }

    @Test
    void editorsBelongToTheEditorsGroupOnlyAndWritersToNone() {
        Reviewer editor = Reviewer.of(UsernamePasswordAuthenticationToken.authenticated("erin", null,
                AuthorityUtils.createAuthorityList("ROLE_EDITOR", "ROLE_WRITER")));
        Reviewer writer = Reviewer.of(UsernamePasswordAuthenticationToken.authenticated("alice", null,
                AuthorityUtils.createAuthorityList("ROLE_WRITER")));

        assertThat(editor.groups()).containsExactly("editors");
        assertThat(writer.groups()).isEmpty();
    }
}
