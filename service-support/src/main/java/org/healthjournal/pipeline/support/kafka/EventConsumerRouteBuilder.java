package org.healthjournal.pipeline.support.kafka;

import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.Suspendable;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.service.ServiceHelper;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.events.MalformedEventException;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.logging.ArticleLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Base for routes that consume article events from Kafka. It fixes what every consumer must do
 * the same way:
 * <ul>
 *   <li>offsets are committed only after the record was handled (or dead-lettered);</li>
 *   <li>a record that can never succeed (not an event, schema-invalid, an unknown schema version,
 *       or an {@link UnprocessableEventException}) goes to the dead-letter topic at once; if that
 *       write fails, its offset is not committed and it comes back;</li>
 *   <li>any other failure is taken as transient (database, SMTP, Kafka, timeouts): the consumer
 *       is paused — it keeps polling, so the group does not evict it — and the record is tried
 *       again with exponential back-off until it succeeds or has failed for
 *       {@code pipeline.consumer-retry.give-up-after} (10 minutes by default); only then it is
 *       dead-lettered;</li>
 *   <li>event types this consumer does not know are skipped (forward compatibility);</li>
 *   <li>the article id is in the logging context while the event is handled.</li>
 * </ul>
 * Handlers must be idempotent (see {@code ProcessedEvents}): a record is redelivered after a crash.
 */
public abstract class EventConsumerRouteBuilder extends RouteBuilder {

    public static final String DEAD_LETTER_ENDPOINT = "direct:pipeline-dead-letter";
    static final String CONSUMER_PROPERTY = "pipelineConsumer";

