package org.healthjournal.pipeline.support.kafka;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.healthjournal.pipeline.events.EventHeaders;

import java.nio.charset.StandardCharsets;

/**
 * Where events that could not be processed go: the dead-letter topic, with the original record
 * value and key, the error, the original topic and the consumer that gave up.
 */
public class DeadLetterRoute extends RouteBuilder {

    @Override
    public void configure() {
        from(EventConsumerRouteBuilder.DEAD_LETTER_ENDPOINT)
                .routeId("dead-letter")
                .process(this::describeFailure)
                .log(LoggingLevel.ERROR, "dead-lettering record from ${exchangeProperty.dlqOriginalTopic}: ${exchangeProperty.dlqError}")
                .to("kafka:{{pipeline.topics.dead-letter}}");
    }

    private void describeFailure(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String message = error == null ? "unknown" : error.getClass().getSimpleName() + ": " + error.getMessage();
        String topic = exchange.getMessage().getHeader(KafkaConstants.TOPIC, String.class);
        Object key = exchange.getMessage().getHeader(KafkaConstants.KEY);
        String consumer = exchange.getProperty(EventConsumerRouteBuilder.CONSUMER_PROPERTY, String.class);
        exchange.getMessage().removeHeaders("kafka.*");
        if (key != null) {
            exchange.getMessage().setHeader(KafkaConstants.KEY, key.toString());
        }
        // for the log line only: exchange properties, unlike headers, do not travel to Kafka
        exchange.setProperty("dlqOriginalTopic", topic);
        exchange.setProperty("dlqError", message);
        exchange.getMessage().setHeader(EventHeaders.DLQ_ERROR, bytes(message));
        exchange.getMessage().setHeader(EventHeaders.DLQ_ORIGINAL_TOPIC, bytes(topic));
        exchange.getMessage().setHeader(EventHeaders.DLQ_CONSUMER, bytes(consumer));
    }

    private static byte[] bytes(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }
}
