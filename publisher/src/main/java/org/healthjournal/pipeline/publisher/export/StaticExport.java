package org.healthjournal.pipeline.publisher.export;

import jakarta.annotation.PreDestroy;
import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleLeftTheLists;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.publisher.site.NotFoundPage;
import org.healthjournal.pipeline.publisher.site.RenderablePage;
import org.healthjournal.pipeline.publisher.site.SiteList;
import org.healthjournal.pipeline.publisher.site.SitePages;
import org.healthjournal.pipeline.publisher.sitemap.Sitemap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Writes the site as static files ({@code pipeline.publisher.export.dir}) that any static host can
 * serve: {@code /articles/{slug}} is {@code articles/{slug}/index.html}, list pages likewise,
 * plus {@code 404.html}, {@code sitemap.xml}, {@code robots.txt} and the stylesheet. Search is
 * the one thing a static host cannot do: its form still goes to {@code /search}.
 *
 * <p>A full rebuild renders every page from the store into a fresh directory and then swaps it
 * in, so readers never see a half-built site and pages of vanished lists disappear; article pages
 * are rendered on every core. After a publication commits, its page is rewritten at once and its
 * lists shortly after, coalesced with the publications that follow (each list once, however many
 * of them it gained); each file is replaced atomically.
 */
@Component
public class StaticExport {

    private static final Logger log = LoggerFactory.getLogger(StaticExport.class);

    private final ExportProperties properties;
    private final ArticleStore articles;
    private final SitePages pages;
    private final NotFoundPage notFound;
    private final Sitemap sitemap;
    private final PublisherProperties site;
    private final FileRenderer renderer = new FileRenderer();
    /** Article pages to write, the newest version of each by article id; guarded by itself. */
    private final Map<String, PublishedArticle> pendingPages = new LinkedHashMap<>();
    private boolean pagesScheduled;
    /** Writes scheduled or running: zero when the export has caught up with the store. */
    private final AtomicInteger busy = new AtomicInteger();
    private final ExecutorService pageWriter = Executors.newSingleThreadExecutor(daemon("static-export-pages"));
    /** Lists changed since they were last written; guarded by itself. */
    private final Set<SiteList> pendingLists = new LinkedHashSet<>();
    private boolean listsScheduled;
    private long listsNotBefore;
    /**
     * Pages and lists are written under the read lock (each file on its own, atomically); a
     * rebuild swaps the whole directory under the write lock.
     */
    private final ReadWriteLock directory = new ReentrantReadWriteLock();
    private final ScheduledExecutorService listWriter =
            Executors.newSingleThreadScheduledExecutor(daemon("static-export-lists"));
    /** Writes a rebuild's lists while the rebuilding thread writes its article pages. */
    private final ExecutorService rebuildLists = Executors.newSingleThreadExecutor(daemon("static-export-rebuild"));

    public StaticExport(ExportProperties properties, ArticleStore articles, SitePages pages, NotFoundPage notFound,
            Sitemap sitemap, PublisherProperties site) {
        this.properties = properties;
        this.articles = articles;
        this.pages = pages;
        this.notFound = notFound;
        this.sitemap = sitemap;
        this.site = site;
    }

    public boolean enabled() {
        return properties.directory().isPresent();
    }

    /** At start-up the export is made to match the store (and the templates of this release). */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildAtStartUp() {
        if (enabled()) {
            try {
                rebuild();
            } catch (RuntimeException e) {
                // the live site does not depend on the export: serve it, and say so loudly
                log.error("static export could not be rebuilt at start-up", e);
            }
        }
    }

    /** Re-renders every page from the store; returns how many files were written. */
    public int rebuild() {
        Path target = properties.directory().orElseThrow(() -> new IllegalStateException("no export directory"));
        directory.writeLock().lock();
        try {
            Files.createDirectories(target.getParent());
            Path building = Files.createTempDirectory(target.getParent(), target.getFileName() + ".building-");
            int files = writeEverything(building);
            swap(building, target);
            log.info("static export rebuilt: {} files in {}", files, target);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the static export in " + target, e);
        } finally {
            directory.writeLock().unlock();
        }
    }

