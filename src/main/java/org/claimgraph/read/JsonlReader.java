package org.claimgraph.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;

/**
 * JSON Lines: one object per line with {@code id} and {@code text} (required; {@code content} or
 * {@code body} also name the text) and {@code title}, {@code outlet} (or {@code domain},
 * {@code source}), {@code published} (or {@code date}), {@code url}, {@code authors} (a string or
 * an array of strings or of objects with a name) — optional.
 * Read line by line, so a bad line (not JSON, no text, invalid UTF-8, too long) fails alone.
 * Blank lines are skipped.
 */
final class JsonlReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxLineBytes;

    JsonlReader(long maxLineBytes) { this.maxLineBytes = maxLineBytes; }

    void read(InputStream in, String name, String fileStem, RecordSink sink) throws IOException {
        Records records = new Records(fileStem);
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long lineNo = 0;
        boolean over = false;
        int c;
        do {
            c = b.read();
            if (c == '\n' || c == -1) {
                if (c == -1 && line.size() == 0 && !over) break;
                lineNo++;
                Source src = new Source(name, lineNo);
                if (over) {
                    sink.fail(new Problem(src, "read", "line " + lineNo + " is over the size limit of " + maxLineBytes + " bytes"));
                } else {
                    record(line.toByteArray(), src, records, sink);
                }
                line.reset();
                over = false;
            } else if (!over) {
                line.write(c);
                if (line.size() > maxLineBytes) {
                    over = true;
                    line.reset();
                }
            }
        } while (c != -1);
    }

    private void record(byte[] bytes, Source src, Records records, RecordSink sink) {
        String where = "line " + src.record() + ": ";
        String text;
        try {
            text = Decoding.strict(bytes);
        } catch (ArticleReader.ReadException e) {
            sink.fail(new Problem(src, "read", where + e.getMessage()));
            return;
        }
        if (text.isBlank()) return;
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.fail(new Problem(src, "read", where + "not JSON: " + e.getOriginalMessage()));
            return;
        }
        if (o == null || !o.isObject()) {
            sink.fail(new Problem(src, "read", where + "not a JSON object"));
            return;
        }
        String body = str(o, "text", "content", "body");
        if (body == null || body.isBlank()) {
            sink.fail(new Problem(src, "read", where + "no \"text\" field (required)"));
            return;
        }
        String id = str(o, "id");
        if (id == null || id.isBlank()) {
            sink.fail(new Problem(src, "read", where + "no \"id\" field (required)"));
            return;
        }
        JsonNode au = o.has("authors") ? o.get("authors") : o.get("author");
        var meta = Records.meta(str(o, "title", "headline"), str(o, "outlet", "domain", "source", "site_name"),
                str(o, "published", "date", "datePublished"), str(o, "url"), authors(au));
        sink.accept(new RawArticle(records.id(id, src, sink), src, "jsonl", body, meta));
    }

    /** The first of the named fields that holds a scalar value. */
    private static String str(JsonNode o, String... fields) {
        for (String f : fields) {
            JsonNode v = o.get(f);
            if (v != null && !v.isNull() && !v.isContainerNode()) return v.asText();
        }
        return null;
    }

    private static List<String> authors(JsonNode v) {
        if (v == null || v.isNull()) return List.of();
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode a : v) {
                String s = a.isObject() ? str(a, "name") : a.asText();
                if (s != null && !s.isBlank() && !out.contains(s.strip())) out.add(s.strip());
            }
            return out;
        }
        return Records.authors(v.asText());
    }
}
