package org.claimgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.Store;

/** Paths of the project's own data for tests (never ../shared). */
public final class TestData {
    private TestData() {}

    /** The project root (set by Maven; falls back to the working directory). */
    public static Path projectDir() {
        String p = System.getProperty("claimgraph.project.dir");
        return p == null ? Path.of("").toAbsolutePath() : Path.of(p);
    }

    public static Path seeds() { return projectDir().resolve("seeds"); }

    public static Path queries() { return projectDir().resolve("queries"); }

    public static Path testResource(String name) { return projectDir().resolve("src/test/resources").resolve(name); }

    /** Ingests the seeds into a fresh TDB2 store under {@code dir}. */
    public static Store seededStore(Path dir) {
        Store s = Store.open(dir);
        IngestReport r = Ingester.standard(m -> {}).ingest(List.of(seeds()), s);
        if (r.failed() != 0 || r.ingested() != 5) throw new IllegalStateException("seeds did not ingest: " + r.summary() + " " + r.problems());
        return s;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
