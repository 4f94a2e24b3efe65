package org.healthjournal.pipeline.publisher.export;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleLeftTheLists;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.publisher.articles.Topic;
import org.healthjournal.pipeline.publisher.site.NotFoundPage;
import org.healthjournal.pipeline.publisher.site.RenderablePage;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Writes the site as static files ({@code pipeline.publisher.export.dir}) that any static host can
 * serve: {@code /articles/{slug}} is {@code articles/{slug}/index.html}, list pages likewise,
 * plus {@code 404.html}, {@code sitemap.xml}, {@code robots.txt} and the stylesheet. Search is
 * the one thing a static host cannot do: its form still goes to {@code /search}.
 *
 * <p>A full rebuild renders every page from the store into a fresh directory and then swaps it
 * in, so readers never see a half-built site and pages of vanished lists disappear. After a
 * publication commits, only the pages it touches are rewritten, each file replaced atomically.
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
    public synchronized int rebuild() {
        Path target = properties.directory().orElseThrow(() -> new IllegalStateException("no export directory"));
        try {
            Files.createDirectories(target.getParent());
            Path building = Files.createTempDirectory(target.getParent(), target.getFileName() + ".building-");
            int files = writeEverything(building);
            swap(building, target);
            log.info("static export rebuilt: {} files in {}", files, target);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the static export in " + target, e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void wentLive(ArticleWentLive event) {
        Optional<Path> target = properties.directory();
        if (target.isEmpty()) {
            return;
        }
        PublishedArticle article = event.article();
        try {
            if (!Files.isDirectory(target.get())) {
                // nothing exported yet (first start failed?): the whole site, not a lone page
                rebuild();
                return;
            }
            Path dir = target.get();
            write(dir, pages.article(article));
            writeList(dir, pages::index);
            if (article.categorySlug() != null) {
                writeList(dir, number -> pages.category(article.categorySlug(), number));
            }
            for (String tag : article.tagsBySlug().keySet()) {
                writeList(dir, number -> pages.tag(tag, number));
            }
            if (article.authorSlug() != null) {
                writeList(dir, number -> pages.author(article.authorSlug(), number));
            }
            writeSiteFiles(dir);
            log.info("static export: article {} v{} written", article.articleId(), article.version());
        } catch (IOException | RuntimeException e) {
            // the page is live on the site; the export catches up at the next rebuild
            log.error("cannot export article {} v{}", article.articleId(), article.version(), e);
        }
    }

    /**
     * A retracted page leaves lists that may then end a page earlier or vanish (a category with no
     * other article): the whole export is rebuilt, which leaves no stale list behind.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void leftTheLists(ArticleLeftTheLists event) {
        if (!enabled()) {
            return;
        }
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("cannot export the retraction of article {}", event.article().articleId(), e);
        }
    }

    private int writeEverything(Path dir) throws IOException {
        int files = 0;
        for (PublishedArticle article : articles.all()) {
            write(dir, pages.article(article));
            files++;
        }
        files += writeList(dir, pages::index);
        files += writeLists(dir, articles.categories(), pages::category);
        files += writeLists(dir, articles.tags(), pages::tag);
        files += writeLists(dir, articles.authors(), pages::author);
        return files + writeSiteFiles(dir);
    }

    private int writeLists(Path dir, List<Topic> topics, ListPages list) throws IOException {
        int files = 0;
        for (Topic topic : topics) {
            files += writeList(dir, number -> list.page(topic.slug(), number));
        }
        return files;
    }

    /** Every page of one list, until the list runs out. */
    private int writeList(Path dir, IntFunction<Optional<RenderablePage>> list) throws IOException {
        int number = 1;
        for (Optional<RenderablePage> page = list.apply(number); page.isPresent(); page = list.apply(++number)) {
            write(dir, page.get());
        }
        return number - 1;
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

    @FunctionalInterface
    private interface ListPages {
        Optional<RenderablePage> page(String slug, int number);
    }

    /** The export's files, for tests and tools. */
    List<Path> files() throws IOException {
        Path dir = properties.directory().orElseThrow();
        try (var walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
