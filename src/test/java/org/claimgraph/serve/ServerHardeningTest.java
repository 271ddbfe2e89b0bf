package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's defences over HTTP: updates behind basic auth, the query timeout, the request size
 * limit, CORS, and error pages without stack traces.
 */
class ServerHardeningTest {
    static final String ORIGIN = "https://lab.example.org";
    static final String COUNT_ARTICLES = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/claimgraph/ontology#Article> }";

    @TempDir
    static Path dir;
    static Store store;
    /** Updates allowed (user "ed", password "s3cret"), CORS for one origin, 1 s timeout, 20 kB limit. */
    static Server hardened;
    /** The defaults: read-only, no CORS. */
    static Server plain;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A page that fails with an exception whose message must not reach the client. */
    static final class Failing extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("internal detail /secret/path");
        }
    }

    @BeforeAll
    static void start() {
        store = TestData.seededStore(dir.resolve("store"));
        Server.Options o = new Server.Options("127.0.0.1", 0, false, 1_000)
                .withUpdate("ed", "s3cret").withCors(List.of(ORIGIN)).withMaxRequestBytes(20_000);
        hardened = Server.start(store.datasetGraph(), o, Map.of("/fail", new Failing()));
        plain = Server.start(store.datasetGraph(), new Server.Options("127.0.0.1", 0, false, 30_000));
    }

    @AfterAll
    static void stop() {
        hardened.close();
        plain.close();
        store.close();
    }

    /**
     * One request on a fresh connection: a server may close a connection after refusing a request
     * whose body it did not read, and a pooled connection would then fail on its next use.
     */
    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder query(Server s, String sparql) {
        return HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv");
    }

    static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder update(String sparql) {
        return HttpRequest.newBuilder(URI.create(hardened.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
    }

    @Test
    void updatesNeedTheUserAndPassword() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> \"auth\" } }";
        assertEquals(401, send(update(insert).build()).statusCode(), "no credentials");
        var atDataset = send(HttpRequest.newBuilder(URI.create(hardened.url() + "kg"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:test:ds> <urn:test:b> \"no\" }")).build());
        assertTrue(atDataset.statusCode() >= 400, "no update at the dataset URL without credentials: " + atDataset.statusCode());
        var ask = send(query(hardened, "ASK { <urn:test:ds> ?p ?o }").header("Accept", "application/sparql-results+json").GET().build());
        assertTrue(ask.body().contains("false"), ask.body());
        assertEquals(401, send(update(insert).header("Authorization", basic("ed", "wrong")).build()).statusCode(), "wrong password");
        var ok = send(update(insert).header("Authorization", basic("ed", "s3cret")).build());
        assertTrue(ok.statusCode() < 300, "the user may update: " + ok.statusCode() + " " + ok.body());
        var put = HttpRequest.newBuilder(URI.create(hardened.url() + "kg/data?graph=urn:test:h"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:test:c> <urn:test:d> \"gsp\" ."));
        assertEquals(401, send(put.build()).statusCode(), "graph store write without credentials");
        assertTrue(send(put.header("Authorization", basic("ed", "s3cret")).build()).statusCode() < 300);

        var seen = send(query(hardened, "SELECT ?o WHERE { { <urn:test:a> ?p ?o } UNION { <urn:test:c> ?p ?o } }").GET().build());
        assertEquals(200, seen.statusCode(), "queries need no credentials");
        assertTrue(seen.body().contains("auth") && seen.body().contains("gsp"), seen.body());

        var viaQueryEndpoint = send(HttpRequest.newBuilder(URI.create(hardened.sparqlUrl()))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic("ed", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:test:x> <urn:test:y> <urn:test:z> }")).build());
        assertTrue(viaQueryEndpoint.statusCode() >= 400, "the query endpoint never updates: " + viaQueryEndpoint.statusCode());
    }

    @Test
    void aNeedsAPasswordToAllowUpdates() {
        assertThrows(IllegalArgumentException.class, () -> Server.Options.defaults().withUpdate("ed", null));
        assertFalse(Server.Options.defaults().withUpdate("ed", "s3cret").toString().contains("s3cret"), "the password is never printed");
    }

    @Test
    void theTimeoutCutsOffARunawayQueryWhileOthersAreAnswered() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = HTTP.sendAsync(query(hardened, runaway).GET().build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        for (int i = 0; i < 5; i++) {
            var cheap = send(query(hardened, COUNT_ARTICLES).GET().build());
            assertEquals(200, cheap.statusCode());
            assertTrue(cheap.body().contains("5"), cheap.body());
        }
        HttpResponse<String> r = slow.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertNotEquals(200, r.statusCode(), "the runaway query was cut off, not answered: " + r.body());
        assertTrue(seconds < 20, "cut off near the 1 s timeout, took " + seconds + " s");
        assertNoStackTrace(r.body());
    }

    @Test
    void requestsOverTheSizeLimitAreRefused() throws Exception {
        String padded = COUNT_ARTICLES + " #" + "x".repeat(30_000);
        var big = send(HttpRequest.newBuilder(URI.create(hardened.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(padded)).build());
        assertEquals(413, big.statusCode());
        var small = send(HttpRequest.newBuilder(URI.create(hardened.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_ARTICLES)).build());
        assertEquals(200, small.statusCode(), small.body());
    }

    @Test
    void corsOnlyForTheConfiguredOrigins() throws Exception {
        var allowed = send(query(hardened, COUNT_ARTICLES).header("Origin", ORIGIN).GET().build());
        assertEquals(200, allowed.statusCode());
        assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        var other = send(query(hardened, COUNT_ARTICLES).header("Origin", "https://evil.example.com").GET().build());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS for other origins");
        var byDefault = send(query(plain, COUNT_ARTICLES).header("Origin", ORIGIN).GET().build());
        assertEquals(200, byDefault.statusCode());
        assertTrue(byDefault.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS unless asked");
    }

    @Test
    void errorResponsesCarryNoStackTraces() throws Exception {
        var malformed = send(query(plain, "SELECT ?x WHERE { ?x ").GET().build());
        assertEquals(400, malformed.statusCode());
        assertNoStackTrace(malformed.body());

        var failing = send(HttpRequest.newBuilder(URI.create(hardened.url() + "fail")).GET().build());
        assertEquals(500, failing.statusCode());
        assertNoStackTrace(failing.body());
        assertFalse(failing.body().contains("/secret/path"), "no exception message: " + failing.body());

        var missing = send(HttpRequest.newBuilder(URI.create(plain.url() + "kg/no-such-endpoint")).GET().build());
        assertTrue(missing.statusCode() >= 400);
        assertNoStackTrace(missing.body());
        var noUpdate = send(HttpRequest.newBuilder(URI.create(plain.url() + "kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertTrue(noUpdate.statusCode() >= 400, "read-only by default");
        assertNoStackTrace(noUpdate.body());
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.$]+\\(.*"), "stack frame in: " + body);
        assertFalse(body.contains("Exception"), "exception class in: " + body);
        assertFalse(body.contains("Caused by"), body);
    }
}
