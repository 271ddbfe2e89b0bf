package org.claimgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of one evaluation, with every miss and extra for {@code -v}.
 *
 * @param attributions claims matched to gold attributions (speaker alias, stance, anchor; one-to-one)
 * @param targets      targets of claims against gold targets
 * @param actors       gold actors found among each article's cg:mentions
 * @param staffMentioned commenters or outlet staff found among the mentions (should be none)
 * @param details      human-readable lines: misses ("- ") and extras ("+ ") per article
 * @param actorsByArticle the actor score of each gold article, by article id, in gold order
 * @param events       gold events found among each article's mentioned events (type and place)
 * @param datesRight   matched events whose date agrees with the gold date at its precision
 * @param datesGold    matched events whose gold has a date
 */
public record EvalReport(Score attributions, Score targets, Score actors, int staffMentioned, List<String> details,
                         Map<String, Score> actorsByArticle, Score events, int datesRight, int datesGold) {
    /** The goal: each article's actor recall at least this. */
    public static final double ARTICLE_ACTOR_RECALL = 0.9;

    public EvalReport {
        details = List.copyOf(details);
        actorsByArticle = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actorsByArticle));
    }

    /** The lowest actor recall of any article (1 when there are none). */
    public double lowestArticleActorRecall() {
        return actorsByArticle.values().stream().mapToDouble(Score::recall).min().orElse(1.0);
    }

    public String summary() {
        long ok = actorsByArticle.values().stream().filter(s -> s.recall() >= ARTICLE_ACTOR_RECALL).count();
        return attributions.line("attributions") + "\n" + targets.line("targets") + "\n" + actors.line("actors")
                + String.format("%nactors per article: %d of %d with R >= %.1f, lowest R %.3f", ok, actorsByArticle.size(),
                        ARTICLE_ACTOR_RECALL, lowestArticleActorRecall())
                + "\nstaff or commenters among mentions: " + staffMentioned
                + "\n" + events.line("events") + String.format("%nevent dates: %d of %d matched events with a gold date agree", datesRight, datesGold);
    }
}