    private static final Logger log = LoggerFactory.getLogger(EventConsumerRouteBuilder.class);
    private static final ScheduledExecutorService RESUMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kafka-consumer-resume");
        thread.setDaemon(true);
        return thread;
    });

    private final FailingRecords failing = new FailingRecords();
    private RetryBackOff backOff;

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
                + "&breakOnFirstError=true"
                // a failed poll (broker gone) must not skip anything: Camel's default seeks every
                // partition past what it last saw, which lost an unprocessed record in the fault
                // suite; reconnecting resumes from the committed offsets instead
                + "&pollOnError=RECONNECT";
    }

    /** Declares the error handling; call first in {@link #configure()}. */
    protected void useDeadLetterTopic(String consumerName) {
        PipelineProperties.ConsumerRetry retry = getCamelContext().getRegistry()
                .findSingleByType(PipelineProperties.class).getConsumerRetry();
        backOff = new RetryBackOff(retry.getInitialDelay(), retry.getMaxDelay(), retry.getGiveUpAfter());
        // what is not handled below stays on the exchange: the Kafka consumer then commits nothing
        // for the record and polls it again (breakOnFirstError)
        errorHandler(defaultErrorHandler().maximumRedeliveries(0).logExhausted(false).logStackTrace(false));
        onException(MalformedEventException.class, UnprocessableEventException.class)
                .handled(true)
                .setProperty(CONSUMER_PROPERTY, constant(consumerName))
                .process(exchange -> failing.done(position(exchange)))
                .to(DEAD_LETTER_ENDPOINT);
    }

    /** Starts a route reading events from a topic and handing each known one to {@code handler}. */
    protected RouteDefinition fromEvents(String topicProperty, String groupId, String routeId, EventHandler handler) {
        return from(kafkaTopic(topicProperty, groupId))
                .routeId(routeId)
                // installs FailedRecordRewind on the route's Kafka consumer; the check never stops it
                .pausable(new FailedRecordRewind(), polled -> true)
                .process(exchange -> dispatch(exchange, handler));
    }

    /**
     * {@code consumers} routes reading one topic in one consumer group, each handing its events to
     * {@code handler}: Kafka gives each route some of the topic's partitions (more routes than
     * partitions sit idle), and events with the same key (an article's) reach one route in order.
     * Routes of their own rather than Camel's {@code consumersCount}: the retry machinery pauses and
     * rewinds one route's Kafka consumer, and a route with several consumers shares one rewind
     * listener between them. The first route keeps {@code routeId}; the others get "-2", "-3", …
     */
    protected void fromEvents(String topicProperty, String groupId, String routeId, int consumers,
            EventHandler handler) {
        if (consumers < 1) {
            throw new IllegalArgumentException("route " + routeId + " needs at least one consumer, not " + consumers);
        }
        for (int consumer = 1; consumer <= consumers; consumer++) {
            fromEvents(topicProperty, groupId, routeId(routeId, consumer), handler);
        }
    }

    /** The id of a topic's {@code consumer}-th route (1-based): the first keeps the single route's id. */
    public static String routeId(String routeId, int consumer) {
        return consumer == 1 ? routeId : routeId + "-" + consumer;
    }

    private void dispatch(Exchange exchange, EventHandler handler) throws Exception {
        Optional<ArticleEvent> event = EventCodec.fromJson(exchange.getMessage().getMandatoryBody(byte[].class));
        FailingRecords.Position position = position(exchange);
        if (event.isEmpty()) {
            failing.done(position);
            return;
        }
        try {
            ArticleLogContext.with(event.get().articleId(), () -> {
                handler.handle(event.get());
                return null;
            });
            failing.done(position);
        } catch (MalformedEventException | UnprocessableEventException permanent) {
            throw permanent;
        } catch (Exception transientFailure) {
            retryLater(exchange, position, event.get(), transientFailure);
        }
    }

    private void retryLater(Exchange exchange, FailingRecords.Position position, ArticleEvent event,
            Exception failure) throws Exception {
        Instant now = Instant.now();
        FailingRecords.Failures failures = failing.failed(position, now);
        Optional<Duration> delay = backOff == null ? Optional.empty()
                : backOff.nextDelay(failures.attempts(), failures.firstFailure(), now);
        if (delay.isEmpty()) {
            throw new UnprocessableEventException("gave up after " + failures.attempts() + " attempts over "
                    + Duration.between(failures.firstFailure(), now).toSeconds() + " s: " + failure, failure);
        }
        log.warn("{} {} of article {} failed (attempt {}); pausing the consumer and retrying in {} ms: {}",
                event.eventType(), event.eventId(), event.articleId(), failures.attempts(), delay.get().toMillis(),
                failure.toString());
        pauseConsumer(exchange, delay.get());
        throw failure;
    }

    /**
     * Pauses the route's Kafka consumer rather than sleeping on its thread: a paused consumer
     * keeps polling (and so stays in its group, whatever {@code max.poll.interval.ms} says) and, on
     * resume, seeks back to the last committed offset — the failed record.
     */
    private static void pauseConsumer(Exchange exchange, Duration delay) {
        Route route = exchange.getContext().getRoute(exchange.getFromRouteId());
        Consumer consumer = route == null ? null : route.getConsumer();
        if (!(consumer instanceof Suspendable)) {
            return;
        }
        ServiceHelper.suspendService(consumer);
        RESUMER.schedule(() -> {
            try {
                ServiceHelper.resumeService(consumer);
            } catch (Exception e) {
                log.error("could not resume the Kafka consumer of route {}", route.getRouteId(), e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static FailingRecords.Position position(Exchange exchange) {
        return new FailingRecords.Position(
                exchange.getMessage().getHeader(KafkaConstants.TOPIC, "", String.class),
                exchange.getMessage().getHeader(KafkaConstants.PARTITION, -1, Integer.class),
                exchange.getMessage().getHeader(KafkaConstants.OFFSET, -1L, Long.class));
    }

    /**
     * What a consumer does with one event. Throwing {@link UnprocessableEventException} dead-letters
     * it at once; throwing anything else retries it with back-off.
     */
    @FunctionalInterface
    public interface EventHandler {
        void handle(ArticleEvent event) throws Exception;
    }
}
