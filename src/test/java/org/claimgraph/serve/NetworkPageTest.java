package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.TestData;
import org.claimgraph.network.Fixture;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network page's files over HTTP from Fuseki on a free port, and its queries against the live endpoint. */
class NetworkPageTest {
    @TempDir
    static Path dir;
    static Store store;
    static Server server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        store = Fixture.store(dir.resolve("store"));
        server = Server.start(store.datasetGraph(), new Server.Options("127.0.0.1", 0, false, 30_000), NetworkPage.servlets());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageAndRedirectsTheBarePath() throws Exception {
        var bare = get("graph");
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/graph/"));
        var page = get("graph/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("lib/cytoscape.min.js") && page.body().contains("app.js"), "the page loads Cytoscape.js from the jar");
        assertEquals(200, get("graph/app.js").statusCode());
        assertEquals(200, get("graph/style.css").statusCode());
    }

    @Test
    void servesCytoscapeFromTheWebJar() throws Exception {
        var js = get("graph/lib/cytoscape.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().length() > 100_000 && js.body().contains("cytoscape"), "the minified library");
        assertEquals(404, get("graph/lib/package.json").statusCode(), "only the dist folder's scripts");
    }

    @Test
    void servesTheQueriesExactlyAsInTheQueriesFolder() throws Exception {
        String app = TestData.read(TestData.projectDir().resolve("src/main/resources/org/claimgraph/serve/web/app.js"));
        Matcher m = Pattern.compile("QUERIES = \\[([^\\]]+)\\]").matcher(app);
        assertTrue(m.find(), "app.js lists its queries");
        List<String> names = Pattern.compile("'([a-z-]+)'").matcher(m.group(1)).results().map(r -> r.group(1)).toList();
        assertEquals(4, names.size(), names.toString());
        for (String n : names) {
            var rq = get("queries/" + n + ".rq");
            assertEquals(200, rq.statusCode(), n);
            assertEquals(Files.readString(TestData.queries().resolve(n + ".rq")), rq.body(), n);
            assertTrue(rq.body().startsWith("#"), n + " starts with a comment saying what it is for");
        }
    }

    @Test
    void refusesAnythingOutsideItsFolders() throws Exception {
        for (String p : List.of("queries/nope.rq", "queries/log4j2.xml", "queries/..%2Flog4j2.xml", "graph/..%2F..%2Flog4j2.xml",
                "graph/lib/..%2F..%2F..%2F..%2Fmaven%2Forg.webjars.npm%2Fcytoscape%2Fpom.properties", "graph/index.html%00.js")) {
            int code = get(p).statusCode();
            assertTrue(code == 404 || code == 400, p + " → " + code);
        }
    }

    @Test
    void theClaimsOfAClickedNodeComeWithTheirEvidence() throws Exception {
        // The page binds the clicked node in the query's VALUES line; the file's own line names Walid al-Moallem.
        String q = Files.readString(TestData.queries().resolve("network-node-claims.rq"));
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = new ObjectMapper().readTree(r.body()).at("/results/bindings");
        assertEquals(6, rows.size(), "his six claims");
        boolean found = false;
        for (JsonNode b : rows) {
            assertEquals("made", b.at("/role/value").asText());
            if (b.at("/evidence/value").asText().equals("Turkey trains terrorists, arms them and facilitates their infiltration into Syria")) {
                found = b.at("/targets/value").asText().endsWith("/actor/turkey");
            }
        }
        assertTrue(found, "the evidence is cut out of the body by the claim's offsets");
    }
}
