package org.healthjournal.pipeline.notifier.subscriptions;

import org.healthjournal.pipeline.notifier.AbstractNotifierIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal links' tokens of a whole sender batch, issued at once. */
class MailTokensIT extends AbstractNotifierIT {

    @Autowired
    private SubscriberTokens tokens;

    @Test
    void aBatchOfMailTokensHasOneDistinctTokenPerSubscriberEachLeadingToItsOwnSubscriber() {
        List<String> subscriberIds = Stream.of("batch-a", "batch-b", "batch-c")
                .map(AbstractNotifierIT::uniqueAddress)
                .map(email -> {
                    confirmedSubscriber(email);
                    return jdbcTemplate.queryForObject("select id from subscriber where email = ?", String.class,
                            email);
                })
                .toList();
        Instant now = Instant.now();

        List<String> issued = tokens.issueAll(subscriberIds, TokenPurpose.MAIL, now, now.plus(Duration.ofDays(30)));

        assertThat(issued).hasSize(3).doesNotHaveDuplicates();
        for (int i = 0; i < issued.size(); i++) {
            assertThat(tokens.find(issued.get(i), TokenPurpose.MAIL)).map(IssuedToken::subscriberId)
                    .contains(subscriberIds.get(i));
            assertThat(tokens.find(issued.get(i), TokenPurpose.CONFIRM)).isEmpty();
        }
        assertThat(tokens.issueAll(List.of(), TokenPurpose.MAIL, now, now.plus(Duration.ofDays(30)))).isEmpty();
    }
}
