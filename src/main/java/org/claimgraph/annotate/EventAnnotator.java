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
 * so the same event in several articles is one node. Each claim is linked to the events whose trigger
 * lies in its content.
 */
final class EventAnnotator implements Annotator {
    private final Map<String, List<Object[]>> triggers = new HashMap<>();

    private static final Set<EventType> VIOLENT = Set.of(EventType.Attack, EventType.Airstrike, EventType.Shelling,
            EventType.Bombing, EventType.ChemicalAttack, EventType.Massacre);
    private static final String NUM = "(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|scores)";
    private static final Pattern KILLED = Pattern.compile("(?i)\\b(?:at least|more than|over|some|nearly|almost|about|around)?\\s*"
            + NUM + "\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|have been|had been|are|being)?\\s*(?:killed|dead|died)\\b"
            + "|\\b(?:killing|killed|kills)\\s+(?:at least|more than|over|some|nearly|about|around)?\\s*" + NUM + "\\b");
    private static final Pattern INJURED = Pattern.compile("(?i)\\b(?:at least|more than|over|some|nearly|about|around)?\\s*"
            + NUM + "\\s+(?:[\\w-]+\\s+){0,3}?(?:were|was|have been|had been|are)?\\s*(?:injured|wounded|hurt)\\b"
            + "|\\b(?:injuring|wounding)\\s+(?:at least|more than|over|some|nearly|about|around)?\\s*" + NUM + "\\b");
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
        PartialDate pub = a.meta().issued();
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, List<Span>> triggersByKey = new HashMap<>();
        for (int s = 0; s < v.sentFirst.length; s++) {
            Span ss = v.sentenceSpan(s);
            String sentText = ss.of(a.body());
            List<DateResolver.Found> dates = null;
            for (int i = v.sentFirst[s]; i < v.sentEnd[s]; i++) {
                if (cueTokens.contains(i)) continue;
                int[] len = new int[1];
                EventType type = trigger(v, i, v.sentEnd[s], len);
                if (type == null) continue;
                Span trig = new Span(v.begin(i), v.end(i + len[0] - 1));
                String place = place(v, s, i);
                if (place == null) { i += len[0] - 1; continue; }
                if (dates == null) dates = DateResolver.find(sentText, pub);
                PartialDate date = nearest(dates, trig.begin() - ss.begin());
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
                String key = key(type, place, date);
                Entity pe = v.entity(place);
                String label = type.name().replaceAll("(?<=[a-z])(?=[A-Z])", " ") + " in " + (pe == null ? place : pe.label())
                        + (date == null ? "" : ", " + date.lexical());
                Event prev = events.get(key);
                if (prev != null) {
                    List<String> ps = new ArrayList<>(prev.participants());
                    for (String x : participants) if (!ps.contains(x)) ps.add(x);
                    List<String> pp = new ArrayList<>(prev.perpetrators());
                    for (String x : perpetrators) if (!pp.contains(x)) pp.add(x);
                    PartialDate d = prev.date() == null || date != null && date.precision().compareTo(prev.date().precision()) > 0 ? date : prev.date();
                    events.put(key, new Event(key, type, prev.label(), prev.trigger(), place, d, ps, pp,
                            max(prev.killed(), killed), max(prev.injured(), injured)));
                } else {
                    events.put(key, new Event(key, type, label, trig, place, date, participants, perpetrators, killed, injured));
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
        return a.withEvents(new ArrayList<>(events.values()), updated, List.of());
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

    /** The place mention nearest the trigger in its sentence, after it first; a country after "in" when none. */
    private static String place(TextView v, int s, int i) {
        int best = -1, bestDist = Integer.MAX_VALUE;
        for (int k = v.sentFirst[s]; k < v.sentEnd[s]; k++) {
            Mention m = v.placeAt[k];
            if (m == null) continue;
            int dist = k >= i ? k - i : (i - k) * 2;
            if (dist < bestDist) { best = k; bestDist = dist; }
        }
        if (best >= 0) return v.placeAt[best].entityKey();
        for (int k = i + 1; k < v.sentEnd[s]; k++) {
            Mention m = v.actorAt[k];
            if (m != null && v.lower[k - 1].equals("in")) {
                Entity e = v.entityOf(m);
                if (e != null && e.type() == EntityType.COUNTRY) return e.key();
            }
        }
        return null;
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
