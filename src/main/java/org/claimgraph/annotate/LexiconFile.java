package org.claimgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated lexicon files under {@code lexicon/}: '#' comments, a header line, then rows. */
final class LexiconFile {
    private LexiconFile() {}

    /** Rows of the named file, without comments and header; each row split on tabs (trailing empty cells kept). */
    static List<String[]> rows(String name, boolean header) {
        String path = "lexicon/" + name;
        try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("lexicon " + path + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            boolean skip = header;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (skip) { skip = false; continue; }
                String[] cells = line.split("\t", -1);
                if (cells[0].isBlank()) throw new IllegalStateException(path + " line " + n + ": empty first cell");
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
