package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented query in queries/ parses, and each (but the federated one) returns rows on the seeds. */
class QueriesTest {
    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void seed() { store = TestData.seededStore(dir.resolve("store")); }

    @AfterAll
    static void close() { store.close(); }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> s = Files.list(TestData.queries())) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    static boolean federated(String text) { return text.contains("SERVICE <http"); }

    @Test
    void thereAreAtLeastEightDocumentedQueries() throws IOException {
        List<Path> all = queries().toList();
        assertTrue(all.size() >= 8, all.toString());
        for (Path p : all) {
            assertTrue(TestData.read(p).startsWith("#"), p + " starts with a comment saying what it answers");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void returnsRowsOnTheSeeds(Path file) {
        String text = TestData.read(file);
        Query q = QueryFactory.create(text);
        if (federated(text)) {
            assertTrue(text.contains("NEEDS INTERNET"), file + " says it needs internet");
            return;
        }
        int rows = Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                ResultSet rs = qe.execSelect();
                int n = 0;
                while (rs.hasNext()) { rs.next(); n++; }
                return n;
            }
        });
        assertTrue(rows > 0, file.getFileName() + " returns rows on the seeds store");
    }

    @Test
    void accusationTimelineRunsInIssueOrderWithAccusersAndDeniers() {
        Query q = QueryFactory.create(TestData.read(TestData.queries().resolve("accusation-timeline.rq")));
        List<QuerySolution> rows = Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                List<QuerySolution> all = new ArrayList<>();
                qe.execSelect().forEachRemaining(all::add);
                return all;
            }
        });
        List<String> dates = rows.stream().filter(r -> r.contains("issued")).map(r -> r.getLiteral("issued").getLexicalForm()).toList();
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted().toList(), dates, "dated rows come in issue order");
        int firstUndated = rows.indexOf(rows.stream().filter(r -> !r.contains("issued")).findFirst().orElse(null));
        assertTrue(firstUndated < 0 || rows.subList(firstUndated, rows.size()).stream().noneMatch(r -> r.contains("issued")),
                "undated rows come last");
        List<String> roles = rows.stream().map(r -> r.getLiteral("role").getString()).distinct().sorted().toList();
        assertEquals(List.of("accused by", "denied by"), roles);
        assertTrue(rows.stream().anyMatch(r -> r.contains("relays")), "a relayed accusation names its origin");
        assertEquals(rows.size(), rows.stream().map(r -> r.get("speakerLabel") + "|" + r.get("text") + "|" + r.get("article")).distinct().count(),
                "one row per claim, however many of the actor's names match");
    }
}
