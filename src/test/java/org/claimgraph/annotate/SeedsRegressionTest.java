package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.TestData;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.eval.EvalReport;
import org.claimgraph.eval.Evaluator;
import org.claimgraph.eval.Gold;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression on the seeds' gold: the graph the pipeline builds from the five seed articles, scored by
 * the same {@link Evaluator} as {@code claimgraph eval}, must not fall below the level reached.
 */
class SeedsRegressionTest {
    /** Levels reached (F1); raise them when extraction improves. */
    static final double ATTRIBUTIONS_F1 = 0.95, TARGETS_F1 = 0.70;

    static EvalReport report;

    @BeforeAll
    static void score() throws Exception {
        Annotators pipe = Annotators.standard();
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(TestData.seeds()), new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }

            @Override public void fail(org.claimgraph.model.Problem p) { throw new AssertionError(p.message()); }
        });
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        Cleaner cleaner = new Cleaner();
        RdfMapper mapper = new RdfMapper();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (RawArticle r : raws) mapper.map(pipe.annotate(cleaner.clean(r)), sink);
        });
        report = new Evaluator(true).evaluate(dsg, Gold.read(TestData.testResource("gold/seeds.json")));
        System.out.println(report.summary());
        report.details().forEach(System.out::println);
    }

    @Test
    void attributionsStayAtTheLevelReached() {
        assertTrue(report.attributions().f1() >= ATTRIBUTIONS_F1, "attributions " + report.attributions().line("attributions"));
    }

    @Test
    void targetsStayAtTheLevelReached() {
        assertTrue(report.targets().f1() >= TARGETS_F1, "targets " + report.targets().line("targets"));
    }
}
