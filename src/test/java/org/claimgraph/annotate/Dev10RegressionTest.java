package org.claimgraph.annotate;

import org.claimgraph.TestData;
import org.claimgraph.eval.EvalReport;

/**
 * Regression on the tenth development gold (8 real articles and 6 synthetic ones: a wire story with its commas and
 * apostrophes stripped, a state agency's report, a judge-alone verdict, a regulator and a company, a science story and
 * an opposition outlet's election report), annotated blind. It was scored before the rules of its round were merged
 * (attributions F1 0.562, targets 0.097, actors R 0.703 P 0.595) and again after them (attributions 0.562, targets
 * 0.097, actors R 0.712 P 0.598); nothing has been tuned on it (see gold/dev10/NOTICE.md). The rules must not fall
 * below the level reached.
 */
class Dev10RegressionTest extends GoldRegression {
    @Override EvalReport score() throws Exception {
        return GoldScoring.score(TestData.testResource("gold/dev10/articles"), TestData.testResource("gold/dev10.json"));
    }

    @Override double attributionsF1() { return 0.66; }

    @Override double targetsF1() { return 0.20; }

    @Override double actorsRecall() { return 0.74; }

    @Override double actorsPrecision() { return 0.61; }

    @Override double lowestArticleActorRecall() { return 0.22; }
}
