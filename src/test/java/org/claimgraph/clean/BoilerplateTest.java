package org.claimgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.TestData;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    @Test
    void theShortcutsGiveTheVerdictsOfTryingEveryPatternEverywhere() {
        Boilerplate b = Boilerplate.standard();
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(TestData.testResource("corpora/news_sample.csv"), TestData.seeds()), new RecordSink() {
            @Override public void accept(RawArticle r) { raws.add(r); }
            @Override public void fail(Problem p) { throw new AssertionError(p.message()); }
        });
        int lines = 0, furniture = 0;
        for (RawArticle r : raws) {
            for (String line : r.text().split("\n")) {
                Boilerplate.Verdict v = b.classify(line);
                assertEquals(b.classifyPlainly(line), v, line);
                lines++;
                if (v != null) furniture++;
            }
        }
        assertTrue(lines > 5_000 && furniture > 50, lines + " lines, " + furniture + " furniture");
    }

    @Test
    void aCallInOrChannelPromotionIsDroppedButNotAClaimThatMentionsOne() {
        Boilerplate b = Boilerplate.standard();
        assertEquals(Boilerplate.Kind.DROP, b.classify("Tell your provider to carry us – Call toll-free 1-800-555-0100 and we'll connect you.").kind());
        assertEquals(Boilerplate.Kind.DROP, b.classify("Call toll-free 1-800-555-0100 today.").kind());
        assertEquals(Boilerplate.Kind.DROP, b.classify("Vista TV is now available on Cable Ch. 349 in most areas.").kind());
        // must NOT: a claim whose speaker mentions a hotline, or footage "available on Channel 4 News"
        assertEquals(null, b.classify("Victims can call toll-free on 0800 123 456, the charity said, adding that the home had hidden the abuse."));
        assertEquals(null, b.classify("The footage, which is available on Channel 4 News, shows police beating protesters, the lawyer said."));
    }

    @Test
    void aPatternWithATopLevelAlternativeIsStillTriedEverywhere() {
        Boilerplate b = Boilerplate.parse(List.of("drop\t^(?=.{0,10}$)short|anywhere"), "t.tsv");
        assertEquals(Boilerplate.Kind.DROP, b.classify("a long line that mentions anywhere in it").kind());
        assertEquals(Boilerplate.Kind.DROP, b.classify("short one").kind());
        assertEquals(null, b.classify("short but longer than ten"));
    }

    @Test
    void aLengthBoundIsTheLookAheadsBoundAndWordsOnlySkipLinesWithoutThem() {
        Boilerplate b = Boilerplate.parse(List.of("drop\t(?i)^(?=.{8,20}$).*\\bcookies?\\b\tcookie"), "t.tsv");
        assertEquals(Boilerplate.Kind.DROP, b.classify("We use COOKIES.").kind());
        assertEquals(null, b.classify("cookie"), "shorter than the bound");
        assertEquals(null, b.classify("this line mentions a cookie but is too long"), "longer than the bound");
        assertEquals(null, b.classify("short cookie\u2028x"), "'.' does not match a line separator, so the look-ahead fails");
        assertEquals(b.classifyPlainly("short cookie\u2028x"), b.classify("short cookie\u2028x"));
    }
}
