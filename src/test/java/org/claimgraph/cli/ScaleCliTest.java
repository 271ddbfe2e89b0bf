package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command on a tiny corpus, and the serve options that guard updates. */
class ScaleCliTest {
    @TempDir
    Path dir;

    @Test
    void benchRunsOnATinyCorpusAndPrintsItsFigures() throws Exception {
        Path csv = dir.resolve("tiny.csv");
        Files.writeString(csv, "id,title,content\n"
                + "1,Talks fail,\"The minister said the talks failed, Reuters reported.\n\nA second paragraph.\"\n"
                + "2,Strike,\"An airstrike hit the town, the army said.\"\n");
        CliTest.Result r = CliTest.run("bench", "--csv", csv.toString(), "--seeds", TestData.seeds().toString(),
                "--articles", "30", "--format", "txt", "--queries", TestData.queries().toString(),
                "--clients", "2", "--duration", "1", "--cold", "--work", dir.resolve("work").toString());
        assertEquals(0, r.code(), r.err());
        for (String figure : new String[] {"extract:", "articles/s", "triples/s", "peak", "MB after compaction", "phased loader", "write path alone", "cold:", "tdb2.tdbloader", "p50", "p99", "errors"}) {
            assertTrue(r.out().contains(figure), figure + " in:\n" + r.out());
        }
        assertTrue(r.out().contains("ingest:     30 articles"), r.out());
        assertTrue(r.out().contains(", 0 errors"), r.out());
        assertFalse(r.out().contains("federated"), "queries with SERVICE are skipped: " + r.out());
        // the fresh-JVM runs really ingested and loaded: their logs say so
        assertTrue(Files.readString(dir.resolve("work/cold-ingest.log")).contains("ingested 30, failed 0"), "cold ingest log");
        assertTrue(Files.isDirectory(dir.resolve("work/cold-loader-store")), "cold loader store");
    }

    @Test
    void updatesNeedAPasswordFromAFileOrTheEnvironment() throws Exception {
        String store = dir.resolve("s").toString();
        if (System.getenv(ServeCommand.PASSWORD_ENV) == null) {
            CliTest.Result none = CliTest.run("serve", "--allow-update", "--store", store, "--port", "0");
            assertEquals(2, none.code(), none.err());
            assertTrue(none.err().contains("--password-file") && none.err().contains(ServeCommand.PASSWORD_ENV), none.err());
        }
        Path empty = Files.writeString(dir.resolve("pw"), "\n");
        CliTest.Result blank = CliTest.run("serve", "--allow-update", "--password-file", empty.toString(), "--store", store, "--port", "0");
        assertEquals(2, blank.code(), blank.err());
        assertTrue(blank.err().contains("is empty"), blank.err());
        CliTest.Result onCommandLine = CliTest.run("serve", "--allow-update", "--password", "x", "--store", store);
        assertEquals(2, onCommandLine.code(), "there is no option taking the password itself");
        assertFalse(Files.exists(dir.resolve("s")), "nothing was opened");
    }
}
