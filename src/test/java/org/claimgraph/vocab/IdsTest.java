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
    void asciiSlugsAreTheExpressionsSlugs() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("", "-", "--a--", "a'b", "a ' b", "`Ali`",
                "O'Brien's  Party", "U.S.-led", "  WALID  al-Moallem ", "12 x 3", "a\tb\nc", "A-_-B", "'", "x'-'y"));
        java.util.Random r = new java.util.Random(7);
        String chars = "aZ09 -'`._/\t!?";
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) b.append(chars.charAt(r.nextInt(chars.length())));
            names.add(b.toString());
        }
        for (int c = 0; c < 128; c++) names.add("a" + (char) c + "b");
        for (String n : names) assertEquals(Ids.slugByExpressions(n), Ids.asciiSlug(n), n);
        assertEquals(null, Ids.asciiSlug("São"));
    }

    @Test
    void articleGraphsKeepReadableIdsAndHashOthers() {
        assertEquals(Ids.ARTICLE_GRAPH_PREFIX + "000_64c96e6ee6266016", Ids.articleGraph("000_64c96e6ee6266016").getURI());
        String odd = Ids.articleGraph("a b/c").getURI();
        assertTrue(odd.matches(".*/graph/article/a-b-c-[0-9a-f]{10}"), odd);
        assertNotEquals(Ids.articleGraph("a b").getURI(), Ids.articleGraph("a-b").getURI());
    }
}
