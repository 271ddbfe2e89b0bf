package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Span;
import org.claimgraph.vocab.Ids;

/**
 * Resolves a speaker phrase (a token range) to an entity of the article: a recognised actor mention,
 * a pronoun or definite description ("he", "the ministry") resolved to the most salient earlier actor,
 * an unnamed source ("a military source", "activists") as a per-article {@link EntityType#UNNAMED_SOURCE}
 * node, or, for names nobody knows, a new entity keyed by the name. Per-article, single-threaded.
 */
final class Speakers {
    enum How { NAME, PRONOUN, DESCRIPTION, UNNAMED, NEW_NAME }

    private static final Set<String> CONTRACTED = Set.of("i", "we", "you", "they", "he", "she", "it");

    record Resolved(String key, Span span, How how) {}

    /** Open-class word lists of these rules (lexicon/words-attribution.tsv). */
    private static final WordClasses WORDS = WordClasses.load("words-attribution.tsv");

    private static final Set<String> WITNESS = Set.copyOf(heads("witness"));
    /** Generic head words that, after a body's name, add nothing to it ("Treasury Department", "Interior Ministry"). */
    private static final Set<String> BODY_HEAD = WORDS.set("BODY_HEAD");
    /** Nouns of a business ("the bank", "the automaker"): they never refer back to a public body. */
    private static final Set<String> BUSINESS_REFERRING = WordClasses.load("words-mentions.tsv").set("BUSINESS_NOUNS");
    private static final Set<String> PUBLIC_BODY = WORDS.set("PUBLIC_BODY");
    private static final Set<String> SPOKESPERSON = WORDS.set("SPOKESPERSON");
    private static final Set<String> ACCUSING_DOCUMENTS = WORDS.set("ACCUSING_DOCUMENTS");
    private static final Set<String> SELF_SPEAKING_DOCUMENTS = WORDS.set("SELF_SPEAKING_DOCUMENTS");
    /** Records that report what they show with no author named ("new data", "bodycam footage", "some estimates"). */
    private static final Set<String> RECORD_FINDINGS = WORDS.set("RECORD_FINDINGS");
    private static final Set<String> SERVICE_MODIFIERS = WORDS.set("SERVICE_MODIFIERS");
    /** Adjectives that, with a preposition, follow a source noun as its postmodifier ("close to", "familiar with"). */
    static final Set<String> POSTMODIFIER_ADJ = WORDS.set("POSTMODIFIER_ADJ");
    /** Prepositions that introduce a source ("according to X", "by X", "from X"). */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("to", "by", "from");

    /**
     * Token i opens a postmodifier of the noun before it: an adjective of {@link #POSTMODIFIER_ADJ} or a participle in
     * "-ed", then a preposition ("people familiar with", "a source close to", "officials briefed on"). The one test of
     * it, used by the speaker's head and by both source readings of AttributionAnnotator; HEAD_END is its string form
     * on a label. Irregular participles ("held", "seen") are not read.
     */
    static boolean postmodifierAt(TextView v, int i) {
        return i + 1 < v.n && v.pos[i + 1].equals("ADP")
                && (POSTMODIFIER_ADJ.contains(v.lower[i]) || v.pos[i].equals("VERB") && v.lower[i].endsWith("ed"));
    }

    /**
     * The author of the court paper at head is known: the article has named the paper before or told who brought it
     * ("Prosecutors filed an indictment …", "X sued the city …"), or "filed by X" follows it ("The lawsuit, filed by X,").
     */
    private boolean authorKnown(int b, int head) {
        for (int k = 0; k < b; k++) if (v.lower[k].equals(v.lower[head]) || v.lower[k].equals("sued") || v.lower[k].equals("filed") || v.lower[k].equals("indicted")) return true;
        int k = head + 1;
        if (k < v.n && v.word[k].equals(",")) k++;
        return k + 1 < v.n && v.lower[k].endsWith("ed") && v.lower[k + 1].equals("by");
    }

    /** Tokens from..to-1 are all written in lower case (or are no words): no name among them. */
    private boolean lowerCaseBetween(int from, int to) {
        for (int k = from; k < to; k++) if (v.actorAt[k] != null || Character.isUpperCase(v.word[k].charAt(0))) return false;
        return true;
    }

