package org.claimgraph.annotate;

import org.claimgraph.TestData;
import org.claimgraph.eval.EvalReport;

/**
 * Regression on the fourth development gold (7 real articles, 3 from outlets no other set has, and 7 synthetic
 * state-agency, opposition, fact-check, briefing-transcript, UN-report, mining and fully stripped ones), annotated
 * blind. It was scored before any rule was tuned on it (attributions F1 0.520, targets 0.133, actors R 0.741 P 0.652,
 * events 0.093); see gold/dev4/NOTICE.md for how it has been used since. The rules must not fall below the level reached.
 */
class Dev4RegressionTest extends GoldRegression {
    @Override EvalReport score() throws Exception {
        return GoldScoring.score(TestData.testResource("gold/dev4/articles"), TestData.testResource("gold/dev4.json"));
    }

    @Override double attributionsF1() { return 0.66; }

    @Override double targetsF1() { return 0.29; }

    @Override double actorsRecall() { return 0.76; }

    @Override double actorsPrecision() { return 0.68; }

    @Override double lowestArticleActorRecall() { return 0.16; }
}
