package org.healthjournal.pipeline.support.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.MalformedEventException;
import org.healthjournal.pipeline.support.logging.ArticleLogContext;

import java.util.Optional;

/**
 * Base for routes that consume article events from Kafka. It fixes what every consumer must do
 * the same way:
 * <ul>
 *   <li>offsets are committed only after the record was handled (or dead-lettered);</li>
 *   <li>a failing record is retried with back-off, then sent to the dead-letter topic so it never
 *       stalls its partition; a record that is not an event at all goes there at once;</li>
 *   <li>event types this consumer does not know are skipped (forward compatibility);</li>
 *   <li>the article id is in the logging context while the event is handled.</li>
 * </ul>
 * Handlers must be idempotent (see {@code ProcessedEvents}): a record is redelivered after a crash.
 */
public abstract class EventConsumerRouteBuilder extends RouteBuilder {

    public static final String DEAD_LETTER_ENDPOINT = "direct:pipeline-dead-letter";
    static final String CONSUMER_PROPERTY = "pipelineConsumer";

    /**
     * A Kafka consumer endpoint on a topic placeholder such as {@code pipeline.topics.drafts},
     * in the consumer group named by {@code groupId}.
     */
    protected static String kafkaTopic(String topicProperty, String groupId) {
        return "kafka:{{" + topicProperty + "}}"
                + "?groupId=" + groupId
                + "&autoCommitEnable=false"
                + "&allowManualCommit=true"
                + "&kafkaManualCommitFactory=#class:org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommitFactory"
                + "&breakOnFirstError=true";
    }

    /** Declares the error handling; call first in {@link #configure()}. */
    protected void useDeadLetterTopic(String consumerName) {
        onException(MalformedEventException.class)
                .handled(true)
                .maximumRedeliveries(0)
                .setProperty(CONSUMER_PROPERTY, constant(consumerName))
                .to(DEAD_LETTER_ENDPOINT);
        errorHandler(deadLetterChannel(DEAD_LETTER_ENDPOINT)
                .useOriginalMessage()
                .maximumRedeliveries(3)
                .redeliveryDelay(200)
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN)
                .onPrepareFailure(exchange -> exchange.setProperty(CONSUMER_PROPERTY, consumerName)));
    }

    /** Starts a route reading events from a topic and handing each known one to {@code handler}. */
    protected RouteDefinition fromEvents(String topicProperty, String groupId, String routeId, EventHandler handler) {
        return from(kafkaTopic(topicProperty, groupId))
                .routeId(routeId)
                .process(exchange -> dispatch(exchange, handler));
    }

    private static void dispatch(Exchange exchange, EventHandler handler) throws Exception {
        Optional<ArticleEvent> event = EventCodec.fromJson(exchange.getMessage().getMandatoryBody(byte[].class));
        if (event.isEmpty()) {
            return;
        }
        ArticleLogContext.with(event.get().articleId(), () -> {
            handler.handle(event.get());
            return null;
        });
    }

    /** What a consumer does with one event; throwing makes the route retry, then dead-letter it. */
    @FunctionalInterface
    public interface EventHandler {
        void handle(ArticleEvent event) throws Exception;
    }
}
