package org.claimgraph.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network read by SPARQL from a TDB2 store holding the fixture. */
class NetworkTest {
    @TempDir
    static Path dir;
    static Store store;
    static Network net;

    @BeforeAll
    static void load() {
        store = Fixture.store(dir.resolve("store"));
        net = Network.read(store.datasetGraph());
    }

    @AfterAll
    static void close() { store.close(); }

    static Network.Node node(String id) {
        return net.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no node " + id));
    }

    static int weight(Network.EdgeKind k, String s, String t) {
        return net.edges().stream().filter(e -> e.kind() == k && e.source().equals(s) && e.target().equals(t))
                .mapToInt(Network.Edge::weight).findFirst().orElse(0);
    }

    @Test
    void theFixturesOffsetsCutOutEachClaimsText() {
        String q = "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT ?c ?text ?cut WHERE { ?c cg:text ?text ; cg:start ?s ; cg:end ?e ; cg:reportedIn ?a . ?a cg:body ?b BIND(SUBSTR(?b, ?s + 1, ?e - ?s) AS ?cut) }";
        int n = Txn.calculateRead(store.datasetGraph(), () -> {
            int rows = 0;
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.datasetGraph()))) {
                for (ResultSet rs = qe.execSelect(); rs.hasNext(); rows++) {
                    QuerySolution s = rs.next();
                    assertEquals(s.getLiteral("text").getString(), s.getLiteral("cut").getString(), s.get("c").toString());
                }
            }
            return rows;
        });
        assertEquals(23, n);
    }

    @Test
    void nodesHaveKindsLabelsAndClaimCounts() {
        assertEquals(Fixture.NODES, net.nodes().size(), net.nodes().toString());
        Network.Node m = node("actor/walid-al-moallem");
        assertEquals("Walid al-Moallem", m.label());
        assertEquals(Network.Kind.PERSON, m.kind());
        assertEquals(6, m.claimsMade());
        assertEquals(0, m.claimsReceived());
        Network.Node coalition = node("actor/us-led-coalition");
        assertEquals(Network.Kind.ORGANIZATION, coalition.kind());
        assertEquals(1, coalition.claimsMade(), "the coalition's denial");
        assertEquals(13, coalition.claimsReceived());
        assertEquals(Network.Kind.COUNTRY, node("actor/syria").kind());
        assertEquals(Network.Kind.GROUP, node("actor/kurds").kind());
        assertEquals(Network.Kind.OUTLET, node("actor/the-duran").kind(), "outlets are also organizations: the most specific kind wins");
        assertEquals(Network.Kind.UNNAMED, node("source/a04_airlift-an-undisclosed-source").kind());
        assertEquals("an undisclosed source", node("source/a04_airlift-an-undisclosed-source").label());
        assertEquals(11, node("actor/the-duran").claimsPublished(), "8 claims in a02 and 3 in a04");
        assertEquals(Network.Kind.OUTLET, node("actor/sputnik").kind(), "a cited outlet is a node");
    }

    @Test
    void edgesAreWeightedByClaimsOrArticles() {
        assertEquals(Fixture.EDGES, net.edges().size(), net.edges().stream().map(Network.Edge::id).collect(Collectors.joining("\n")));
        assertEquals(3, weight(Network.EdgeKind.ACCUSES, "actor/walid-al-moallem", "actor/us-led-coalition"));
        assertEquals(2, weight(Network.EdgeKind.ACCUSES, "actor/walid-al-moallem", "actor/turkey"));
        assertEquals(1, weight(Network.EdgeKind.DENIES, "actor/ryan-dillon", "actor/us-led-coalition"));
        assertEquals(0, weight(Network.EdgeKind.ACCUSES, "actor/ryan-dillon", "actor/us-led-coalition"), "a denial is not an accusation");
        assertEquals(5, weight(Network.EdgeKind.PUBLISHES, "actor/the-duran", "actor/walid-al-moallem"));
        assertEquals(1, weight(Network.EdgeKind.PUBLISHES, "actor/fort-russ-news", "actor/walid-al-moallem"));
        assertEquals(1, weight(Network.EdgeKind.CITES, "actor/the-duran", "actor/sputnik"));
        assertEquals(1, weight(Network.EdgeKind.INVOLVES, "actor/syrian-foreign-ministry", "actor/islamic-state"), "a claim that names ISIS");
        assertEquals(1, node("actor/islamic-state").claimsInvolved());
        assertEquals(1, weight(Network.EdgeKind.MEMBER_OF, "actor/walid-al-moallem", "actor/syrian-foreign-ministry"));
        assertEquals(0, weight(Network.EdgeKind.PUBLISHES, "actor/the-duran", "actor/the-duran"), "no self loops");
        assertTrue(net.edges().stream().noneMatch(e -> e.source().equals(e.target())));
    }

    @Test
    void agreesWithTheOneShotEdgeQuery() {
        // queries/network-edges.rq computes the edges in SPARQL alone; the network must match it
        // (except member-of edges, which the network keeps only between actors already in it).
        String q = TestData.read(TestData.queries().resolve("network-edges.rq"));
        Map<String, Integer> expected = new TreeMap<>();
        Txn.executeRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.datasetGraph()))) {
                qe.execSelect().forEachRemaining(s -> {
                    if (!s.getLiteral("kind").getString().equals("memberOf")) {
                        expected.put(s.getLiteral("kind").getString() + ":" + NetworkQueries.shortId(s.getResource("source").getURI())
                                + "->" + NetworkQueries.shortId(s.getResource("target").getURI()), s.getLiteral("weight").getInt());
                    }
                });
            }
        });
        Map<String, Integer> actual = new TreeMap<>();
        for (Network.Edge e : net.edges()) if (e.kind() != Network.EdgeKind.MEMBER_OF) actual.put(e.id(), e.weight());
        assertEquals(expected, actual);
    }

    @Test
    void readingTwiceGivesTheSameNetwork() {
        assertEquals(net, Network.read(store.datasetGraph()));
    }
}
