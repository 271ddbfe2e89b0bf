package org.claimgraph.eval;

import java.util.List;

/**
 * Scores of one evaluation, with every miss and extra for {@code -v}.
 *
 * @param attributions claims matched to gold attributions (speaker alias, stance, anchor; one-to-one)
 * @param targets      targets of claims against gold targets
 * @param actors       gold actors found among each article's cg:mentions
 * @param staffMentioned commenters or outlet staff found among the mentions (should be none)
 * @param details      human-readable lines: misses ("- ") and extras ("+ ") per article
 */
public record EvalReport(Score attributions, Score targets, Score actors, int staffMentioned, List<String> details) {
    public EvalReport {
        details = List.copyOf(details);
    }

    public String summary() {
        return attributions.line("attributions") + "\n" + targets.line("targets") + "\n" + actors.line("actors")
                + "\nstaff or commenters among mentions: " + staffMentioned;
    }
}
