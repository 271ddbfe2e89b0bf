package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.eval.EvalReport;
import org.claimgraph.eval.Evaluator;
import org.claimgraph.eval.Gold;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against a gold file (GUIDELINE.md layout): precision, recall and F1 for attributions, targets and actors.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON).")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The articles the gold file describes (files or directories).")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and every extra.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) throw new UserException("no such gold file: " + gold, 2);
        Paths.requireExisting(paths);
        Gold g;
        try {
            g = Gold.read(gold);
        } catch (IOException e) {
            throw new UserException("cannot read the gold file " + gold + ": " + e.getMessage(), 2);
        }
        EvalReport r = new Evaluator(verbose).evaluate(extract(paths), g);
        if (verbose) r.details().forEach(System.out::println);
        System.out.println(r.summary());
        return 0;
    }

    /** Reads and extracts the paths into an in-memory dataset, reporting bad records on standard error. */
    static DatasetGraph extract(List<Path> paths) {
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(paths, new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }

            @Override public void fail(Problem p) { System.err.println("claimgraph: " + p.message()); }
        });
        Extractor ex = Extractor.standard();
        DatasetGraph dsg = Store.memory();
        var sink = StreamRDFLib.dataset(dsg);
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (RawArticle r : raws) {
                try {
                    ex.map(ex.extract(r), sink);
                } catch (RuntimeException e) {
                    System.err.println("claimgraph: " + r.source().location() + ": extract: " + e.getMessage());
                }
            }
        });
        return dsg;
    }
}