    private static final Set<String> UNNAMED = Set.copyOf(union(heads("source"), WITNESS));
    /** Nouns that, definite, refer back to the latest organisation-like actor ("the organization", "the group"). */
    private static final Set<String> REFERRING = Set.copyOf(heads("refers"));
    /** Documents that speak for their author ("the statement reads", "documents show"). */
    private static final Set<String> DOCUMENT = Set.copyOf(heads("document"));
    private static final Set<String> POSSESSIVE = Set.of("its", "his", "her", "their");
    static final Set<String> PERSON_PRON = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> THING_PRON = Set.of("it", "its");
    private static final Set<String> PLURAL_PRON = Set.of("they", "their", "them");
    private static final Set<String> PP = Set.of("of", "at", "in", "to", "for", "from", "by", "on", "with");
    /** Heads of a media description ("the state news agency", "the private channel"). */
    private static final Set<String> MEDIA = WORDS.set("MEDIA");
    private static final Set<String> STAFF = WORDS.set("STAFF");
    /** Role nouns whose indefinite plural after a modifier is a group of unnamed people ("union leaders"). */
    private static final Set<String> GROUP_ROLES = WORDS.set("GROUP_ROLES");
    /** Prepositions of a place phrase that stays with the person it locates ("a teacher from the town"). */
    static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** Articles that open a document's phrase with its author's name before the noun ("a DEA statement", "the Oxfam report"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Pattern ORGISH = Pattern.compile("(?i).*\\b(?:" + WORDS.alternation("ORGISH") + ")\\b.*");

    private final TextView v;
    private final String articleSlug;
    /** Entities of the article, plus those added or updated here; by key. */
    final Map<String, Entity> entities = new LinkedHashMap<>();
    /** TargetFinder's bodies a speaker's title names (by kind and speaker; null: none), for the claim it is reading. */
    final Map<String, String> titleSides = new java.util.HashMap<>();
    /** Who the article's allegations accuse so far (TargetFinder#find): a lawyer's late denial answers only for an accused client. */
    final java.util.Set<String> accused = new java.util.HashSet<>();
    /** Contents of claims TargetFinder#defendedLate has already decided for (a lawyer's, a headline denier's): the discourse leaves them be. */
    final java.util.Set<org.claimgraph.model.Span> decidedLate = new java.util.HashSet<>();
    /** Contents whose harm TargetFinder found done by the speaker's own forces ("troops had evacuated … before the assault"): the thread lends them no target. */
    final java.util.Set<org.claimgraph.model.Span> ownActs = new java.util.HashSet<>();
    final Set<String> changed = new LinkedHashSet<>();
    /** (offset, key) of salient actors in text order: speakers and sentence subjects. */
    private final List<long[]> salience = new ArrayList<>();
    private final List<String> salienceKeys = new ArrayList<>();

    Speakers(TextView v) {
        this.v = v;
        this.articleSlug = Ids.slug(v.a.id());
        for (Entity e : v.a.entities()) entities.put(e.key(), e);
        // sentence subjects: the first actor mention of a sentence that comes before its first verb
        for (int s = 0; s < v.sentFirst.length; s++) {
            int from = v.sentFirst[s];
            // "Reached by telephone, X said …", "Asked about the claims, X …": the subject follows the participial opener
            if (v.pos[from].equals("VERB") && (v.lower[from].endsWith("ed") || v.lower[from].endsWith("ing"))) {
                for (int i = from + 1; i < v.sentEnd[s] && i < from + 8; i++) if (v.word[i].equals(",")) { from = i + 1; break; }
            }
            String possessor = null;
            int possessorAt = -1;
            for (int i = from; i < v.sentEnd[s]; i++) {
                if (v.pos[i].equals("VERB")) break;
                Mention m = v.actorAt[i];
                if (m == null) continue;
                // "Malik's brother, Yusuf, said": a possessor is not the subject; a name the head's apposition gives is
                int l = v.lastTokenOf(m);
                if (possessor == null && l + 1 < v.sentEnd[s] && (v.lower[l + 1].equals("'s") || v.lower[l + 1].equals("’s"))) {
                    possessor = m.entityKey();
                    possessorAt = i;
                    i = l + 1;
                    continue;
                }
                if (possessor != null && (m.entityKey().equals(possessor) || v.pos[i - 1].equals("ADP"))) break;
                note(v.begin(i), m.entityKey());
                possessor = null;
                break;
            }
            if (possessor != null) note(v.begin(possessorAt), possessor);
        }
    }

    private void note(int offset, String key) {
        int at = salience.size();
        while (at > 0 && salience.get(at - 1)[0] > offset) at--;
        salience.add(at, new long[]{offset});
        salienceKeys.add(at, key);
    }

    /** Mentions per person, counted on first need. */
    private Map<String, Integer> personMentions;

    /** The person the article mentions most, other than {@code except} (a defendant, for "my client"), or null. */
    String mostMentionedPerson(String except) {
        if (personMentions == null) {
            personMentions = new java.util.HashMap<>();
            for (org.claimgraph.model.Mention m : v.a.mentions()) {
                Entity e = entities.get(m.entityKey());
                if (e != null && e.type() == EntityType.PERSON) personMentions.merge(e.key(), 1, Integer::sum);
            }
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> x : personMentions.entrySet()) {
            if (x.getKey().equals(except)) continue;
            if (x.getValue() > n) { best = x.getKey(); n = x.getValue(); }
        }
        return best;
    }

    /** The author of the latest document named with its author ("a statement released by X"), for "the statement reads". */
    private String lastDocumentAuthor;
    /** The noun of that document when it was only said to be issued ("X issued a statement"): then only "the statement" is X's. */
    private String lastDocumentLemma;

    void documentBy(String key) { lastDocumentAuthor = key; lastDocumentLemma = null; }

    /** "X issued a statement": a later "the statement says" (this noun only, not "the letter") speaks for X. */
    void documentIssuedBy(String key, String lemma) { lastDocumentAuthor = key; lastDocumentLemma = key == null ? null : lemma; }

    /**
     * "Investigators sent a letter", "a letter from a reader": a new document with this noun whose author is not the issuer
     * recorded: a later "the letter" may be that one, so the issuer no longer owns it.
     */
    void documentOfUnknownAuthor(String lemma) {
        if (lastDocumentLemma != null && lastDocumentLemma.equals(lemma)) { lastDocumentAuthor = null; lastDocumentLemma = null; }
    }

    /** Records that this actor just spoke at this offset (for later pronouns). */
    void spoke(int offset, String key) { if (!findingSources.contains(key)) note(offset, key); }

    EntityType type(String key) {
        Entity e = entities.get(key);
        return e == null ? null : e.type();
    }

    static boolean isUnnamedHead(String lemma) { return UNNAMED.contains(lemma); }

    static boolean isPronoun(String lower) {
        return PERSON_PRON.contains(lower) || THING_PRON.contains(lower) || PLURAL_PRON.contains(lower);
    }

    /**
     * A document's body named by capitalised words the article does not know yet, after the document's title words
     * ("a note from Canadian brokerage TD/NOUN Securities/NOUN"): the usual reading, else the words as a new name. Only
     * for AttributionAnnotator's document-body phrase, which has checked the words are capitalised and end the phrase.
     */
    Resolved resolveBody(int b, int e) {
        Resolved r = resolve(b, e);
        return r != null || e - b > 4 ? r : newName(b, e);
    }

    /** Words after a finding source's head that say where or how it came out ("a study in The Lancet", "a poll published Monday"). */
    private static final Set<String> VENUE = WORDS.set("FINDING_VENUE");

    /**
     * A finding source with head token {@code head} ("a poll by X found", "a recently published study in The Lancet
     * discovered", "Data from the study revealed"), the subject of a finding cue: the speaker the phrase names (without
     * where it came out: "in The Lancet" is no author), else its author ("by/from/of X", "X's"), else — only when the
     * phrase is a particular document (unnamed-sources.txt: "a study", "records", "the new documents"; not "further
     * study", an activity, nor a definite singular "the report", which refers back to one whose author the article may
     * name elsewhere) — the phrase as written, an unnamed source.
     * Null for data, polls, footage or estimates with no author named, and for a dispatch from a place ("the report from
     * Deir Hafer", the news report's own). Only for AttributionAnnotator's finding subjects.
     */
    Resolved resolveFinding(int b, int e, int head) {
        while (e > b && v.isPunct(e - 1)) e--;
        if (b >= e || head < b || head >= e) return null;
        int cut = e;
        for (int k = head + 1; k < e; k++) if (VENUE.contains(v.lower[k])) { cut = k; break; }
        // (the whole phrase first: "a report released by Amnesty" is Amnesty's; "a study in The Lancet" is not The Lancet's)
        boolean venue = cut < e && (v.lower[cut].equals("in") || v.lower[cut].equals("at") || v.lower[cut].equals("on"));
        Resolved r = venue ? null : resolve(b, e);
        e = cut;
        if (r == null) r = resolve(b, e);
        if (r == null) r = documentAuthor(b, e, head);
        if (r != null) return r;
        boolean document = false;
        // ("a report from the scene": where a dispatch comes from; "a new Iran report", "a Trump memo": about whom, maybe)
        if (DOCUMENT.contains(v.lemma[head]) && head + 1 < e && v.lower[head + 1].equals("from")) return null;
        for (int k = b; k < head; k++) {
            Entity x = v.actorAt[k] == null ? null : entities.get(v.actorAt[k].entityKey());
            if (x != null && (x.type() == EntityType.COUNTRY || x.type() == EntityType.PERSON)) return null;
        }
        for (int k = b; k < e; k++) {
            // (a particular document, plural or determined: not "further study", an activity)
            boolean determined = !v.lower[k].equals(v.lemma[k]);
            for (int j = b; j < k && !determined; j++) determined = v.pos[j].equals("DET") || v.pos[j].equals("NUM");
            if (DOCUMENT.contains(v.lemma[k]) && v.actorAt[k] == null && determined) document = true;
            // "Bodycam footage shows …", "New data showed …", "Some estimates indicate …": a record that no one authors
            // speaks as written when determined or modified (not a bare "the poll", "data", "footage")
            if (k == head && (RECORD_FINDINGS.contains(v.lemma[k]) || RECORD_FINDINGS.contains(v.lower[k])) && v.actorAt[k] == null
                    && (k > b && !DEFINITE.contains(v.lower[b]) || k > b + 1) && modifiersOnly(b, k)) document = true;
            if (k > head && v.placeAt[k] != null && v.actorAt[k] == null) return null;
        }
        if (!document || DEFINITE.contains(v.lower[b]) && v.lower[head].equals(v.lemma[head])) return null; // ("the report")
        Resolved f = phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
        if (f != null) findingSources.add(f.key());
        return f;
    }

    /** Tokens [b, h) are determiners, adjectives and nouns only ("some", "new", "bodycam"; not "4% after"). */
    private boolean modifiersOnly(int b, int h) {
        for (int k = b; k < h; k++) {
            String p = v.pos[k];
            if (!p.equals("DET") && !p.equals("ADJ") && !p.equals("NOUN") && !p.equals("PROPN")) return false;
        }
        return true;
    }

    /** The finding sources that speak as written ("a new poll"): no later "he", "it" or "they" refers to one. */
    private final Set<String> findingSources = new java.util.HashSet<>();

    /** Resolves the phrase of tokens [b, e), or null when it names no speaker. */
    Resolved resolve(int b, int e) {
        if (b >= e) return null;
        // strip trailing punctuation
        while (e > b && v.isPunct(e - 1) && !v.word[e - 1].equals(".")) e--;
        if (b >= e) return null;
        // "the U.N. human rights office in Geneva": a trailing locative phrase is not part of the name
        int e0 = e;
        for (int i = b + 1; i < e - 1; i++) {
            if (!LOCATIVE.contains(v.lower[i]) || !v.pos[i].equals("ADP")) continue;
            boolean place = false, actor = false;
            for (int k = i + 1; k < e; k++) { if (v.placeAt[k] != null) place = true; if (v.actorAt[k] != null) actor = true; }
            boolean unknownName = !actor && v.pos[i - 1].equals("NOUN") && Character.isLowerCase(v.word[i - 1].charAt(0));
            for (int k = i + 1; k < e && unknownName; k++) if (!v.pos[k].equals("PROPN") && !v.pos[k].equals("DET")) unknownName = false;
            if (place && !actor || unknownName) { e = i; break; }
        }
        Resolved r = resolveCut(b, e);
        // "local sources in Afrin": the unnamed source keeps its place as another name
        if (r != null && e0 > e && r.how() == How.UNNAMED) addAlt(r.key(), v.body.substring(r.span().begin(), v.end(e0 - 1)));
        return r;
    }

    /** The lemma of token i when it is a common noun (or a capitalised one, "Sources" opening a sentence); else null. */
    private String nounHead(int i) {
        if (v.actorAt[i] != null) return null;
        String p = v.pos[i];
        // "a government official" with the head read as an adjective
        if (p.equals("ADJ") && UNNAMED.contains(v.lower[i]) && (i + 1 >= v.n || !v.pos[i + 1].equals("NOUN") && !v.pos[i + 1].equals("PROPN"))) return v.lower[i];
        if (!p.equals("NOUN") && !p.equals("PROPN")) return null;
        if (p.equals("NOUN")) return v.lemma[i];
        String w = v.lower[i];
        if (v.word[i].length() > 1 && v.word[i].equals(v.word[i].toUpperCase(Locale.ROOT))) return null;
        for (String c : new String[]{w, w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : null,
                w.endsWith("s") ? w.substring(0, w.length() - 1) : null}) {
            if (c != null && (UNNAMED.contains(c) || DOCUMENT.contains(c) || REFERRING.contains(c))) return c;
        }
        return null;
    }

    static boolean isDocument(String lemma) { return DOCUMENT.contains(lemma); }

    /** A document's author: "a statement by X", "X's report", "records obtained by X". Null when none is named. */
    private Resolved documentAuthor(int b, int e, int head) {
        for (int i = head + 1; i < e; i++) {
            if (v.lower[i].equals("by") || v.lower[i].equals("from") || v.lower[i].equals("of")) {
                for (int k = i + 1; k < e; k++) if (v.actorAt[k] != null) return named(v.actorAt[k]);
                return null;
            }
        }
        for (int i = b; i < head; i++) {
            if (v.actorAt[i] == null) continue;
            if (isPossessive(v.lastTokenOf(v.actorAt[i]) + 1)) return named(v.actorAt[i]);
            // ("the club's report": the possessive glued to the name's token, which the mention covers)
            if (v.lower[i].endsWith("'s") || v.lower[i].endsWith("’s")) return named(v.actorAt[i]);
        }
        // "A DEA statement said", "an Oxfam report found": a body's or an outlet's name right before the document noun,
        // after the article, is its author. Not a country or a place ("a new Iran report" is about Iran), nor a person
        // ("a Trump statement" may be about him), nor a name with other words between it and the noun. Nor a document of
        // accusation (words-attribution ACCUSING_DOCUMENTS: "the Dorn indictment/complaint" names the accused), nor when
        // the sentence names another source ("…, according to the regulator").
        Mention m = head - 1 > b ? v.actorAt[head - 1] : null;
        if (m != null && v.lastTokenOf(m) == head - 1 && ARTICLES.contains(v.lower[b]) && !ACCUSING_DOCUMENTS.contains(v.lemma[head])
                && !accordingToInSentence(head)) {
            int f = v.firstToken(m);
            boolean adjectives = true;
            // (adjectives or a year between: "a new Oxfam report", "A 2011 HUD report")
            for (int i = b + 1; i < f; i++) if (!v.pos[i].equals("ADJ") && !v.pos[i].equals("NUM")) adjectives = false;
            Entity x = entities.get(m.entityKey());
            if (adjectives && f > b && x != null && (x.type() == EntityType.ORGANIZATION || x.type() == EntityType.OUTLET)) return named(m);
        }
        return null;
    }

    /** A word of two or more capital letters ("HUD", "CDC"). */
    private static boolean acronym(String w) {
        if (w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }

    private boolean serviceModifierIn(int b, int e) {
        for (int i = b; i < e; i++) if (SERVICE_MODIFIERS.contains(v.lower[i])) return true;
        return false;
    }

    /** "according to" anywhere in the sentence of token k. */
    private boolean accordingToInSentence(int k) {
        int s = v.sentenceOfOffset(v.begin(k));
        for (int i = v.sentFirst[s]; i + 1 < v.sentEnd[s]; i++) if (v.lower[i].equals("according") && v.lower[i + 1].equals("to")) return true;
        return false;
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");

    private boolean isPossessive(int k) {
        return k < v.n && (v.word[k].equals("’s") || v.word[k].equals("'s") || v.word[k].equals("’") || v.word[k].equals("'"));
    }

    private Resolved resolveCut(int b, int e) {
        int last = e - 1;
        if (DateResolver.isCalendarWord(v.word[last])) return null;
        // "There were no soldiers at the station … said X": what "there is/was" introduces is no speaker
        if (b >= 2 && v.lemma[b - 1].equals("be") && v.lower[b - 2].equals("there")) return null;
        if (e - b == 1 && isPronoun(v.lower[b])) return pronoun(b);
        if (e - b == 1 && v.pos[b].equals("PRON")) return null;
        // "the fire/ambulance/weather service says": a service speaks only as a public or news body named by its modifier
        // (words-attribution SERVICE_MODIFIERS); must NOT catch a product or business ("the streaming service", "the
        // service charged them twice")
        if (v.lemma[last].equals("service") && v.actorAt[last] == null && !serviceModifierIn(b, last)) return null;
        if (e - b == 2 && isPronoun(v.lower[b]) && v.pos[last].equals("NOUN") && !UNNAMED.contains(v.lemma[last])) return pronoun(b); // "his data"
        // "said Piotr Lenk a driver from Brest", "Ana Ruiz 45 a nurse said": a person's name opening the phrase, then an
        // article or an age, is an apposition whose comma a scraper dropped; the person speaks, not "a driver". Not a name
        // of a body ("Vexa a chipmaker"), nor a possessed name ("Ruiz's lawyer")
        if (v.actorAt[b] != null && v.firstToken(v.actorAt[b]) == b && type(v.actorAt[b].entityKey()) == EntityType.PERSON) {
            int after = v.lastTokenOf(v.actorAt[b]) + 1;
            if (after < last && (v.lower[after].equals("a") || v.lower[after].equals("an") || v.pos[after].equals("NUM") && v.word[after].matches("\\d{1,2}"))) {
                Resolved r = named(v.actorAt[b]);
                if (r != null) return r;
            }
        }
        // the head noun: before the first preposition ("a resident of the town", "medical sources in the area")
        int head = last;
        for (int i = b + 1; i < e; i++) {
            if (v.pos[i].equals("ADP") && PP.contains(v.lower[i])) { head = i - 1; break; }
            // "a source close to the ministry", "people familiar with the talks": an adjective opening a postmodifier
            if (i + 1 < e && POSTMODIFIER_ADJ.contains(v.lower[i]) && postmodifierAt(v, i) && v.pos[i - 1].equals("NOUN")) { head = i - 1; break; }
        }
        String hl = nounHead(head);
        // "The French president accused …" after "President Ada Norell": a lower-case office right after a country's demonym
        // is the one person of the article named with that office and tied to no other country; never a new person (none
        // or several such: main's reading)
        if (hl != null && head == last && officeTitle(hl)) {
            Resolved r = demonymOfficeHolder(b, last);
            if (r != null) return r;
        }
        if (hl != null && DOCUMENT.contains(hl)) {
            Resolved r = documentAuthor(b, e, head);
            if (r != null) return r;
            if (DEFINITE.contains(v.lower[b]) && lastDocumentAuthor != null && entities.containsKey(lastDocumentAuthor)
                    && (lastDocumentLemma == null || lastDocumentLemma.equals(hl)))
                return new Resolved(lastDocumentAuthor, new Span(v.begin(b), v.end(last)), How.DESCRIPTION);
            // "A DEA statement said", "an Oxfam report found": one capitalised word the article does not know yet, between the
            // article and the document, is its author
            // (adjectives or a year may stand after the article: "a new CDC study", "A 2011 HUD report"; an acronym the
            // tagger read as a common noun is a name too)
            int n = head - 1;
            boolean modifiers = n > b;
            for (int i = b + 1; i < n && modifiers; i++) modifiers = (v.pos[i].equals("ADJ") || v.pos[i].equals("NUM")) && v.actorAt[i] == null;
            if ((v.lower[b].equals("a") || v.lower[b].equals("an")) && modifiers && (v.pos[n].equals("PROPN") || v.pos[n].equals("NOUN") && acronym(v.word[n]))
                    && v.actorAt[n] == null && v.placeAt[n] == null && !DateResolver.isCalendarWord(v.word[n]) // not "a Monday statement"
                    && Character.isUpperCase(v.word[n].charAt(0)) && v.word[n].length() > 1
                    && Character.isLetter(v.word[n].charAt(v.word[n].length() - 1))) {
                Resolved author = newName(n, n + 1);
                if (author != null) return author;
            }
            if (!DEFINITE.contains(v.lower[b]) && !v.lower[head].equals(hl)) return phraseEntity(b, e, EntityType.UNNAMED_SOURCE); // "documents show"
            // "The indictment alleges that …", "the lawsuit claims …": court papers with no author named or known speak as
            // themselves (words-attribution SELF_SPEAKING_DOCUMENTS); "the report said" does not (it refers back)
            // (not after a name, which is the accused's: "the Dorn Industries indictment says")
            if (v.lower[b].equals("the") && head == last && SELF_SPEAKING_DOCUMENTS.contains(hl) && lowerCaseBetween(b + 1, head) && !authorKnown(b, head))
                return phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
            return null;
        }
        // "Minister of Defence Ben Wallace", "deputy envoy of the mission at the UN Jamal Roe": a title and its
        // prepositional phrase before a person's name are that person's title
        // (an office's title, not a relation: "an aide to President Joe Biden", "a spokesman for Minister X" are not X)
        if (hl != null && head < last && UNNAMED.contains(hl) && v.actorAt[last] != null && v.firstToken(v.actorAt[last]) > head + 1
                && type(v.actorAt[last].entityKey()) == EntityType.PERSON && !v.lower[b].equals("a") && !v.lower[b].equals("an")
                && !SPOKESPERSON.contains(hl) && !RELATIONS.contains(hl) && officeTitle(hl)) {
            Resolved r = named(v.actorAt[last]);
            if (r != null) return r;
        }
        // "Judicial Watch's director of communications": an office of a named body, its possessor, speaks for it
        int owner = v.actorAt[b] == null ? -1 : v.lastTokenOf(v.actorAt[b]); // (the possessive may stay on the name: "Watch’s")
        if (hl != null && head < last && UNNAMED.contains(hl) && owner >= 0 && owner < head && type(v.actorAt[b].entityKey()) != EntityType.PERSON
                && (isPossessive(owner + 1) || v.lower[owner].endsWith("'s") || v.lower[owner].endsWith("’s"))) {
            Resolved r = named(v.actorAt[b]);
            if (r != null) return r;
        }
        if (hl != null && head < last && UNNAMED.contains(hl) && !DEFINITE.contains(v.lower[b])) {
            // "a doctor at the hospital", "sources in Macedonia and the U.S.": the whole phrase names the unnamed source
            int pb = head;
            while (pb - 1 >= b && modifier(pb - 1)) pb--;
            // (a hyphen is taken in only with the word before it: "A Rolls-Royce spokesman" does not start at "-Royce")
            while (v.word[pb].equals("-") && pb + 1 < v.n) pb++;
            if (pb - 1 >= b && (v.pos[pb - 1].equals("DET") || v.pos[pb - 1].equals("NUM") || v.lower[pb - 1].equals("one") || POSSESSIVE.contains(v.lower[pb - 1]))) pb--;
            if (pb == b) {
                Resolved r = phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
                // "Farmers in four villages along the canal": a bare plural head is also the group's short name ("Farmers")
                if (r != null && pb == head && !v.lower[head].equals(hl) && v.pos[head + 1].equals("ADP")) addAlt(r.key(), v.word[head]);
                return r;
            }
        }
        if (hl != null && head == last && !v.pos[last].equals("NOUN") && (UNNAMED.contains(hl) || REFERRING.contains(hl))) {
            Resolved d = description(b, e);
            if (d != null) return d;
        }
        // "the family of the dead man", "the relatives of the victims": a definite source with a postmodifier is named by
        // its own head, not the postmodifier's ("the man", "the victims"); an earlier source with that head, or the phrase
        if (v.actorAt[last] == null && DEFINITE.contains(v.lower[b]) && hl != null && head < last && UNNAMED.contains(hl) && v.pos[head].equals("NOUN")) {
            Resolved d = description(b, head + 1);
            if (d != null && d.how() != How.UNNAMED) return d;
            return phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
        }
        if (v.actorAt[last] == null && DEFINITE.contains(v.lower[b]) && UNNAMED.contains(v.lemma[last])) {
            Resolved d = description(b, e);
            if (d != null) return d;
        }
        // "Afghans stranded at the border said", "Syrians in the camp said", "many Afghans said": a plural demonym used as
        // a noun is people of that country, an unnamed source labelled as written, not the state. Not a demonym before a
        // noun ("Afghan officials", "the Afghan government"), nor the bare definite "the Afghans said" (a side of talks,
        // which main reads as the state)
        if (pluralDemonymAt(b, head) && !(DEFINITE.contains(v.lower[b]) && head == b + 1 && head == last && !postmodifierAt(v, e)))
            return phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
        Mention m = v.actorAt[last];
        if (m == null && (b == last || b + 1 == last && DEFINITE.contains(v.lower[b]))) {
            Resolved r = acronym(last);
            if (r != null) return r;
        }
        if (m != null && !inPP(b, v.firstToken(m))) return named(m);
        // "Umm Khaled/VERB": a capitalised word after a first name, mid-sentence, that the tagger misread
        boolean misread = last > b && last > v.sentFirst[v.sent[last]] && Character.isUpperCase(v.word[last].charAt(0)) && v.word[last].length() > 2
                && Character.isLowerCase(v.word[last].charAt(1)) && v.pos[last - 1].equals("PROPN") && Character.isUpperCase(v.word[last - 1].charAt(0));
        // "Nunes/NOUN stated Friday": a lone surname opening the sentence, read as a common noun, whose full name the
        // article gave before ("Rep. Devin Nunes of California")
        boolean loneCapitalNoun = m == null && b == last && v.pos[last].equals("NOUN") && opensSentence(last) && v.word[last].length() > 2
                && Character.isUpperCase(v.word[last].charAt(0)) && Character.isLowerCase(v.word[last].charAt(1))
                && !UNNAMED.contains(v.lemma[last]) && !REFERRING.contains(v.lemma[last]) && !DOCUMENT.contains(v.lemma[last]);
        boolean surname = loneCapitalNoun && fullNameBefore(last) != null;
        // "Siemens/NOUN said": a lone capitalised word opening the sentence, read as a common noun, that is exactly a name
        // of a body or person the article named before ("German engineering group Siemens") is that actor. Must NOT catch
        // a common noun ("Police said", "Critics said": no actor is named so)
        if (loneCapitalNoun) {
            for (Entity x : entities.values()) {
                if (!x.type().isActor() || x.type() == EntityType.UNNAMED_SOURCE) continue;
                if (names(x).contains(v.word[last])) return new Resolved(x.key(), new Span(v.begin(last), v.end(last)), How.NAME);
            }
        }
        if (m == null && (v.pos[last].equals("PROPN") || misread || surname)) {
            int i = last;
            // a capitalised word the tagger read as a common noun inside a sentence is a name too ("coach Pep/NOUN Guardiola")
            while (i - 1 >= b && (v.pos[i - 1].equals("PROPN") || (v.pos[i - 1].equals("ADJ") || v.pos[i - 1].equals("NOUN") || v.pos[i - 1].equals("CCONJ")
                    && i - 1 > v.sentFirst[v.sent[i - 1]]) && Character.isUpperCase(v.word[i - 1].charAt(0)))
                    && v.actorAt[i - 1] == null) i--;
            // "a top Senate Democrat", "an Israeli Army": an indefinite description, not a name
            if ((v.lower[b].equals("a") || v.lower[b].equals("an")) && i - b <= 2) return phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
            // "the U.S. Treasury Department": a body's name with a generic head word after it is that body
            if (i == last && i - 1 >= b && BODY_HEAD.contains(v.word[last]) && v.actorAt[i - 1] != null && v.lastTokenOf(v.actorAt[i - 1]) == i - 1) {
                Entity x = entities.get(v.actorAt[i - 1].entityKey());
                if (x != null && x.type() == EntityType.ORGANIZATION) {
                    Mention mm = v.actorAt[i - 1];
                    addAlt(x.key(), v.body.substring(mm.span().begin(), v.end(last)));
                    return new Resolved(x.key(), new Span(mm.span().begin(), v.end(last)), How.NAME);
                }
            }
            // a name after a title or a mention ("chargé d'affaires ... Munzer Munzer", "UN envoy Jane Roe")
            return newName(i, e);
        }
        if (m == null && v.pos[last].equals("NOUN") && (UNNAMED.contains(v.lemma[last]) || REFERRING.contains(v.lemma[last]))) {
            Resolved d = description(b, e);
            if (d != null) return d;
        }
        // "state television said", "Iranian state TV reported", "local newspapers reported": a medium described, not
        // named (an outlet named inside speaks: description()), is an unnamed source labelled as written
        if (m == null && v.pos[last].equals("NOUN") && MEDIA.contains(v.lemma[last]) && last > b) {
            Resolved d = description(b, e);
            if (d != null) return d;
            if (!DEFINITE.contains(v.lower[b]) && !hasMentionInPP(b, e)) return phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
        }
        // "Kyrgyzstan's main opposition party said", "Russia's largest oil company said", "the country's top court ruled": a
        // body described by its possessor (a "refers" noun of unnamed-sources.txt or words-mentions POSSESSED_BODIES) is
        // that body, never the possessor. Not a document ("Russia's statement said": the author, above) nor an office held
        // by a person ("Pakistan's prime minister")
        if (m == null && v.pos[last].equals("NOUN") && (REFERRING.contains(v.lemma[last]) || POSSESSED_BODIES.contains(v.lemma[last]))) {
            int p = possessorAt(b, last);
            if (p >= 0) {
                Resolved r = possessedBody(b, e, p);
                if (r != null) return r;
            }
        }
        // an actor mention not inside a prepositional phrase ("Arabic-language Al-Manar news")
        for (int i = last; i >= b; i--) {
            Mention x = v.actorAt[i];
            if (x != null && !inPP(b, v.firstToken(x))) return named(x);
        }
        if (m == null && v.pos[last].equals("NOUN") && DEFINITE.contains(v.lower[b])) return description(b, e);
        // "the permanent delegation of Syria at the UN": a body named by its description
        if (hasMentionInPP(b, e) && e - b <= 9 && (v.pos[b].equals("DET") || v.pos[b].equals("ADJ") || v.pos[b].equals("NOUN"))) {
            int hb = b;
            if (v.pos[hb].equals("DET")) hb++;
            if (hb < e && !v.pos[hb].equals("ADP")) return phraseEntity(hb, e, EntityType.ORGANIZATION);
        }
        return null;
    }

    /**
     * Token h is a plural demonym used as a noun ("Afghans", "Syrians": a country's mention of one token, the demonym of
     * that country with an "s", no noun after it), with only determiners, numbers and adjectives before it from b.
     */
    private boolean pluralDemonymAt(int b, int h) {
        Mention x = v.actorAt[h];
        if (x == null || v.firstToken(x) != h || v.lastTokenOf(x) != h || !v.lower[h].endsWith("s") || v.word[h].length() < 4) return false;
        if (!x.entityKey().equals(Gazetteer.get().lexicon.demonyms.get(norm(v.word[h].substring(0, v.word[h].length() - 1))))) return false;
        if (h + 1 < v.n && (v.pos[h + 1].equals("NOUN") || v.pos[h + 1].equals("PROPN"))) return false;
        for (int k = b; k < h; k++) {
            if (v.actorAt[k] != null || !v.pos[k].equals("DET") && !v.pos[k].equals("NUM") && !v.pos[k].equals("ADJ")) return false;
        }
        return true;
    }

    /** Heads of a body described by its possessor besides the "refers" nouns ("the country's top court"). */
    private static final Set<String> POSSESSED_BODIES = WordClasses.load("words-mentions.tsv").set("POSSESSED_BODIES");

    /**
     * The possessive token of "X's [modifiers] HEAD" in b..head ("Russia's largest oil company": the "'s", or the name's
     * token when the clitic stays on it), with only adjectives, nouns, numbers and hyphens between it and the head; else -1.
     */
    private int possessorAt(int b, int head) {
        for (int i = head - 1; i >= b; i--) {
            if (isPossessive(i)) return i > b ? i : -1;
            if (v.lower[i].endsWith("'s") || v.lower[i].endsWith("’s")) return i;
            String p = v.pos[i];
            if (v.actorAt[i] != null) return -1;
            // ("Ukraine's state/VERB gas company", "Nigeria's ruling/VERB party": a modifier the tagger read as a verb)
            // ("Gaza's ruling Islamist/PROPN group": a capitalised modifier that names no actor)
            if (!(p.equals("ADJ") || p.equals("NOUN") || p.equals("NUM") || p.equals("ADV") || verbModifier(i) || v.word[i].equals("-")
                    || p.equals("PROPN") && i > b && i + 1 == head)) return -1;
        }
        return -1;
    }

    /**
     * The body "X's [modifiers] HEAD" (b..e, possessive token at p) describes: the latest actor before it, other than the
     * possessor, whose names hold the head ("the Social Democratic Party" for "Kyrgyzstan's main opposition party"); for a
     * business noun (words-mentions BUSINESS_NOUNS) the one company the article named before when there is just one;
     * else an unnamed source under the phrase as written. Null when the possessor is a person or an organisation, whose
     * team or arm speaks for it.
     */
    private Resolved possessedBody(int b, int e, int p) {
        int last = e - 1;
        String head = v.lemma[last];
        int pt = isPossessive(p) ? p - 1 : p;
        String owner = v.actorAt[pt] == null ? null : v.actorAt[pt].entityKey();
        // (a body of a person or an organisation speaks for its owner: "Apple's legal team", "Amnesty's research team")
        EntityType ot = owner == null ? null : type(owner);
        if (ot != null && ot != EntityType.COUNTRY && ot != EntityType.PLACE) return null;
        Span span = new Span(v.begin(b), v.end(last));
        for (int k = salience.size() - 1; k >= 0; k--) {
            if (salience.get(k)[0] >= v.begin(b)) continue;
            String key = salienceKeys.get(k);
            Entity x = entities.get(key);
            if (x == null || !x.type().isActor() || key.equals(owner) || x.type() == EntityType.PERSON) continue;
            if (names(x).stream().anyMatch(l -> containsWord(x.type() == EntityType.UNNAMED_SOURCE ? headPart(l) : ownPart(l), head))) {
                addAlt(key, v.body.substring(v.begin(b), v.end(last)));
                return new Resolved(key, span, How.DESCRIPTION);
            }
        }
        if (BUSINESS_REFERRING.contains(head)) {
            String one = null;
            for (int k = salience.size() - 1; k >= 0; k--) {
                if (salience.get(k)[0] >= v.begin(b)) continue;
                String key = salienceKeys.get(k);
                if (key.equals(owner) || key.equals(one) || type(key) != EntityType.ORGANIZATION || publicBody(key)) continue;
                if (one != null) { one = null; break; }
                one = key;
            }
            if (one != null) {
                addAlt(one, v.body.substring(v.begin(b), v.end(last)));
                return new Resolved(one, span, How.DESCRIPTION);
            }
        }
        return phraseEntity(b, e, EntityType.UNNAMED_SOURCE);
    }

    /** The mention starting at token first is the object of a preposition ("… at the UN"), not the head. */
    private boolean inPP(int b, int first) {
        int i = first - 1;
        while (i >= b && (v.pos[i].equals("DET") || v.pos[i].equals("ADJ") || v.pos[i].equals("NUM"))) i--;
        return i >= b && v.pos[i].equals("ADP") && PP.contains(v.lower[i]);
    }

    private boolean hasMentionInPP(int b, int e) {
        for (int i = b; i < e; i++) if (v.actorAt[i] != null && inPP(b, i)) return true;
        return false;
    }

    private Resolved named(Mention m) {
        Entity e = entities.get(m.entityKey());
        if (e == null || !e.type().isActor()) return null;
        addAlt(e.key(), v.body.substring(m.span().begin(), m.span().end()));
        return new Resolved(e.key(), m.span(), How.NAME);
    }

    private Resolved pronoun(int i) {
        String p = v.lower[i];
        if (p.equals("i") || p.equals("we") || p.equals("my") || p.equals("our") || p.equals("me") || p.equals("us")) return null;
        int at = v.begin(i);
        Resolved head = relativeHead(i);
        if (head != null) return head;
        if (p.equals("it")) {
            Resolved doc = documentJustNamed(i);
            if (doc != null) return doc;
        }
        for (int k = salience.size() - 1; k >= 0; k--) {
            if (salience.get(k)[0] >= at) continue;
            String key = salienceKeys.get(k);
            EntityType t = type(key);
            if (t == null) continue;
            // "he", "she": a person or one unnamed source ("a shopkeeper"), never a plural one ("residents")
            boolean ok = PERSON_PRON.contains(p) ? t == EntityType.PERSON || t == EntityType.UNNAMED_SOURCE && !pluralSource(key)
                    : THING_PRON.contains(p) ? t == EntityType.ORGANIZATION || t == EntityType.OUTLET || t == EntityType.COUNTRY || singularBody(key)
                    : t == EntityType.COUNTRY || t == EntityType.GROUP || t == EntityType.UNNAMED_SOURCE || t == EntityType.ORGANIZATION;
            // ("Ms Okoro said … He said": "he" skips a person the article marked as a woman, "she" one marked as a man)
            if (ok && t == EntityType.PERSON && !p.equals("her") && !p.equals("his") && gender(key) == (p.equals("he") || p.equals("him") ? 2 : 1)) continue;
            if (ok) return new Resolved(key, v.toks.get(i).span(), How.PRONOUN);
        }
        return null;
    }

    /**
     * "A neighbour, who asked not to be named because she feared reprisals, said …": "he"/"she" inside a relative clause
     * set off by a comma after the noun phrase that opens the sentence is that phrase's person, resolved as a speaker
     * phrase (one person or one unnamed source); never a person the article marked with the other sex, a plural source,
     * or a pronoun after the clause closed (a second comma or the main verb's clause: "X, who ran the unit, said he …" is
     * left to salience), nor a relative clause mid-sentence ("police shot a man, who said he …").
     */
    private Resolved relativeHead(int i) {
        String p = v.lower[i];
        if (!p.equals("he") && !p.equals("she")) return null;
        int s = v.sent[i], first = v.sentFirst[s];
        int who = -1;
        for (int k = i - 1; k > first + 1; k--) {
            if (v.word[k].equals(",") || v.word[k].equals(";") || v.isQuote(k)) return null;
            if (v.lower[k].equals("who") && v.word[k - 1].equals(",")) { who = k; break; }
        }
        // ("the president, who he said was tired": a pronoun right after "who" is the clause's subject, another person)
        if (who < 0 || who + 1 == i || who - 1 - first > 10) return null;
        for (int k = first; k < who - 1; k++) if (v.word[k].equals(",") || v.pos[k].equals("VERB") || v.isQuote(k) || isPronoun(v.lower[k])) return null;
        Resolved r = resolveCut(first, who - 1);
        if (r == null) return null;
        EntityType t = type(r.key());
        if (t == EntityType.PERSON) {
            if (gender(r.key()) == (p.equals("he") ? 2 : 1)) return null;
        } else if (t != EntityType.UNNAMED_SOURCE || pluralSource(r.key())) return null;
        return new Resolved(r.key(), v.toks.get(i).span(), How.PRONOUN);
    }


    private static final Set<String> MALE_WORDS = WordClasses.load("words-mentions.tsv").set("MALE_WORDS");
    private static final Set<String> FEMALE_WORDS = WordClasses.load("words-mentions.tsv").set("FEMALE_WORDS");
    /** Words that may stand before a kin noun in apposition ("her husband, NAME", "NAME, the victim's sister"). */
    private static final Set<String> KIN_DETERMINERS = Set.of("his", "her", "their", "the", "a", "an", "its", "'s", "’s");
    private final Map<String, Integer> genders = new java.util.HashMap<>();

    /**
     * 1 when the article marks this person only as a man, 2 only as a woman, else 0: a title or kin word of words-mentions
     * MALE_WORDS / FEMALE_WORDS opening one of the person's names ("Mr Brannigan"), right before a mention ("Mrs. Kemble"), or in
     * apposition to one ("her husband, Omar Tal", "Rita Kemble, his mother").
     */
    private int gender(String key) {
        Integer g = genders.get(key);
        if (g != null) return g;
        int bits = 0;
        Entity x = entities.get(key);
        if (x != null) for (String l : names(x)) {
            String[] w = l.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
            if (w.length > 1) bits |= genderOf(w[0]);
        }
        // every place one of the person's names is written (a name the speaker rules made has no mention)
        List<int[]> places = new ArrayList<>();
        for (Mention m : v.a.mentions()) if (m.entityKey().equals(key)) places.add(new int[]{v.firstToken(m), v.lastTokenOf(m)});
        if (x != null) for (String name : names(x)) {
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) continue;
            for (int at = v.body.indexOf(name); at >= 0; at = v.body.indexOf(name, at + 1)) {
                int f = v.tokenAtOrAfter(at), l = v.tokenEndingBy(at + name.length());
                if (f >= 0 && l >= f && v.begin(f) == at) places.add(new int[]{f, l});
            }
        }
        for (int[] place : places) {
            int f = place[0], l = place[1];
            if (f < 0 || l < 0) continue;
            int k = f - 1;
            if (k >= 0 && v.word[k].equals(".")) k--;
            if (k >= 0) bits |= genderOf(v.lower[k]);
            // "her husband, NAME"
            if (f >= 2 && v.word[f - 1].equals(",") && (f < 3 || KIN_DETERMINERS.contains(v.lower[f - 3]) || v.pos[f - 3].equals("ADJ"))) bits |= genderOf(v.lower[f - 2]);
            // "NAME, his sister", "NAME, the victim's mother": the last noun of a short phrase after a determiner
            if (l + 3 < v.n && v.word[l + 1].equals(",") && KIN_DETERMINERS.contains(v.lower[l + 2])) {
                int headGender = 0;
                for (int k2 = l + 3; k2 < v.n && k2 < l + 7; k2++) {
                    if (v.pos[k2].equals("NOUN")) headGender = genderOf(v.lower[k2]);
                    else if (!(v.pos[k2].equals("ADJ") || v.pos[k2].equals("PROPN") || v.lower[k2].equals("'s") || v.lower[k2].equals("’s"))) break;
                }
                bits |= headGender;
            }
        }
        g = bits == 1 || bits == 2 ? bits : 0;
        genders.put(key, g);
        return g;
    }

    private static int genderOf(String w) { return MALE_WORDS.contains(w) ? 1 : FEMALE_WORDS.contains(w) ? 2 : 0; }

    private static final Pattern PLURAL_END = Pattern.compile(".*\\b(?:\\w+s)$");

    /** The string form of {@link #postmodifierAt} (and of a prepositional or relative tail) on a label: keep the two in step. */
    private static final Pattern HEAD_END = Pattern.compile("\\s(?:of|for|at|in|on|from|with|to|near|inside|close|familiar|who|whose|which|that|\\p{L}+ed\\s+(?:on|about|with|in|to|by))\\b.*$");

    /** A name without its possessor: "the minister's deputy" → "deputy". */
    static String ownPart(String name) {
        int i = Math.max(name.lastIndexOf("'s "), name.lastIndexOf("’s "));
        return i < 0 ? name : name.substring(i + 3);
    }

    /**
     * A source's name without its postmodifier ("two people" of "two people familiar with the matter", "officials" of
     * "officials briefed on the talks"): "the matter" does not refer back to the source, "the officials" does.
     */
    static String headPart(String name) { return HEAD_END.matcher(name).replaceFirst(""); }

    /** An unnamed source named in the plural ("residents", "two witnesses"; not "a witness"). */
    private boolean pluralSource(String key) {
        Entity e = entities.get(key);
        if (e == null || e.type() != EntityType.UNNAMED_SOURCE) return false;
        // the head ends the phrase before its first preposition or relative ("a relative of the victims": "relative")
        String l = HEAD_END.matcher(e.label().toLowerCase(Locale.ROOT)).replaceFirst("").strip();
        // (an indefinite article makes it one, whatever the ending: "a presently undisclosed sources")
        if (l.startsWith("a ") || l.startsWith("an ") || l.startsWith("one ")) return false;
        return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is");
    }

    /** An unnamed body in the singular ("the ministry", "the state health ministry"), which "it" refers back to. */
    private boolean singularBody(String key) {
        Entity e = entities.get(key);
        if (e == null || e.type() != EntityType.UNNAMED_SOURCE) return false;
        String l = e.label().toLowerCase(Locale.ROOT);
        return ORGISH.matcher(l).matches() && !PLURAL_END.matcher(l).matches();
    }

    /**
     * "We have seen the statement of the foreign ministry. It says …": "it" right after a document named with its
     * author (no other actor named in between) is that document, speaking for the author. Null when there is none.
     */
    private Resolved documentJustNamed(int i) {
        int para = v.paragraphOf(v.begin(i));
        for (int k = i - 1; k >= 0 && k >= i - 30 && v.paragraphOf(v.begin(k)) == para; k--) {
            if (!v.pos[k].equals("NOUN") || !DOCUMENT.contains(v.lemma[k])) continue;
            int e = k + 1;
            while (e < i && !v.isPunct(e) && e < k + 10) e++;
            int b = k;
            while (b - 1 >= 0 && b > k - 4 && !v.isPunct(b - 1) && !v.pos[b - 1].equals("VERB")) b--;
            // "the ministry said in a statement carried by the agency. It added …": a document a speaker spoke "in" is
            // that speaker's; who carried or published it is no author, so "it" is left to the speaker (salience)
            if (v.lower[b].equals("in") && b - 1 >= 0 && v.pos[b - 1].equals("VERB")) return null;
            Resolved author = documentAuthor(b, e, k);
            if (author == null) return null;
            // (no other actor named between the document and "it")
            for (int j = e; j < i; j++) if (v.actorAt[j] != null && !v.actorAt[j].entityKey().equals(author.key())) return null;
            return new Resolved(author.key(), v.toks.get(i).span(), How.PRONOUN);
        }
        return null;
    }

    /** "the ministry", "the source", "a military source", "activists". */
    private Resolved description(int b, int e) {
        int last = e - 1;
        String head = nounHead(last) != null ? nounHead(last) : v.lemma[last];
        // "a SANA reporter", "the RIA correspondent": the outlet speaks through its staff
        if (STAFF.contains(head)) {
            for (int i = last - 1; i >= b; i--) {
                Mention m = v.actorAt[i];
                if (m == null) continue;
                Entity x = entities.get(m.entityKey());
                if (x != null && x.type() == EntityType.OUTLET) {
                    Resolved r = named(m);
                    // so that "the reporter" later refers back to the outlet
                    if (r != null) addAlt(x.key(), v.body.substring(v.begin(b), v.end(last)));
                    return r;
                }
            }
        }
        // "the Houthi-run Saba news agency", "the state broadcaster NTV": the outlet named inside a media description speaks
        if (MEDIA.contains(head)) {
            // (the mention nearest the head: "the Houthi-run Saba agency" is Saba's, not the Houthis')
            for (int i = e - 1; i >= b; i--) {
                Mention m = v.actorAt[i];
                Entity x = m == null ? null : entities.get(m.entityKey());
                if (x == null || x.type() != EntityType.OUTLET && x.type() != EntityType.ORGANIZATION || inPP(b, v.firstToken(m))) continue;
                Resolved r = named(m);
                if (r != null) addAlt(x.key(), v.body.substring(v.begin(b), v.end(last)));
                return r;
            }
        }
        int pb = last;
        while (pb - 1 >= b && modifier(pb - 1)) pb--;
        // (a hyphen is taken in only with the word before it: "A Rolls-Royce spokesman" does not start at "-Royce")
        while (v.word[pb].equals("-") && pb + 1 < v.n) pb++;
        if (pb - 1 >= b && (v.pos[pb - 1].equals("DET") || v.pos[pb - 1].equals("NUM") || v.lower[pb - 1].equals("one") || POSSESSIVE.contains(v.lower[pb - 1]))) pb--;
        boolean definite = DEFINITE.contains(v.lower[pb]);
        if (definite) {
            // the most recent actor whose names contain the head word (not as a possessor: "the minister's deputy" is no
            // minister)
            for (int k = salience.size() - 1; k >= 0; k--) {
                if (salience.get(k)[0] >= v.begin(b)) continue;
                Entity x = entities.get(salienceKeys.get(k));
                if (x != null && names(x).stream().anyMatch(l -> containsWord(x.type() == EntityType.UNNAMED_SOURCE ? headPart(l) : ownPart(l), head))) {
                    addAlt(x.key(), v.body.substring(v.begin(pb), v.end(last)));
                    return new Resolved(x.key(), new Span(v.begin(pb), v.end(last)), How.DESCRIPTION);
                }
            }
            // "the author added" after "Stephen Strang, author of the book" or "Author Nina Vosk": the person the article
            // gave that role, next to one of their names
            if (e - b <= 4 && v.pos[last].equals("NOUN")) { // ("the Indiana governor" too)
                String rolled = roleHolder(roleForms(b, last, head), v.begin(b));
                if (rolled != null) {
                    addAlt(rolled, v.body.substring(v.begin(pb), v.end(last)));
                    return new Resolved(rolled, new Span(v.begin(pb), v.end(last)), How.DESCRIPTION);
                }
            }
            for (Entity x : entities.values()) {
                if (x.type() == EntityType.UNNAMED_SOURCE && names(x).stream().anyMatch(l -> containsWord(headPart(l), head))) {
                    addAlt(x.key(), v.body.substring(v.begin(pb), v.end(last)));
                    return new Resolved(x.key(), new Span(v.begin(pb), v.end(last)), How.DESCRIPTION);
                }
            }
            // "the organization", "the group": the latest organisation-like actor that spoke or led a sentence; a medium
            // ("the newspaper", "the broadcaster") only an outlet, anything else ("the company", "the group") no outlet
            if (REFERRING.contains(head)) {
                boolean medium = MEDIA.contains(head);
                for (int k = salience.size() - 1; k >= 0; k--) {
                    if (salience.get(k)[0] >= v.begin(b)) continue;
                    String key = salienceKeys.get(k);
                    EntityType t = type(key);
                    if (medium ? t == EntityType.OUTLET : t == EntityType.ORGANIZATION || t == EntityType.GROUP) {
                        // ("Police arrested Morgan. The bank said …": a business noun stands for no public body)
                        if (BUSINESS_REFERRING.contains(head) && publicBody(key)) continue;
                        addAlt(key, v.body.substring(v.begin(pb), v.end(last)));
                        return new Resolved(key, new Span(v.begin(pb), v.end(last)), How.DESCRIPTION);
                    }
                }
                // "According to the research team": with no organisation before it, a modified referring noun still names
                // an unnamed source; a bare "the organization" names no one
                return last - pb >= 2 && (v.pos[last - 1].equals("NOUN") || v.pos[last - 1].equals("ADJ") || verbModifier(last - 1)) ? phraseEntity(pb, e, EntityType.UNNAMED_SOURCE) : null;
            }
            // a named actor of the article whose name ends in the head ("the Ministry" → "... Foreign Ministry")
            for (Mention m : v.a.mentions()) {
                if (m.span().begin() >= v.begin(b)) break;
                Entity x = entities.get(m.entityKey());
                if (x != null && x.type().isActor() && containsWord(x.label(), head)) {
                    addAlt(x.key(), v.body.substring(v.begin(pb), v.end(last)));
                    return new Resolved(x.key(), new Span(v.begin(pb), v.end(last)), How.DESCRIPTION);
                }
            }
            // "The ruling party said", "the main opposition party said": a body described by its modifiers (a head of
            // words-mentions POSSESSED_BODIES) that names no actor of the article is an unnamed source under the phrase as
            // written; a bare "the party" names no one
            if (POSSESSED_BODIES.contains(head) && v.pos[last].equals("NOUN") && last - pb >= 2
                    && (v.pos[last - 1].equals("NOUN") || v.pos[last - 1].equals("ADJ") || verbModifier(last - 1))) return phraseEntity(pb, e, EntityType.UNNAMED_SOURCE);
        }
        // "rights groups", "opposition factions": an indefinite plural of an organisation noun is an unnamed source too
        boolean plural = !v.lower[last].equals(head);
        if (!UNNAMED.contains(head) && !(REFERRING.contains(head) && plural && !definite)) return null;
        return phraseEntity(pb, e, EntityType.UNNAMED_SOURCE);
    }

    /** Time nouns (words-attribution TIME_UNITS, PART_OF_DAY): "Tuesday evening police said" has no "evening police". */
    static final Set<String> TIME_NOUNS = union(WORDS.set("TIME_UNITS"), WORDS.set("PART_OF_DAY"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** Possessive pronouns and wh-determiners for {@link #verbModifier}. */
    private static final Set<String> OWNER_PRONOUNS = Set.of("its", "his", "her", "their", "our", "my");
    private static final Set<String> WH_DETERMINERS = Set.of("how", "what", "why", "when", "where", "whether", "which");

    /**
     * "The ruling/VERB party said", "Ukraine's state/VERB gas company said", "its governing/VERB council said": a
     * lower-case word the tagger read as a verb between an article, a possessive pronoun or a possessive ('s) and a
     * noun or adjective is a modifier inside the noun phrase (nothing else stands there: a verb after "the" needs a
     * noun first). Not after "that" or a wh-word (which the tagger may read as a determiner), nor after an "'s" that
     * is a verb ("he's leading talks"), nor before anything but a noun or adjective ("the state said", "its ruling
     * stands"). Shared by the subject-phrase scan of AttributionAnnotator and the description reading here.
     */
    static boolean verbModifier(TextView v, int k) {
        if (!v.pos[k].equals("VERB") || k == 0 || k + 1 >= v.n || v.sent[k - 1] != v.sent[k] || v.sent[k + 1] != v.sent[k]) return false;
        if (!Character.isLowerCase(v.word[k].charAt(0))) return false;
        String next = v.pos[k + 1];
        if (!(next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"))) return false;
        int p = k - 1;
        String w = v.lower[p];
        if (v.pos[p].equals("DET")) return !w.equals("that") && !WH_DETERMINERS.contains(w);
        if (OWNER_PRONOUNS.contains(w)) return true;
        String pw = v.word[p];
        if (pw.equals("’s") || pw.equals("'s") || pw.equals("’") || pw.equals("'")) return p > 0 && (v.pos[p].equals("PART") || v.pos[p].equals("PROPN") || v.pos[p].equals("NOUN"))
                && (v.pos[p - 1].equals("PROPN") || v.pos[p - 1].equals("NOUN"));
        // "Ukraine's" kept whole by the tokenizer
        return (w.endsWith("'s") || w.endsWith("’s")) && w.length() > 2 && (v.pos[p].equals("PROPN") || v.pos[p].equals("NOUN"));
    }

    private boolean verbModifier(int i) { return verbModifier(v, i); }

    private boolean modifier(int i) {
        String p = v.pos[i];
        if (TIME_NOUNS.contains(v.lower[i]) || DateResolver.isCalendarWord(v.word[i])) return false;
        // "a military-diplomatic source", "a Kremlin-linked official": a hyphen written inside one word joins its two halves
        if (v.word[i].equals("-") && i > 0 && i + 1 < v.n && v.end(i - 1) == v.begin(i) && v.end(i) == v.begin(i + 1)
                && Character.isLetter(v.word[i - 1].charAt(v.word[i - 1].length() - 1)) && Character.isLetter(v.word[i + 1].charAt(0))) return true;
        if (p.equals("ADJ") || p.equals("ADV") && i + 1 < v.n && v.pos[i + 1].equals("ADJ")) return true;
        if (verbModifier(i)) return true;
        if (p.equals("PROPN") && v.actorAt[i] != null) return true; // "Syrian military source", "RIA correspondent"
        if (p.equals("PROPN") && v.placeAt[i] != null) return true; // "the Indiana governor", "a Kharkiv official"
        // "a TikTok spokesperson": a name the gazetteer does not know, between the article and the role noun
        if (p.equals("PROPN") && i > 0 && i + 1 < v.n && Character.isUpperCase(v.word[i].charAt(0)) && v.pos[i + 1].equals("NOUN")
                && (v.lower[i - 1].equals("a") || v.lower[i - 1].equals("an"))) return true;
        // "Putin's office", "the minister's spokesman": the possessor stays in the phrase
        if (isPossessive(i) && i > 0 && (v.pos[i - 1].equals("PROPN") || v.actorAt[i - 1] != null)) return true;
        if (p.equals("PROPN") && (v.lower[i].endsWith("'s") || v.lower[i].endsWith("’s"))) return true;
        // "the U.N. human rights office": an abbreviation's full stop split off, and the abbreviation itself
        if (v.word[i].equals(".") && i > 0 && v.end(i - 1) == v.begin(i) && v.pos[i - 1].equals("PROPN") && v.word[i - 1].indexOf('.') > 0) return true;
        if (p.equals("PROPN") && v.word[i].indexOf('.') > 0 && v.word[i].equals(v.word[i].toUpperCase(Locale.ROOT))) return true;
        // a singular noun compounding ("security source", "government official"), not a plural one ("civilians residents")
        if (p.equals("NOUN") && v.lower[i].equals(v.lemma[i])) return true;
        // a plural noun opening a compound at the sentence start or after a determiner ("Rights groups", "the arms dealers"),
        // not after a number or another noun ("four civilians residents")
        if (p.equals("NOUN") && !UNNAMED.contains(v.lemma[i]) && i + 1 < v.n && v.pos[i + 1].equals("NOUN")
                && (i == v.sentFirst[v.sent[i]] || i > 0 && DEFINITE.contains(v.lower[i - 1])
                    // after a source-introducing preposition: "according to rights groups", "by aid agencies", "from aid
                    // workers" (not after "of", "in", "with", "for": "of prisoners families", "with aid workers' …")
                    || i > 0 && v.pos[i - 1].equals("ADP") && SOURCE_PREPOSITIONS.contains(v.word[i - 1]))) return true;
        // a plural noun inside a compound after an adjective ("human rights office"), not after a number ("four civilians residents")
        return p.equals("NOUN") && !UNNAMED.contains(v.lemma[i]) && i > 0 && v.pos[i - 1].equals("ADJ") && i + 1 < v.n && v.pos[i + 1].equals("NOUN");
    }

    /** Heads of a relation to a person, not an office ("an aide to President X", "a lawyer for X"). */
    private static final Set<String> RELATIONS = WORDS.set("RELATION_HEADS");

    /** A title of an office the gazetteer's lexicon knows ("minister", "director", "governor"). */
    private static boolean officeTitle(String head) {
        return !Gazetteer.get().lexicon.titles.get(List.of(head)).isEmpty();
    }

    /** "security and local sources", "activists and residents": coordinated unnamed sources as one phrase. */
    Resolved unnamedPhrase(int b, int e) { return phraseEntity(b, e, EntityType.UNNAMED_SOURCE); }

    private Resolved phraseEntity(int b, int e, EntityType type) {
        // "union leaders told workers", "opposition leaders said": a group role (words-attribution GROUP_ROLES) names an
        // unnamed source only as an indefinite plural after a modifier; "the Labour leader", "a rebel leader", "the two
        // leaders", bare "Leaders" are left to the role holder (or to no one)
        // (the phrase's head only, before any preposition: "an aide to the opposition leader" stays the aide's, "the
        // leader of the opposition" is refused)
        if (type == EntityType.UNNAMED_SOURCE && e - 1 >= b) {
            int k = b;
            while (k + 1 < e && !v.pos[k + 1].equals("ADP")) k++;
            if (v.pos[k].equals("NOUN") && GROUP_ROLES.contains(v.lemma[k])) {
                boolean plural = !v.lower[k].equals(v.lemma[k]);
                boolean modified = k > b && (v.pos[k - 1].equals("NOUN") || v.pos[k - 1].equals("ADJ") || v.pos[k - 1].equals("PROPN"));
                if (!plural || !modified || DEFINITE.contains(v.lower[b]) || v.pos[b].equals("NUM")) return null;
            }
        }
        String phrase = v.body.substring(v.begin(b), v.end(e - 1));
        String bare = LEADING_DETERMINER.matcher(phrase).replaceFirst("");
        String key;
        if (type == EntityType.UNNAMED_SOURCE) {
            // a definite phrase refers back to an earlier unnamed source with the same words
            key = articleSlug + "/" + Ids.slug(bare);
        } else {
            key = Ids.slug(bare);
        }
        Entity ex = entities.get(key);
        if (ex != null && !ex.type().isActor()) return null;
        // "a State Department spokesperson", "a spokesman for the ministry": an unnamed voice of a body the article names
        // speaks as that body (its words are the body's; the phrase is one more way the article refers to it)
        if (type == EntityType.UNNAMED_SOURCE && (v.lower[b].equals("a") || v.lower[b].equals("an"))) {
            Entity body = spokespersonOf(b, e);
            if (body != null) {
                addAlt(body.key(), phrase);
                return new Resolved(body.key(), new Span(v.begin(b), v.end(e - 1)), How.DESCRIPTION);
            }
        }
        if (ex == null) {
            ex = Entity.of(key, type, type == EntityType.UNNAMED_SOURCE ? phrase : bare);
            // "a spokesman for Veltrax", "a source in the Russian border guard service": the body it speaks for
            if (type == EntityType.UNNAMED_SOURCE) {
                for (int k = b + 1; k < e; k++) {
                    Entity o = v.entityOf(v.actorAt[k]);
                    if (o != null && o.type() != EntityType.PERSON && o.type() != EntityType.UNNAMED_SOURCE) { ex = ex.withMemberOf(List.of(o.key())); break; }
                }
            }
            entities.put(key, ex);
            changed.add(key);
        }
        addAlt(key, phrase);
        addAlt(key, bare);
        if (type == EntityType.UNNAMED_SOURCE) {
            String head = v.lemma[e - 1];
            // (the head's singular only when the head ends the phrase: not "people familiar with the talk")
            String sing = bare.endsWith(v.word[e - 1]) && headPart(bare).equals(bare) ? bare.substring(0, bare.length() - v.word[e - 1].length()) + head : bare;
            addAlt(key, sing);
        }
        return new Resolved(key, new Span(v.begin(b), v.end(e - 1)), type == EntityType.UNNAMED_SOURCE ? How.UNNAMED : How.NEW_NAME);
    }

    /**
     * The one person named before offset with this role noun next to a name: right before it ("Author Nina Vosk") or
     * in apposition after it ("Stephen Strang, author of …", "Nina Vosk, the author"). Null when none or several.
     */
    private String roleHolder(List<List<String>> roles, int before) {
        String found = null;
        for (Mention m : v.a.mentions()) {
            if (m.span().begin() >= before) break;
            Entity x = entities.get(m.entityKey());
            if (x == null || x.type() != EntityType.PERSON) continue;
            int f = v.firstToken(m), l = v.lastTokenOf(m);
            boolean has = f > 0 && roleEndsAt(roles, f - 1);
            if (!has && l + 1 < v.n && v.word[l + 1].equals(",")) {
                int k = l + 2;
                // (", the museum director": nouns before the role too)
                while (k < v.n && k < l + 6 && !roleEndsAt(roles, k) && (v.pos[k].equals("DET") || v.pos[k].equals("ADJ") || v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN"))) k++;
                has = k < v.n && roleEndsAt(roles, k) && v.pos[k].equals("NOUN");
            }
            if (!has) continue;
            if (found != null && !found.equals(x.key())) return null;
            found = x.key();
        }
        return found;
    }

    /**
     * "the French president", "Chilean prime minister" (b..last): an optional article, a country's demonym (one token),
     * then lower-case office words to last. The one person named before it with that office (or a synonym of
     * OFFICE_SYNONYMS) right before one of their names or in apposition, whose naming ties them to no other country
     * ("Russian President X" is no French president); null when none or several, or the phrase is of another shape.
     */
    private Resolved demonymOfficeHolder(int b, int last) {
        int d = b < last && (DEFINITE.contains(v.lower[b]) || v.lower[b].equals("a")) ? b + 1 : b;
        Mention c = d < last ? v.actorAt[d] : null;
        if (c == null || v.firstToken(c) < b || v.lastTokenOf(c) != d || type(c.entityKey()) != EntityType.COUNTRY
                || !c.entityKey().equals(Gazetteer.get().lexicon.demonyms.get(norm(v.word[d])))) return null;
        List<String> office = new ArrayList<>();
        for (int k = d + 1; k <= last; k++) {
            if (v.actorAt[k] != null || !v.word[k].equals(v.lower[k])) return null;
            office.add(v.lower[k]);
        }
        List<List<String>> roles = new ArrayList<>();
        roles.add(office);
        for (List<List<String>> o : OFFICE_SYNONYMS) if (o.contains(office)) for (List<String> w : o) if (!roles.contains(w)) roles.add(w);
        String country = c.entityKey(), found = null;
        for (Mention m : v.a.mentions()) {
            if (m.span().begin() >= v.begin(b)) break;
            Entity x = entities.get(m.entityKey());
            if (x == null || x.type() != EntityType.PERSON) continue;
            int f = v.firstToken(m), l = v.lastTokenOf(m), at = -1;
            if (f > 0 && roleEndsAt(roles, f - 1)) at = f - 1;
            // (the office inside the mention: "President Ada Norell" as one name)
            for (List<String> w : roles) if (at < 0 && f + w.size() - 1 < l && wordsEndAt(w, f + w.size() - 1)) at = f + w.size() - 1;
            if (at < 0 && l + 2 < v.n && v.word[l + 1].equals(",")) {
                int k = l + 2;
                while (k < v.n && k < l + 6 && !roleEndsAt(roles, k) && (v.pos[k].equals("DET") || v.pos[k].equals("ADJ") || v.pos[k].equals("PROPN"))) k++;
                if (k < v.n && roleEndsAt(roles, k)) at = k;
            }
            if (at < 0) continue;
            // (the country the naming ties the person to: a country mention just before the office or inside the
            // apposition, or the person's membership)
            String tied = null;
            int s0 = v.sentFirst[v.sent[at]];
            for (int k = Math.max(s0, Math.min(f, at) - 6); k <= at && tied == null; k++) {
                if (k >= f && k <= l) continue;
                Mention y = v.actorAt[k];
                if (y != null && type(y.entityKey()) == EntityType.COUNTRY) tied = y.entityKey();
            }
            if (tied == null) for (String o : x.memberOf()) if (type(o) == EntityType.COUNTRY) tied = o;
            if (tied != null && !tied.equals(country)) continue;
            if (found != null && !found.equals(x.key())) return null;
            found = x.key();
        }
        if (found == null) return null;
        addAlt(found, v.body.substring(v.begin(d), v.end(last)));
        return new Resolved(found, new Span(v.begin(b), v.end(last)), How.DESCRIPTION);
    }

    /** Names of one office (words-mentions OFFICE_SYNONYMS), each as its words. */
    private static final List<List<List<String>>> OFFICE_SYNONYMS = WordClasses.load("words-mentions.tsv").set("OFFICE_SYNONYMS").stream()
            .map(r -> java.util.Arrays.stream(r.split("\\|")).map(f -> List.of(f.strip().split(" "))).toList()).toList();

    /**
     * The names of the office a description b..last ending in head gives: the head, and all names of an office
     * (OFFICE_SYNONYMS) one of which ends the description ("the premier" → also "prime minister"; "the top diplomat" →
     * also "foreign minister", "secretary of state").
     */
    private List<List<String>> roleForms(int b, int last, String head) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(List.of(head));
        for (List<List<String>> office : OFFICE_SYNONYMS) {
            boolean named = false;
            for (List<String> w : office) if (last - w.size() + 1 >= b && wordsEndAt(w, last)) named = true;
            if (named) for (List<String> w : office) if (!forms.contains(w)) forms.add(w);
        }
        return forms;
    }

    private boolean roleEndsAt(List<List<String>> roles, int k) {
        for (List<String> w : roles) if (wordsEndAt(w, k)) return true;
        return false;
    }

    /** The words w (lower case or lemma) are the tokens ending at k. */
    private boolean wordsEndAt(List<String> w, int k) {
        int s = k - w.size() + 1;
        if (s < 0) return false;
        for (int j = 0; j < w.size(); j++) if (!v.lower[s + j].equals(w.get(j)) && !v.lemma[s + j].equals(w.get(j))) return false;
        return true;
    }

    /** The body (no person, no unnamed source) an actor mention inside a spokesperson phrase names, or null. */
    private Entity spokespersonOf(int b, int e) {
        boolean spokes = false;
        for (int k = b + 1; k < e; k++) if (SPOKESPERSON.contains(v.lower[k])) spokes = true;
        if (!spokes) return null;
        for (int k = b + 1; k < e; k++) {
            Entity o = v.entityOf(v.actorAt[k]);
            if (o != null && o.type() != EntityType.PERSON && o.type() != EntityType.UNNAMED_SOURCE && !backer(k, e)) return o;
        }
        return null;
    }

    private static final java.util.regex.Pattern BACKER = java.util.regex.Pattern.compile(".*-(?:" + WORDS.alternation("BACKER") + ")");

    /** The actor at token {@code k} only qualifies the body named after it ("a spokeswoman for Iran-aligned Houthi rebels"). */
    private boolean backer(int k, int e) {
        if (BACKER.matcher(v.lower[k]).matches()) return true;
        return k + 2 < e && v.lower[k + 1].equals("-") && BACKER.matcher("-" + v.lower[k + 2]).matches();
    }

    /** A name no mention covers: an earlier entity of the same name or surname, else a new entity. */
    private Resolved newName(int b, int e) {
        // "I've", "We're": a pronoun contracted with its verb is no name
        if (e - b == 1) {
            String w = v.lower[b];
            int ap = Math.max(w.indexOf('\''), w.indexOf('’'));
            if (ap > 0 && CONTRACTED.contains(w.substring(0, ap))) return null;
        }
        String name = v.body.substring(v.begin(b), v.end(e - 1));
        Span span = new Span(v.begin(b), v.end(e - 1));
        String low = norm(name);
        for (Entity x : entities.values()) {
            if (!x.type().isActor()) continue;
            for (String l : names(x)) {
                if (norm(l).equals(low)) { addAlt(x.key(), name); return new Resolved(x.key(), span, How.NAME); }
            }
        }
        if (e - b == 1) {
            for (Entity x : entities.values()) {
                if (x.type() == EntityType.PERSON && norm(x.label()).endsWith(" " + low)) {
                    addAlt(x.key(), name);
                    return new Resolved(x.key(), span, How.NAME);
                }
            }
        }
        // "Burr stated …" after "Sen. Richard Burr of North Carolina": a lone surname is the person the article named in full
        int[] full = e - b == 1 ? fullNameBefore(b) : null;
        if (full != null) {
            String fn = v.body.substring(v.begin(full[0]), v.end(full[1] - 1));
            String fk = Ids.slug(fn);
            Entity fx = entities.get(fk);
            // (the name is already a non-person entity under another key)
            for (Entity x : entities.values()) if (fx == null && x.type() != EntityType.PERSON && norm(x.label()).equals(norm(fn))) fx = x;
            if (fx == null) {
                entities.put(fk, Entity.of(fk, EntityType.PERSON, fn));
                changed.add(fk);
            } else if (fx.type() != EntityType.PERSON) {
                fk = null;
            }
            if (fk != null) {
                addAlt(fk, name);
                return new Resolved(fk, span, How.NEW_NAME);
            }
        }
        // "Please tell us …", "[Emphasis added.]": a lone capitalised word opening its sentence is a name only
        // when the article also writes it capitalised inside a sentence (or it is an acronym)
        if (e - b == 1 && opensSentence(b) && !v.word[b].equals(v.word[b].toUpperCase(Locale.ROOT)) && !capitalisedInside(v.word[b])
                && !loneNameBeforeCue(b)) return null;
        // "Kerrigan's brother, Sean, said", "her sister, Mona, told": one given name set off after a kin or sex-marked noun
        // is a person; after a person's possessive ("Kerrigan's") the relative shares that person's surname
        boolean kin = e - b == 1 && b >= 2 && v.word[b - 1].equals(",") && v.pos[b - 2].equals("NOUN") && genderOf(v.lower[b - 2]) != 0;
        int o = !kin || b < 3 ? -1 : b >= 4 && isPossessive(b - 3) ? b - 4 : POSSESSIVE_END.matcher(v.word[b - 3]).find() ? b - 3 : -1;
        if (o >= 0 && v.actorAt[o] != null) {
            Entity owner = v.entityOf(v.actorAt[o]);
            String ol = owner == null ? "" : owner.label();
            if (owner != null && owner.type() == EntityType.PERSON && ol.indexOf(' ') > 0
                    && norm(ol.substring(ol.lastIndexOf(' ') + 1)).equals(norm(POSSESSIVE_END.matcher(v.word[o]).replaceFirst("")))) {
                name = name + ol.substring(ol.lastIndexOf(' '));
            }
        }
        String key = Ids.slug(name);
        Entity ex = entities.get(key);
        if (ex != null) {
            if (!ex.type().isActor()) return null;
            addAlt(key, name);
            return new Resolved(key, span, How.NAME);
        }
        EntityType t = kin ? EntityType.PERSON : ORGISH.matcher(name).matches() || name.equals(name.toUpperCase(Locale.ROOT)) ? EntityType.ORGANIZATION
                : e - b >= 2 ? EntityType.PERSON : EntityType.ORGANIZATION;
        entities.put(key, Entity.of(key, t, name));
        changed.add(key);
        return new Resolved(key, span, How.NEW_NAME);
    }

    /**
     * "Zorvex said it would cut jobs", "Gazprom also announced that …": a lone proper noun opening its sentence right
     * before an inflected reporting verb with words after it is a name, though the article writes it nowhere else. Not
     * "[Emphasis added.]" (nothing after the verb), "Please tell us" (a bare verb), a word the article also writes in
     * lower case, a demonym, or a noun that names a source without naming it ("Critics/PROPN say").
     */
    private boolean loneNameBeforeCue(int b) {
        int k = b + 1;
        if (k < v.n && v.sent[k] == v.sent[b] && v.pos[k].equals("ADV") && !v.lower[k].endsWith("ly")) k++;
        if (k + 1 >= v.n || v.sent[k + 1] != v.sent[b] || !v.pos[b].equals("PROPN") || !v.pos[k].equals("VERB")
                || v.lower[k].equals(v.lemma[k]) || v.isPunct(k + 1) || v.word[b].length() < 3) return false;
        if (CueLexicon.get().candidates(v.lemma[k]).isEmpty()) return false;
        String low = v.lower[b], singular = low.endsWith("s") ? low.substring(0, low.length() - 1) : low;
        for (String x : List.of(low, singular, v.lemma[b])) {
            if (UNNAMED.contains(x) || REFERRING.contains(x) || DOCUMENT.contains(x) || MEDIA.contains(x) || STAFF.contains(x)) return false;
        }
        if (Gazetteer.get().lexicon.demonyms.containsKey(low) || Gazetteer.get().lexicon.givenNames.contains(low)) return false;
        for (int i = 0; i < v.n; i++) if (v.word[i].equals(low)) return false;
        return true;
    }

    /** The entity's label or names hold a word of a public body ("Marlow Police", "Ministry of Finance"). */
    private boolean publicBody(String key) {
        Entity x = entities.get(key);
        if (x == null) return false;
        for (String l : names(x)) for (String w : l.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (PUBLIC_BODY.contains(w)) return true;
        return false;
    }

    /** Token i is the first word of its sentence, after any opening bracket or quotation mark. */
    private boolean opensSentence(int i) {
        int f = v.sentFirst[v.sent[i]];
        // "Q. Please tell us …": an interview's question or answer mark opens the sentence too
        if (f + 1 < i && v.word[f].length() == 1 && Character.isUpperCase(v.word[f].charAt(0)) && (v.word[f + 1].equals(".") || v.word[f + 1].equals(":"))) f += 2;
        while (f < i && (v.isPunct(f) || v.isQuote(f))) f++;
        return f == i;
    }

    /**
     * The full name given earlier for the lone word at token i: the same word, inside a sentence, right after a
     * capitalised given name that is neither a known actor nor a place ("Rep. Devin Nunes", "Sen. Richard Burr");
     * tokens [first, end) of its first such occurrence, or null.
     */
    private int[] fullNameBefore(int i) {
        // (asked twice for the same candidate: when it is read as a name, then when the name is made)
        if (i != fullNameOf) {
            fullNameOf = i;
            fullName = scanFullNameBefore(i);
        }
        return fullName;
    }

    private int fullNameOf = -1;
    private int[] fullName;

    private int[] scanFullNameBefore(int i) {
        String w = v.word[i];
        int[] found = null;
        Lexicon lex = Gazetteer.get().lexicon;
        for (int k = 1; k < i; k++) {
            if (!v.word[k].equals(w) || opensSentence(k) || v.sent[k - 1] != v.sent[k]) continue;
            int g = k - 1;
            String gw = v.word[g];
            if (!v.pos[g].equals("PROPN") || v.actorAt[g] != null || v.placeAt[g] != null || gw.length() < 2 || v.end(g) == v.begin(k)
                    || !Character.isUpperCase(gw.charAt(0)) || !Character.isLowerCase(gw.charAt(gw.length() - 1))) continue;
            // ("organised by Extinction Rebellion", "the Mersey Care trust": a given name, or a title before it, makes a person)
            boolean titled = g > 0 && v.sent[g - 1] == v.sent[g] && !lex.titles.get(List.of(Words.normalize(v.word[g - 1], 0, v.word[g - 1].length()))).isEmpty();
            if (!lex.givenNames.contains(Words.normalize(gw, 0, gw.length())) && !titled) continue;
            // (two people share the surname: the lone word names neither)
            if (found != null && !v.word[found[0]].equals(gw)) return null;
            if (found == null) found = new int[]{g, k + 1};
        }
        return found;
    }

    /** The word occurs, as written, somewhere other than at the opening of a sentence. */
    private boolean capitalisedInside(String word) {
        for (int k = 0; k < v.n; k++) if (v.word[k].equals(word) && !opensSentence(k)) return true;
        return false;
    }

    /** An actor mention of this entity lies inside the span (a speaker phrase "Foreign Ministry spokeswoman NAME"). */
    boolean isNamedIn(String key, Span span) {
        if (span == null) return false;
        for (int i = v.tokenAtOrAfter(span.begin()); i < v.n && v.begin(i) < span.end(); i++) {
            if (v.actorAt[i] != null && v.actorAt[i].entityKey().equals(key)) return true;
        }
        return false;
    }

    void addAlt(String key, String alt) {
        Entity e = entities.get(key);
        if (e == null || alt.isBlank() || alt.equals(e.label()) || e.altLabels().contains(alt)) return;
        List<String> l = new ArrayList<>(e.altLabels());
        l.add(alt);
        entities.put(key, e.withAltLabels(l));
        changed.add(key);
    }

    List<Entity> changedEntities() {
        List<Entity> out = new ArrayList<>();
        for (String k : changed) out.add(entities.get(k));
        return out;
    }

    static List<String> names(Entity e) {
        List<String> l = new ArrayList<>();
        l.add(e.label());
        l.addAll(e.altLabels());
        if (e.role() != null) l.add(e.role());
        return l;
    }

    /** "the SEC" after "the US Securities and Exchange Commission": an acronym of a body the article named. */
    private Resolved acronym(int i) {
        String w = v.word[i];
        if (w.length() < 2 || w.length() > 6 || !w.chars().allMatch(Character::isUpperCase)) return null;
        for (Entity x : entities.values()) {
            if (!x.type().isActor() || x.type() == EntityType.PERSON || x.type() == EntityType.UNNAMED_SOURCE) continue;
            for (String l : names(x)) {
                String ini = initials(l);
                if (ini.equals(w) || w.length() >= 3 && ini.endsWith(w)) {
                    addAlt(x.key(), w);
                    return new Resolved(x.key(), v.toks.get(i).span(), How.NAME);
                }
            }
        }
        return null;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("and", "of", "the", "for", "on", "in", "to", "&");

    /** The capital initials of a name's content words ("Securities and Exchange Commission" → "SEC"); "" when under two. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return "";
            sb.append(w.charAt(0));
        }
        return sb.length() >= 2 ? sb.toString() : "";
    }

    private static boolean containsWord(String label, String head) {
        String h = head.toLowerCase(Locale.ROOT), l = label.toLowerCase(Locale.ROOT);
        int n = l.length(), hn = h.length();
        boolean hs = hn > 0 && h.charAt(hn - 1) == 's';
        // (splitting gives an empty first word when the label is empty or opens with a separator before a word)
        if ((hn == 0 || h.equals("s")) && (n == 0 || !wordChar(l.codePointAt(0)) && l.codePoints().anyMatch(Speakers::wordChar))) return true;
        // each run of letters and digits (\p{L}, \p{N}) of the label is a word: no split, no strings made
        for (int i = 0; i < n; ) {
            int cp = l.codePointAt(i);
            if (!wordChar(cp)) { i += Character.charCount(cp); continue; }
            int j = i;
            while (j < n && wordChar(cp = l.codePointAt(j))) j += Character.charCount(cp);
            int len = j - i;
            // the word is the head, the head plus "s", or the head minus its "s"
            if ((len == hn || len == hn + 1 && l.charAt(j - 1) == 's' || hs && len == hn - 1)
                    && l.regionMatches(i, h, 0, Math.min(len, hn))) return true;
            i = j;
        }
        return false;
    }

    /** A letter or a number of any kind, as {@code [\p{L}\p{N}]}. */
    private static boolean wordChar(int cp) {
        if (Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static final Pattern APOSTROPHES = Pattern.compile("[’']"), NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+"),
            SPACES = Pattern.compile("\\s+");

    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)^(the|a|an|one|this|that|these|those|some|several|two|three|four|many)\\s+");

    static String norm(String s) {
        String l = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("'");
        return SPACES.matcher(NOT_WORD.matcher(l).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** Head nouns of unnamed-sources.txt of one kind (second column; empty means "source"). */
    private static List<String> union(List<String> a, Set<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    /** The actor is an unnamed bystander ("one resident", "witnesses"): it reports what it saw, it is no party. */
    boolean isWitness(String key) {
        Entity e = entities.get(key);
        if (e == null || e.type() != EntityType.UNNAMED_SOURCE) return false;
        String[] w = norm(e.label()).split(" ");
        String last = w[w.length - 1];
        return WITNESS.contains(last) || last.endsWith("s") && WITNESS.contains(last.substring(0, last.length() - 1))
                || last.endsWith("es") && WITNESS.contains(last.substring(0, last.length() - 2));
    }

    private static List<String> heads(String kind) {
        List<String> l = new ArrayList<>();
        for (String[] r : LexiconFile.rows("unnamed-sources.txt", false)) {
            String k = r.length > 1 && !r[1].isBlank() ? r[1].trim() : "source";
            if (!Set.of("source", "refers", "document", "witness").contains(k)) throw new IllegalStateException("unnamed-sources.txt: bad kind " + k + " for " + r[0]);
            if (k.equals(kind)) l.add(r[0].trim().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(new HashSet<>(l));
    }
}
