package org.claimgraph.annotate;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of lexicon/cues.tsv and the demonyms of lexicon/demonyms.tsv (see the README there),
 * normalized like {@link Words}. Loaded once with the {@link Gazetteer}.
 */
final class Lexicon {
    enum Cue { RANK, ROLE, ORG_HEAD, SPEECH, NOT_NAME, LOCATIVE, GROUP_ADJ, PLACE_WORD, HYPHEN_WORD }

    /** Multi-word title phrases (RANK and ROLE), by normalized words. */
    final NameTrie<Cue> titles = new NameTrie<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> speech = new HashSet<>();
    final Set<String> notName = new HashSet<>();
    final Set<String> locative = new HashSet<>();
    final Set<String> groupAdj = new HashSet<>();
    /** Words that go with a place name without making it another name ("East", "Airport"). */
    final Set<String> placeWords = new HashSet<>();
    /** Short lower-case words after a hyphen that are not part of a name ("US-led", "Kremlin-run"). */
    final Set<String> hyphenWords = new HashSet<>();
    /** Demonym (normalized words joined by a space) → country actor key. */
    final Map<String, String> demonyms = new HashMap<>();

    Lexicon(Gazetteer g) throws IOException {
        for (String[] f : Gazetteer.tsv("lexicon/cues.tsv", 2, false)) {
            Cue c;
            try {
                c = Cue.valueOf(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IOException("lexicon/cues.tsv: unknown cue kind " + f[0]);
            }
            List<String> w = Words.normalized(f[1]);
            if (w.isEmpty()) continue;
            switch (c) {
                case RANK, ROLE -> titles.add(w, c);
                case ORG_HEAD -> orgHeads.add(String.join(" ", w));
                case SPEECH -> speech.add(String.join(" ", w));
                case NOT_NAME -> notName.add(String.join(" ", w));
                case LOCATIVE -> locative.add(String.join(" ", w));
                case GROUP_ADJ -> groupAdj.add(String.join(" ", w));
                case PLACE_WORD -> placeWords.add(String.join(" ", w));
                case HYPHEN_WORD -> hyphenWords.add(String.join(" ", w));
            }
        }
        for (String[] f : Gazetteer.tsv("lexicon/demonyms.tsv", 2, false)) {
            String country = g.actorNamed(f[1]);
            if (country == null) throw new IOException("lexicon/demonyms.tsv: no country named " + f[1]);
            List<String> w = Words.normalized(f[0]);
            demonyms.put(String.join(" ", w), country);
            g.addName(f[0], Gazetteer.target(Gazetteer.Kind.DEMONYM, country, f[0]));
        }
    }
}
