package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.claimgraph.store.Store;
import org.claimgraph.vocab.CG;

/** Reads and extracts paths into an in-memory dataset, without a store (for extract and eval). */
final class InMemory {
    private InMemory() {}

    /** The graphs of every good record; each bad record becomes a problem. */
    static DatasetGraph extract(List<Path> paths, List<Problem> problems) {
        return extract(paths, problems, UnaryOperator.identity());
    }

    /** The same, each record passed through {@code prepare} first (eval gives it the gold's publication date). */
    static DatasetGraph extract(List<Path> paths, List<Problem> problems, UnaryOperator<RawArticle> prepare) {
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(paths, new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(prepare.apply(a)); }

            @Override public void fail(Problem p) { problems.add(p); }
        });
        Extractor ex = Extractor.standard();
        DatasetGraph dsg = Store.memory();
        CG.prefixes().forEach((k, v) -> dsg.prefixes().add(k, v));
        var sink = StreamRDFLib.dataset(dsg);
        Txn.executeWrite(dsg, () -> {
            for (RawArticle r : raws) {
                try {
                    ex.map(ex.extract(r), sink);
                } catch (RuntimeException e) {
                    problems.add(new Problem(r.source(), "extract", String.valueOf(e.getMessage())));
                }
            }
        });
        return dsg;
    }
}
