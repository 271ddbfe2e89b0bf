package org.claimgraph.queries;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
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
}
