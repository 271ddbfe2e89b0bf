package org.claimgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.claimgraph.store.Store;
import org.claimgraph.vocab.Ids;

/**
 * Read → extract (in parallel) → write in batched transactions.
 *
 * <p>The calling thread reads records and hands each to a pool of extraction threads (extraction
 * and mapping to quads are pure functions of one record). Every {@code batchSize} records form a
 * batch; one writer thread stores the batches, in input order, in large write transactions (a
 * commit once a transaction holds {@value #DEFAULT_TRANSACTION_QUADS} by default quads, and at the end). A queue of
 * one batch between reader and writer is the back-pressure: the reader is never more than two
 * batches ahead of the batch being written, so the heap is bounded by the batch size, not by the
 * corpus.
 *
 * <p>Each article's graph is replaced whole, so re-ingesting is idempotent and an ingest killed at
 * any point can simply be run again. Two records with the same id in one ingest would fight over
 * one graph: the FIRST one (in input order) is stored and every later one is reported as a failed
 * record naming both locations. Built once, then shareable.
 */
public final class Ingester {
    public static final int DEFAULT_BATCH_SIZE = 1000;

    private final ArticleReader reader;
    private final Extractor extractor;
    private final int batchSize;
    private final int threads;
    private final IngestListener listener;
    private final long transactionQuads;

    public Ingester(ArticleReader reader, Extractor extractor, int batchSize, int threads, IngestListener listener) {
        this(reader, extractor, batchSize, threads, listener, DEFAULT_TRANSACTION_QUADS);
    }

    private Ingester(ArticleReader reader, Extractor extractor, int batchSize, int threads, IngestListener listener, long transactionQuads) {
        if (batchSize < 1 || threads < 1 || transactionQuads < 1) throw new IllegalArgumentException("batch size, threads and quads per commit must be positive");
        this.reader = reader;
        this.extractor = extractor;
        this.batchSize = batchSize;
        this.threads = threads;
        this.listener = listener;
        this.transactionQuads = transactionQuads;
    }

    public Ingester(ArticleReader reader, Extractor extractor, int batchSize, int threads, Consumer<String> log) {
        this(reader, extractor, batchSize, threads, IngestListener.logging(log));
    }

    /** The standard pipeline on all cores, reporting problems to {@code log}. */
    public static Ingester standard(Consumer<String> log) { return standard(IngestListener.logging(log)); }

    public static Ingester standard(IngestListener listener) {
        return new Ingester(new ArticleReader(), Extractor.standard(), DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors(), listener);
    }

    public Ingester withListener(IngestListener l) { return new Ingester(reader, extractor, batchSize, threads, l, transactionQuads); }

    public Ingester withBatchSize(int n) { return new Ingester(reader, extractor, n, threads, listener, transactionQuads); }

    public Ingester withThreads(int n) { return new Ingester(reader, extractor, batchSize, n, listener, transactionQuads); }

    /** Commit once a transaction holds this many quads (whole batches only). */
    public Ingester withTransactionQuads(long n) { return new Ingester(reader, extractor, batchSize, threads, listener, n); }

    public int batchSize() { return batchSize; }

