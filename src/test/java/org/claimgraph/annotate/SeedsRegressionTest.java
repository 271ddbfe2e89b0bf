package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.TestData;
import org.claimgraph.eval.EvalReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression on the seeds' gold: the graph the pipeline builds from the five seed articles, scored by
 * the same {@link org.claimgraph.eval.Evaluator} as {@code claimgraph eval}, must not fall below the level reached.
 */
class SeedsRegressionTest {
    /** Levels reached (F1); raise them when extraction improves. */
    static final double ATTRIBUTIONS_F1 = 0.95, TARGETS_F1 = 0.75;

    static EvalReport report;

    @BeforeAll
    static void score() throws Exception {
        report = GoldScoring.score(TestData.seeds(), TestData.testResource("gold/seeds.json"));
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
