package org.claimgraph.ingest;

import java.util.List;

import org.claimgraph.model.Problem;

/**
 * What an ingest did. {@code read == ingested + failed}: every record is counted once.
 *
 * @param read     records found (good and bad)
 * @param ingested records stored
 * @param failed   records that could not be read or extracted
 * @param quads    quads written (article graphs and entity descriptions, before de-duplication)
 * @param problems every failure, with its location and reason
 * @param millis   wall time
 * @param storeMillis time the writer spent storing (writes and commits; 0 when nothing is stored)
 */
public record IngestReport(long read, long ingested, long failed, long quads, List<Problem> problems, long millis, long storeMillis) {
    public IngestReport {
        problems = List.copyOf(problems);
        if (read != ingested + failed) throw new IllegalStateException("counts do not add up: read " + read + " != " + ingested + " + " + failed);
    }

    public String summary() {
        return String.format("read %d, ingested %d, failed %d (%d quads in %.1f s)", read, ingested, failed, quads, millis / 1000.0);
    }
}
