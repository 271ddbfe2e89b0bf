package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.claimgraph.store.Store;
import org.claimgraph.vocab.CG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the graph of one file's article(s) as TriG, without a store.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The article file.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.exists(file)) throw new UserException("no such file: " + file, 2);
        List<RawArticle> raws = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new ArticleReader().read(List.of(file), new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }

            @Override public void fail(Problem p) { problems.add(p); }
        });
        Extractor ex = Extractor.standard();
        DatasetGraph dsg = Store.memory();
        CG.prefixes().forEach((k, v) -> dsg.prefixes().add(k, v));
        var sink = StreamRDFLib.dataset(dsg);
        for (RawArticle r : raws) {
            try {
                ex.map(ex.extract(r), sink);
            } catch (RuntimeException e) {
                problems.add(new Problem(r.source(), "extract", e.getMessage()));
            }
        }
        RDFDataMgr.write(System.out, dsg, RDFFormat.TRIG_BLOCKS);
        System.out.flush();
        for (Problem p : problems) System.err.println("claimgraph: " + p.message());
        return problems.isEmpty() ? 0 : 1;
    }
}
