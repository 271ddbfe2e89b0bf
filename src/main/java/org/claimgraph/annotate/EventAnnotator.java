package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Mention;
import org.claimgraph.model.PartialDate;
import org.claimgraph.model.Span;

/**
 * Events: a trigger word ({@code lexicon/event-triggers.tsv}: battle, liberated, retreat, evacuated, air
 * strike, shelling, bombing, chemical attack, massacre, met …) with a place mentioned in the same
 * sentence; the date from the sentence resolved against the publication date ({@link DateResolver});
 * participants (the sentence's actors), perpetrators ("by X", or the actor before the trigger for
 * attacks), and counts of killed and injured. The key is type, place and month (or year) of the date,
 * so the same event in several articles is one node. A village or district no gazetteer knows, named
 * right after the trigger ("shelling of Kafr Zita", "an air strike near Ywar Thit"), is a place of the
 * article without a link. Statements, meetings and other happenings (speeches, talks, sanctions,
 * arrests, coups) often have no place: those are events of their article only. Each claim is linked
 * to the events whose trigger lies in its content.
 */
final class EventAnnotator implements Annotator {
    /** The open-class word lists of the rules below (lexicon/words-events.tsv). */
    private static final WordClasses W = WordClasses.load("words-events.tsv");
    private final Map<String, List<Object[]>> triggers = new HashMap<>();

    /** Types whose events are often placeless: then keyed by article. */
    private static final Set<EventType> PLACELESS = Set.of(EventType.Statement, EventType.Meeting, EventType.Other);
    /** Each event type's name as words ("ChemicalAttack" → "Chemical Attack"), split once. */
    private static final Map<EventType, String> TYPE_LABELS = new java.util.EnumMap<>(EventType.class);

    static {
        for (EventType t : EventType.values()) TYPE_LABELS.put(t, t.name().replaceAll("(?<=[a-z])(?=[A-Z])", " "));
    }

