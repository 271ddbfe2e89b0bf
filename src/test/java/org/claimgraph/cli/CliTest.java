package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream(), sysErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(sysOut, true));
        System.setErr(new PrintStream(sysErr, true));
        try {
            CommandLine cl = Main.commandLine();
            int code = cl.execute(args);
            System.out.flush();
            System.err.flush();
            return new Result(code, sysOut.toString(), sysErr.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everySubcommandHasHelp() {
        for (String c : new String[] {"ingest", "serve", "query", "export", "extract", "validate"}) {
            Result r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: claimgraph " + c), "OUT[" + r.out() + "] ERR[" + r.err() + "]");
        }
    }

    @Test
    void unknownSubcommandOrFlagIsAUsageError() {
        Result r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage"), r.err());
        Result f = run("ingest", "--no-such-flag", "seeds");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("Unknown option"), f.err());
    }

    @Test
    void missingPathIsNamed() {
        Result r = run("ingest", dir.resolve("nope").toString(), "--store", dir.resolve("s").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope"), r.err());
    }

    @Test
    void ingestQueryExportValidateExtract() throws Exception {
        String store = dir.resolve("s").toString();
        Result in = run("ingest", TestData.seeds().toString(), "--store", store);
        assertEquals(0, in.code(), in.err());
        assertTrue(in.err().contains("read 5, ingested 5, failed 0"), in.err());

        Result q = run("query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/claimgraph/ontology#Article> }",
                "--store", store, "--format", "csv");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("n\r\n5"), q.out());

        Path rq = dir.resolve("q.rq");
        Files.writeString(rq, "SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id");
        Result qf = run("query", rq.toString(), "--store", store, "--format", "tsv");
        assertEquals(0, qf.code(), qf.err());
        assertTrue(qf.out().contains("\"000_64c96e6ee6266016\""), qf.out());

        Result bad = run("query", "-e", "SELECT WHERE {", "--store", store);
        assertEquals(2, bad.code());

        Path out = dir.resolve("all.nq");
        Result ex = run("export", "--store", store, "--format", "nq", "--out", out.toString());
        assertEquals(0, ex.code(), ex.err());
        assertTrue(Files.size(out) > 0);
        assertEquals(2, run("export", "--store", store, "--format", "xml").code());

        Result v = run("validate", "--store", store);
        assertEquals(0, v.code(), v.out());

        Result x = run("extract", TestData.seeds().resolve("002_657d4da5822060ae.txt").toString());
        assertEquals(0, x.code(), x.err());
        assertTrue(x.out().contains("cg:Article"), x.out());
    }
}
