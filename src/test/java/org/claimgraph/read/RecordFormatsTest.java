package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimgraph.TestData;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.model.Article;
import org.claimgraph.model.RawArticle;
import org.junit.jupiter.api.Test;

/** JSON Lines and CSV records: fields by name, streamed, every record kept. */
class RecordFormatsTest {
    @Test
    void jsonLinesFixture() {
        Collect c = new Collect();
        new ArticleReader().readFile(TestData.testResource("read/jsonl/articles.jsonl"), c);
        assertEquals(List.of(), c.problems);
        assertEquals(List.of("tg-1001", "tg-1002", "1003"), c.articles.stream().map(RawArticle::id).toList());
        RawArticle a = c.byId("tg-1001");
        assertEquals("Port authority denies report of seized tanker", a.meta().title());
        assertEquals("Harbour Daily", a.meta().outlet());
        assertEquals("2020-02-17", a.meta().issued().lexical());
        assertEquals(List.of("Ines Park", "Olu Bello"), a.meta().authors());
        assertEquals(1, a.source().record());
        RawArticle b = c.byId("tg-1002");
        assertEquals("citywire-news.example.org", b.meta().outlet(), "outlet from the url's domain");
        assertEquals(List.of("Sam Reed", "Ada Norell"), b.meta().authors());
        assertEquals("2017-04-05", b.meta().issued().lexical());
        assertNull(b.meta().title());
        RawArticle d = c.byId("1003");
        assertEquals("weather-desk.example.net", d.meta().outlet());
        assertEquals("2020-07", d.meta().issued().lexical());
        assertEquals(4, d.source().record(), "line numbers count blank lines");
    }

    @Test
    void jsonLinesFromStandardInput() {
        String in = "{\"id\":\"s1\",\"text\":\"One.\"}\nnot json\n{\"id\":\"s2\",\"text\":\"Two.\"}";
        Collect c = new Collect();
        new ArticleReader(1000, new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))).read(List.of(java.nio.file.Path.of("-")), c);
        assertEquals(List.of("s1", "s2"), c.articles.stream().map(RawArticle::id).toList());
        assertEquals(1, c.problems.size());
        assertEquals("<stdin>:2", c.problems.get(0).source().location());
        assertTrue(c.problems.get(0).reason().contains("not JSON"), c.problems.get(0).reason());
    }

    @Test
    void all250RowsOfNewsSampleAreRead() {
        Collect c = new Collect();
        new ArticleReader().readFile(TestData.testResource("corpora/news_sample.csv"), c);
        assertEquals(List.of(), c.problems);
        assertEquals(250, c.articles.size());
        Set<String> ids = new HashSet<>();
        for (RawArticle a : c.articles) assertTrue(ids.add(a.id()), "duplicate id " + a.id());
        for (int i = 0; i < 250; i++) assertEquals(i + 1, c.articles.get(i).source().record(), "rows in order, none lost or merged");
        RawArticle first = c.byId("141");
        assertEquals("awm.com", first.meta().outlet());
        assertEquals(List.of("Ruth Harris"), first.meta().authors());
        assertTrue(first.meta().title().startsWith("Church Congregation Brings Gift to Waitresses"));
        assertTrue(first.text().startsWith("Sometimes the power of Christmas"));
        assertEquals("newsmax.com", c.articles.stream().filter(a -> a.meta().url() != null && a.meta().url().contains("newsmax"))
                .findFirst().orElseThrow().meta().outlet(), "www. dropped from a domain column");
        RawArticle cfp = c.byId("1422");
        assertEquals(List.of("Judi Mcleod"), cfp.meta().authors(), "a slogan in the authors field is not a name");
    }

    @Test
    void newsSampleBodiesLoseTheirSiteFurniture() {
        Collect c = new Collect();
        new ArticleReader().readFile(TestData.testResource("corpora/news_sample.csv"), c);
        Cleaner cleaner = new Cleaner();
        int empty = 0;
        for (RawArticle r : c.articles) {
            Article a = cleaner.clean(r);
            String b = a.body().toLowerCase(Locale.ROOT);
            if (b.isBlank()) empty++;
            for (String junk : List.of("readers think this story is fact", "headline: bitcoin", "subscribe to canada free press",
                    "please adhere to our commenting policy", "we encourage you to share and republish", "spread the word! like and share",
                    "this article has been contributed by", "all rights reserved")) {
                assertFalse(b.contains(junk), a.id() + " body holds '" + junk + "'");
            }
            if (a.meta().title() != null) assertFalse(a.body().startsWith(a.meta().title() + "\n"), a.id() + " body repeats the title");
        }
        assertTrue(empty <= 2, empty + " empty bodies");
    }
}