    private static final Set<String> PLACE_PREPS = Set.of("in", "on", "near", "at", "of", "outside", "around");
    /** Arabic articles before a place name ("al-Tanf", "ar-Raqqa"). */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "as", "ar", "an", "ash", "at", "az");
    private static final Pattern ARTICLE_PREFIXED = Pattern.compile("(?:" + String.join("|", new java.util.TreeSet<>(ARTICLES)) + ")-\\p{Lu}.*");
    private static final Set<EventType> VIOLENT = Set.of(EventType.Attack, EventType.Airstrike, EventType.Shelling,
            EventType.Bombing, EventType.ChemicalAttack, EventType.Massacre);
    private static final String NUM = "(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|scores)";
    private static final Pattern KILLED = Pattern.compile("(?i)\\b(?:at least|more than|over|some|nearly|almost|about|around)?\\s*"
            + NUM + "\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|have been|had been|are|being)?\\s*(?:" + W.alternation("DEATH_WORDS") + ")\\b"
            + "|\\b(?:" + W.alternation("KILLING_VERBS") + ")\\s+(?:at least|more than|over|some|nearly|about|around)?\\s*" + NUM + "\\b");
    private static final Pattern INJURED = Pattern.compile("(?i)\\b(?:at least|more than|over|some|nearly|about|around)?\\s*"
            + NUM + "\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|have been|had been|are)?\\s*(?:" + W.alternation("INJURY_WORDS") + ")\\b"
            + "|\\b(?:" + W.alternation("INJURING_VERBS") + ")\\s+(?:at least|more than|over|some|nearly|about|around)?\\s*" + NUM + "\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50));

    EventAnnotator() {
        for (String[] r : LexiconFile.rows("event-triggers.tsv", true)) {
            String[] words = r[0].trim().toLowerCase(Locale.ROOT).split("\\s+");
            EventType t = EventType.valueOf(r[1].trim());
            triggers.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Object[]{words, t});
        }
        triggers.values().forEach(l -> l.sort((a, b) -> ((String[]) b[0]).length - ((String[]) a[0]).length));
    }

    @Override public String name() { return "events"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.ATTRIBUTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.EVENTS); }

    @Override
    public Article annotate(Article a) {
        TextView v = new TextView(a);
        Set<Integer> cueTokens = new java.util.HashSet<>();
        for (Attribution at : a.attributions()) {
            if (at.cue() != null) for (int i = v.tokenAtOrAfter(at.cue().begin()); i < v.n && v.begin(i) < at.cue().end(); i++) cueTokens.add(i);
        }
        // (an article read without metadata: the full date of its dateline)
        PartialDate pub = a.meta().issued() != null ? a.meta().issued() : datelineDate(v);
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, List<Span>> triggersByKey = new HashMap<>();
        Map<String, Entity> localPlaces = new LinkedHashMap<>();
        Map<Integer, List<DateResolver.Found>> paragraphDates = new HashMap<>();
        boolean datelineRead = false;
        String dateline = null;
        for (int s = 0; s < v.sentFirst.length; s++) {
            Span ss = v.sentenceSpan(s);
            String sentText = ss.of(a.body());
            List<DateResolver.Found> dates = null;
            for (int i = v.sentFirst[s]; i < v.sentEnd[s]; i++) {
                if (cueTokens.contains(i)) continue;
                int[] len = new int[1];
                EventType type = trigger(v, i, v.sentEnd[s], len);
                if (type == null) continue;
                if (len[0] == 1 && !literalSense(v, s, i)) continue;
                Span trig = new Span(v.begin(i), v.end(i + len[0] - 1));
                // ("a visit to Ruritania", "deployment to Ruritania": the country 'to' names; not a retreat's or an evacuation's destination)
                boolean toPlaces = type == EventType.Meeting || v.lemma[i].equals("deployment");
                String place = place(v, s, i, i + len[0], PLACELESS.contains(type) ? null : localPlaces, toPlaces);
                if (place == null && !PLACELESS.contains(type)) { i += len[0] - 1; continue; }
                // a statement, meeting, trial or protest the sentence does not place happened where the article is datelined
                // (its key stays the article's: only the place is added). Not other happenings (sanctions, launches, elections:
                // a bureau reports on a region), nor a sentence that names a country, place or nationality ("Ruritania's
                // opposition said …", "Ruritanian President X said …": made elsewhere)
                String placeOf = place;
                if (place == null && (type == EventType.Meeting || type == EventType.Statement
                        || type == EventType.Other && DATELINE_OTHER.contains(v.lemma[i]))) {
                    if (!datelineRead) { dateline = datelinePlace(v, localPlaces); datelineRead = true; }
                    if (dateline != null && !namesElsewhere(v, s, dateline, localPlaces)) placeOf = dateline;
                }
                if (dates == null) dates = DateResolver.find(sentText, pub);
                PartialDate date = nearest(dates, trig.begin() - ss.begin());
                if (date == null && !v.paragraphs.isEmpty()) {
                    // no date in the sentence: the nearest one in its paragraph
                    int pi = v.paragraphOf(trig.begin());
                    Span para = v.paragraphs.get(pi);
                    if (para.contains(trig)) {
                        List<DateResolver.Found> pd = paragraphDates.computeIfAbsent(pi, k -> DateResolver.find(para.of(a.body()), pub));
                        date = nearest(pd, trig.begin() - para.begin());
                    }
                }
                List<String> participants = new ArrayList<>();
                for (int k = v.sentFirst[s]; k < v.sentEnd[s]; k++) {
                    Mention m = v.actorAt[k];
                    if (m == null) continue;
                    Entity e = v.entity(m.entityKey());
                    if (e != null && e.type() != EntityType.OUTLET && e.type() != EntityType.UNNAMED_SOURCE && !participants.contains(e.key())) participants.add(e.key());
                }
                List<String> perpetrators = new ArrayList<>();
                if (VIOLENT.contains(type)) {
                    String p = perpetrator(v, s, i + len[0]);
                    if (p != null) perpetrators.add(p);
                }
                Integer killed = VIOLENT.contains(type) ? count(KILLED, sentText) : null;
                Integer injured = VIOLENT.contains(type) ? count(INJURED, sentText) : null;
                String trigText = trig.of(a.body());
                String key = place == null ? placelessKey(type, a.id(), v, i, len[0]) : key(type, place, date);
                Entity pe = placeOf == null ? null : localPlaces.getOrDefault(placeOf, v.entity(placeOf));
                String label = TYPE_LABELS.get(type)
                        + (place == null ? ": " + trigText : " in " + (pe == null ? place : pe.label()))
                        + (date == null ? "" : ", " + date.lexical());
                Event prev = events.get(key);
                if (prev != null) {
                    List<String> ps = new ArrayList<>(prev.participants());
                    for (String x : participants) if (!ps.contains(x)) ps.add(x);
                    List<String> pp = new ArrayList<>(prev.perpetrators());
                    for (String x : perpetrators) if (!pp.contains(x)) pp.add(x);
                    PartialDate d = prev.date() == null || date != null && date.precision().compareTo(prev.date().precision()) > 0 ? date : prev.date();
                    events.put(key, new Event(key, type, prev.label(), prev.trigger(), prev.place(), d, ps, pp,
                            max(prev.killed(), killed), max(prev.injured(), injured)));
                } else {
                    events.put(key, new Event(key, type, label, trig, placeOf, date, participants, perpetrators, killed, injured));
                }
                triggersByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(trig);
                i += len[0] - 1;
            }
        }
        List<Attribution> updated = new ArrayList<>();
        for (Attribution at : a.attributions()) {
            List<String> about = new ArrayList<>();
            for (Map.Entry<String, List<Span>> e : triggersByKey.entrySet()) {
                for (Span t : e.getValue()) if (at.evidence().contains(t) && !about.contains(e.getKey())) about.add(e.getKey());
            }
            about.sort(null);
            updated.add(at.withEvents(about));
        }
        List<Entity> added = new ArrayList<>();
        for (Event e : events.values()) {
            Entity lp = e.place() == null ? null : localPlaces.get(e.place());
            if (lp != null && !added.contains(lp)) added.add(lp);
        }
        return a.withEvents(new ArrayList<>(events.values()), updated, added);
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    /** Other happenings a dateline places (protests, trials, hearings), kickers that open no dateline, wire agencies in a
     * dateline's brackets, words before "election" that make it no public vote, and the diseases that make an "outbreak"
     * one (lexicon/words-events.tsv). */
    private static final Set<String> DATELINE_OTHER = W.set("DATELINE_OTHER"), DATELINE_KICKERS = W.set("DATELINE_KICKERS"),
            WIRE_AGENCIES = W.set("WIRE_AGENCIES"), ELECTION_NOT = W.set("ELECTION_NOT"), OUTBREAK_DISEASES = W.set("OUTBREAK_DISEASES");
    /**
     * The mention recogniser's lexicon: its given names (a byline's capitals open with one, "JOHN SMITH (Wire) -") and its
     * demonyms, each to its country's gazetteer key ("Ruritanian" → "ruritania").
     */
    private static final Lexicon LEXICON = Gazetteer.get().lexicon;

    /**
     * The end (exclusive) of the capitals that open paragraph p — 1 to 4 words of one sentence before a comma, a parenthesis
     * or a dash whose head (before any verb) closes with a free-standing dash or a parenthesis — or -1. Not capitals that
     * open an ordinary sentence ("NATO said on Monday …"), nor a kicker ("UPDATE (adds quotes) -", "ANALYSIS -", lexicon
     * DATELINE_KICKERS).
     */
    private static int datelineEnd(TextView v, int p) {
        if (p >= v.paragraphs.size()) return -1;
        int f = v.tokenAtOrAfter(v.paragraphs.get(p).begin());
        int k = f;
        while (k < v.n && k < f + 4 && v.word[k].length() > 1 && Character.isLetter(v.word[k].charAt(0))
                && v.word[k].equals(v.word[k].toUpperCase(Locale.ROOT)) && v.sent[k] == v.sent[f]) {
            if (DATELINE_KICKERS.contains(v.lower[k])) return -1;
            k++;
        }
        if (k == f || k >= v.n || !(v.word[k].equals(",") || v.word[k].equals("(") || DASHES.contains(v.word[k]))) return -1;
        return datelineHead(v, k) ? k : -1;
    }

    /**
     * The place of the article's dateline, in its first paragraph only ("KESSA CITY, March 14 (Wire) -", "VALDOR, Ruritania
     * (Agency) —"): a place mention or a country there; else a name no gazetteer knows, kept as a place of the article, only
     * when a wire dateline's shape follows it — ", March 14", a state's abbreviation (", Md."), a country, or an agency in
     * brackets ("(Wire)", lexicon WIRE_AGENCIES). Never a bare "WORD -" kicker, a byline ("JOHN SMITH (Wire) -": a given
     * name opens it), nor capitals of later paragraphs ("WARNING - …" in paragraph 2).
     */
    static String datelinePlace(TextView v, Map<String, Entity> localPlaces) {
        int p = firstBodyParagraph(v);
        int k = datelineEnd(v, p);
        if (k < 0) return null;
        int f = v.tokenAtOrAfter(v.paragraphs.get(p).begin());
        if (v.placeAt[f] != null) return v.placeAt[f].entityKey();
        if (v.actorAt[f] != null) {
            Entity e = v.entityOf(v.actorAt[f]);
            // a country or a capital the recogniser took for its state ("MOSCOW, March 3 (Agency) -")
            if (e != null && e.type() == EntityType.COUNTRY) return e.key();
            return null;
        }
        if (LEXICON.givenNames.contains(Words.normalize(v.word[f], 0, v.word[f].length()))) return null;
        boolean wire = false;
        if (k + 1 < v.n && v.word[k].equals(",")) {
            String nx = v.word[k + 1];
            wire = DateResolver.isCalendarWord(nx) && k + 2 < v.n && v.word[k + 2].matches("\\d{1,2}")
                    || nx.length() <= 5 && Character.isUpperCase(nx.charAt(0)) && k + 2 < v.n && v.word[k + 2].equals(".") && v.begin(k + 2) == v.end(k + 1)
                    || v.actorAt[k + 1] != null && v.entityOf(v.actorAt[k + 1]) != null && v.entityOf(v.actorAt[k + 1]).type() == EntityType.COUNTRY;
        }
        if (!wire) {
            // a date before the dash ("OSTREL, 9 October 2025 (Wire) -"), or an outlet in brackets: an agency the lexicon knows,
            // or capitalised words then the dash ("(The Valdor Courier) -"; not "(adds quotes) -")
            int stop = k;
            while (stop < v.n && stop < k + 12 && !v.word[stop].equals("(") && !DASHES.contains(v.word[stop])) stop++;
            if (stop < v.n && stop > k && !DateResolver.find(v.body.substring(v.begin(k), v.begin(stop)), null).isEmpty()) wire = true;
            else if (stop + 2 < v.n && v.word[stop].equals("(")) {
                int c = stop + 1;
                boolean caps = true;
                while (c < v.n && c < stop + 6 && !v.word[c].equals(")")) { caps &= Character.isUpperCase(v.word[c].charAt(0)); c++; }
                wire = c < v.n && v.word[c].equals(")") && (c == stop + 2 && WIRE_AGENCIES.contains(v.lower[stop + 1])
                        || caps && c > stop + 1 && c + 1 < v.n && DASHES.contains(v.word[c + 1]));
            }
        }
        if (!wire) return null;
        StringBuilder name = new StringBuilder();
        for (int w = f; w < k; w++) {
            String x = v.word[w];
            name.append(w > f ? " " : "").append(x.charAt(0)).append(x.substring(1).toLowerCase(Locale.ROOT));
        }
        return localPlace(v, name.toString(), localPlaces, true);
    }

    /**
     * The key of a place no gazetteer knows, added to the article's places: its slug, or (a dateline's, {@code prefixed})
     * "place-" and the slug when the slug names an entity of another type; null when a place-less name is taken.
     */
    private static String localPlace(TextView v, String name, Map<String, Entity> localPlaces, boolean prefixed) {
        String key = org.claimgraph.vocab.Ids.slug(name);
        Entity known = v.entity(key);
        if (known != null && known.type() != EntityType.PLACE) {
            if (!prefixed) return null;
            key = "place-" + key;
            known = v.entity(key);
        }
        if (known == null) localPlaces.putIfAbsent(key, Entity.of(key, EntityType.PLACE, name));
        return key;
    }

    /**
     * The first of the first three paragraphs that ends a sentence (a full stop, question or exclamation mark, or a quote
     * after one) — the body's first, after a headline, a byline or a date line — or the first paragraph when none does.
     */
    static int firstBodyParagraph(TextView v) {
        for (int p = 0; p < v.paragraphs.size() && p < 3; p++) {
            String t = v.paragraphs.get(p).of(v.body).strip();
            if (t.matches("(?s).*[.!?][\"”’']?$")) return p;
        }
        return 0;
    }

    /**
     * The full date of a dateline ("OSTREL, March 3, 2025 (Wire) -") for an article read without a publication date: a
     * day with its year between the opening capitals and the dateline's dash or parenthesis; or null. Not a date further
     * in the paragraph ("VALDOR (Wire) - The war that began on March 3, 2020 …" keeps no publication date).
     */
    static PartialDate datelineDate(TextView v) {
        int k = datelineEnd(v, firstBodyParagraph(v));
        if (k < 0 || !v.word[k].equals(",")) return null;
        int stop = k;
        while (stop < v.n && stop < k + 12 && !v.word[stop].equals("(") && !DASHES.contains(v.word[stop])) stop++;
        if (stop >= v.n) return null;
        String head = v.body.substring(v.begin(k), v.begin(stop));
        for (DateResolver.Found d : DateResolver.find(head, null)) if (d.date().precision() == PartialDate.Precision.DAY) return d.date();
        return null;
    }

    /** From token k on, before any verb or full stop, a free-standing dash or a parenthesis closes a dateline's head. */
    private static boolean datelineHead(TextView v, int k) {
        for (int j = k; j < v.n && j < k + 12; j++) {
            if (v.word[j].equals("(")) return true;
            if (DASHES.contains(v.word[j]) && v.begin(j) > 0 && v.end(j) < v.body.length()
                    && Character.isWhitespace(v.body.charAt(v.begin(j) - 1)) && Character.isWhitespace(v.body.charAt(v.end(j)))) return true;
            // (the full stop of a state's abbreviation, "ERIE, Pa. -", ends no sentence)
            boolean abbreviation = j > k && v.begin(j) == v.end(j - 1) && v.word[j - 1].length() <= 5 && Character.isUpperCase(v.word[j - 1].charAt(0));
            if (v.isVerb(j) || v.word[j].equals(".") && !abbreviation) return false;
        }
        return false;
    }

    /** A placeless event is its article's: type, article and the trigger's lemmas. */
    static String placelessKey(EventType type, String articleId, TextView v, int i, int len) {
        StringBuilder t = new StringBuilder();
        for (int k = i; k < i + len; k++) t.append(k > i ? " " : "").append(v.lemma[k]);
        return type.name().toLowerCase(Locale.ROOT) + "/article-" + org.claimgraph.vocab.Ids.slug(articleId) + "/" + org.claimgraph.vocab.Ids.slug(t.toString());
    }

    private EventType trigger(TextView v, int i, int end, int[] len) {
        List<Object[]> cands = triggers.get(v.lemma[i]);
        if (cands == null) cands = triggers.get(v.lower[i]);
        if (cands == null) return null;
        for (Object[] c : cands) {
            String[] w = (String[]) c[0];
            boolean ok = true;
            for (int k = 1; k < w.length; k++) {
                if (i + k >= end || !(w[k].equals(v.lemma[i + k]) || w[k].equals(v.lower[i + k]))) { ok = false; break; }
            }
            if (ok) { len[0] = w.length; return (EventType) c[1]; }
        }
        return null;
    }

    /**
     * A trigger word with a figurative or other sense used in its literal one: "outbreak" in a sentence with a disease word
     * (not "an outbreak of violence"); "election" not of a person ("the election of a new chairman", "the board's election"). Other triggers always.
     */
    private static boolean literalSense(TextView v, int s, int i) {
        String l = v.lemma[i];
        switch (l) {
            case "outbreak": return sentenceHas(v, s, OUTBREAK_DISEASES);
            case "election": {
                if (i + 1 < v.sentEnd[s] && v.lower[i + 1].equals("of")) return false;
                for (int k = Math.max(v.sentFirst[s], i - 3); k < i; k++) if (ELECTION_NOT.contains(v.lemma[k]) || ELECTION_NOT.contains(v.lower[k])) return false;
                return true;
            }
            default: return true;
        }
    }

    private static boolean sentenceHas(TextView v, int s, Set<String> words) {
        for (int k = v.sentFirst[s]; k < v.sentEnd[s]; k++) if (words.contains(v.lemma[k]) || words.contains(v.lower[k])) return true;
        return false;
    }

    /**
     * Outside its quotations, the sentence names a place, a country or a nationality ("Ruritanian", "Ruritania's") other
     * than the dateline's place and that place's country. (What a quoted statement is about does not move the statement.)
     */
    private static boolean namesElsewhere(TextView v, int s, String dateline, Map<String, Entity> localPlaces) {
        Entity d = localPlaces.getOrDefault(dateline, v.entity(dateline));
        String country = d == null ? null : d.type() == EntityType.COUNTRY ? d.key() : d.country();
        boolean quoted = false;
        for (int k = v.sentFirst[s]; k < v.sentEnd[s]; k++) {
            String w = v.word[k];
            if (w.equals("“") || w.equals("”") || w.equals("\"")) { quoted = w.equals("“") || w.equals("\"") && !quoted; continue; }
            if (quoted) continue;
            String key = LEXICON.demonyms.get(Words.normalize(w, 0, w.length()));
            if (v.placeAt[k] != null) key = v.placeAt[k].entityKey();
            else if (v.actorAt[k] != null) {
                Entity e = v.entityOf(v.actorAt[k]);
                if (e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE)) key = e.key();
            }
            if (key != null && !key.equals(dateline) && !key.equals(country)) return true;
        }
        return false;
    }

    /**
     * The place mention nearest the trigger in its sentence, after it first — unless a name no gazetteer
     * knows comes closer right after the trigger and a preposition ("shelling of Kafr Zita"); a country
     * after "in" when none, or ({@code toPlaces}: meetings, deployments) right after the trigger and "to".
     */
    private static String place(TextView v, int s, int i, int after, Map<String, Entity> localPlaces, boolean toPlaces) {
        // a name after "trial of", "visit of" is a person's: only battles, strikes and the like look for a village
        int[] local = localPlaces == null ? null : unknownPlaceAfter(v, s, after);
        if (local == null && localPlaces != null) local = placedUnknown(v, s, i);
        // "hit a market in the town of Um X", "bombed the village of Kan Y": a settlement named after the trigger is the place
        if (local == null && localPlaces != null) {
            String settled = settlementAfter(v, s, after, localPlaces);
            if (settled != null) return settled;
        }
        int best = -1, bestDist = Integer.MAX_VALUE;
        for (int k = v.sentFirst[s]; k < v.sentEnd[s]; k++) {
            Mention m = v.placeAt[k];
            if (m == null) continue;
            int dist = k >= i ? k - i : (i - k) * 2;
            if (dist < bestDist) { best = k; bestDist = dist; }
        }
        if (local != null && (best < 0 || best < i || best > local[0])) {
            String name = v.body.substring(v.begin(local[0]), v.end(local[1] - 1));
            String key = localPlace(v, name, localPlaces, false);
            if (key != null) return key;
        }
        if (best >= 0) return v.placeAt[best].entityKey();
        for (int k = i + 1; k < v.sentEnd[s]; k++) {
            Mention m = v.actorAt[k];
            // ("a visit to Ruritania", "talks to Ruritania" right after the trigger; not "said to Ruritania's envoy" further on)
            // (not "an interview to Ruritania's channel")
            if (m != null && (v.lower[k - 1].equals("in") || toPlaces && k - 1 == after && v.lower[k - 1].equals("to")
                    && !(k + 1 < v.n && (v.word[k + 1].equals("'s") || v.word[k + 1].equals("’s"))))) {
                Entity e = v.entityOf(m);
                if (e != null && e.type() == EntityType.COUNTRY) return e.key();
            }
        }
        return null;
    }

    /**
     * Token range [first, end) of a capitalised name that is no mention, right after the trigger, at most
     * two words, a preposition and a determiner ("air strikes on the village of Kan Gyi"), or null.
     */
    static int[] unknownPlaceAfter(TextView v, int s, int after) {
        int end = v.sentEnd[s];
        for (int k = after; k < end && k <= after + 3; k++) {
            if (v.isPunct(k) || v.isVerb(k)) return null;
            if (!PLACE_PREPS.contains(v.lower[k])) continue;
            int f = k + 1;
            if (f < end && v.pos[f].equals("DET")) f++;
            // "the village of X", "the town of X"
            if (f + 1 < end && v.pos[f].equals("NOUN") && v.lower[f + 1].equals("of")) f += 2;
            int e = nameRunEnd(v, f, end);
            if (e == f) return null;
            return new int[]{f, e};
        }
        return null;
    }

    /** Nouns of a settlement that "of" and its name follow ("the town of X", "the Red Sea port of X"). */
    private static final Set<String> SETTLEMENT_OF = W.set("SETTLEMENT_OF");

    /**
     * The place a sentence names as "[the] … town/village/port of NAME" after the trigger: a place mention there, or a
     * name the gazetteer does not know (kept as a place of the article), even one the recogniser took for an actor.
     */
    private static String settlementAfter(TextView v, int s, int after, Map<String, Entity> localPlaces) {
        int end = v.sentEnd[s];
        for (int k = after; k + 2 < end; k++) {
            if (!SETTLEMENT_OF.contains(v.lower[k]) || !v.lower[k + 1].equals("of")) continue;
            int f = k + 2;
            if (v.placeAt[f] != null) return v.placeAt[f].entityKey();
            String name;
            if (v.actorAt[f] != null) {
                // (whatever the recogniser took it for: "the town of X" names a town)
                name = v.body.substring(v.actorAt[f].span().begin(), v.actorAt[f].span().end());
            } else {
                int e = nameRunEnd(v, f, end);
                if (e == f) return null;
                name = v.body.substring(v.begin(f), v.end(e - 1));
            }
            String key = org.claimgraph.vocab.Ids.slug(name);
            Entity known = v.entity(key);
            if (known != null && known.type() != EntityType.PLACE) {
                // a name the recogniser took for an actor: the settlement is a place of its own
                key = "place-" + key;
                known = v.entity(key);
            }
            // a place the article already knows keeps its description (coordinates, country, names)
            if (known == null) localPlaces.putIfAbsent(key, Entity.of(key, EntityType.PLACE, name));
            return key;
        }
        return null;
    }

    private static final Set<String> BEARINGS = W.set("BEARINGS");
    private static final Set<String> SETTLEMENTS = W.set("SETTLEMENTS");

    /**
     * A name no gazetteer knows that the sentence places after the trigger at from: "in Kafr Zita, north of Hama", "near Tal Sharif, a
     * village outside Aleppo". Wire copy locates small places this way; the place is the most specific one named.
     */
    static int[] placedUnknown(TextView v, int s, int from) {
        int end = v.sentEnd[s];
        // (after the trigger: "residents in Kafr X, north of Hama, said jets struck Aleppo" is no strike on Kafr X)
        for (int k = from; k + 3 < end; k++) {
            if (!(v.lower[k].equals("in") || v.lower[k].equals("near") || v.lower[k].equals("at") || v.lower[k].equals("outside"))) continue;
            int f = k + 1;
            int e = nameRunEnd(v, f, end);
            if (e == f || e + 2 >= end || !v.word[e].equals(",")) continue;
            boolean bearing = BEARINGS.contains(v.lower[e + 1]) && v.lower[e + 2].equals("of");
            boolean settlement = (v.lower[e + 1].equals("a") || v.lower[e + 1].equals("the")) && SETTLEMENTS.contains(v.lower[e + 2]);
            if (bearing || settlement) return new int[]{f, e};
        }
        return null;
    }

    /** The end of a run of up to four name words from f; an Arabic article the tokenizer split off ("al" "-Tawila", "al" "-" "Quriyah") joins its name. */
    private static int nameRunEnd(TextView v, int f, int end) {
        int e = f;
        while (e < end && e - f < 4) {
            if (nameWord(v, e)) { e++; continue; }
            // "Kossa-Nord", "Tal-Abyad" the tokenizer split at the hyphen: a capitalised part glued to the name continues it
            // (not "Kossa - Nord" with spaces, a dash between two names)
            if (e > f && v.begin(e) == v.end(e - 1) && v.word[e].length() > 2 && v.word[e].charAt(0) == '-'
                    && Character.isUpperCase(v.word[e].charAt(1)) && v.placeAt[e] == null && v.actorAt[e] == null) { e++; continue; }
            if (e + 1 >= end || !ARTICLES.contains(v.lower[e]) || v.placeAt[e] != null || v.actorAt[e] != null || v.begin(e + 1) != v.end(e)) break;
            if (v.word[e + 1].length() > 2 && v.word[e + 1].charAt(0) == '-' && Character.isUpperCase(v.word[e + 1].charAt(1))) e += 2; // "al" "-Tawila"
            else if (e + 2 < end && v.word[e + 1].equals("-") && v.begin(e + 2) == v.end(e + 1) && nameWord(v, e + 2)) e += 3; // "al" "-" "Quriyah"
            else break;
        }
        return e;
    }

    private static boolean nameWord(TextView v, int k) {
        String w = v.word[k];
        // ("al-Khatib" the tagger may call an adjective or a noun)
        boolean prefixed = w.length() > 3 && ARTICLE_PREFIXED.matcher(w).matches();
        if (v.actorAt[k] != null || v.placeAt[k] != null || !(v.pos[k].equals("PROPN") || prefixed)) return false;
        boolean cap = Character.isUpperCase(w.codePointAt(0)) || prefixed;
        return cap && !DateResolver.isCalendarWord(w) && !w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** "by X" after the trigger, else the first actor of the sentence before it. */
    private static String perpetrator(TextView v, int s, int after) {
        for (int k = after; k < v.sentEnd[s] && k < after + 6; k++) {
            if (v.lower[k].equals("by")) {
                for (int j = k + 1; j < v.sentEnd[s] && j < k + 8; j++) {
                    if (v.actorAt[j] != null) return v.actorAt[j].entityKey();
                    if (v.isPunct(j)) break;
                }
            }
        }
        for (int k = v.sentFirst[s]; k < after; k++) {
            Mention m = v.actorAt[k];
            if (m == null) continue;
            int p = k - 1;
            while (p >= 0 && (v.pos[p].equals("DET") || v.pos[p].equals("ADJ"))) p--;
            if (p < v.sentFirst[s] || !v.pos[p].equals("ADP")) return m.entityKey();
            while (k + 1 < v.n && v.begin(k + 1) < m.span().end()) k++;
        }
        return null;
    }

    private static PartialDate nearest(List<DateResolver.Found> dates, int at) {
        PartialDate best = null;
        int bd = Integer.MAX_VALUE;
        for (DateResolver.Found f : dates) {
            int d = Math.min(Math.abs(f.begin() - at), Math.abs(f.end() - at));
            if (d < bd) { bd = d; best = f.date(); }
        }
        return best;
    }

    private static Integer count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        Integer best = null;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String x = m.group(g);
                if (x == null) continue;
                Integer n = WORDS.get(x.toLowerCase(Locale.ROOT));
                if (n == null && x.matches("[\\d,]+")) {
                    try { n = Integer.valueOf(x.replace(",", "")); } catch (NumberFormatException e) { n = null; }
                }
                if (n != null) best = best == null ? n : Math.max(best, n);
            }
        }
        return best;
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    /** type/place[/yyyy-mm or yyyy]: stable across articles; a day-precise date keys by its month. */
    static String key(EventType type, String place, PartialDate date) {
        String k = type.name().toLowerCase(Locale.ROOT) + "/" + place;
        if (date != null) k += "/" + (date.month() == null ? String.valueOf(date.year()) : String.format("%04d-%02d", date.year(), date.month()));
        return k;
    }
}
