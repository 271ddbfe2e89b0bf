package org.claimgraph.annotate;

import org.claimgraph.TestData;
import org.claimgraph.eval.EvalReport;

/**
 * Regression on the development gold (12 real articles from 8 outlets and 4 synthetic wire, agency,
 * opposition and stripped-punctuation ones, annotated without sight of the code). Rules are tuned on
 * half of it and checked on the other half; together they must not fall below the level reached.
 */
class DevRegressionTest extends GoldRegression {
    @Override EvalReport score() throws Exception {
        return GoldScoring.score(TestData.testResource("gold/dev/articles"), TestData.testResource("gold/dev.json"));
    }

    @Override double attributionsF1() { return 0.84; }

    @Override double targetsF1() { return 0.62; }

    @Override double actorsRecall() { return 0.96; }

    @Override double actorsPrecision() { return 0.86; }

    @Override double lowestArticleActorRecall() { return 0.85; }
}
