package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimgraph.model.Stance;

/**
 * The reporting-cue lexicon ({@code lexicon/reporting-verbs.tsv}): which words ascribe a statement to a
 * speaker, with their stance, whether they take a content clause, whether their object is accused, and
 * (for cues like "raised the issue") which object nouns they need. Loaded once, immutable.
 */
final class CueLexicon {
    /** One lexicon entry. {@code words} are lemmas (or words) in order; the first is the head. */
    record Cue(List<String> words, Stance stance, boolean clause, boolean introOnly, boolean accuses, Set<String> objects,
               boolean documentOnly, boolean quotedOnly, boolean objectClaim) {
        boolean prepositional() { return words.get(0).equals("according"); }
    }

    private final Map<String, List<Cue>> byHead = new HashMap<>();

    private static final class Holder {
        static final CueLexicon INSTANCE = new CueLexicon();
    }

    static CueLexicon get() { return Holder.INSTANCE; }

    private CueLexicon() {
        for (String[] r : LexiconFile.rows("reporting-verbs.tsv", true)) {
            if (r.length < 4) throw new IllegalStateException("reporting-verbs.tsv: short row " + String.join("|", r));
            List<String> words = List.of(r[0].trim().toLowerCase(Locale.ROOT).split("\\s+"));
            Stance stance = switch (r[1].trim()) {
                case "alleges" -> Stance.ALLEGES;
                case "denies" -> Stance.DENIES;
                default -> throw new IllegalStateException("reporting-verbs.tsv: bad stance " + r[1] + " for " + r[0]);
            };
            Set<String> objects = r.length > 4 && !r[4].isBlank() ? Set.of(r[4].trim().toLowerCase(Locale.ROOT).split("\\|")) : Set.of();
            String clause = r[2].trim();
            if (!Set.of("yes", "no", "intro", "doc", "quoted", "object").contains(clause))
                throw new IllegalStateException("reporting-verbs.tsv: bad clause " + clause + " for " + r[0]);
            byHead.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Cue(words, stance, clause.equals("yes") || clause.equals("doc"), clause.equals("intro"), r[3].trim().equals("yes"), objects,
                            clause.equals("doc"), clause.equals("quoted"), clause.equals("object")));
        }
        // longest phrase first
        byHead.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    }

    int size() { return byHead.values().stream().mapToInt(List::size).sum(); }

    /** Entries whose head is this lemma (or lower-cased word), longest first; empty when none. */
    List<Cue> candidates(String headLemmaOrWord) {
        return byHead.getOrDefault(headLemmaOrWord, List.of());
    }
}
