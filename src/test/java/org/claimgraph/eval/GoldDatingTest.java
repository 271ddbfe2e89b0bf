package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.PartialDate;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;
import org.junit.jupiter.api.Test;

/** eval gives an undated article the gold's publication date, so relative dates resolve as the annotator read them. */
class GoldDatingTest {
    static Gold.Article article(String id, String published) {
        return new Gold.Article(id, null, published, null, List.of(), List.of(), List.of());
    }

    static RawArticle raw(String id, PartialDate issued) {
        return new RawArticle(id, Source.file(id + ".txt"), "txt", "Title\n\nBody.", ArticleMeta.EMPTY.withIssued(issued));
    }

    @Test
    void anUndatedArticleTakesTheGoldsDateAtItsPrecision() {
        var dating = new Gold(List.of(article("a", "2017-11-14"), article("b", "2020-07"), article("c", null))).dating();
        assertEquals(new PartialDate(2017, 11, 14), dating.apply(raw("a", null)).meta().issued());
        assertEquals(PartialDate.ofMonth(2020, 7), dating.apply(raw("b", null)).meta().issued());
        assertNull(dating.apply(raw("c", null)).meta().issued(), "a gold without a date gives none");
        RawArticle other = raw("x", null);
        assertSame(other, dating.apply(other), "an article the gold does not describe is left as read");
    }

    @Test
    void anArticlesOwnDateWins() {
        var dating = new Gold(List.of(article("a", "2017-11-14"))).dating();
        assertEquals(PartialDate.ofYear(2016), dating.apply(raw("a", PartialDate.ofYear(2016))).meta().issued());
    }

    @Test
    void aMalformedGoldDateNamesTheArticle() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Gold(List.of(article("a7", "14 Nov 2017"))).dating());
        assertTrue(e.getMessage().contains("a7") && e.getMessage().contains("14 Nov 2017"), e.getMessage());
    }
}
