package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimgraph.TestData;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixture directory {@code read/bad}: an empty file, a binary file, a Latin-1 file (invalid
 * UTF-8: rejected), a file over a 4 KB limit, an unsupported type, a JSON Lines file with bad lines
 * among good ones, and a CSV file with rows that do not fit its header. Every problem names its
 * file (and line or row) and why; every good record is still read; counts add up.
 */
class BadFilesTest {
    static final Path DIR = TestData.testResource("read/bad");
    static final Collect C = new Collect();
    static final Map<String, String> BY_LOCATION = new TreeMap<>();

    @BeforeAll
    static void read() {
        new ArticleReader(4096).read(List.of(DIR), C);
        for (Problem p : C.problems) BY_LOCATION.put(DIR.relativize(Path.of(p.source().file())) + (p.source().record() == 0 ? "" : ":" + p.source().record()), p.reason());
    }

    private static void problem(String where, String reasonPart) {
        String reason = BY_LOCATION.get(where);
        assertTrue(reason != null, "no problem reported at " + where + "; got " + BY_LOCATION);
        assertTrue(reason.contains(reasonPart), where + ": '" + reason + "' should say '" + reasonPart + "'");
    }

    @Test
    void wholeFileProblems() {
        problem("empty.txt", "empty file");
        problem("binary.txt", "binary");
        problem("latin1.txt", "invalid UTF-8 at byte 3");
        problem("big.txt", "over the limit of 4096");
        problem("notes.pdf", "unsupported file type '.pdf'");
    }

    @Test
    void jsonLinesProblemsNameTheirLine() {
        problem("mixed.jsonl:2", "line 2: not JSON");
        problem("mixed.jsonl:3", "no \"text\"");
        problem("mixed.jsonl:4", "invalid UTF-8");
        problem("mixed.jsonl:5", "not a JSON object");
        problem("mixed.jsonl:6", "no \"id\"");
    }

    @Test
    void csvProblemsNameTheirRow() {
        problem("rows.csv:2", "3 fields, but the header has 7");
        problem("rows.csv:4", "8 fields, but the header has 7");
        problem("rows.csv:5", "empty text");
        problem("rows.csv:7", "invalid UTF-8");
    }

    @Test
    void goodRecordsAreAllRead() {
        assertEquals(List.of("good", "m1", "m7", "r1", "r3", "r1-2", "r7"), C.articles.stream().map(RawArticle::id).toList());
        RawArticle r3 = C.byId("r3");
        assertEquals("First paragraph of a multi-line field.\r\n\r\nSecond paragraph, still in the same field.", r3.text());
        assertEquals("example.org", r3.meta().outlet());
        assertEquals("2017-11-14", r3.meta().issued().lexical());
        assertEquals(List.of("A. Rahman", "B. Osei"), r3.meta().authors());
        assertEquals("A good row, with a comma, and a \"quoted\" word.", C.byId("r1").text());
        assertEquals("2017-11-14", C.byId("r1").meta().issued().lexical());
        assertEquals(1, C.warnings.size(), "the duplicate id is reported as a warning: " + C.warnings);
        assertTrue(C.warnings.get(0).message().contains("rows.csv:6"), C.warnings.get(0).message());
    }

    @Test
    void countsAddUp() {
        assertEquals(14, C.problems.size(), BY_LOCATION.toString());
        assertEquals(7, C.articles.size());
        assertEquals(BY_LOCATION.size(), C.problems.size(), "one problem per record");
    }
}
