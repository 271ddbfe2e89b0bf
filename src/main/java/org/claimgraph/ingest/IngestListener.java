package org.claimgraph.ingest;

import org.claimgraph.model.Problem;

/**
 * Hears what an ingest is doing: each bad record as it is found, and the running counts after each
 * committed batch. Called from the ingest's writer thread, one call at a time.
 */
public interface IngestListener {
    /** A record that could not be read or extracted, or a duplicate id. */
    default void problem(Problem p) {}

    /**
     * Counts so far.
     *
     * @param done   records finished (stored or failed)
     * @param failed of which failed
     */
    default void progress(long done, long failed) {}

    /** Listens to problems only, passing each message as "error: …" lines to {@code log}. */
    static IngestListener logging(java.util.function.Consumer<String> log) {
        return new IngestListener() {
            @Override
            public void problem(Problem p) { log.accept("error: " + p.message()); }
        };
    }
}
