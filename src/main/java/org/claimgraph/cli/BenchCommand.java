package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.claimgraph.bench.Bench;
import org.claimgraph.bench.BenchCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks claimgraph on a corpus made by replicating a CSV and the seeds under unique ids: "
                + "extraction alone, ingest into a fresh store (articles/s, triples/s, peak heap, store size), "
                + "Jena's TDB2 bulk loader on the same quads, and query latency from concurrent HTTP clients.",
                "Prints figures; run it with the heap you want to check, e.g. CLAIMGRAPH_JAVA_OPTS=-Xmx1g ./claimgraph bench."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--csv", defaultValue = "src/test/resources/corpora/news_sample.csv", paramLabel = "FILE",
            description = "Template CSV with at least 'id' and 'content' columns (default: ${DEFAULT-VALUE}).")
    Path csv;

    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR", description = "Seed articles replicated too (default: ${DEFAULT-VALUE}; 'none' to skip).")
    String seeds;

    @Option(names = "--articles", defaultValue = "20000", paramLabel = "N", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|txt", description = "Corpus written as one CSV or one .txt file per article (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR", description = "Queries to run; those with SERVICE are skipped (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "N", description = "Concurrent query clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", defaultValue = "30", paramLabel = "SECONDS", description = "Length of the query phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--no-loader", description = "Skip the comparison with Jena's bulk loader.")
    boolean noLoader;

    @Option(names = "--cold", description = "Also time the ingest command and Jena's tdb2.tdbloader command on the same quads, each in a fresh JVM (start-up and JIT compilation included).")
    boolean cold;

    @Option(names = "--work", paramLabel = "DIR", description = "Working directory for the corpus and stores (default: a temporary directory, deleted afterwards).")
    Path work;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(csv)) throw new UserException("no such CSV file: " + csv + " (give one with --csv)", 2);
        Path seedDir = seeds.equals("none") ? null : Path.of(seeds);
        if (seedDir != null && !Files.isDirectory(seedDir)) throw new UserException("no such directory: " + seedDir + " (--seeds none to skip)", 2);
        if (!Files.isDirectory(queries)) throw new UserException("no such directory: " + queries, 2);
        if (cold && noLoader) throw new UserException("--cold compares with the loader: it cannot go with --no-loader", 2);
        if (articles < 1 || clients < 1 || seconds < 1) throw new UserException("--articles, --clients and --duration must be at least 1", 2);
        BenchCorpus.Format f;
        try {
            f = BenchCorpus.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--format must be csv or txt, not " + format, 2);
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("claimgraph-bench") : Files.createDirectories(work);
        if (!temporary && Files.list(dir).findAny().isPresent()) throw new UserException("the working directory " + dir + " is not empty", 2);
        try {
            new Bench(new Bench.Settings(csv, seedDir, articles, f, dir, queries, clients, Duration.ofSeconds(seconds), !noLoader, cold), System.out).run();
        } finally {
            if (temporary) delete(dir);
        }
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
