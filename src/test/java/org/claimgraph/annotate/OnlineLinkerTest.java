package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.TestData;
import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online linking against a local Fuseki loaded with a Wikidata-shaped sample: never the internet. */
class OnlineLinkerTest {
    @TempDir
    Path dir;

    @Test
    void linksNamesWithExactlyOneFittingItemCachesAnswersAndLeavesAmbiguityUnlinked() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, TestData.testResource("wikidata/sample.ttl").toString());
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/wd", dsg).build().start();
        String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/wd/sparql";
        Path cache = dir.resolve("cache/links.tsv");
        List<String> log = new ArrayList<>();
        String body = "Colonel Karim Haddad said the Euphrates Valley Observatory had counted the dead. "
                + "Lina Saleh, spokeswoman for the observatory, told reporters that Haddad was wrong. "
                + "Sergey Lavrov said so too.";
        try {
            OnlineLinker linker = new OnlineLinker(endpoint, cache, Duration.ofMillis(10), log::add);
            Article a = annotate(linker, body);
            assertEquals(List.of("http://www.wikidata.org/entity/Q900001"), entity(a, "Karim Haddad").sameAs(), "one human of that name");
            assertEquals(List.of("http://www.wikidata.org/entity/Q900005"), entity(a, "Euphrates Valley Observatory").sameAs());
            assertTrue(entity(a, "Lina Saleh").sameAs().isEmpty(), "two humans of that name: no link");
            assertTrue(entity(a, "Sergey Lavrov").sameAs().isEmpty() || !entity(a, "Sergey Lavrov").sameAs().get(0).contains("Q9000"),
                    "gazetteer actors are not looked up");
            assertTrue(log.isEmpty(), log.toString());
            assertTrue(Files.readString(cache).contains("Karim Haddad\thttp://www.wikidata.org/entity/Q900001"));
        } finally {
            fuseki.stop();
        }
        // the endpoint is gone: answers come from the cache, misses are reported, not fatal
        OnlineLinker offline = new OnlineLinker(endpoint, cache, Duration.ZERO, log::add);
        assertEquals("http://www.wikidata.org/entity/Q900001", offline.lookup("Karim Haddad", EntityType.PERSON));
        assertNull(offline.lookup("Lina Saleh", EntityType.PERSON), "a cached miss stays a miss");
        assertNull(offline.lookup("Nobody Known", EntityType.PERSON));
        assertTrue(log.stream().anyMatch(m -> m.contains("Nobody Known")), log.toString());
    }

    static Article annotate(OnlineLinker linker, String body) {
        return Annotators.standardWith(linker).annotate(Article.of("t", Source.file("t.txt"), body, ArticleMeta.EMPTY, List.of()));
    }

    static Entity entity(Article a, String label) {
        return a.entities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + label + " in " + a.entities()));
    }
}
