package org.healthjournal.pipeline.publisher.search;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.healthjournal.pipeline.publisher.articles.ArticleLeftTheLists;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.ArticleWentLive;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's full-text index (Apache Lucene, in memory): titles, deks and bodies, English
 * stemming ("colds" finds "cold"), titles weighing most. The store is the truth; the index is
 * rebuilt from it at start-up and updated after each publication commits, so it needs no storage
 * or backup of its own. The searcher is reopened by the first search after a change, not by every
 * publication: a burst of publications costs one reopen, and a search still sees every commit.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String DEK = "dek";
    private static final String BODY = "body";
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 3f, DEK, 2f, BODY, 1f);
    private static final String[] HIGHLIGHTED = {TITLE, DEK, BODY};

    private final ArticleStore store;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(ArticleStore store) throws IOException {
        this.store = store;
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Indexes everything in the store; safe to run while articles are being published. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void rebuild() {
        List<PublishedArticle> articles = store.listed();
        try {
            writer.deleteAll();
            for (PublishedArticle article : articles) {
                writer.updateDocument(new Term(ID, article.articleId()), document(article));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index", e);
        }
        log.info("search index rebuilt: {} articles", articles.size());
    }

    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void wentLive(ArticleWentLive event) {
        PublishedArticle article = event.article();
        try {
            writer.updateDocument(new Term(ID, article.articleId()), document(article));
        } catch (IOException e) {
            // the page is live; search catches up at the next rebuild (start-up)
            log.error("cannot index article {} v{}", article.articleId(), article.version(), e);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    public synchronized void leftTheLists(ArticleLeftTheLists event) {
        try {
            writer.deleteDocuments(new Term(ID, event.article().articleId()));
        } catch (IOException e) {
            log.error("cannot take article {} out of the index", event.article().articleId(), e);
        }
    }

    /** Page {@code page} (1-based) of the articles matching every word of the query, best first. */
    public SearchResults search(String query, int page, int size) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return SearchResults.none(text, size);
        }
        Query parsed = parse(text);
        try {
            // changes since the last search become visible now, once, rather than one reopen per publication
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                int total = searcher.count(parsed);
                TopDocs top = searcher.search(parsed, page * size);
                ScoreDoc[] onPage = Arrays.copyOfRange(top.scoreDocs, Math.min((page - 1) * size,
                        top.scoreDocs.length), top.scoreDocs.length);
                TopDocs pageDocs = new TopDocs(top.totalHits, onPage);
                Map<String, String[]> highlights = highlighter(searcher).highlightFields(HIGHLIGHTED, parsed, pageDocs,
                        new int[] {1, 1, 2});
                List<SearchHit> hits = new ArrayList<>();
                for (int i = 0; i < onPage.length; i++) {
                    Document doc = searcher.storedFields().document(onPage[i].doc);
                    hits.add(new SearchHit(doc.get("slug"), highlights.get(TITLE)[i],
                            snippet(highlights.get(DEK)[i], highlights.get(BODY)[i]), doc.get("category"),
                            doc.get("categorySlug"), Instant.ofEpochMilli(doc.getField("publishedAt")
                            .numericValue().longValue())));
                }
                return new SearchResults(text, hits, page, size, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search for " + text, e);
        }
    }

    private Query parse(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
        // every word must appear (in any field): a narrower list that readers expect from a site search
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(text);
        // a query of stop words only ("the") parses to nothing
        return query == null ? new MatchNoDocsQuery() : query;
    }

    /** The dek when the match is there, otherwise the body's best passages (or its opening). */
    private static String snippet(String dek, String body) {
        if (dek != null && dek.contains("<mark>") && (body == null || !body.contains("<mark>"))) {
            return dek;
        }
        return body != null ? body : dek;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        // escape=true: the article's text is HTML-escaped; only the <mark> tags are markup
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(200_000)
                .withMaxNoHighlightPassages(1);
        return new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                // a title or dek is shown whole; a body by its best sentences
                return BODY.equals(field) ? BreakIterator.getSentenceInstance(Locale.ENGLISH) : new WholeBreakIterator();
            }
        };
    }

    private static Document document(PublishedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(ID, article.articleId(), Field.Store.YES));
        doc.add(new StoredField("slug", article.slug()));
        doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
        doc.add(new TextField(DEK, article.dek() == null ? "" : article.dek(), Field.Store.YES));
        doc.add(new TextField(BODY, PlainText.of(article.bodyHtml()), Field.Store.YES));
        if (article.category() != null) {
            doc.add(new StoredField("category", article.category()));
            doc.add(new StoredField("categorySlug", article.categorySlug()));
        }
        doc.add(new StoredField("publishedAt", article.publishedAt().toEpochMilli()));
        return doc;
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
