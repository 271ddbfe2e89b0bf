package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.TestData;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.junit.jupiter.api.Test;

/**
 * Real text cut short: scraped bodies end anywhere (a truncated feed, a paywall, a size limit). Every annotator must
 * take a body that stops mid-sentence, right after a relative pronoun or inside a quotation, without failing the
 * article. Each corpus row is cut at fixed points: two places inside the text and right after each of its first
 * relative clauses ("NAME, who …").
 */
class TruncatedTextTest {
    private static final Pattern RELATIVE = Pattern.compile(", (?:who|which|whose|where)\\b[^,.;:!?\\n]{0,40}");

    @Test
    void everyCorpusRowCutShortIsStillExtracted() throws Exception {
        List<RawArticle> rows = new ArrayList<>();
        new ArticleReader().read(List.of(TestData.testResource("corpora/news_sample.csv")), new RecordSink() {
            @Override public void accept(RawArticle r) { rows.add(r); }
            @Override public void fail(Problem p) { throw new AssertionError(p.message()); }
        });
        assertFalse(rows.isEmpty());
        Extractor ex = Extractor.standard();
        List<String> failures = new ArrayList<>();
        int cuts = 0;
        for (RawArticle r : rows) {
            String t = r.text();
            List<Integer> ends = new ArrayList<>(List.of(t.length() / 3, (t.length() * 5) / 7));
            Matcher m = RELATIVE.matcher(t);
            for (int k = 0; k < 2 && m.find(); k++) ends.add(m.end());
            for (int end : ends) {
                if (end <= 0 || end > t.length()) continue;
                RawArticle cut = new RawArticle(r.id() + "-cut" + end, r.source(), r.format(), t.substring(0, end), r.meta());
                cuts++;
                try {
                    ex.extract(cut);
                } catch (RuntimeException e) {
                    failures.add(cut.id() + ": " + e);
                }
            }
        }
        assertEquals(List.of(), failures, cuts + " cuts");
    }
}
