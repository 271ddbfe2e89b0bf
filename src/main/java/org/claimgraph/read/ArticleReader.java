package org.claimgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;

/**
 * The read stage: turns files and directories into {@link RawArticle} records, streaming, and
 * reports every record it cannot read as a {@link Problem} naming the file (and the line or row
 * of a multi-record file) and why. Built once, then shareable.
 *
 * <p>Formats by extension, checked against the content: {@code .txt} (a text dump; read as HTML
 * when it is in fact a saved page), {@code .html}/{@code .htm}, {@code .jsonl}/{@code .ndjson},
 * {@code .csv}. The path {@code -} reads JSON Lines from standard input. Empty files, binary files,
 * files over the size limit and invalid UTF-8 are rejected (see {@link Decoding}); in JSON Lines
 * the limit applies to each line of standard input.
 */
public final class ArticleReader {
    /** Default largest file accepted. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The name standard input goes by in problems and record sources. */
    public static final String STDIN = "<stdin>";

    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b");
    private static final Pattern CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private final long maxBytes;
    private final InputStream stdin;

    public ArticleReader(long maxBytes, InputStream stdin) {
        if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive");
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    public ArticleReader(long maxBytes) { this(maxBytes, System.in); }

    public ArticleReader() { this(DEFAULT_MAX_BYTES); }

    /** The largest file (or standard-input line) accepted, in bytes. */
    public long maxBytes() { return maxBytes; }

    /** The files a path stands for: itself, or every non-hidden file below a directory, sorted. */
    public List<Path> expand(Path path) throws IOException {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> s = Files.walk(path)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile).filter(p -> !hidden(path, p)).sorted().forEach(out::add);
            return out;
        }
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** Reads every path (file, directory, or "-" for JSON Lines on standard input) into the sink. */
    public void read(List<Path> paths, RecordSink sink) {
        for (Path p : paths) {
            if (p.toString().equals("-")) {
                readJsonl(stdin, STDIN, sink);
                continue;
            }
            List<Path> files;
            try {
                files = expand(p);
            } catch (IOException e) {
                sink.fail(new Problem(Source.file(p.toString()), "read", "cannot list directory: " + e.getMessage()));
                continue;
            }
            for (Path f : files) readFile(f, sink);
        }
    }

    /** Reads one file into the sink. */
    public void readFile(Path file, RecordSink sink) {
        Source src = Source.file(file.toString());
        try {
            if (!Files.isRegularFile(file)) throw new ReadException("not a regular file");
            long size = Files.size(file);
            if (size == 0) throw new ReadException("empty file");
            if (size > maxBytes) throw new ReadException("file is " + size + " bytes, over the limit of " + maxBytes + " (see --max-file-size)");
            String ext = extension(file);
            switch (ext) {
                case "txt", "text" -> readText(file, src, sink);
                case "html", "htm", "xhtml" -> readHtml(file, src, sink);
                case "jsonl", "ndjson" -> {
                    requireTextStart(file);
                    try (InputStream in = Files.newInputStream(file)) {
                        new JsonlReader(maxBytes).read(in, file.toString(), idOf(file), sink);
                    }
                }
                case "csv" -> {
                    requireTextStart(file);
                    try (InputStream in = Files.newInputStream(file)) {
                        new CsvReader().read(in, file.toString(), idOf(file), sink);
                    }
                }
                default -> throw new ReadException("unsupported file type '." + ext + "' (expected .txt, .html, .htm, .jsonl, .ndjson, .csv)");
            }
        } catch (ReadException e) {
            sink.fail(new Problem(src, "read", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            sink.fail(new Problem(src, "read", "cannot read: " + e));
        }
    }

    /** Reads JSON Lines from a stream (for "-", standard input); each line at most {@link #maxBytes()}. */
    public void readJsonl(InputStream in, String name, RecordSink sink) {
        try {
            new JsonlReader(maxBytes).read(in, name, "stdin", sink);
        } catch (IOException e) {
            sink.fail(new Problem(Source.file(name), "read", "cannot read: " + e.getMessage()));
        }
    }

    private void readText(Path file, Source src, RecordSink sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = Decoding.strict(bytes);
        if (HTML_START.matcher(text).lookingAt()) {
            sink.warn(new Problem(src, "read", "a .txt file holding an HTML page; read as HTML"));
            html(file, src, bytes, sink);
            return;
        }
        if (text.isBlank()) throw new ReadException("no text (only whitespace)");
        sink.accept(new RawArticle(idOf(file), src, "txt", text, null));
    }

    private void readHtml(Path file, Source src, RecordSink sink) throws IOException {
        html(file, src, Files.readAllBytes(file), sink);
    }

    private void html(Path file, Source src, byte[] bytes, RecordSink sink) throws IOException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Charset cs = StandardCharsets.UTF_8;
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(1).equalsIgnoreCase("iso-8859-1") ? "windows-1252" : m.group(1));
            } catch (IllegalArgumentException e) {
                sink.warn(new Problem(src, "read", "unknown charset '" + m.group(1) + "', read as UTF-8"));
            }
        }
        String html = Decoding.strict(bytes, cs);
        if (html.indexOf('<') < 0) throw new ReadException("no HTML markup in an ." + extension(file) + " file");
        HtmlReader.Page page = new HtmlReader().read(html, file.toUri().toString());
        if (page.text().isBlank()) throw new ReadException("no article text found in the page");
        var meta = page.meta();
        if (meta.url() != null && meta.url().startsWith("file:")) meta = meta.withUrl(null);
        if (meta.outlet() == null && meta.url() != null) meta = meta.withOutlet(Domains.of(meta.url()));
        sink.accept(new RawArticle(idOf(file), src, "html", page.text(), meta));
    }

    /** Multi-record files must start as text: a NUL in the first bytes means binary. */
    private static void requireTextStart(Path file) throws IOException {
        byte[] b = new byte[Decoding.SNIFF];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, b.length);
        }
        Decoding.requireText(b, n);
    }

    /** The record id of a file: its name without the extension. */
    public static String idOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A record that cannot be read; the message says why. */
    static final class ReadException extends IOException {
        ReadException(String message) { super(message); }
    }
}
