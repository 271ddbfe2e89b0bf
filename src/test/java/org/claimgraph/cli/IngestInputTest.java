package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} over bad input, with a size limit, and from standard input: exit codes and the summary. */
class IngestInputTest {
    @TempDir
    Path dir;

    @Test
    void badFilesAreReportedAndGoodRecordsIngested() {
        CliTest.Result r = CliTest.run("ingest", TestData.testResource("read/bad").toString(), "--max-file-size", "4KB",
                "--store", dir.resolve("s").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("read 21, ingested 7, failed 14"), r.err());
        for (String where : new String[] {"empty.txt", "binary.txt", "latin1.txt", "big.txt", "notes.pdf", "mixed.jsonl:2", "rows.csv:2"}) {
            assertTrue(r.err().contains(where), where + " not reported:\n" + r.err());
        }
    }

    @Test
    void sizeLimitMustBeASize() {
        CliTest.Result r = CliTest.run("ingest", TestData.seeds().toString(), "--max-file-size", "lots", "--store", dir.resolve("s").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--max-file-size"), r.err());
    }

    @Test
    void jsonLinesFromStandardInput() {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(("{\"id\":\"in-1\",\"text\":\"The council met on Monday and approved the plan.\"}\n"
                + "{\"id\":\"in-2\",\"text\":\"The mayor said the plan would be published.\",\"outlet\":\"Town Crier\"}\n").getBytes(StandardCharsets.UTF_8)));
        try {
            CliTest.Result r = CliTest.run("ingest", "-", "--store", dir.resolve("s").toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("read 2, ingested 2, failed 0"), r.err());
        } finally {
            System.setIn(old);
        }
    }
}
