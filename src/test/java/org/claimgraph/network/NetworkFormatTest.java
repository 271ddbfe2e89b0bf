package org.claimgraph.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.cli.Main;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four network files, re-read with real parsers (and Graphviz for dot). */
class NetworkFormatTest {
    @TempDir
    static Path dir;
    static Store store;
    static Network net;

    /** A network whose labels need escaping in every format. */
    static final Network AWKWARD = new Network(List.of(
            new Network.Node("actor/a&b", "https://w3id.org/claimgraph/id/actor/a&b", "<Al \"Quds\" & 'Sons'>\\", Network.Kind.ORGANIZATION, 2, 0, 0),
            new Network.Node("actor/x", "https://w3id.org/claimgraph/id/actor/x", "line\nbreak\u0001 – ünïcødé", Network.Kind.PERSON, 0, 2, 0)),
            List.of(new Network.Edge("actor/a&b", "actor/x", Network.EdgeKind.ACCUSES, 2),
                    new Network.Edge("actor/a&b", "actor/x", Network.EdgeKind.DENIES, 1)));

    @BeforeAll
    static void load() {
        store = Fixture.store(dir.resolve("store"));
        net = Network.read(store.datasetGraph());
    }

    @AfterAll
    static void close() { store.close(); }

    static byte[] write(NetworkFormat f, Network n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(n, out);
        return out.toByteArray();
    }

