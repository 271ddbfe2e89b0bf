package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads articles (files or directories: .txt, .html, .jsonl, .csv) into the store, one named graph per article.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest; '-' reads JSON Lines from standard input.")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Mixin
    LinkOption link;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MB",
            description = "Largest file accepted (and, for '-', largest line), e.g. 500KB, 20MB, 1GB; larger files are reported and skipped. Default: ${DEFAULT-VALUE}.")
    String maxFileSize;

    @Override
    public Integer call() {
        long max = parseSize(maxFileSize);
        Paths.requireExisting(paths);
        if (paths.stream().filter(p -> p.toString().equals("-")).count() > 1) throw new UserException("'-' (standard input) can be given only once", 2);
        try (Store s = store.open()) {
            return run(paths, s, new ArticleReader(max), link.extractor());
        }
    }

    /** "20MB", "512k", "1048576" → bytes; a usage error otherwise. */
    static long parseSize(String s) {
        var m = java.util.regex.Pattern.compile("(?i)\\s*(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\\s*").matcher(s);
        if (!m.matches()) throw new UserException("bad --max-file-size '" + s + "' (expected a number of bytes, or e.g. 500KB, 20MB)", 2);
        long n = Long.parseLong(m.group(1));
        String u = m.group(2) == null ? "b" : m.group(2).toLowerCase(java.util.Locale.ROOT).substring(0, 1);
        long v = switch (u) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
        if (v <= 0) throw new UserException("--max-file-size must be positive", 2);
        return v;
    }

    /** Ingests and prints the summary; exit 0 when every record was ingested, 1 when some failed. */
    static int run(List<Path> paths, Store s, Extractor extractor) { return run(paths, s, new ArticleReader(), extractor); }

    static int run(List<Path> paths, Store s, ArticleReader reader, Extractor extractor) {
        Ingester ingester = new Ingester(reader, extractor, 1000, Runtime.getRuntime().availableProcessors(), System.err::println);
        IngestReport r = ingester.ingest(paths, s);
        System.err.println(r.summary());
        return r.failed() == 0 ? 0 : 1;
    }
}
