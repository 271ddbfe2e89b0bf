package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.TestData;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.junit.jupiter.api.Test;

/** The cheap check before the denial pattern never turns away text the pattern matches. */
class DenialPrefilterTest {
    @Test
    void everyTextTheDenialPatternMatchesPassesTheCheck() {
        List<String> texts = new ArrayList<>(List.of("They did NOT carry out the strike", "there were No fighters", "He didn’t fire",
                "The claims are NONSENSE", "it acted lawfully", "the report is ACCURATE", "no. evidence", "No_one"));
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(TestData.testResource("corpora/news_sample.csv")), new RecordSink() {
            @Override public void accept(RawArticle r) { raws.add(r); }

            @Override public void fail(Problem p) { throw new AssertionError(p.message()); }
        });
        for (RawArticle r : raws) {
            String t = r.text();
            // 160-character windows at every sixth word start, as long as the annotator's first clauses
            int words = 0;
            for (int i = 0; i < t.length(); i = t.indexOf(' ', i + 1) < 0 ? t.length() : t.indexOf(' ', i + 1) + 1) {
                if (words++ % 6 == 0) texts.add(t.substring(i, Math.min(t.length(), i + 160)));
            }
        }
        int matched = 0, skipped = 0;
        for (String t : texts) {
            boolean match = AttributionAnnotator.DENIAL.matcher(t).find();
            if (match) {
                matched++;
                assertTrue(AttributionAnnotator.mayDeny(t), t);
            } else if (!AttributionAnnotator.mayDeny(t)) {
                skipped++;
            }
        }
        assertTrue(matched > 150, matched + " texts matched");
        assertTrue(skipped > 3000, skipped + " texts skipped");
        assertFalse(AttributionAnnotator.mayDeny("The ministry said the strike killed twelve people in the village"));
    }
}
