package org.healthjournal.pipeline.notifier.feeds;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The feeds as last written, by address: feed readers poll the same few feeds all the time, and
 * each answer would otherwise cost three queries and an XML document.
 *
 * <p>Every change to {@code feed_entry} starts a new <em>generation</em>, when it is made and again
 * once its transaction has committed, and only feeds written in the current generation are served.
 * A feed is tagged with the generation read <em>before</em> it was written, so one written from
 * rows a commit has since changed is never served: a new or updated article is in the feed from
 * the first request after its transaction committed, and a retracted one is gone.
 */
@Component
class RenderedFeeds {

    /** Addresses kept at most (two feeds of each category and the two main ones); past it all start afresh. */
    static final int MAX_FEEDS = 1000;

    private record Rendered(ResponseEntity<String> answer, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Rendered> feeds = new ConcurrentHashMap<>();

    /** The feed at {@code path} written in the current generation, writing it now if there is none. */
    ResponseEntity<String> of(String path, Supplier<ResponseEntity<String>> write) {
        long current = generation.get();
        Rendered kept = feeds.get(path);
        if (kept != null && kept.generation() == current) {
            return kept.answer();
        }
        ResponseEntity<String> answer = write.get();
        if (feeds.size() >= MAX_FEEDS) {
            feeds.clear();
        }
        feeds.put(path, new Rendered(answer, current));
        return answer;
    }

    /**
     * Called by whatever changes {@code feed_entry}: forgets every feed now and, inside a
     * transaction, once more after it completes.
     */
    void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        generation.incrementAndGet();
        feeds.clear();
    }
}
