package org.healthjournal.pipeline.bench.stages.publisher;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The publisher row's floor: bare commonmark-java (the version content renders with, no
 * extensions, no sanitising, nothing stored) rendering the same Markdown bodies from as many
 * threads as publisher consumes with.
 */
final class CommonmarkFloor {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().build();

    /** Renders every body once; returns the total length of the HTML (so no render is optimised away). */
    long renderAll(List<String> bodies, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long length = 0;
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        length += renderer.render(parser.parse(bodies.get(i))).length();
                    }
                    return length;
                }));
            }
            long length = 0;
            for (Future<Long> worker : workers) {
                length += worker.get();
            }
            return length;
        } finally {
            pool.shutdownNow();
        }
    }
}