    /**
     * After a publication commits, its page is written at once (on the export's own thread, so
     * that the publisher's consumer goes on with the next event); its lists and the sitemap follow
     * {@code list-delay} later, shared with every publication that arrives meanwhile (see
     * {@link ExportProperties#listDelay()}).
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void wentLive(ArticleWentLive event) {
        Set<SiteList> lists = new LinkedHashSet<>(SiteList.of(event.article()));
        if (event.previous() != null) {
            lists.addAll(SiteList.of(event.previous()));
        }
        pageChanged(event.article(), lists);
    }

    /**
     * A retracted page keeps its address (now with the notice) and leaves its lists, which may
     * then end a page earlier or vanish (a category with no other article).
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void leftTheLists(ArticleLeftTheLists event) {
        pageChanged(event.article(), SiteList.of(event.article()));
    }

    private void pageChanged(PublishedArticle article, Set<SiteList> lists) {
        Optional<Path> target = properties.directory();
        if (target.isEmpty()) {
            return;
        }
        if (!Files.isDirectory(target.get())) {
            try {
                // nothing exported yet (first start failed?): the whole site, not a lone page
                rebuild();
            } catch (RuntimeException e) {
                log.error("cannot export article {} v{}", article.articleId(), article.version(), e);
            }
            return;
        }
        // lists first: once the page is written, its lists are already counted as pending (status())
        listsChanged(lists);
        synchronized (pendingPages) {
            pendingPages.put(article.articleId(), article);
            if (!pagesScheduled) {
                pagesScheduled = true;
                busy.incrementAndGet();
                pageWriter.execute(this::writePendingPages);
            }
        }
    }

    /** Writes the article pages changed since the last time; runs on the page writer's thread. */
    void writePendingPages() {
        List<PublishedArticle> changed;
        synchronized (pendingPages) {
            changed = new ArrayList<>(pendingPages.values());
            pendingPages.clear();
            pagesScheduled = false;
        }
        Optional<Path> target = properties.directory();
        directory.readLock().lock();
        try {
            for (PublishedArticle article : changed) {
                try {
                    write(target.orElseThrow(), pages.article(article));
                    log.debug("static export: article {} v{} written", article.articleId(), article.version());
                } catch (IOException | RuntimeException e) {
                    // the page is live on the site; the export catches up at the next rebuild
                    log.error("cannot export article {} v{}", article.articleId(), article.version(), e);
                }
            }
        } finally {
            directory.readLock().unlock();
            busy.decrementAndGet();
        }
    }

    /** What the export still has to write: for staff and tools (the benchmark waits for it). */
    public ExportStatus status() {
        int waitingPages;
        int waitingLists;
        synchronized (pendingPages) {
            waitingPages = pendingPages.size();
        }
        synchronized (pendingLists) {
            waitingLists = pendingLists.size();
        }
        return new ExportStatus(enabled(), waitingPages, waitingLists, busy.get() == 0 && waitingPages == 0
                && waitingLists == 0);
    }