    /**
     * How many records the paths hold, when that is cheap to know: one per text or HTML file, one
     * per non-blank line of JSON Lines; -1 as soon as a file's count would need parsing (CSV) or
     * anything cannot be listed. Only for showing progress.
     */
    public static long expectedRecords(ArticleReader reader, List<Path> paths) {
        long n = 0;
        try {
            for (Path p : paths) {
                if (p.toString().equals("-")) return -1;
                for (Path f : reader.expand(p)) {
                    String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                        try (var lines = java.nio.file.Files.lines(f)) {
                            n += lines.filter(l -> !l.isBlank()).count();
                        }
                    } else if (name.endsWith(".csv")) {
                        return -1;
                    } else {
                        n++;
                    }
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
        return n;
    }

    /** Ingests files and directories into the store. */
    public IngestReport ingest(List<Path> paths, Store store) {
        return ingest(sink -> reader.read(paths, sink), store);
    }

    /** Ingests whatever records {@code source} pushes into its sink (files, standard input, …). */
    public IngestReport ingest(Consumer<RecordSink> source, Store store) {
        store.loadOntology();
        return run(source, storeSink(store));
    }

    /**
     * Stores quads that are already made — an N-Quads file, such as a store export — through the
     * ingest's own write path: each graph replaced whole (emptied when its first quad comes),
     * {@code batchSize} graphs a batch, the same commits. As in an ingest, where the writer gets
     * quads the extraction threads made, another thread parses the file and hands the writer whole
     * batches (two at most in hand). Nothing is extracted: this is the storing part of an ingest
     * alone (the benchmark compares it with TDB2's bulk loader, which also parses on a thread of
     * its own, on the same file). Returns the number of quads.
     */
    public long storeQuads(Path nquads, Store store) {
        BlockingQueue<List<Extracted>> queue = new ArrayBlockingQueue<>(2);
        List<Extracted> end = new ArrayList<>();
        long[] count = {0};
        Throwable[] failure = {null};
        Thread parser = new Thread(() -> {
            List<Extracted> batch = new ArrayList<>();
            java.util.Set<Node> seen = new java.util.HashSet<>();
            try {
                org.apache.jena.riot.RDFParser.source(nquads).lang(org.apache.jena.riot.Lang.NQUADS).parse(new StreamRDFBase() {
                    private Node graph;
                    private List<Quad> quads = new ArrayList<>();

                    @Override
                    public void quad(Quad q) {
                        if (!q.getGraph().equals(graph)) {
                            close();
                            graph = q.getGraph();
                        }
                        quads.add(q);
                        count[0]++;
                    }

                    @Override
                    public void finish() { close(); }

                    private void close() {
                        if (graph == null) return;
                        batch.add(new Extracted(graph, quads, seen.add(graph)));
                        quads = new ArrayList<>();
                        if (batch.size() >= batchSize) {
                            put(queue, List.copyOf(batch));
                            batch.clear();
                        }
                    }
                });
                if (!batch.isEmpty()) put(queue, List.copyOf(batch));
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            } finally {
                put(queue, end);
            }
        }, "store-quads-parser");
        parser.setDaemon(true);
        parser.start();
        Sink sink = storeSink(store);
        try {
            for (List<Extracted> b = take(queue); b != end; b = take(queue)) sink.write(b);
            join(parser);
            if (failure[0] instanceof RuntimeException r) throw r;
            if (failure[0] instanceof Error e) throw e;
            sink.commit();
        } catch (RuntimeException | Error e) {
            sink.abort();
            throw e;
        }
        return count[0];
    }

    private static <T> void put(BlockingQueue<T> q, T x) {
        try {
            q.put(x);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> T take(BlockingQueue<T> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The writer's sink: each batch's article graphs replaced in one long write transaction, committed every {@code transactionQuads}. */
    private Sink storeSink(Store store) {
        return new Sink() {
            private final Store.Bulk bulk = store.bulk();
            private long pending;
            /**
             * Quads of the shared graphs (entity descriptions) this ingest has already added: every
             * article that mentions an actor repeats its label and links, and adding a quad TDB2
             * already holds still costs index lookups. Shared graphs are never emptied by an
             * ingest, so skipping the repeats changes nothing stored. Bounded; past the bound the
             * repeats are simply added again.
             */
            private final java.util.Set<Quad> shared = new java.util.HashSet<>();

            @Override
            public void write(List<Extracted> batch) {
                bulk.replace(batch.stream().filter(Extracted::replace).map(Extracted::graph).toList(), sink -> {
                    for (Extracted e : batch) {
                        for (Quad q : e.quads()) {
                            if (!q.getGraph().equals(e.graph())) {
                                if (shared.contains(q)) continue;
                                if (shared.size() < SHARED_QUADS_REMEMBERED) shared.add(q);
                            }
                            sink.quad(q);
                        }
                    }
                });
                for (Extracted e : batch) pending += e.quads().size();
                if (pending >= transactionQuads) commit();
            }

            @Override
            public void commit() {
                bulk.commit();
                pending = 0;
            }

            @Override
            public void abort() { bulk.abort(); }
        };
    }

    /** How many quads of shared graphs one ingest remembers having added (about 50 MB at most). */
    static final int SHARED_QUADS_REMEMBERED = 300_000;

    /** Reads and extracts without storing (the quads are counted, then dropped): the extraction rate. */
    public IngestReport extractOnly(List<Path> paths) {
        return run(sink -> reader.read(paths, sink), batch -> {});
    }

    /**
     * Batches are committed once a transaction holds at least this many quads (and at the end):
     * with few quads per article, one commit per batch would spend its time syncing.
     */
    public static final long DEFAULT_TRANSACTION_QUADS = 100_000;

    /** Where the writer thread puts batches: {@link #write} each, then {@link #commit} at the end. */
    @FunctionalInterface
    interface Sink {
        void write(List<Extracted> batch);

        default void commit() {}

        default void abort() {}
    }

    /** One article's graph, ready to write: emptied first unless {@code replace} is false (more quads of a graph already written). */
    record Extracted(Node graph, List<Quad> quads, boolean replace) {
        Extracted(Node graph, List<Quad> quads) { this(graph, quads, true); }
    }

    /** One record in flight: an extracted article or a problem. */
    private record Outcome(Extracted extracted, Problem problem) {}

    private static final List<CompletableFuture<Outcome>> END = new ArrayList<>();

    private IngestReport run(Consumer<RecordSink> source, Sink store) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        Writer writer = new Writer(new ArrayBlockingQueue<>(1), store, listener);
        Thread writerThread = new Thread(writer, "ingest-writer");
        writerThread.setDaemon(true);
        writerThread.start();
        boolean complete = false;
        try {
            Batcher batcher = new Batcher(writer, pool);
            source.accept(batcher);
            batcher.finish();
            writer.hand(END);
            complete = true;
        } finally {
            // Never interrupt the writer: an interrupt during file I/O closes TDB2's channels.
            // When reading failed, tell it to drop the open transaction instead.
            if (!complete) writer.cancel();
            join(writerThread);
            pool.shutdownNow();
        }
        writer.rethrow();
        return new IngestReport(writer.read, writer.ingested, writer.problems.size(), writer.quads, writer.problems,
                (System.nanoTime() - t0) / 1_000_000, writer.storeNanos / 1_000_000);
    }

    /** The reader side: checks ids, hands records to the pool, and full batches to the writer. */
    private final class Batcher implements RecordSink {
        private final Writer writer;
        private final ExecutorService pool;
        private final Map<String, Source> seen = new HashMap<>();
        private List<CompletableFuture<Outcome>> batch = new ArrayList<>();

        Batcher(Writer writer, ExecutorService pool) {
            this.writer = writer;
            this.pool = pool;
        }

        @Override
        public void accept(RawArticle raw) {
            Source first = seen.putIfAbsent(Ids.seg(raw.id()), raw.source());
            if (first != null) {
                add(CompletableFuture.completedFuture(new Outcome(null, new Problem(raw.source(), "ingest",
                        "duplicate record id '" + raw.id() + "' (first read at " + first.location() + ", which is kept); skipped"))));
            } else {
                add(CompletableFuture.supplyAsync(() -> extractOne(raw), pool));
            }
        }

        @Override
        public void fail(Problem p) { add(CompletableFuture.completedFuture(new Outcome(null, p))); }

        private void add(CompletableFuture<Outcome> f) {
            batch.add(f);
            if (batch.size() >= batchSize) finish();
        }

        void finish() {
            writer.hand(batch);
            batch = new ArrayList<>();
        }
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private Outcome extractOne(RawArticle raw) {
        try {
            List<Quad> quads = new ArrayList<>();
            extractor.map(extractor.extract(raw), new StreamRDFBase() {
                @Override
                public void quad(Quad q) { quads.add(q); }

                @Override
                public void triple(org.apache.jena.graph.Triple t) { quads.add(Quad.create(Quad.defaultGraphIRI, t)); }
            });
            return new Outcome(new Extracted(Ids.articleGraph(raw.id()), quads), null);
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(null, new Problem(raw.source(), "extract", why));
        }
    }

    /** The writer thread: takes batches in order, waits for their extraction, stores each in one transaction. */
    private static final class Writer implements Runnable {
        private final BlockingQueue<List<CompletableFuture<Outcome>>> queue;
        private final Sink store;
        private final IngestListener listener;
        private volatile Throwable failure;
        private volatile boolean cancelled;
        final List<Problem> problems = new ArrayList<>();
        long read;
        long ingested;
        long quads;
        long storeNanos;

        Writer(BlockingQueue<List<CompletableFuture<Outcome>>> queue, Sink store, IngestListener listener) {
            this.queue = queue;
            this.store = store;
            this.listener = listener;
        }

        /** Called by the reader: blocks while the writer is a batch behind; fails fast if the writer failed. */
        void hand(List<CompletableFuture<Outcome>> batch) {
            try {
                while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) rethrow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            }
            rethrow();
        }

        /** Stops the writer after the batch in hand, dropping what it has not committed. */
        void cancel() {
            cancelled = true;
            queue.clear();
            queue.offer(END);
        }

        void rethrow() {
            Throwable f = failure;
            if (f instanceof RuntimeException r) throw r;
            if (f instanceof Error e) throw e;
            if (f != null) throw new IllegalStateException(f);
        }

        @Override
        public void run() {
            try {
                for (List<CompletableFuture<Outcome>> batch = queue.take(); batch != END && !cancelled; batch = queue.take()) write(batch);
                if (cancelled) store.abort();
                else {
                    long t = System.nanoTime();
                    store.commit();
                    storeNanos += System.nanoTime() - t;
                }
            } catch (InterruptedException e) {
                store.abort();
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                failure = t;
                try {
                    store.abort();
                } catch (RuntimeException ignored) {
                    // the first failure is the one to report
                }
            }
        }

        private void write(List<CompletableFuture<Outcome>> batch) {
            if (batch.isEmpty()) return;
            List<Extracted> good = new ArrayList<>(batch.size());
            for (CompletableFuture<Outcome> f : batch) {
                Outcome o = f.join();
                if (o.problem() != null) {
                    problems.add(o.problem());
                    listener.problem(o.problem());
                } else {
                    good.add(o.extracted());
                }
            }
            long t = System.nanoTime();
            store.write(good);
            storeNanos += System.nanoTime() - t;
            read += batch.size();
            ingested += good.size();
            for (Extracted e : good) quads += e.quads().size();
            listener.progress(read, problems.size());
        }
    }
}
