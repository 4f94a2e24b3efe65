package org.healthjournal.pipeline.publisher.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.healthjournal.pipeline.publisher.articles.ArticleLeftTheLists;
import org.healthjournal.pipeline.publisher.articles.ArticleScheduledForLater;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public pages (and the site's static files) as they were last rendered, by address, so that
 * readers are served from memory instead of rendering the same page from the database on every
 * request.
 *
 * <p>Any publication, update, re-review, retraction or scheduling starts a new <em>generation</em>
 * once its transaction committed, and only copies rendered in the current generation are served.
 * A copy is tagged with the generation read <em>before</em> its page was rendered: a page rendered
 * from data that a commit made stale belongs to the older generation and is never served, so a new
 * article is on the index from the first request after its publication committed, and a
 * retracted one is gone.
 */
@Component
public class PublicPages {

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, CachedResponse> copies;

    PublicPages(PageCacheProperties properties) {
        this.copies = Caffeine.newBuilder()
                .maximumSize(properties.maxEntries())
                .expireAfterWrite(properties.timeToLive())
                .build();
    }

    /** Read before rendering a page; see {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /** The copy of the page at {@code path} rendered in the current generation, if there is one. */
    Optional<CachedResponse> copyOf(String path) {
        CachedResponse copy = copies.getIfPresent(path);
        return copy != null && copy.generation() == generation.get() ? Optional.of(copy) : Optional.empty();
    }

    /** Keeps a copy; one rendered in an earlier generation than the current one is dropped. */
    void keep(String path, CachedResponse copy) {
        if (copy.generation() == generation.get()) {
            copies.put(path, copy);
        }
    }

    /** Forgets every copy: the next request for any page renders it again. */
    public void changed() {
        generation.incrementAndGet();
        copies.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void wentLive(ArticleWentLive event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void leftTheLists(ArticleLeftTheLists event) {
        changed();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void scheduled(ArticleScheduledForLater event) {
        changed();
    }
}
