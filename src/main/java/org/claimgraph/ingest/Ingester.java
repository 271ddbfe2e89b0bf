package org.claimgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.model.Article;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.claimgraph.store.Store;
import org.claimgraph.vocab.Ids;

/**
 * Read → extract (in parallel) → write in batched transactions. Records stream through; at most
 * one batch is held in memory. Each article's graph is replaced whole, so re-ingesting is idempotent.
 */
public final class Ingester {
    private final ArticleReader reader;
    private final Extractor extractor;
    private final int batchSize;
    private final int threads;
    private final Consumer<String> log;

    public Ingester(ArticleReader reader, Extractor extractor, int batchSize, int threads, Consumer<String> log) {
        if (batchSize < 1 || threads < 1) throw new IllegalArgumentException("batch size and threads must be positive");
        this.reader = reader;
        this.extractor = extractor;
        this.batchSize = batchSize;
        this.threads = threads;
        this.log = log;
    }

    public static Ingester standard(Consumer<String> log) {
        return new Ingester(new ArticleReader(), Extractor.standard(), 1000, Runtime.getRuntime().availableProcessors(), log);
    }

    /** One record in flight: an extracted article or a problem. */
    private record Outcome(Article article, Problem problem) {}

    public IngestReport ingest(List<Path> paths, Store store) {
        long t0 = System.currentTimeMillis();
        store.loadOntology();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        List<Problem> problems = new ArrayList<>();
        long[] counts = new long[3]; // read, ingested, quads
        List<CompletableFuture<Outcome>> batch = new ArrayList<>();
        try {
            reader.read(paths, new RecordSink() {
                @Override
                public void accept(RawArticle raw) {
                    batch.add(CompletableFuture.supplyAsync(() -> extractOne(raw), pool));
                    if (batch.size() >= batchSize) flush(batch, store, problems, counts);
                }

                @Override
                public void fail(Problem p) {
                    batch.add(CompletableFuture.completedFuture(new Outcome(null, p)));
                    if (batch.size() >= batchSize) flush(batch, store, problems, counts);
                }
            });
            flush(batch, store, problems, counts);
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(counts[0], counts[1], problems.size(), counts[2], problems, System.currentTimeMillis() - t0);
    }

    private Outcome extractOne(RawArticle raw) {
        try {
            return new Outcome(extractor.extract(raw), null);
        } catch (RuntimeException e) {
            return new Outcome(null, new Problem(raw.source(), "extract", String.valueOf(e.getMessage())));
        }
    }

    private void flush(List<CompletableFuture<Outcome>> batch, Store store, List<Problem> problems, long[] counts) {
        if (batch.isEmpty()) return;
        List<Article> articles = new ArrayList<>();
        for (CompletableFuture<Outcome> f : batch) {
            Outcome o = f.join();
            counts[0]++;
            if (o.problem() != null) {
                problems.add(o.problem());
                log.accept("error: " + o.problem().message());
            } else {
                articles.add(o.article());
            }
        }
        batch.clear();
        List<Node> graphs = articles.stream().map(a -> Ids.articleGraph(a.id())).toList();
        long[] q = {0};
        store.write(graphs, sink -> {
            StreamRDF counting = new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    q[0]++;
                    sink.quad(quad);
                }
            };
            for (Article a : articles) extractor.map(a, counting);
        });
        counts[1] += articles.size();
        counts[2] += q[0];
    }
}
