package org.healthjournal.pipeline.notifier.delivery;

import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The senders: {@code pipeline.notifier.sender.connections} threads, each leasing a batch of due
 * delivery rows and sending it over its own SMTP connection — kept open from batch to batch while
 * there is work, closed when the sender runs out of it — until stopped. They pick up whatever
 * is pending — after a restart too — poll every {@code poll-interval}, and wake at once when the
 * consumer commits a new announcement ({@link DeliveryWakeUp}).
 *
 * <p>Stopping lets each sender finish the mail it is sending, then gives the rest of its batch
 * back untried. A sender that dies instead leaves its lease to run out; then any instance's
 * recovery frees the rows (see {@link Deliveries#recoverExpiredLeases}).
 */
@Component
public class SenderPool implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SenderPool.class);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);

    private final Deliveries deliveries;
    private final Announcements announcements;
    private final ArticleMailSender sender;
    private final DeliveryWakeUp wakeUp;
    private final NotifierProperties.Sender settings;
    private final BackOff connectionBackOff;
    /** Leases of one instance are taken one at a time: its senders need not race each other for rows. */
    private final ReentrantLock leasing = new ReentrantLock();
    private final Object stopSignal = new Object();
    private final String instance;
    private volatile Instant lastRecovery = Instant.EPOCH;
    private volatile boolean running;
    private List<Thread> threads = List.of();

    public SenderPool(Deliveries deliveries, Announcements announcements, ArticleMailSender sender,
            DeliveryWakeUp wakeUp, NotifierProperties properties) {
        this.deliveries = deliveries;
        this.announcements = announcements;
        this.sender = sender;
        this.wakeUp = wakeUp;
        this.settings = properties.sender();
        this.connectionBackOff = new BackOff(settings.initialBackOff(), settings.maxBackOff());
        // pid@host, to tell instances apart in the ledger (lease_owner holds at most 100 characters)
        String process = ManagementFactory.getRuntimeMXBean().getName();
        this.instance = process.substring(0, Math.min(process.length(), 50)) + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        List<Thread> started = new ArrayList<>();
        for (int i = 1; i <= settings.connections(); i++) {
            Thread thread = new Thread(this::work, "article-mail-sender-" + i);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        threads = started;
        log.info("{} article mail senders started (instance {})", started.size(), instance);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.signal();
        synchronized (stopSignal) {
            stopSignal.notifyAll();
        }
        for (Thread thread : threads) {
            try {
                thread.join(JOIN_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                log.warn("{} did not stop in {}; its lease will run out", thread.getName(), JOIN_TIMEOUT);
            }
        }
        threads = List.of();
        log.info("article mail senders stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        try (SenderConnection connection = sender.connection()) {
            work(connection);
        }
    }

    /** @param connection this sender's SMTP connection: kept from batch to batch, closed when there is no work */
    private void work(SenderConnection connection) {
        int connectionFailures = 0;
        while (running) {
            long seen = wakeUp.generation();
            try {
                LeasedBatch batch = lease();
                if (batch.isEmpty()) {
                    connection.close();
                    wakeUp.await(seen, settings.pollInterval());
                    continue;
                }
                ArticleMailSender.Result result = sender.send(batch, () -> !running, connection);
                if (result == ArticleMailSender.Result.CONNECTION_FAILED) {
                    // the rows wait out their own back-off; the sender too, rather than burn
                    // through every other due row against a server that is down
                    pause(connectionBackOff.after(++connectionFailures));
                } else if (result == ArticleMailSender.Result.DONE) {
                    connectionFailures = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("article mail sender failed; trying again in {}", settings.pollInterval(), e);
                try {
                    pause(settings.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private LeasedBatch lease() {
        leasing.lock();
        try {
            Instant now = Instant.now();
            // housekeeping at most once per poll interval per instance
            if (now.isAfter(lastRecovery.plus(settings.pollInterval()))) {
                lastRecovery = now;
                int expired = deliveries.recoverExpiredLeases(now);
                if (expired > 0) {
                    log.warn("{} leases ran out (their sender died mid-batch): the rows are free again, and the"
                            + " one mail of each whose answer may be unrecorded goes out again, marked uncertain",
                            expired);
                }
                announcements.completeAllDone(now);
            }
            String owner = instance + "/" + UUID.randomUUID();
            return deliveries.lease(owner, settings.batchSize(), now, now.plus(settings.lease()));
        } finally {
            leasing.unlock();
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (stopSignal) {
            long left;
            while (running && (left = deadline - System.nanoTime()) > 0) {
                stopSignal.wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
