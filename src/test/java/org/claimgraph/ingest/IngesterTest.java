package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.claimgraph.TestData;
import org.claimgraph.annotate.Annotator;
import org.claimgraph.annotate.Annotators;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.store.Store;
import org.claimgraph.vocab.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest pipeline on a real TDB2 store: bad records, duplicate ids, back-pressure. */
class IngesterTest {
    @TempDir
    Path dir;

    /** Fails on any article whose body mentions "EXPLODE", as a broken annotator would. */
    static final class Exploding implements Annotator {
        @Override
        public String name() { return "exploding"; }

        @Override
        public Set<Layer> requires() { return Set.of(); }

        @Override
        public Set<Layer> provides() { return Set.of(); }

        @Override
        public Article annotate(Article a) {
            if (a.body().contains("EXPLODE")) throw new IllegalStateException("cannot annotate this one");
            return a;
        }
    }

    static Ingester ingester(int batch, IngestListener l) {
        Extractor ex = new Extractor(new Cleaner(), Annotators.of(List.of(new Exploding())), new RdfMapper());
        return new Ingester(new ArticleReader(), ex, batch, 2, l);
    }

    @Test
    void everyGoodRecordIsStoredAndEveryBadOneReportedWithItsLocation() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("good-%02d", i);
            Files.writeString(corpus.resolve(id + ".txt"), "Article " + i + ".\n\nThe minister said the talks failed, Reuters reported.");
            good.add(id);
        }
        Files.writeString(corpus.resolve("bad-empty.txt"), "");
        Files.write(corpus.resolve("bad-binary.txt"), new byte[] {'a', 0, 1, 2});
        Files.write(corpus.resolve("bad-utf8.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
        Files.writeString(corpus.resolve("bad-type.xyz"), "what is this");
        Files.writeString(corpus.resolve("bad-extract.txt"), "Headline\n\nThis one will EXPLODE in the annotator, the agency said.\n\nA second paragraph.");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/good-07.txt"), "A second record with the id good-07.");

        List<Problem> heard = new ArrayList<>();
        try (Store s = Store.open(dir.resolve("store"))) {
            IngestReport r = ingester(8, new IngestListener() {
                @Override
                public void problem(Problem p) { heard.add(p); }
            }).ingest(List.of(corpus), s);

            assertEquals(46, r.read(), r.problems().toString());
            assertEquals(40, r.ingested(), r.problems().toString());
            assertEquals(6, r.failed());
            assertEquals(r.problems(), heard, "each problem is reported as it is found");
            List<String> where = r.problems().stream().map(p -> p.source().file()).map(f -> Path.of(f).getFileName().toString()).sorted().toList();
            assertEquals(List.of("bad-binary.txt", "bad-empty.txt", "bad-extract.txt", "bad-type.xyz", "bad-utf8.txt", "good-07.txt"), where);
            Problem dup = r.problems().stream().filter(p -> p.source().file().contains("sub")).findFirst().orElseThrow();
            assertTrue(dup.reason().contains("duplicate record id 'good-07'") && dup.reason().contains(corpus.resolve("good-07.txt").toString()),
                    "names the id and the first record's location: " + dup.message());
            assertTrue(r.problems().stream().anyMatch(p -> p.reason().contains("cannot annotate this one")));

            List<String> graphs = s.articleGraphs();
            assertEquals(good.stream().map(id -> Ids.articleGraph(id).getURI()).sorted().toList(), graphs,
                    "exactly the good records, the first good-07 kept");
            long quads = s.quadCount();
            IngestReport again = ingester(8, new IngestListener() {}).ingest(List.of(corpus), s);
            assertEquals(r.read(), again.read());
            assertEquals(quads, s.quadCount(), "re-ingest is idempotent");
        }
    }

    @Test
    void theReaderStaysWithinTwoBatchesOfTheWriter() {
        int batch = 5;
        AtomicLong done = new AtomicLong();
        long[] maxAhead = {0};
        IngestListener slowWriter = new IngestListener() {
            @Override
            public void progress(long d, long failed) {
                done.set(d);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Store s = Store.open(dir.resolve("store"))) {
            IngestReport r = ingester(batch, slowWriter).ingest(sink -> {
                for (int i = 0; i < 100; i++) {
                    sink.accept(new RawArticle("r" + i, new Source("gen.jsonl", i + 1), "jsonl", "Record number " + i + ".", ArticleMeta.EMPTY));
                    maxAhead[0] = Math.max(maxAhead[0], i + 1 - done.get());
                }
            }, s);
            assertEquals(100, r.ingested());
            assertEquals(100, s.articleGraphs().size());
        }
        assertTrue(maxAhead[0] <= 3 * batch, "records read but not yet stored never exceed the batch being written, "
                + "one queued and one being filled: " + maxAhead[0]);
        assertTrue(maxAhead[0] > batch, "the reader does run ahead of the writer: " + maxAhead[0]);
    }

    @Test
    void aFailingSourceLeavesNoHalfWrittenTransactionAndAUsableStore() {
        try (Store s = Store.open(dir.resolve("store"))) {
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                    ingester(5, new IngestListener() {}).ingest(sink -> {
                        for (int i = 0; i < 30; i++) {
                            sink.accept(new RawArticle("r" + i, new Source("gen.jsonl", i + 1), "jsonl", "Record " + i + ".", ArticleMeta.EMPTY));
                        }
                        throw new IllegalStateException("disk gone");
                    }, s));
            assertEquals("disk gone", e.getMessage());
            assertEquals(List.of(), s.articleGraphs(), "the open transaction was dropped, not committed in part");
            IngestReport r = ingester(5, new IngestListener() {}).ingest(List.of(TestData.seeds()), s);
            assertEquals(5, r.ingested());
            assertEquals(5, s.articleGraphs().size(), "the store still takes writes");
        }
    }

    @Test
    void storingAnExportThroughTheWritePathGivesTheSameStore() throws Exception {
        Path nq = dir.resolve("seeds.nq");
        long quads;
        List<String> graphs;
        try (Store s = Store.open(dir.resolve("store"))) {
            Ingester.standard(m -> {}).withBatchSize(2).ingest(List.of(TestData.seeds()), s);
            quads = s.quadCount();
            graphs = s.articleGraphs();
            try (var out = Files.newOutputStream(nq)) {
                s.export("nq", out);
            }
        }
        try (Store copy = Store.open(dir.resolve("copy"))) {
            long stored = Ingester.standard(m -> {}).withBatchSize(2).withTransactionQuads(50).storeQuads(nq, copy);
            assertEquals(quads, stored, "every quad of the file is handed to the store");
            assertEquals(quads, copy.quadCount());
            assertEquals(graphs, copy.articleGraphs());
            assertEquals(5, graphs.size());
        }
    }

    @Test
    void extractionAloneCountsWithoutAStore() {
        IngestReport r = Ingester.standard(m -> {}).extractOnly(List.of(TestData.seeds()));
        assertEquals(5, r.ingested());
        assertTrue(r.quads() >= 5 * 4, "quads counted: " + r.quads());
    }

    @Test
    void progressLinesSayWhatIsKnown() {
        assertEquals("1200/20000 (6%) records, 400 records/s, 3 failed, ETA 0:47", Progress.line(1200, 3, 20000, 3.0));
        assertEquals("1200 records, 400 records/s", Progress.line(1200, 0, -1, 3.0));
        assertEquals("[###############...............]", Progress.bar(10, 20));
        assertEquals("1:02:03", Progress.duration(3723));
    }
}
