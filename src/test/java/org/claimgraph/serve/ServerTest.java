package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fuseki on a free port over the seeds, queried over HTTP. */
class ServerTest {
    @TempDir
    static Path dir;
    static Store store;
    static Server server;

    @BeforeAll
    static void start() {
        store = TestData.seededStore(dir.resolve("store"));
        server = Server.start(store.datasetGraph(), new Server.Options("127.0.0.1", 0, false, 30_000));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /**
     * One request on a fresh connection: a server may close a connection after refusing a request
     * whose body it did not read, and a pooled connection would then fail on its next use.
     */
    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersSparqlOverHttpAtBothEndpoints() {
        for (String ep : new String[] {"kg/sparql", "kg/query"}) {
            try (QueryExecution qe = QueryExecutionHTTP.service(server.url() + ep)
                    .query("SELECT ?t WHERE { ?a a <https://w3id.org/claimgraph/ontology#Article> ; <http://purl.org/dc/terms/title> ?t }").build()) {
                ResultSet rs = qe.execSelect();
                int n = 0;
                while (rs.hasNext()) { rs.next(); n++; }
                assertEquals(5, n, ep);
            }
        }
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        var update = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertTrue(update.statusCode() >= 400, "update refused: " + update.statusCode());
        var updateViaQuery = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertTrue(updateViaQuery.statusCode() >= 400, "update via the query endpoint refused: " + updateViaQuery.statusCode());
        var put = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(put.statusCode() >= 400, "graph store PUT refused: " + put.statusCode());
        var post = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?graph=urn:x"))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertTrue(post.statusCode() >= 400, "graph store POST refused: " + post.statusCode());
        try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query("ASK { <urn:a> ?p ?o }").build()) {
            assertTrue(!qe.execAsk(), "nothing was written");
        }
    }

    @Test
    void servesTheWebUiAndStatus() throws Exception {
        var ui = send(HttpRequest.newBuilder(URI.create(server.url())).GET().build());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the Fuseki UI's page");
        var status = send(HttpRequest.newBuilder(URI.create(server.url() + "$/server")).GET().build());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/kg"));
        var ping = send(HttpRequest.newBuilder(URI.create(server.url() + "$/ping")).GET().build());
        assertEquals(200, ping.statusCode());
    }

    @Test
    void aReadOnlyServerAnswersTheSameQueryAgainFromItsCache() throws Exception {
        String q = java.net.URLEncoder.encode("SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t } ORDER BY ?t", java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=" + q))
                .header("Accept", "text/csv").GET().build();
        var first = send(get);
        var second = send(get);
        assertEquals(200, first.statusCode());
        assertEquals(first.body(), second.body());
        assertEquals("hit", second.headers().firstValue("X-Claimgraph-Cache").orElse(""), "second answer from the cache");
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var json = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=" + q))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertTrue(json.body().trim().startsWith("{"), "another format is another answer");
        var bad = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=SELECT")).GET().build());
        var badAgain = send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=SELECT")).GET().build());
        assertEquals(400, badAgain.statusCode());
        assertTrue(badAgain.headers().firstValue("X-Claimgraph-Cache").isEmpty(), "errors are not kept");
        assertEquals(bad.statusCode(), badAgain.statusCode());
    }

    @Test
    void bindsLoopbackOnly() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void aTakenPortGivesAPlainMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Server.ServerException e = assertThrows(Server.ServerException.class, () ->
                    Server.start(store.datasetGraph(), new Server.Options("127.0.0.1", taken.getLocalPort(), false, 30_000)));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
    }
}
