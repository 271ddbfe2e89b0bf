package org.claimgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.serve.Server;
import org.claimgraph.store.Store;

/**
 * The benchmark: builds a corpus, measures extraction alone, ingest into a fresh store (with peak
 * heap and store size), Jena's own bulk loader on the same quads, and concurrent query latency
 * over HTTP. Prints figures; it asserts nothing.
 */
public final class Bench {
    /**
     * @param csv       template CSV to replicate
     * @param seeds     seed articles to replicate too (or null)
     * @param articles  corpus size
     * @param format    the corpus's file format
     * @param work      working directory (corpus, stores, dump)
     * @param queries   directory of .rq files
     * @param clients   concurrent query clients
     * @param duration  query phase length
     * @param loader    whether to run Jena's bulk loader for comparison
     * @param cold      whether to compare, each in a fresh JVM, the {@code ingest} command and the
     *                  {@code tdb2.tdbloader} command on the same corpus and quads (needs {@code loader})
     */
    public record Settings(Path csv, Path seeds, int articles, BenchCorpus.Format format, Path work, Path queries,
                           int clients, Duration duration, boolean loader, boolean cold) {}

    /** Articles extracted before the measured passes and not counted. */
    static final int WARMUP_ARTICLES = 4000;

    private final Settings s;
    private final PrintStream out;

    public Bench(Settings s, PrintStream out) {
        this.s = s;
        this.out = out;
    }

