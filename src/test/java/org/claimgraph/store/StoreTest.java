package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.vocab.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds in a real TDB2 store in a temporary directory. */
class StoreTest {
    @TempDir
    Path dir;

    @Test
    void seedsGoIntoOneNamedGraphEachAndTheDefaultGraphIsTheirUnion() {
        try (Store s = TestData.seededStore(dir.resolve("store"))) {
            List<String> graphs = s.articleGraphs();
            assertEquals(5, graphs.size());
            assertTrue(graphs.contains(Ids.ARTICLE_GRAPH_PREFIX + "002_657d4da5822060ae"));
            long articles = Txn.calculateRead(s.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.create(
                        "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/claimgraph/ontology#Article> }", s.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(5, articles, "the default graph is the union of the article graphs");
            boolean ontology = Txn.calculateRead(s.datasetGraph(), () -> s.datasetGraph().containsGraph(Ids.ONTOLOGY_GRAPH));
            assertTrue(ontology, "the ontology is loaded into its own graph");
        }
    }

    @Test
    void reingestingLeavesTheQuadCountUnchanged() {
        try (Store s = TestData.seededStore(dir.resolve("store"))) {
            long first = s.quadCount();
            IngestReport again = Ingester.standard(m -> {}).ingest(List.of(TestData.seeds()), s);
            assertEquals(5, again.ingested());
            assertEquals(first, s.quadCount());
        }
    }

    @Test
    void exportsParseBack() {
        try (Store s = TestData.seededStore(dir.resolve("store"))) {
            long quads = s.quadCount();
            for (var f : List.of(new Object[] {"trig", Lang.TRIG}, new Object[] {"nq", Lang.NQUADS}, new Object[] {"jsonld", Lang.JSONLD})) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                s.export((String) f[0], out);
                DatasetGraph back = DatasetGraphFactory.createTxnMem();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang((Lang) f[1]).parse(back);
                assertEquals(quads, back.stream().count(), f[0] + " export has every quad");
            }
            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            s.export("ttl", ttl);
            var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(ttl.toByteArray())).lang(Lang.TURTLE).parse(g);
            assertTrue(g.size() > 0);
        }
    }

    @Test
    void seedsConformToTheShapes() {
        try (Store s = TestData.seededStore(dir.resolve("store"))) {
            ValidationReport r = s.validate();
            if (!r.conforms()) ShLib.printReport(System.out, r);
            assertTrue(r.conforms(), "SHACL report above");
        }
    }
}
