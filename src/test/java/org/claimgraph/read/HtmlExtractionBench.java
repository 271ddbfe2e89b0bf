package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimgraph.clean.Cleaner;
import org.claimgraph.model.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Body-extraction benchmark on real saved news pages, scored against human-checked article text.
 *
 * <p>Skipped unless {@code -Dclaimgraph.readability.dir=DIR} names a directory of page folders,
 * each holding {@code source.html} (the saved page) and {@code expected.html} (the article content
 * as marked by people, e.g. mozilla/readability's test-pages). Third-party pages are not committed;
 * the benchmark prints per-page and mean token precision, recall and F1 (lower-cased word tokens,
 * bag-of-words overlap, as {@link HtmlReaderTest#f1} scores them) for the reader alone and after
 * the clean stage. It asserts only that every page yields a body.
 *
 * <pre>mvn -q -B test -Dtest=HtmlExtractionBench -Dclaimgraph.readability.dir=/work/staging/readability</pre>
 */
class HtmlExtractionBench {

    @Test
    void scoresRealPages() throws IOException {
        String dir = System.getProperty("claimgraph.readability.dir");
        assumeTrue(dir != null && !dir.isBlank(), "set -Dclaimgraph.readability.dir to run the extraction benchmark");
        List<Path> pages;
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html"))).sorted().toList();
        }
        assumeTrue(!pages.isEmpty(), "no pages under " + dir);
        ArticleReader reader = new ArticleReader();
        Cleaner cleaner = new Cleaner();
        double[] sumRead = new double[3];
        double[] sumClean = new double[3];
        List<String> empty = new ArrayList<>();
        System.out.printf("%-22s %6s %6s %6s | %6s %6s %6s%n", "page", "P", "R", "F1", "cP", "cR", "cF1");
        for (Path page : pages) {
            String gold = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            Collect c = new Collect();
            reader.readFile(page.resolve("source.html"), c);
            assertEquals(List.of(), c.problems, page.toString());
            Article raw = cleaner.clean(c.articles.get(0));
            String readText = new HtmlReader().read(Files.readString(page.resolve("source.html")), null).text();
            double[] r = prf(HtmlReaderTest.tokens(readText), HtmlReaderTest.tokens(gold));
            double[] k = prf(HtmlReaderTest.tokens(raw.body()), HtmlReaderTest.tokens(gold));
            if (raw.body().isBlank()) empty.add(page.getFileName().toString());
            for (int i = 0; i < 3; i++) {
                sumRead[i] += r[i];
                sumClean[i] += k[i];
            }
            System.out.printf("%-22s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", page.getFileName(), r[0], r[1], r[2], k[0], k[1], k[2]);
            if (Boolean.getBoolean("claimgraph.readability.dump")) System.out.println(raw.body() + "\n-----");
        }
        int n = pages.size();
        System.out.printf("%-22s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", "MEAN (" + n + " pages)", sumRead[0] / n, sumRead[1] / n,
                sumRead[2] / n, sumClean[0] / n, sumClean[1] / n, sumClean[2] / n);
        assertFalse(!empty.isEmpty(), "pages with an empty body: " + empty);
    }

    /** Bag-of-tokens precision, recall and F1. */
    static double[] prf(List<String> got, List<String> want) {
        java.util.Map<String, Integer> w = new java.util.HashMap<>();
        for (String t : want) if (!t.isEmpty()) w.merge(t, 1, Integer::sum);
        int hit = 0;
        int gotN = 0;
        for (String t : got) {
            if (t.isEmpty()) continue;
            gotN++;
            Integer m = w.get(t);
            if (m != null && m > 0) {
                hit++;
                w.put(t, m - 1);
            }
        }
        int wantN = (int) want.stream().filter(t -> !t.isEmpty()).count();
        if (hit == 0) return new double[] {0, 0, 0};
        double p = hit / (double) gotN;
        double r = hit / (double) wantN;
        return new double[] {p, r, 2 * p * r / (p + r)};
    }
}
