package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.ingest.Progress;
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

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() {
        Paths.requireExisting(paths);
        if (paths.stream().filter(p -> p.toString().equals("-")).count() > 1) throw new UserException("'-' (standard input) can be given only once", 2);
        try (Store s = store.open()) {
            return run(paths, s, options, link.extractor());
        }
    }

    /** Ingests, compacts when due, and prints the summary; exit 0 when every record was ingested, 1 when some failed. */
    static int run(List<Path> paths, Store s, IngestOptions o, Extractor extractor) {
        if (o.batchSize < 1 || o.threads() < 1 || o.commitEvery < 1) {
            throw new UserException("--batch-size, --threads and --commit-every must be at least 1", 2);
        }
        ArticleReader reader = o.reader();
        Ingester ingester = new Ingester(reader, extractor, o.batchSize, o.threads(), (String m) -> { })
                .withTransactionQuads(o.commitEvery);
        IngestReport r;
        try (Progress progress = Progress.onStandardError(Ingester.expectedRecords(reader, paths))) {
            r = ingester.withListener(progress).ingest(paths, s);
        }
        System.err.println(r.summary());
        if (o.shouldCompact(r)) {
            long before = s.sizeOnDisk();
            System.err.printf("compacting the store (%d MB) ...%n", before >> 20);
            s.compact();
            System.err.printf("compacted: %d MB -> %d MB%n", before >> 20, s.sizeOnDisk() >> 20);
        }
        return r.failed() == 0 ? 0 : 1;
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

    /** Options shared by {@code ingest} and {@code serve PATH...}. */
    static final class IngestOptions {
        /** Ingests of at least this many records are compacted afterwards unless --no-compact. */
        static final long AUTO_COMPACT_RECORDS = 5_000;

        @Option(names = "--batch-size", defaultValue = "" + Ingester.DEFAULT_BATCH_SIZE, paramLabel = "N",
                description = "Records per write transaction (default: ${DEFAULT-VALUE}); memory grows with it.")
        int batchSize;

        @Option(names = "--commit-every", defaultValue = "" + Ingester.DEFAULT_TRANSACTION_QUADS, paramLabel = "QUADS",
                description = "Commit once a write transaction holds this many quads (default: ${DEFAULT-VALUE}); "
                        + "a kill loses at most the uncommitted part, which a re-run redoes.")
        long commitEvery;

        @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
        Integer threads;

        @Option(names = "--compact", negatable = true,
                description = "Compact the store after the ingest (--no-compact: never). Default: only after a bulk ingest of "
                        + AUTO_COMPACT_RECORDS + " records or more.")
        Boolean compact;

        @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "20MB",
                description = "Largest file accepted (and, for '-', largest line), e.g. 500KB, 20MB, 1GB; larger files are reported and skipped. Default: ${DEFAULT-VALUE}.")
        String maxFileSize;

        int threads() { return threads == null ? Runtime.getRuntime().availableProcessors() : threads; }

        /** The reader with the configured size limit. */
        ArticleReader reader() { return new ArticleReader(parseSize(maxFileSize)); }

        boolean shouldCompact(IngestReport r) {
            return compact != null ? compact : r.read() >= AUTO_COMPACT_RECORDS;
        }

    }
}
