package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimgraph.TestData;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.model.Article;
import org.claimgraph.model.Comment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved pages of three shapes (a WordPress post, a news page with JSON-LD, an old table-and-div
 * page with a comment thread), read and cleaned, scored by token F1 against hand-marked article
 * text ({@code *.expected.txt} beside each page), with their metadata and comments.
 */
class HtmlReaderTest {
    static final Path DIR = TestData.testResource("read/html");
    static final Map<String, Article> PAGES = new HashMap<>();

    @BeforeAll
    static void read() {
        Collect c = new Collect();
        ArticleReader r = new ArticleReader();
        for (String n : List.of("wordpress-post.html", "news-jsonld.html", "forum-style.html")) r.readFile(DIR.resolve(n), c);
        assertEquals(List.of(), c.problems);
        Cleaner cleaner = new Cleaner();
        c.articles.forEach(a -> PAGES.put(a.id(), cleaner.clean(a)));
    }

    @Test
    void bodiesMatchHandMarkedTextByTokenF1() {
        double sum = 0;
        for (var e : PAGES.entrySet()) {
            String gold = TestData.read(DIR.resolve(e.getKey() + ".expected.txt"));
            double f1 = f1(tokens(e.getValue().body()), tokens(gold));
            System.out.printf("html body token F1 %s: %.3f%n", e.getKey(), f1);
            assertTrue(f1 >= 0.95, e.getKey() + " F1 " + f1 + "\n" + e.getValue().body());
            sum += f1;
        }
        System.out.printf("html body token F1 mean: %.3f%n", sum / PAGES.size());
    }

    @Test
    void wordpressMetadataAndComments() {
        Article a = PAGES.get("wordpress-post");
        assertEquals("Water talks stall as upstream dam fills", a.meta().title());
        assertEquals("2019-03-18", a.meta().issued().lexical());
        assertEquals("Riverside Monitor", a.meta().outlet());
        assertEquals("https://www.riversidemonitor.org/2019/03/water-talks-stall-as-upstream-dam-fills/", a.meta().url());
        assertEquals(List.of("Dana Okafor"), a.meta().authors());
        assertEquals(List.of("Miriam T.", "Hassan"), a.comments().stream().map(Comment::author).toList());
        assertEquals("c1", a.comments().get(1).replyTo());
        assertEquals("They are published, just three weeks late.", a.comments().get(1).text());
    }

    @Test
    void jsonLdGivesHeadlineDateAuthorsPublisher() {
        Article a = PAGES.get("news-jsonld");
        assertEquals("Ministry says convoy was struck near border crossing", a.meta().title());
        assertEquals("2021-06-02", a.meta().issued().lexical());
        assertEquals("The Northern Ledger", a.meta().outlet());
        assertEquals(List.of("Leyla Demir", "Tomas Reyes"), a.meta().authors());
        assertEquals("https://news.northernledger.com/world/2021/06/02/convoy-struck-border-crossing", a.meta().url());
        assertEquals(0, a.comments().size());
    }

    @Test
    void oldPageInDeclaredCharsetWithThreadAndBylineRow() {
        Article a = PAGES.get("forum-style");
        assertEquals("Villagers describe night of shelling", a.meta().title());
        assertEquals("2017-04-05", a.meta().issued().lexical());
        assertEquals("Valley Voice", a.meta().outlet());
        assertEquals(List.of("Karim Haddad"), a.meta().authors());
        assertNull(a.meta().url(), "a local file's location is not the article's URL");
        List<Comment> cs = a.comments();
        assertEquals(List.of("Nour", "Sami K", "Nour", "Renée"), cs.stream().map(Comment::author).toList());
        assertEquals(java.util.Arrays.asList(null, "c1", "c2", null), cs.stream().map(Comment::replyTo).toList());
        assertFalse(a.body().contains("Karim Haddad |"));
    }

    @Test
    void furnitureNeverReachesABody() {
        for (Article a : PAGES.values()) {
            String b = a.body().toLowerCase(Locale.ROOT);
            for (String junk : List.of("cookie", "share this", "share on", "related", "newsletter", "most read", "advertisement", "leave a reply",
                    "skip to content", "all rights reserved", "sign up", "read more", "photo:", "tweet", "my cousin")) {
                assertFalse(b.contains(junk), a.id() + " body holds '" + junk + "'");
            }
        }
    }

    static List<String> tokens(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    /** Bag-of-tokens F1, as article-extraction benchmarks score it. */
    static double f1(List<String> got, List<String> want) {
        Map<String, Integer> w = new HashMap<>();
        for (String t : want) w.merge(t, 1, Integer::sum);
        int hit = 0;
        for (String t : got) {
            Integer n = w.get(t);
            if (n != null && n > 0) {
                hit++;
                w.put(t, n - 1);
            }
        }
        if (hit == 0) return 0;
        double p = hit / (double) got.size();
        double r = hit / (double) want.size();
        return 2 * p * r / (p + r);
    }
}
