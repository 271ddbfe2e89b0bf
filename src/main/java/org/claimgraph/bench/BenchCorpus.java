package org.claimgraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.claimgraph.read.ArticleReader;

/**
 * A large corpus made by replicating a template CSV's rows and the seed articles, each copy under
 * a unique id ({@code <id>-c<copy>}). Written as one CSV with the template's columns (the seeds go
 * in its {@code id}, {@code title} and {@code content} columns), or as one .txt file per record.
 */
public final class BenchCorpus {
    public enum Format { CSV, TXT }

    private BenchCorpus() {}

    /** Writes {@code count} records and returns the path to ingest (the CSV file or the directory). */
    public static Path build(Path templateCsv, Path seedsDir, int count, Format format, Path outDir) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> columns;
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(header).readValues(templateCsv.toFile())) {
            while (it.hasNext()) rows.add(it.next());
            columns = new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames());
        }
        if (!columns.contains("id") || !columns.contains("content")) {
            throw new IOException(templateCsv + ": a template CSV needs 'id' and 'content' columns, found " + columns);
        }
        if (seedsDir != null) {
            for (Path f : new ArticleReader().expand(seedsDir)) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("id", ArticleReader.idOf(f));
                row.put("content", Files.readString(f, StandardCharsets.UTF_8));
                rows.add(row);
            }
        }
        if (rows.isEmpty()) throw new IOException(templateCsv + " has no rows");
        Files.createDirectories(outDir);
        return format == Format.CSV ? writeCsv(rows, columns, count, outDir.resolve("corpus.csv"), mapper)
                : writeTxt(rows, count, Files.createDirectories(outDir.resolve("corpus")));
    }

    private static Map<String, String> copy(List<Map<String, String>> rows, int i) {
        Map<String, String> row = new LinkedHashMap<>(rows.get(i % rows.size()));
        row.put("id", row.get("id") + "-c" + (i / rows.size()));
        return row;
    }

    private static Path writeCsv(List<Map<String, String>> rows, List<String> columns, int count, Path out, CsvMapper mapper) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        for (String c : columns) b.addColumn(c);
        CsvSchema schema = b.build().withHeader();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             SequenceWriter sw = mapper.writerFor(Map.class).with(schema).writeValues(w)) {
            for (int i = 0; i < count; i++) {
                Map<String, String> row = copy(rows, i);
                Map<String, String> full = new LinkedHashMap<>();
                for (String c : columns) full.put(c, row.getOrDefault(c, ""));
                sw.write(full);
            }
        }
        return out;
    }

    private static Path writeTxt(List<Map<String, String>> rows, int count, Path dir) throws IOException {
        for (int i = 0; i < count; i++) {
            Map<String, String> row = copy(rows, i);
            String title = row.getOrDefault("title", "");
            String text = (title == null || title.isBlank() ? "" : title + "\n\n") + row.get("content");
            Files.writeString(dir.resolve(row.get("id").replaceAll("[^A-Za-z0-9._-]", "_") + ".txt"), text, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