    private void listsChanged(Set<SiteList> lists) {
        synchronized (pendingLists) {
            pendingLists.addAll(lists);
            if (!listsScheduled) {
                listsScheduled = true;
                busy.incrementAndGet();
                long delay = Math.max(properties.listDelay().toMillis(), listsNotBefore - System.currentTimeMillis());
                listWriter.schedule(this::writePendingLists, delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Writes the lists changed since the last time, and the sitemap; runs on the list writer's thread. */
    void writePendingLists() {
        List<SiteList> lists;
        synchronized (pendingLists) {
            lists = new ArrayList<>(pendingLists);
            pendingLists.clear();
            listsScheduled = false;
        }
        Optional<Path> target = properties.directory();
        if (lists.isEmpty() || target.isEmpty()) {
            busy.decrementAndGet();
            return;
        }
        long start = System.currentTimeMillis();
        directory.readLock().lock();
        try {
            for (SiteList list : lists) {
                writeList(target.get(), list);
            }
            writeSiteFiles(target.get());
            log.info("static export: {} list(s) and the sitemap written", lists.size());
        } catch (IOException | RuntimeException e) {
            log.error("cannot export the lists {}; the next rebuild writes them", lists, e);
        } finally {
            directory.readLock().unlock();
            // on a big site during a burst of publications, writing the lists takes a while: leave the
            // publications at least twice that time before the next round, so the lists never take more
            // than a third of the machine from them (the lists then lag by a few seconds, no more)
            long took = System.currentTimeMillis() - start;
            synchronized (pendingLists) {
                listsNotBefore = System.currentTimeMillis() + 2 * took;
            }
            busy.decrementAndGet();
        }
    }

    @PreDestroy
    void stopWriters() {
        pageWriter.shutdownNow();
        listWriter.shutdownNow();
        rebuildLists.shutdownNow();
    }

    private int writeEverything(Path dir) throws IOException {
        List<PublishedArticle> all = articles.all();
        Map<String, PublishedArticle> byId = new HashMap<>(all.size() * 2);
        all.forEach(article -> byId.put(article.articleId(), article));
        // the lists (each one narrow query, then its pages) and the site's files (the sitemap reads
        // the store again) are written on a thread of their own while the article pages are
        // rendered here and on the common pool: their queries would otherwise leave a core idle
        Future<Integer> listFiles = rebuildLists.submit(() -> writeAllLists(dir, byId) + writeSiteFiles(dir));
        try {
            // article pages are independent of each other: render and write them on every core
            writeAll(dir, all.parallelStream().map(pages::article));
        } catch (IOException | RuntimeException e) {
            // never leave the lists writing into the directory after the rebuild failed
            awaitQuietly(listFiles);
            throw e;
        }
        return all.size() + finished(listFiles);
    }

    private int writeAllLists(Path dir, Map<String, PublishedArticle> articlesById) throws IOException {
        List<SiteList> lists = new ArrayList<>();
        lists.add(SiteList.INDEX);
        articles.categories().forEach(topic -> lists.add(SiteList.category(topic.slug())));
        articles.tags().forEach(topic -> lists.add(SiteList.tag(topic.slug())));
        articles.authors().forEach(topic -> lists.add(SiteList.author(topic.slug())));
        int files = 0;
        for (SiteList list : lists) {
            List<RenderablePage> listPages = pages.allPages(list, articlesById);
            writeAll(dir, listPages.parallelStream());
            files += listPages.size();
        }
        return files;
    }

    private static int finished(Future<Integer> files) throws IOException {
        try {
            return files.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the lists were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void awaitQuietly(Future<?> task) {
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeAll(Path dir, Stream<RenderablePage> pagesToWrite) throws IOException {
        try {
            pagesToWrite.forEach(page -> {
                try {
                    // a rebuild writes into a directory no reader sees before the swap: no temporary files
                    Path file = fileFor(dir, page.path());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, renderer.render(page), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Every page of one list; pages past its new end are removed (a list a retraction or update
     * shortened), and a list that no longer exists goes altogether.
     */
    private void writeList(Path dir, SiteList list) throws IOException {
        List<RenderablePage> listPages = pages.allPages(list);
        Path listDir = list.kind() == SiteList.Kind.INDEX ? dir : fileFor(dir, list.path()).getParent();
        if (listPages.isEmpty()) {
            FileSystemUtils.deleteRecursively(listDir);
            return;
        }
        for (RenderablePage page : listPages) {
            write(dir, page);
        }
        Path numbered = listDir.resolve("page");
        if (Files.isDirectory(numbered)) {
            try (Stream<Path> pageDirs = Files.list(numbered)) {
                for (Path pageDir : pageDirs.toList()) {
                    String name = pageDir.getFileName().toString();
                    if (name.matches("\\d{1,9}") && Integer.parseInt(name) > listPages.size()) {
                        FileSystemUtils.deleteRecursively(pageDir);
                    }
                }
            }
        }
    }

    private int writeSiteFiles(Path dir) throws IOException {
        Map<String, Object> notFoundModel = notFound.view().getModel();
        writeFile(dir.resolve("404.html"), renderer.render(new RenderablePage("/404.html", "not-found",
                notFoundModel)));
        writeFile(dir.resolve("sitemap.xml"), sitemap.xml());
        writeFile(dir.resolve("robots.txt"), robots());
        try (InputStream css = new ClassPathResource("static/css/site.css").getInputStream()) {
            writeFile(dir.resolve("css/site.css"), new String(css.readAllBytes(), StandardCharsets.UTF_8));
        }
        return 4;
    }

    private String robots() {
        return "User-agent: *\nDisallow: /api/\nDisallow: /search\n\nSitemap: " + site.url("/sitemap.xml") + "\n";
    }

    private void write(Path dir, RenderablePage page) throws IOException {
        writeFile(fileFor(dir, page.path()), renderer.render(page));
    }

    /** "/" → index.html, "/articles/x" → articles/x/index.html, "/tags/x/page/2" → tags/x/page/2/index.html. */
    static Path fileFor(Path dir, String path) {
        String relative = path.replaceAll("^/+", "");
        if (relative.contains("..") || relative.contains("?") || relative.contains("\\")) {
            throw new IllegalArgumentException("not an exportable path: " + path);
        }
        return (relative.isEmpty() ? dir : dir.resolve(relative)).resolve("index.html");
    }

    /** Write then rename, so a static host never serves half a file. */
    private static void writeFile(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), ".", ".partial");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void swap(Path building, Path target) throws IOException {
        Path old = target.resolveSibling(target.getFileName() + ".old");
        FileSystemUtils.deleteRecursively(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        FileSystemUtils.deleteRecursively(old);
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The export's files, for tests and tools. */
    List<Path> files() throws IOException {
        Path dir = properties.directory().orElseThrow();
        try (var walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
