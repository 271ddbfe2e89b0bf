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
    enum Cue { RANK, ROLE, ORG_HEAD, SPEECH, NOT_NAME, LOCATIVE, GROUP_ADJ, PLACE_WORD, HYPHEN_WORD, MEDIA_HEAD, MEDIA_TAIL, CREDIT, NOT_PERSON, COLLECTIVE, OUTLET_CUE, NOT_MEDIA, ORG_NOUN, NOT_OUTLET, ARMED_FORCES, WEB_DOMAIN, ACTOR_NOUN, CORPORATE, STATE_BODY, NAMING, SETTING, STATE_ACT, OUTLET_VERB, PICTURE_CREDIT }

    /** Multi-word title phrases (RANK and ROLE), by normalized words. */
    final NameTrie<Cue> titles = new NameTrie<>();
    final Set<String> orgHeads = new HashSet<>();
    /** Organisation heads that make the name a news outlet ("Times", "TV"); each is an organisation head too. */
    final Set<String> mediaHeads = new HashSet<>();
    /** Lower-case phrases after an unknown name that make it a news outlet ("news agency", "television"). */
    final NameTrie<Cue> mediaTails = new NameTrie<>();
    /** Lower-case phrases right before an outlet's name ("appeared first on", "an op-ed for"). */
    final NameTrie<Cue> outletCues = new NameTrie<>();
    /** Lower-case nouns that, in an apposition after an unknown name, make it an organisation ("a think tank"). */
    final NameTrie<Cue> orgNouns = new NameTrie<>();
    /** Lower-case nouns that after a demonym name that country's armed forces ("Azerbaijani armed forces", "Armenian units"). */
    final NameTrie<Cue> armedForces = new NameTrie<>();
    /** Lower-case bodies of a state after its demonym or possessive ("the Malian foreign ministry", "Kenya's interior ministry"). */
    final NameTrie<Cue> stateBodies = new NameTrie<>();
    /** Lower-case phrases that introduce a person's name ("identified as", "known as", "nom de guerre"). */
    final NameTrie<Cue> naming = new NameTrie<>();
    /** Top-level web domains that make "TheDomains.com" in the text an outlet's address. */
    final Set<String> webDomains = new HashSet<>();
    /** Lower-case plurals that, as the subject of a verb, describe an actor ("federal prosecutors", "gunmen", "Harwick police"). */
    final Set<String> actorNouns = new HashSet<>();
    /** Credits that name no outlet ("Agencies", "Staff"). */
    final Set<String> notOutlet = new HashSet<>();
    /** Modifiers that make "… media" no actor ("social media", "mass media"). */
    final Set<String> notMedia = new HashSet<>();
    /** Words before "by" in a credit line ("Reporting by", "Editing by"). */
    final Set<String> credits = new HashSet<>();
    final Set<String> speech = new HashSet<>();
    final Set<String> notName = new HashSet<>();
    final Set<String> locative = new HashSet<>();
    /** Prepositions after which a country is only the setting of what happens ("arrested in Spain", "across Europe"). */
    final Set<String> setting = new HashSet<>();
    /** Lower-case nouns for acts and agents of a state: after a country or demonym it takes part ("Israeli strikes", "U.S. envoys"). */
    final Set<String> stateActs = new HashSet<>();
    /** Verbs whose subject "the" and an unknown name is an outlet ("the Free Beacon reported"). */
    final Set<String> outletVerbs = new HashSet<>();
    /** Words that open a picture credit before a colon ("Photo: AFP"). */
    final Set<String> pictureCredits = new HashSet<>();
    final Set<String> groupAdj = new HashSet<>();
    /** Words that go with a place name without making it another name ("East", "Airport"). */
    final Set<String> placeWords = new HashSet<>();
    /** Short lower-case words after a hyphen that are not part of a name ("US-led", "Kremlin-run"). */
    final Set<String> hyphenWords = new HashSet<>();
    /** Words that make a capitalised run no person's name: events, awards, products ("Awards", "Games", "Series"). */
    final Set<String> notPerson = new HashSet<>();
    /** Lower-case collective nouns that stand for an actor the article names: "the regime", "the rebels", "separatists". */
    final Set<String> collectives = new HashSet<>();
    /**
     * Given names (normalized): lexicon/given-names.txt and the first word of each gazetteer person's name. A bare
     * capitalised pair is a person only when it starts with one (or its surname recurs alone).
     */
    final Set<String> givenNames = new HashSet<>();
    /** Legal-form words that end a company's name ("Ltd", "Inc", "Group"): the name without them is the company too. */
    final Set<String> corporate = new HashSet<>();
    /** Demonym (normalized words joined by a space) → country actor key. */
    final Map<String, String> demonyms = new HashMap<>();
    /** Country actor key → its first demonym as written ("turkey" → "Turkish"). */
    final Map<String, String> demonymOf = new HashMap<>();

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
                case MEDIA_HEAD -> {
                    mediaHeads.add(String.join(" ", w));
                    orgHeads.add(String.join(" ", w));
                }
                case MEDIA_TAIL -> mediaTails.add(w, c);
                case CREDIT -> credits.add(String.join(" ", w));
                case NOT_PERSON -> notPerson.add(String.join(" ", w));
                case COLLECTIVE -> collectives.add(String.join(" ", w));
                case OUTLET_CUE -> outletCues.add(w, c);
                case NOT_MEDIA -> notMedia.add(String.join(" ", w));
                case ORG_NOUN -> orgNouns.add(w, c);
                case NOT_OUTLET -> notOutlet.add(String.join(" ", w));
                case ARMED_FORCES -> armedForces.add(w, c);
                case STATE_BODY -> stateBodies.add(w, c);
                case NAMING -> naming.add(w, c);
                case SETTING -> setting.add(String.join(" ", w));
                case STATE_ACT -> stateActs.add(String.join(" ", w));
                case OUTLET_VERB -> outletVerbs.add(String.join(" ", w));
                case PICTURE_CREDIT -> pictureCredits.add(String.join(" ", w));
                case WEB_DOMAIN -> webDomains.add(String.join(" ", w));
                case ACTOR_NOUN -> actorNouns.add(String.join(" ", w));
                case CORPORATE -> {
                    corporate.add(String.join(" ", w));
                    orgHeads.add(String.join(" ", w));
                }
            }
        }
        for (String[] f : Gazetteer.tsv("lexicon/given-names.txt", 1, false)) {
            List<String> w = Words.normalized(f[0]);
            if (w.size() == 1) givenNames.add(w.get(0));
        }
        for (Gazetteer.Actor ac : g.actors.values()) {
            if (ac.type() != org.claimgraph.model.EntityType.PERSON) continue;
            List<String> w = Words.normalized(ac.label());
            if (w.size() >= 2 && w.get(0).length() > 1 && titles.get(w.subList(0, 1)).isEmpty()) givenNames.add(w.get(0));
        }
        for (String[] f : Gazetteer.tsv("lexicon/demonyms.tsv", 2, false)) {
            String country = g.actorNamed(f[1]);
            if (country == null) throw new IOException("lexicon/demonyms.tsv: no country named " + f[1]);
            List<String> w = Words.normalized(f[0]);
            demonyms.put(String.join(" ", w), country);
            demonymOf.putIfAbsent(country, f[0]);
            g.addName(f[0], Gazetteer.target(Gazetteer.Kind.DEMONYM, country, f[0]));
            // the people: "Canadians", "Iraqis" (not "British", "Chinese": those name no plural)
            char last = f[0].charAt(f[0].length() - 1);
            if (last == 'n' || last == 'i') g.addName(f[0] + "s", Gazetteer.target(Gazetteer.Kind.DEMONYM, country, f[0] + "s"));
        }
    }
}