    static Document xml(byte[] b) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no internet: SVG's DOCTYPE
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(b));
    }

    static Set<String> ids(NodeList list) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i < list.getLength(); i++) s.add(((Element) list.item(i)).getAttribute("id"));
        return s;
    }

    @Test
    void graphmlRereadsWithEveryNodeAndEdge() throws Exception {
        Document d = xml(write(NetworkFormat.GRAPHML, net));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertEquals(Fixture.NODES, d.getElementsByTagNameNS(ns, "node").getLength());
        NodeList edges = d.getElementsByTagNameNS(ns, "edge");
        assertEquals(Fixture.EDGES, edges.getLength());
        assertEquals(Fixture.EDGES, ids(edges).size(), "edge ids are unique");
        assertTrue(ids(d.getElementsByTagNameNS(ns, "node")).contains("actor/walid-al-moallem"));
        boolean weighted = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getAttribute("id").equals("accuses:actor/walid-al-moallem->actor/us-led-coalition")) {
                NodeList data = e.getElementsByTagNameNS(ns, "data");
                for (int j = 0; j < data.getLength(); j++) {
                    Element x = (Element) data.item(j);
                    if (x.getAttribute("key").equals("e_weight")) weighted = x.getTextContent().equals("3");
                }
            }
        }
        assertTrue(weighted, "the accusation's weight is carried");
    }

    @Test
    void gexfRereadsWithEveryNodeAndEdge() throws Exception {
        Document d = xml(write(NetworkFormat.GEXF, net));
        String ns = "http://gexf.net/1.3";
        assertEquals("1.3", d.getDocumentElement().getAttribute("version"));
        assertEquals(Fixture.NODES, d.getElementsByTagNameNS(ns, "node").getLength());
        assertEquals(Fixture.EDGES, d.getElementsByTagNameNS(ns, "edge").getLength());
        assertEquals(Fixture.NODES, d.getElementsByTagNameNS("http://gexf.net/1.3/viz", "color").getLength());
        Element nodes = (Element) d.getElementsByTagNameNS(ns, "nodes").item(0);
        assertEquals(Integer.toString(Fixture.NODES), nodes.getAttribute("count"));
    }

    @Test
    void awkwardLabelsStayWellFormedAndIntact() throws Exception {
        Document g = xml(write(NetworkFormat.GRAPHML, AWKWARD));
        assertTrue(g.getDocumentElement().getTextContent().contains("<Al \"Quds\" & 'Sons'>\\"));
        Document x = xml(write(NetworkFormat.GEXF, AWKWARD));
        Element first = (Element) x.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
        assertEquals("<Al \"Quds\" & 'Sons'>\\", first.getAttribute("label"));
        Element second = (Element) x.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(1);
        assertEquals("line break – ünïcødé", second.getAttribute("label"), "white space folded, the control character dropped, the rest kept");
        JsonNode cy = new ObjectMapper().readTree(write(NetworkFormat.CYJS, AWKWARD));
        assertEquals("<Al \"Quds\" & 'Sons'>\\", cy.at("/elements/nodes/0/data/label").asText());
        assertEquals(2, cy.at("/elements/edges").size(), "accuses and denies stay two edges");
    }

    @Test
    void cytoscapeJsonHasElementsWithData() throws Exception {
        JsonNode cy = new ObjectMapper().readTree(write(NetworkFormat.CYJS, net));
        assertEquals(Fixture.NODES, cy.at("/elements/nodes").size());
        assertEquals(Fixture.EDGES, cy.at("/elements/edges").size());
        Set<String> nodeIds = new HashSet<>();
        cy.at("/elements/nodes").forEach(n -> nodeIds.add(n.at("/data/id").asText()));
        cy.at("/elements/edges").forEach(e -> {
            assertTrue(nodeIds.contains(e.at("/data/source").asText()));
            assertTrue(nodeIds.contains(e.at("/data/target").asText()));
            assertTrue(e.at("/data/weight").asInt() >= 1);
        });
    }

    @Test
    void everyFormatCarriesTheMentionsEdges() throws Exception {
        String id = "involves:actor/syrian-foreign-ministry->actor/islamic-state";
        for (NetworkFormat f : NetworkFormat.values()) {
            String text = new String(write(f, net), StandardCharsets.UTF_8);
            boolean xml = f == NetworkFormat.GRAPHML || f == NetworkFormat.GEXF;
            assertTrue(text.contains(xml ? id.replace(">", "&gt;") : id), f + " has the involves edge");
            assertTrue(text.contains("claimsInvolved"), f + " has the nodes' involved counts");
        }
    }

    @Test
    void graphvizAcceptsTheDotFile() throws Exception {
        Path dot = Path.of("/usr/bin/dot");
        assumeTrue(Files.isExecutable(dot) || onPath("dot"), "Graphviz 'dot' is not installed: skipping (CI installs graphviz)");
        for (Network n : List.of(net, AWKWARD)) {
            Path in = dir.resolve("n" + n.nodes().size() + ".dot");
            Files.write(in, write(NetworkFormat.DOT, n));
            Process p = new ProcessBuilder("dot", "-Tsvg", in.toString()).redirectErrorStream(false).start();
            byte[] svg = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), err);
            assertEquals("", err.strip(), "no warnings from dot");
            Document d = xml(svg);
            NodeList groups = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
            int nodes = 0, edges = 0;
            for (int i = 0; i < groups.getLength(); i++) {
                String cls = ((Element) groups.item(i)).getAttribute("class");
                if (cls.equals("node")) nodes++;
                if (cls.equals("edge")) edges++;
            }
            assertEquals(n.nodes().size(), nodes);
            assertEquals(n.edges().size(), edges);
        }
    }

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) return true;
        }
        return false;
    }

    @Test
    void outputIsDeterministic() throws Exception {
        for (NetworkFormat f : NetworkFormat.values()) {
            assertArrayEquals(write(f, net), write(f, Network.read(store.datasetGraph())), f.formatName());
        }
    }

    @Test
    void theExportCommandWritesEveryFormat() throws Exception {
        Path storeDir = dir.resolve("cli-store");
        Fixture.store(storeDir).close();
        for (String f : List.of("graphml", "gexf", "dot", "cyjs")) {
            Path out = dir.resolve("network." + f);
            assertEquals(0, Main.run("export", "--format", f, "--store", storeDir.toString(), "--out", out.toString()), f);
            assertArrayEquals(write(NetworkFormat.named(f).orElseThrow(), net), Files.readAllBytes(out), f);
        }
        assertEquals(2, Main.run("export", "--format", "pajek", "--store", storeDir.toString()));
    }
}
