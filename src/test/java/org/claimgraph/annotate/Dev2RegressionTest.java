package org.claimgraph.annotate;

import org.claimgraph.TestData;
import org.claimgraph.eval.EvalReport;

/**
 * Regression on the second, blind development gold (8 real articles from outlets the first dev set lacks and 6
 * synthetic wire, state-agency, court, business, activist and stripped-punctuation ones, annotated without sight of
 * the code or its output). It measures how the rules generalize; they must not fall below the level reached.
 */
class Dev2RegressionTest extends GoldRegression {
    @Override EvalReport score() throws Exception {
        return GoldScoring.score(TestData.testResource("gold/dev2/articles"), TestData.testResource("gold/dev2.json"));
    }

    @Override double attributionsF1() { return 0.86; }

    @Override double targetsF1() { return 0.60; }

    @Override double actorsRecall() { return 0.94; }

    @Override double actorsPrecision() { return 0.81; }

    @Override double lowestArticleActorRecall() { return 0.78; }
}
