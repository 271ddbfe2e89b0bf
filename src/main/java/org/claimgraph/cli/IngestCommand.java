package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.ingest.IngestReport;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() {
        Paths.requireExisting(paths);
        try (Store s = store.open()) {
            return run(paths, s, link);
        }
    }

    /** Ingests and prints the summary; exit 0 when every record was ingested, 1 when some failed. */
    static int run(List<Path> paths, Store s, LinkOption link) {
        Ingester ingester = new Ingester(new ArticleReader(), link.extractor(), 1000, Runtime.getRuntime().availableProcessors(),
                System.err::println);
        IngestReport r = ingester.ingest(paths, s);
        System.err.println(r.summary());
        return r.failed() == 0 ? 0 : 1;
    }
}