    public void run() throws Exception {
        out.printf(Locale.ROOT, "claimgraph bench: %d articles, %d cores, max heap %d MB, Java %s, load average %.1f%n", s.articles(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), load());
        long t = System.nanoTime();
        Path corpus = BenchCorpus.build(s.csv(), s.seeds(), s.articles(), s.format(), s.work());
        out.printf(Locale.ROOT, "corpus:     %s (%d MB) built in %.1f s%n", corpus, size(corpus) >> 20, secs(t));

        // The corpus is one big file; the reader's default size limit (meant for untrusted input) must not refuse it.
        Ingester ingester = new Ingester(new ArticleReader(Math.max(ArticleReader.DEFAULT_MAX_BYTES, size(corpus) + 1)), Extractor.standard(),
                Ingester.DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors(), m -> {});
        // Warm-up, not counted: model loading, JIT compilation and the NLP caches' first fill, as any
        // JVM benchmark excludes them (the first extraction pass of a fresh process is slower).
        int warm = Math.min(WARMUP_ARTICLES, s.articles());
        Path warmDir = Files.createDirectories(s.work().resolve("warmup"));
        Path warmCorpus = BenchCorpus.build(s.csv(), s.seeds(), warm, s.format(), warmDir);
        IngestReport wu = ingester.extractOnly(List.of(warmCorpus));
        out.printf(Locale.ROOT, "warm-up:    %d articles extracted in %.1f s, not counted (model loading, JIT compilation)%n",
                wu.ingested(), wu.millis() / 1000.0);

        // Two passes over the whole corpus: the JIT compiler and the heap sizing still settle during
        // the first (it is slower every time), the second is the steady state.
        for (int pass = 1; pass <= 2; pass++) {
            long cpu0 = cpuNanos();
            IngestReport ex = ingester.extractOnly(List.of(corpus));
            double exCpu = (cpuNanos() - cpu0) / 1e6 / Math.max(1, ex.ingested());
            out.printf(Locale.ROOT, "extract:    pass %d: %d articles in %.1f s = %.0f articles/s (%d quads, no store; %d failed)%n",
                    pass, ex.ingested(), ex.millis() / 1000.0, rate(ex.ingested(), ex.millis()), ex.quads(), ex.failed());
            out.printf(Locale.ROOT, "            %.2f ms of CPU per article (all threads, GC included): %.0f articles/s on %d idle cores%n",
                    exCpu, cores() * 1000 / exCpu, cores());
        }

        Path storeDir = s.work().resolve("store");
        HeapSampler heap = new HeapSampler();
        IngestReport in;
        long compactMillis;
        long sizeBefore;
        long sizeAfter;
        long stored;
        double inCpu;
        try (Store store = Store.open(storeDir)) {
            System.gc();
            heap.start();
            long cpu0 = cpuNanos();
            in = ingester.ingest(List.of(corpus), store);
            inCpu = (cpuNanos() - cpu0) / 1e6 / Math.max(1, in.ingested());
            heap.stop();
            stored = store.quadCount();
            sizeBefore = store.sizeOnDisk();
            long c = System.nanoTime();
            store.compact();
            compactMillis = (System.nanoTime() - c) / 1_000_000;
            sizeAfter = store.sizeOnDisk();
        }
        // Articles that mention the same actors repeat its description (label, links) in the shared graphs: the store
        // holds each such quad once, so the rate counts the distinct quads stored, not the quads extracted.
        out.printf(Locale.ROOT, "ingest:     %d articles in %.1f s = %.0f articles/s, %.0f triples/s (%d distinct quads stored of %d extracted, %d failed)%n",
                in.ingested(), in.millis() / 1000.0, rate(in.ingested(), in.millis()), rate(stored, in.millis()), stored, in.quads(), in.failed());
        out.printf(Locale.ROOT, "            %.2f ms of CPU per article: %.0f articles/s on %d idle cores%n", inCpu, cores() * 1000 / inCpu, cores());
        out.printf(Locale.ROOT, "heap:       peak %d MB used during ingest (max heap %d MB)%n", heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "store:      %d MB after ingest, %d MB after compaction (%.1f s)%n", sizeBefore >> 20, sizeAfter >> 20, compactMillis / 1000.0);

        if (s.loader()) loaderComparison(ingester, storeDir, in.millis(), in.storeMillis(), compactMillis);
        if (s.loader() && s.cold()) coldComparison(corpus);

        try (Store store = Store.open(storeDir)) {
            Map<String, String> qs = QueryLoad.localQueries(s.queries());
            Server server = Server.start(store.datasetGraph(), new Server.Options("127.0.0.1", 0, false, 30_000));
            try {
                QueryLoad.warmUp(server.sparqlUrl(), qs);
                QueryLoad.Result r = QueryLoad.run(server.sparqlUrl(), qs, s.clients(), s.duration());
                out.println("queries:    " + r.summary());
                out.printf(Locale.ROOT, "load:       1-minute load average %.1f at the end (other processes share the machine: compare with the core count)%n", load());
                r.perQuery().forEach((q, p50) -> out.printf(Locale.ROOT, "            %-28s p50 %d ms%n", q, p50));
                r.errors().stream().distinct().limit(10).forEach(e -> out.println("  error: " + e));
            } finally {
                server.close();
            }
        }
    }

