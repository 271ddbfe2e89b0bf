package org.claimgraph.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.eval.EvalReport;
import org.claimgraph.eval.Evaluator;
import org.claimgraph.eval.Gold;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;

/** Builds the graph of a folder of articles with the standard pipeline and scores it as {@code claimgraph eval} does. */
final class GoldScoring {
    private GoldScoring() {}

    static EvalReport score(Path articles, Path gold) throws Exception {
        Annotators pipe = Annotators.standard();
        Gold g = Gold.read(gold);
        var dating = g.dating();
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(articles), new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(dating.apply(a)); }

            @Override public void fail(org.claimgraph.model.Problem p) { throw new AssertionError(p.message()); }
        });
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        Cleaner cleaner = new Cleaner();
        RdfMapper mapper = new RdfMapper();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (RawArticle r : raws) mapper.map(pipe.annotate(cleaner.clean(r)), sink);
        });
        EvalReport report = new Evaluator(true).evaluate(dsg, g);
        System.out.println(report.summary());
        report.details().forEach(System.out::println);
        return report;
    }
}
