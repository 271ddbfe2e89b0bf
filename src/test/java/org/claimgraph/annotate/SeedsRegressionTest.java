package org.claimgraph.annotate;

import org.claimgraph.TestData;
import org.claimgraph.eval.EvalReport;

/**
 * Regression on the seeds' gold: the graph the pipeline builds from the five seed articles, scored by
 * the same {@link org.claimgraph.eval.Evaluator} as {@code claimgraph eval}, must not fall below the level reached.
 */
class SeedsRegressionTest extends GoldRegression {
    @Override EvalReport score() throws Exception { return GoldScoring.score(TestData.seeds(), TestData.testResource("gold/seeds.json")); }

    @Override double attributionsF1() { return 0.99; }

    @Override double targetsF1() { return 0.88; }

    @Override double actorsRecall() { return 0.98; }

    @Override double actorsPrecision() { return 0.81; }

    @Override double lowestArticleActorRecall() { return 0.94; }
}
