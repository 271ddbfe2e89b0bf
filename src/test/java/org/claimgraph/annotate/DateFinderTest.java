package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.TestData;
import org.claimgraph.model.PartialDate;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.junit.jupiter.api.Test;

/** Dates found by trying the pattern only where one can start are the dates its own search finds everywhere. */
class DateFinderTest {
    @Test
    void theSameDatesAsThePatternsOwnSearch() {
        List<String> texts = new ArrayList<>(List.of("On Tuesday, 3rd of March 2019", "x_Monday and éMonday and 9Sept 12",
                "YESTERDAY's vote; since Sept. 11, 2001; in late October of last year", "next  Friday", "in 2017", "Mid-June 5th"));
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(TestData.testResource("corpora/news_sample.csv"), TestData.seeds()), new RecordSink() {
            @Override public void accept(RawArticle r) { raws.add(r); }

            @Override public void fail(Problem p) { throw new AssertionError(p.message()); }
        });
        for (RawArticle r : raws) {
            texts.add(r.text());
            for (String p : r.text().split("\n")) texts.add(p);
        }
        int found = 0;
        for (PartialDate pub : new PartialDate[] {null, PartialDate.of(java.time.LocalDate.of(2024, 3, 14))}) {
            for (String t : texts) {
                List<DateResolver.Found> expected = DateResolver.findEverywhere(t, pub);
                assertEquals(expected, DateResolver.find(t, pub), t);
                found += expected.size();
            }
        }
        assertTrue(found > 1000, found + " dates");
    }
}
