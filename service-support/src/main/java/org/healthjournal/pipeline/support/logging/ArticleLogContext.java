package org.healthjournal.pipeline.support.logging;

import org.slf4j.MDC;

/** Puts the article id in the logging context (MDC key {@code articleId}) while work on that article runs. */
public final class ArticleLogContext {

    public static final String KEY = "articleId";

    private ArticleLogContext() {
    }

    public static <T, E extends Exception> T with(String articleId, Work<T, E> work) throws E {
        MDC.put(KEY, articleId);
        try {
            return work.run();
        } finally {
            MDC.remove(KEY);
        }
    }

    /** Work that may throw what its caller throws. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }
}