    /** Dumps the store to N-Quads and loads that into a fresh store with TDB2's phased loader (tdb2.tdbloader's default). */
    private void loaderComparison(Ingester ingester, Path storeDir, long ingestMillis, long storeMillis, long compactMillis) throws IOException {
        Path nq = s.work().resolve("dump.nq");
        long quads;
        try (Store store = Store.open(storeDir); OutputStream o = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            store.export("nq", o);
            quads = store.quadCount();
        }
        Path loaded = s.work().resolve("loader-store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loaded.toString());
        long t = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            loader.load(nq.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        TDBInternal.expel(dsg);
        out.printf(Locale.ROOT, "loader:     tdb2 phased loader: %d quads in %.1f s = %.0f quads/s; ingest/loader time %.2fx, "
                + "with compaction %.2fx (the ingest also reads and extracts)%n", quads, ms / 1000.0, rate(quads, ms),
                ingestMillis / (double) Math.max(1, ms), (ingestMillis + compactMillis) / (double) Math.max(1, ms));
        out.printf(Locale.ROOT, "            the ingest's writer busy in TDB2 writes and commits: %.1f s, %.2fx the loader's time (wall time, sharing the cores with extraction)%n",
                storeMillis / 1000.0, storeMillis / (double) Math.max(1, ms));

        // The same file through the ingest's own write path, alone on the machine: what storing
        // costs when no extraction competes with it for the cores.
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        long stored;
        try (Store ours = Store.open(s.work().resolve("write-path-store"))) {
            stored = ingester.storeQuads(nq, ours);
        }
        long wms = (System.nanoTime() - w) / 1_000_000;
        out.printf(Locale.ROOT, "            the ingest's write path alone on the same file: %d quads in %.1f s = %.0f quads/s, %.2fx the loader's time "
                + "(%.1f s of CPU on one thread)%n", stored, wms / 1000.0, rate(stored, wms), wms / (double) Math.max(1, ms),
                (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    /**
     * The comparison as a user meets it: the {@code ingest} command and Jena's {@code tdb2.tdbloader} command, each
     * a fresh JVM started with this one's heap and collector options and class path, the ingest reading the corpus and the loader the
     * N-Quads dump of the ingested store. Both pay JVM start-up and JIT compilation, which the warmed-up figures
     * above leave out; the ingest also loads its models. Wall time of each process, start to exit.
     */
    private void coldComparison(Path corpus) throws IOException, InterruptedException {
        Path nq = s.work().resolve("dump.nq");
        List<String> java = new java.util.ArrayList<>();
        java.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the heap and collector options this JVM was given (not agents or debug options)
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-Xm") || a.startsWith("-XX:+Use") && a.endsWith("GC")) java.add(a);
        }
        List<String> ingest = new java.util.ArrayList<>(java);
        // the JIT options the launcher gives batch commands (-XX:-UseOnStackReplacement …) go to the ingest only: the
        // loader runs as Jena ships it
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) if (a.startsWith("-XX:-Use")) ingest.add(a);
        for (List<String> c : List.of(java, ingest)) c.addAll(List.of("-cp", System.getProperty("java.class.path")));
        ingest.addAll(List.of("org.claimgraph.cli.Main", "ingest", "--no-compact", "--max-file-size", (size(corpus) + 1) + "B",
                "--store", s.work().resolve("cold-ingest-store").toString(), corpus.toString()));
        List<String> loader = new java.util.ArrayList<>(java);
        loader.addAll(List.of("tdb2.tdbloader", "--loc", s.work().resolve("cold-loader-store").toString(), nq.toString()));
        long ingestMillis = child(ingest, "cold-ingest.log");
        long loaderMillis = child(loader, "cold-loader.log");
        out.printf(Locale.ROOT, "cold:       each command in a fresh JVM: claimgraph ingest %.1f s, tdb2.tdbloader %.1f s on its dump: %.2fx "
                + "(start-up, model loading and JIT compilation included)%n", ingestMillis / 1000.0, loaderMillis / 1000.0,
                ingestMillis / (double) Math.max(1, loaderMillis));
    }

    /** Runs a child process to its end, its output in a log file of the working directory; its wall time in ms. */
    private long child(List<String> command, String log) throws IOException, InterruptedException {
        Path logFile = s.work().resolve(log);
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        int code = p.waitFor();
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (code != 0) throw new IOException(command.get(command.indexOf("-cp") + 2) + " exited with " + code + "; its output is in " + logFile);
        return ms;
    }

    /** CPU time this process has used, all threads (GC and JIT included), as the operating system counts it. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static int cores() { return Runtime.getRuntime().availableProcessors(); }

    /** The system's one-minute load average, or -1 where the platform does not tell. */
    private static double load() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    private static double rate(long n, long millis) { return millis <= 0 ? 0 : n * 1000.0 / millis; }

    private static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static long size(Path p) throws IOException {
        try (var w = Files.walk(p)) {
            return w.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Samples used heap every 20 ms and keeps the highest. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(mx.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peak() { return peak.get(); }
    }
}
