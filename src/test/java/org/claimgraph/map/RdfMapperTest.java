package org.claimgraph.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.TestData;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ids;
import org.junit.jupiter.api.Test;

/** The mapping of real extracted seeds: deterministic, evidence cut back out of the body, staff kept apart. */
class RdfMapperTest {
    static final Extractor EX = Extractor.standard();

    static Article seed(String id) {
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().readFile(TestData.seeds().resolve(id + ".txt"), new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }

            @Override public void fail(Problem p) { throw new AssertionError(p.message()); }
        });
        return EX.extract(raws.get(0));
    }

    static List<Quad> quads(Article a) {
        List<Quad> out = new ArrayList<>();
        new RdfMapper().map(a, new StreamRDFBase() {
            @Override public void quad(Quad q) { out.add(q); }
        });
        return out;
    }

    @Test
    void theSameArticleMapsToTheSameQuadsInTheSameOrder() {
        assertEquals(quads(seed("001_0d50138f5aef86cf")), quads(seed("001_0d50138f5aef86cf")));
    }

    @Test
    void everyClaimsTextIsItsSpanOfTheBodyAndEveryClaimIsInItsArticleGraph() {
        Article a = seed("001_0d50138f5aef86cf");
        List<Quad> qs = quads(a);
        Node g = Ids.articleGraph(a.id());
        assertFalse(a.attributions().isEmpty());
        Node[] ids = RdfMapper.claimIds(a);
        for (int i = 0; i < ids.length; i++) {
            Attribution c = a.attributions().get(i);
            Node claim = ids[i];
            String text = qs.stream().filter(q -> q.getSubject().equals(claim) && q.getPredicate().equals(CG.text))
                    .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElseThrow();
            assertEquals(a.body().substring(c.content().begin(), c.content().end()), text);
            assertTrue(qs.stream().filter(q -> q.getSubject().equals(claim)).allMatch(q -> q.getGraph().equals(g)),
                    "claim statements live in the article's graph");
            assertTrue(qs.stream().anyMatch(q -> q.getObject().equals(claim)
                    && (q.getPredicate().equals(CG.alleges) || q.getPredicate().equals(CG.denies))), "someone alleges or denies it");
        }
    }

    @Test
    void everyNamedSpeakerIsMentionedByItsArticle() {
        for (String id : List.of("001_0d50138f5aef86cf", "003_dc875d24e25a1aad")) {
            Article a = seed(id);
            List<Quad> qs = quads(a);
            Node art = Ids.article(a.id());
            for (Attribution at : a.attributions()) {
                var e = a.entity(at.speaker());
                if (e == null || e.type() == org.claimgraph.model.EntityType.UNNAMED_SOURCE || !Character.isUpperCase(e.label().charAt(0))) continue;
                Node n = RdfMapper.entityNode(a, e.key());
                assertTrue(qs.stream().anyMatch(q -> q.getSubject().equals(art) && q.getPredicate().equals(CG.mentions) && q.getObject().equals(n)),
                        id + ": speaker " + e.key() + " not mentioned");
            }
        }
    }

    @Test
    void staffArePersonsOfTheArticleButNeverMentioned() {
        Article a = seed("004_03481cbb225c8e26");
        assertFalse(a.staff().isEmpty(), "the byline's translator");
        List<Quad> qs = quads(a);
        for (String s : a.staff()) {
            Node person = RdfMapper.entityNode(a, s);
            assertTrue(qs.stream().anyMatch(q -> q.getPredicate().equals(CG.translator) && q.getObject().equals(person)));
            assertFalse(qs.stream().anyMatch(q -> q.getPredicate().equals(CG.mentions) && q.getObject().equals(person)));
        }
    }

    static Article text(java.nio.file.Path dir, String name, String text) throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve(name), text);
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().readFile(f, new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }

            @Override public void fail(Problem p) { throw new AssertionError(p.message()); }
        });
        return EX.extract(raws.get(0));
    }

    @Test
    void aSourceAddressTheBodyNeverNamesIsCitedNotMentioned(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        String story = "Floods cut the valley road\n\nFloods cut the only road into the valley on Tuesday, leaving three villages without "
                + "supplies, the regional governor Marta Ilves said. Engineers expect to reopen it within a week, she added.\n\n";
        Article a = text(dir, "a.txt", story + "Source: http://quiet-mirror-news.com/2020/03/floods-cut-the-valley-road/\n");
        Article b = text(dir, "b.txt", story + "More at quiet-mirror-news.com every day.\n\nSource: http://quiet-mirror-news.com/2020/03/floods/\n");
        for (Article x : List.of(a, b)) {
            assertEquals(1, x.cites().size(), x.cites().toString());
            Node site = RdfMapper.entityNode(x, x.cites().get(0));
            Node art = Ids.article(x.id());
            List<Quad> qs = quads(x);
            assertTrue(qs.stream().anyMatch(q -> q.getSubject().equals(art) && q.getPredicate().equals(CG.cites) && q.getObject().equals(site)));
            boolean mentioned = qs.stream().anyMatch(q -> q.getSubject().equals(art) && q.getPredicate().equals(CG.mentions) && q.getObject().equals(site));
            assertEquals(x == b, mentioned, "mentioned only where the body writes the site's name");
        }
    }

    @Test
    void aSiteNameInsideAnotherWordIsNoMentionOfTheSite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        String story = "Floods cut the valley road\n\nFloods cut the only road into the valley on Tuesday, the regional governor Marta Ilves "
                + "said at the Ovzora bridge.\n\n";
        Article a = text(dir, "a.txt", story + "Source: http://vz.ru/2020/03/floods-cut-the-valley-road/\n");
        assertEquals(1, a.cites().size(), a.cites().toString());
        Node site = RdfMapper.entityNode(a, a.cites().get(0));
        Node art = Ids.article(a.id());
        assertTrue(quads(a).stream().noneMatch(q -> q.getSubject().equals(art) && q.getPredicate().equals(CG.mentions) && q.getObject().equals(site)),
                "'vz' inside 'Ovzora' is no mention of vz.ru");
    }

    @Test
    void commentsKeepTheirThread() {
        Article a = seed("000_64c96e6ee6266016");
        List<Quad> qs = quads(a);
        long comments = qs.stream().filter(q -> q.getPredicate().equals(CG.hasComment)).count();
        long replies = qs.stream().filter(q -> q.getPredicate().equals(CG.replyTo)).count();
        assertEquals(7, comments);
        assertEquals(6, replies);
        assertFalse(a.body().contains("zman"), "comments are out of the body");
    }

    @Test
    void twoSpeakersOfOneSpanAreTwoClaimsEachWithItsOwnSpeakerAndStance() {
        // an allegation and its denial on the same words: two claim nodes, never one with two speakers
        Article a = EX.extract(new RawArticle("share", org.claimgraph.model.Source.file("share.txt"), "txt",
                "Border clash\n\nThe Defence Ministry said the army had opened fire, a charge the rebels deny.", org.claimgraph.model.ArticleMeta.EMPTY));
        assertEquals(2, a.attributions().size(), a.attributions().toString());
        assertEquals(a.attributions().get(0).content(), a.attributions().get(1).content());
        List<Quad> qs = quads(a);
        List<Node> claims = qs.stream().filter(q -> q.getPredicate().equals(CG.speaker)).map(Quad::getSubject).distinct().toList();
        assertEquals(2, claims.size(), qs.toString());
        for (Node c : claims) {
            assertEquals(1, qs.stream().filter(q -> q.getSubject().equals(c) && q.getPredicate().equals(CG.speaker)).count());
            assertEquals(1, qs.stream().filter(q -> q.getSubject().equals(c) && q.getPredicate().equals(CG.stance)).count());
        }
        // the first keeps the span's IRI
        assertEquals(Ids.claim(a.id(), a.attributions().get(0).content().begin(), a.attributions().get(0).content().end()), RdfMapper.claimIds(a)[0]);
        assertTrue(claims.contains(RdfMapper.claimIds(a)[0]) && claims.contains(RdfMapper.claimIds(a)[1]));
    }
}
