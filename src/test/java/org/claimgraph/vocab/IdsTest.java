package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void slugsAreStableAndFolded() {
        assertEquals("walid-al-moallem", Ids.slug("Walid al-Moallem"));
        assertEquals("walid-al-moallem", Ids.slug("  WALID  al‑Moallem "));
        assertEquals("syrias-foreign-ministry", Ids.slug("Syria’s Foreign Ministry"));
        assertEquals("sao-paulo", Ids.slug("São Paulo"));
        assertTrue(Ids.slug("???").startsWith("x"));
    }

    @Test
    void articleGraphsKeepReadableIdsAndHashOthers() {
        assertEquals(Ids.ARTICLE_GRAPH_PREFIX + "000_64c96e6ee6266016", Ids.articleGraph("000_64c96e6ee6266016").getURI());
        String odd = Ids.articleGraph("a b/c").getURI();
        assertTrue(odd.matches(".*/graph/article/a-b-c-[0-9a-f]{10}"), odd);
        assertNotEquals(Ids.articleGraph("a b").getURI(), Ids.articleGraph("a-b").getURI());
    }
}
