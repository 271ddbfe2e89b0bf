package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.claimgraph.ChildProcess;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child {@code claimgraph ingest} with SIGKILL at several points (starting up, at the first
 * commit, mid-ingest, during compaction, right after compaction's switch) and checks after each
 * kill that the store opens and answers a query; then runs the ingest to completion and checks
 * the store equals a clean single run: same graph names, same quad count.
 */
class CrashSafetyIT {
    static final int RECORDS = 400;

    @TempDir
    Path dir;

    /** A kill point: a condition on the store directory, polled while the child runs. */
    record KillPoint(String name, boolean compact, BooleanSupplier when) {}

    @Test
    void aKilledIngestLeavesAUsableStoreAndRerunningCompletesIt() throws Exception {
        Path corpus = corpus();
        Path store = dir.resolve("store");
        Path log = dir.resolve("child.log");

        KillPoint[] points = {
                new KillPoint("starting up", false, afterMillis(300)),
                new KillPoint("first write", false, grownBy(store, 1)),
                new KillPoint("mid-ingest", false, then(grownBy(store, 1), 700)),
                new KillPoint("compacting", true, () -> hasDir(store, "-tmp")),
                new KillPoint("after compaction switch", true, () -> generations(store) >= 2),
        };
        int killedAlive = 0;
        List<String> report = new ArrayList<>();
        for (KillPoint k : points) {
            BooleanSupplier when = k.when();
            Process p = ChildProcess.start(log, args(corpus, store, k.compact()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && !when.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(2);
            boolean alive = p.isAlive();
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            if (alive) killedAlive++;
            report.add(k.name() + (alive ? ": killed" : ": had already exited " + p.exitValue()));
            if (Files.exists(store)) assertOpensAndAnswers(store, k.name());
        }
        System.out.println("CrashSafetyIT kill points: " + report);
        assertTrue(killedAlive >= 3, "most kills hit a running ingest: " + report);

        Process last = ChildProcess.start(log, args(corpus, store, true));
        assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the re-run finishes");
        assertEquals(0, last.exitValue(), Files.readString(log));

        try (Store clean = Store.open(dir.resolve("clean")); Store recovered = Store.open(store)) {
            IngestReport r = Ingester.standard(m -> {}).ingest(List.of(corpus), clean);
            assertEquals(RECORDS, r.ingested());
            assertEquals(clean.articleGraphs(), recovered.articleGraphs(), "same graph names as a clean single run; " + report);
            assertEquals(clean.quadCount(), recovered.quadCount(), "same quad count as a clean single run; " + report);
        }
        assertEquals(1, generations(store), "one storage generation left after compaction");
    }

    static String[] args(Path corpus, Path store, boolean compact) {
        return new String[] {"ingest", corpus.toString(), "--store", store.toString(), "--batch-size", "10", "--threads", "1", "--commit-every", "100",
                compact ? "--compact" : "--no-compact"};
    }

    static void assertOpensAndAnswers(Path store, String when) {
        try (Store s = Store.open(store)) {
            long articles = Txn.calculateRead(s.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.create(
                        "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/claimgraph/ontology#Article> }", s.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertTrue(articles >= 0 && articles <= RECORDS, when + ": " + articles);
            assertEquals(articles, s.articleGraphs().size(), when + ": every stored article has its whole graph");
        }
    }

    /** The corpus: the seeds, replicated under unique file names. */
    Path corpus() throws IOException {
        Path c = Files.createDirectories(dir.resolve("corpus"));
        List<Path> seeds;
        try (Stream<Path> s = Files.list(TestData.seeds())) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < RECORDS; i++) {
            Path seed = seeds.get(i % seeds.size());
            Files.writeString(c.resolve(String.format("rec-%04d.txt", i)), Files.readString(seed));
        }
        return c;
    }

    static BooleanSupplier afterMillis(long ms) {
        long[] start = {-1};
        return () -> {
            if (start[0] < 0) start[0] = System.nanoTime();
            return System.nanoTime() - start[0] > ms * 1_000_000;
        };
    }

    /** True from {@code ms} after {@code first} first held. */
    static BooleanSupplier then(BooleanSupplier first, long ms) {
        BooleanSupplier[] timer = {null};
        return () -> {
            if (timer[0] == null && first.getAsBoolean()) timer[0] = afterMillis(ms);
            return timer[0] != null && timer[0].getAsBoolean();
        };
    }

    static BooleanSupplier grownBy(Path store, long bytes) {
        long[] base = {-1};
        return () -> {
            long now = size(store);
            if (base[0] < 0) base[0] = now;
            return now - base[0] > bytes;
        };
    }

    static long size(Path store) {
        if (!Files.exists(store)) return 0;
        try (Stream<Path> w = Files.walk(store)) {
            return w.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // files come and go while the child works
        }
    }

    static boolean hasDir(Path store, String suffix) {
        try (Stream<Path> s = Files.list(store)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(suffix));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    static int generations(Path store) {
        try (Stream<Path> s = Files.list(store)) {
            return (int) s.filter(p -> p.getFileName().toString().matches("Data-\\d+")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
