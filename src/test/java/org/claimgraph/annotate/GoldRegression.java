package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.eval.EvalReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A gold file's scores must not fall below the level reached: one subclass per gold set. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldRegression {
    EvalReport report;

    abstract EvalReport score() throws Exception;

    /** Levels reached (F1); raise them when extraction improves. */
    abstract double attributionsF1();

    abstract double targetsF1();

    /** Actor levels reached: recall and precision over all articles, and the lowest recall of one article. */
    abstract double actorsRecall();

    abstract double actorsPrecision();

    abstract double lowestArticleActorRecall();

    @BeforeAll
    void run() throws Exception { report = score(); }

    @Test
    void attributionsStayAtTheLevelReached() {
        assertTrue(report.attributions().f1() >= attributionsF1(), "attributions " + report.attributions().line("attributions"));
    }

    @Test
    void actorsStayAtTheLevelReached() {
        assertTrue(report.actors().recall() >= actorsRecall(), report.actors().line("actors"));
        assertTrue(report.actors().precision() >= actorsPrecision(), report.actors().line("actors"));
        assertTrue(report.lowestArticleActorRecall() >= lowestArticleActorRecall(), "per article: " + report.actorsByArticle());
    }

    @Test
    void targetsStayAtTheLevelReached() {
        assertTrue(report.targets().f1() >= targetsF1(), "targets " + report.targets().line("targets"));
    }
}
