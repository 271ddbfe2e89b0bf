package org.claimgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.model.Source;

/**
 * The read stage: turns files and directories into {@link RawArticle} records, streaming, and
 * reports every record it cannot read as a {@link Problem} naming the file and why. Built once,
 * then shareable.
 */
public final class ArticleReader {
    /** Default largest file accepted. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("max bytes must be positive");
        this.maxBytes = maxBytes;
    }

    public ArticleReader() { this(DEFAULT_MAX_BYTES); }

    /** The files a path stands for: itself, or every readable file below a directory, sorted. */
    public List<Path> expand(Path path) throws IOException {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> s = Files.walk(path)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
            return out;
        }
    }

    /** Reads every path (file or directory) into the sink. */
    public void read(List<Path> paths, RecordSink sink) {
        for (Path p : paths) {
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
            long size = Files.size(file);
            if (size == 0) {
                sink.fail(new Problem(src, "read", "empty file"));
                return;
            }
            if (size > maxBytes) {
                sink.fail(new Problem(src, "read", "file is " + size + " bytes, over the limit of " + maxBytes));
                return;
            }
            String ext = extension(file);
            switch (ext) {
                case "txt", "text" -> sink.accept(readText(file, src));
                default -> sink.fail(new Problem(src, "read", "unsupported file type '." + ext + "' (expected .txt, .html, .htm, .jsonl, .ndjson, .csv)"));
            }
        } catch (ReadException e) {
            sink.fail(new Problem(src, "read", e.getMessage()));
        } catch (IOException e) {
            sink.fail(new Problem(src, "read", "cannot read: " + e.getMessage()));
        }
    }

    private RawArticle readText(Path file, Source src) throws IOException {
        String text = decodeStrict(Files.readAllBytes(file));
        return new RawArticle(idOf(file), src, "txt", text, ArticleMeta.EMPTY);
    }

    /** Decodes UTF-8, rejecting malformed input and binary content. */
    static String decodeStrict(byte[] bytes) throws ReadException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) throw new ReadException("binary file (contains NUL bytes), not text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ReadException("invalid UTF-8: " + e.getMessage());
        }
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

    /** Reads JSON Lines from a stream (for "-", standard input). */
    public void readJsonl(InputStream in, String name, RecordSink sink) {
        sink.fail(new Problem(Source.file(name), "read", "JSON Lines input is not supported yet"));
    }

    /** A record that cannot be read; the message says why. */
    static final class ReadException extends IOException {
        ReadException(String message) { super(message); }
    }
}
