package org.claimgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;

/**
 * CSV with a header row, streamed with jackson-dataformat-csv (RFC 4180 quoting, multi-line
 * fields). Columns are found by name, case-insensitively: {@code id}; {@code title}; {@code text}
 * or {@code content} (required); {@code outlet}, {@code domain} or {@code source}; {@code published}
 * or {@code date}; {@code url}; {@code authors} or {@code author}. Records are numbered from 1 after
 * the header; a row whose field count does not fit the header, or with no text, fails alone.
 */
final class CsvReader {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    void read(InputStream in, String name, String fileStem, RecordSink sink) throws IOException {
        Records records = new Records(fileStem);
        try (Reader r = Decoding.marking(in);
             MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(r)) {
            if (!it.hasNextValue()) throw new ArticleReader.ReadException("no header row");
            String[] header = it.nextValue();
            Map<String, Integer> cols = columns(header);
            Integer text = col(cols, "text", "content", "body");
            if (text == null) {
                throw new ArticleReader.ReadException("header has no 'text' or 'content' column (columns: " + String.join(", ", header) + ")");
            }
            long row = 0;
            while (true) {
                Source src = new Source(name, row + 1);
                String[] f;
                long line;
                try {
                    if (!it.hasNextValue()) break;
                    row++;
                    f = it.nextValue();
                    line = it.getCurrentLocation() == null ? -1 : startLine(it);
                } catch (RuntimeException | JsonProcessingException e) {
                    // The CSV syntax is broken here; the rest of the file cannot be delimited reliably.
                    sink.fail(new Problem(src, "read", "row " + src.record() + ": malformed CSV, rest of file skipped: " + message(e)));
                    return;
                }
                String where = "row " + row + (line > 0 ? " (line " + line + ")" : "") + ": ";
                if (f.length == 1 && f[0].isBlank()) { row--; continue; }
                if (f.length != header.length) {
                    sink.fail(new Problem(src, "read", where + f.length + " fields, but the header has " + header.length));
                    continue;
                }
                if (String.join("", f).indexOf(Decoding.INVALID) >= 0) {
                    sink.fail(new Problem(src, "read", where + "invalid UTF-8 (rejected)"));
                    continue;
                }
                String body = f[text];
                if (body == null || body.isBlank()) {
                    sink.fail(new Problem(src, "read", where + "empty text"));
                    continue;
                }
                var meta = Records.meta(get(f, cols, "title", "headline"), get(f, cols, "outlet", "domain", "source", "site_name"),
                        get(f, cols, "published", "date", "published_at", "datepublished"), get(f, cols, "url", "link"),
                        Records.authors(get(f, cols, "authors", "author")));
                sink.accept(new RawArticle(records.id(get(f, cols, "id"), src, sink), src, "csv", body, meta));
            }
        }
    }

    private static long startLine(MappingIterator<String[]> it) {
        JsonLocation loc = it.getParser().currentTokenLocation();
        return loc == null ? -1 : loc.getLineNr();
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String h = header[i] == null ? "" : header[i].strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            m.putIfAbsent(h, i);
        }
        return m;
    }

    private static Integer col(Map<String, Integer> cols, String... names) {
        for (String n : names) if (cols.containsKey(n)) return cols.get(n);
        return null;
    }

    private static String get(String[] f, Map<String, Integer> cols, String... names) {
        for (String n : names) {
            Integer i = cols.get(n);
            if (i != null && f[i] != null && !f[i].isBlank()) return f[i];
        }
        return null;
    }

}
