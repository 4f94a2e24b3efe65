package org.healthjournal.pipeline.bench.stages.readers;

import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Numbers;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.bench.load.LoadDriver;
import org.healthjournal.pipeline.bench.load.LoadResult;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Readers: requests per second for an article page, the index and {@code /feed.xml}, each beside
 * the site's stylesheet (a static file) fetched from the same server by the same clients in the
 * same repetition. The notifier, which serves the feed, has no stylesheet or other static file,
 * so the feed's floor is the publisher's stylesheet.
 */
public final class ReadersStage implements Stage {

    static final String STAGE = "readers";
    static final String STYLESHEET = "/css/site.css";
    /** The notifier's own static file (its pages' stylesheet, shared by every service's staff pages). */
    static final String NOTIFIER_STYLESHEET = "/staff-assets/staff.css";
    private static final int FULL_ARTICLES = 3;
    private static final int SMOKE_ARTICLES = 1;

    /** One path the readers fetch and the floor measured beside it. */
    record Page(String label, URI url, URI floorUrl, String floorLabel) {
    }

    @Override
    public String name() {
        return "readers";
    }

    @Override
    public List<Row> run(BenchContext context) throws IOException {
        int articles = context.options().smoke() ? SMOKE_ARTICLES : FULL_ARTICLES;
        context.progress("readers: publishing %d article(s) in %s", articles, AgeingArticles.CATEGORY);
        List<String> slugs = new AgeingArticles(context.stack())
                .publish(articles, UUID.randomUUID().toString().substring(0, 8));
        String publisher = context.stack().publisherUrl();
        URI stylesheet = URI.create(publisher + STYLESHEET);
        List<Page> pages = List.of(
                new Page("article page /articles/{slug}", URI.create(publisher + "/articles/" + slugs.get(0)),
                        stylesheet, "the site's stylesheet " + STYLESHEET + " from the same server, same clients"),
                new Page("index /", URI.create(publisher + "/"), stylesheet,
                        "the site's stylesheet " + STYLESHEET + " from the same server, same clients"),
                new Page("/feed.xml", URI.create(context.stack().notifierUrl() + "/feed.xml"),
                        URI.create(context.stack().notifierUrl() + NOTIFIER_STYLESHEET),
                        "the notifier's stylesheet " + NOTIFIER_STYLESHEET + " from the same server, same clients"));
        int requests = context.options().requestsPerRun();
        int clients = context.options().clients();
        LoadDriver driver = new LoadDriver();
        int warmUp = Math.max(clients, requests / 10);
        for (Page page : pages) {
            fetch(driver, page.url(), warmUp, clients);
            fetch(driver, page.floorUrl(), warmUp, clients);
        }
        List<List<Double>> pipeline = new ArrayList<>();
        List<List<Double>> floor = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        pages.forEach(page -> {
            pipeline.add(new ArrayList<>());
            floor.add(new ArrayList<>());
            notes.add(new ArrayList<>());
        });
        for (int repetition = 1; repetition <= context.options().repetitions(); repetition++) {
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                LoadResult served = fetch(driver, page.url(), requests, clients);
                LoadResult css = fetch(driver, page.floorUrl(), requests, clients);
                pipeline.get(p).add(served.requestsPerSecond());
                floor.get(p).add(css.requestsPerSecond());
                notes.get(p).add("repetition " + repetition + ": page " + served.summary() + "; stylesheet "
                        + css.summary());
                context.progress("readers %d: %s %s/s, stylesheet %s/s", repetition, page.label(),
                        Numbers.format(served.requestsPerSecond()), Numbers.format(css.requestsPerSecond()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            List<String> rowNotes = new ArrayList<>();
            rowNotes.add(requests + " GETs per repetition over " + clients + " clients on kept-alive connections, every"
                    + " answer 200 (checked); after an unmeasured warm-up of " + warmUp);
            rowNotes.add(articles + " article(s) in " + AgeingArticles.CATEGORY + " published for this stage through"
                    + " the pipeline (alice submits, drbob approves)");
            if (p == 0) {
                rowNotes.add("the article: /articles/" + slugs.get(0));
            }
            rowNotes.addAll(notes.get(p));
            rows.add(new Row(STAGE, page.label() + " requests/s, " + clients + " clients",
                    new Figure("requests/s", pipeline.get(p)), page.floorLabel(),
                    new Figure("requests/s", floor.get(p)), Target.ratioAtLeast(0.5), rowNotes));
        }
        return rows;
    }

    /** @throws IllegalStateException unless every request was answered 200 */
    private static LoadResult fetch(LoadDriver driver, URI url, int requests, int clients) {
        LoadResult result = driver.run(requests, clients, index -> HttpRequest.newBuilder(url).GET().build())
                .requireNoServerErrors("GET " + url);
        if (!result.allAnsweredWith(200)) {
            throw new IllegalStateException("GET " + url + " did not answer 200 every time: " + result.describeStatuses());
        }
        return result;
    }
}
