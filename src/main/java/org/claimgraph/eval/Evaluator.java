package org.claimgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Scores a graph against a gold file, reading only what outside tools read: the ontology's terms
 * in the union of the graphs. Matching (issue 5, item 6): a claim matches a gold attribution when one
 * of its speaker's rdfs:label/skos:altLabel equals one of the gold speaker's aliases (case- and
 * punctuation-insensitive), the stance is equal, and the gold anchor is contained in cg:text or
 * cg:quote; one-to-one, by maximum bipartite matching. Targets are scored over all claims and all
 * gold attributions, credited on matched pairs. Actors: each gold actor counts as found when one
 * of the article's cg:mentions carries one of its names. Events (beyond the three scores, to
 * measure item 4): a gold event matches an event the article mentions when the cg:eventType is the
 * gold type and, when the gold names a place, one of the cg:place's names is that place; one-to-one.
 * Of the matched pairs whose gold has a date, the dates are compared at the gold's precision.
 */
public final class Evaluator {
    private static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            """;

    /** A predicted claim as read from the graph. */
    record Claim(String iri, Set<String> speakerNames, String speakerLabel, String stance, String text, String quote,
                 Map<String, Set<String>> targets) {}

    private final boolean verbose;

    public Evaluator(boolean verbose) { this.verbose = verbose; }

    /** Case-, accent- and punctuation-insensitive form of a name. */
    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        t = t.toLowerCase(Locale.ROOT).replaceAll("[’'`.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return t;
    }

    /** Quote marks and white space made uniform, for anchor containment. */
    static String flat(String s) {
        return s.replaceAll("[“”„\"]", "\"").replaceAll("[‘’`]", "'").replaceAll("\\s+", " ");
    }

    public EvalReport evaluate(DatasetGraph dsg, Gold gold) {
        return Txn.calculateRead(dsg, () -> run(DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph())), gold));
    }

    private EvalReport run(Dataset ds, Gold gold) {
        Score attr = new Score(0, 0, 0), targ = new Score(0, 0, 0), act = new Score(0, 0, 0), ev = new Score(0, 0, 0);
        int staffMentioned = 0, datesGold = 0, datesRight = 0;
        List<String> details = new ArrayList<>();
        Map<String, Score> byArticle = new LinkedHashMap<>();
        for (Gold.Article ga : gold.articles()) {
            String article = articleIri(ds, ga.id());
            if (article == null) {
                details.add(ga.id() + ": not in the graph");
                attr = attr.plus(new Score(0, 0, ga.attributions().size()));
                int gt = ga.attributions().stream().mapToInt(x -> x.targets().size()).sum();
                targ = targ.plus(new Score(0, 0, gt));
                act = act.plus(new Score(0, 0, ga.actors().size()));
                ev = ev.plus(new Score(0, 0, ga.events().size()));
                byArticle.put(ga.id(), new Score(0, 0, ga.actors().size()));
                continue;
            }
            Map<String, Set<String>> actorNames = new HashMap<>();
            for (Gold.Actor a : ga.actors()) {
                Set<String> n = new LinkedHashSet<>();
                n.add(norm(a.name()));
                for (String al : a.aliases()) n.add(norm(al));
                actorNames.put(a.name(), n);
            }
            List<Claim> claims = claims(ds, article);
            // attributions: maximum bipartite matching
            List<Gold.Attribution> gas = ga.attributions();
            boolean[][] ok = new boolean[gas.size()][claims.size()];
            for (int i = 0; i < gas.size(); i++) {
                for (int j = 0; j < claims.size(); j++) ok[i][j] = matches(gas.get(i), claims.get(j));
            }
            // each gold attribution tries first the claims whose targets agree best with its own
            int[][] order = new int[gas.size()][];
            for (int i = 0; i < gas.size(); i++) {
                Gold.Attribution g = gas.get(i);
                order[i] = java.util.stream.IntStream.range(0, claims.size()).boxed()
                        .sorted(java.util.Comparator.comparingInt((Integer j) -> {
                            Score t = targets(g, claims.get(j), actorNames);
                            return t.fp() + t.fn() - t.tp();
                        }).thenComparingInt(j -> j))
                        .mapToInt(Integer::intValue).toArray();
            }
            int[] matchOfClaim = new int[claims.size()];
            java.util.Arrays.fill(matchOfClaim, -1);
            for (int i = 0; i < gas.size(); i++) augment(i, ok, order, matchOfClaim, new boolean[claims.size()]);
            int[] matchOfGold = new int[gas.size()];
            java.util.Arrays.fill(matchOfGold, -1);
            for (int j = 0; j < claims.size(); j++) if (matchOfClaim[j] >= 0) matchOfGold[matchOfClaim[j]] = j;
            int tp = 0;
            for (int i = 0; i < gas.size(); i++) {
                Gold.Attribution g = gas.get(i);
                if (matchOfGold[i] >= 0) {
                    tp++;
                    Claim c = claims.get(matchOfGold[i]);
                    Score t = targets(g, c, actorNames);
                    targ = targ.plus(t);
                    if (verbose && (t.fp() > 0 || t.fn() > 0)) {
                        details.add(ga.id() + ": targets of " + g.speaker() + " \"" + g.anchor() + "\": gold " + g.targets()
                                + ", got " + c.targets().keySet());
                    }
                } else {
                    targ = targ.plus(new Score(0, 0, g.targets().size()));
                    if (verbose) details.add(ga.id() + ": - missed " + g.speaker() + " " + g.stance() + " (" + g.cue() + ") \"" + g.anchor() + "\""
                            + nearMiss(g, claims, matchOfClaim, gas));
                }
            }
            for (int j = 0; j < claims.size(); j++) {
                if (matchOfClaim[j] < 0) {
                    Claim c = claims.get(j);
                    targ = targ.plus(new Score(0, c.targets().size(), 0));
                    if (verbose) details.add(ga.id() + ": + extra " + c.speakerLabel() + " " + c.stance() + " \"" + abbreviate(c.text()) + "\"");
                }
            }
            attr = attr.plus(new Score(tp, claims.size() - tp, gas.size() - tp));

            // actors among mentions
            Map<String, Set<String>> mentioned = mentioned(ds, article);
            Set<String> commenters = commenters(ds, article);
            int found = 0;
            for (Gold.Actor a : ga.actors()) {
                Set<String> names = actorNames.get(a.name());
                boolean hit = mentioned.values().stream().anyMatch(ns -> intersects(ns, names));
                if (hit) found++;
                else if (verbose) details.add(ga.id() + ": - actor not mentioned: " + a.name() + " " + a.aliases());
            }
            int extra = 0;
            for (var e : mentioned.entrySet()) {
                boolean isGold = actorNames.values().stream().anyMatch(ns -> intersects(ns, e.getValue()));
                if (!isGold) {
                    extra++;
                    if (verbose) details.add(ga.id() + ": + actor mentioned, not in gold: " + e.getValue());
                }
                if (intersects(e.getValue(), commenters)) {
                    staffMentioned++;
                    details.add(ga.id() + ": ! commenter or staff mentioned as an actor: " + e.getValue());
                }
            }
            staffMentioned += staffAmongMentions(ds, article);
            Score mine = new Score(found, extra, ga.actors().size() - found);
            act = act.plus(mine);
            byArticle.put(ga.id(), mine);
            if (verbose) details.add(ga.id() + ": " + mine.line("actors"));

            // events the article mentions
            List<Event> events = events(ds, article);
            List<Gold.Event> ges = ga.events();
            boolean[][] same = new boolean[ges.size()][events.size()];
            int[][] natural = new int[ges.size()][];
            for (int i = 0; i < ges.size(); i++) {
                natural[i] = java.util.stream.IntStream.range(0, events.size()).toArray();
                for (int j = 0; j < events.size(); j++) same[i][j] = events.get(j).matches(ges.get(i));
            }
            int[] eventMatch = new int[events.size()];
            java.util.Arrays.fill(eventMatch, -1);
            for (int i = 0; i < ges.size(); i++) augment(i, same, natural, eventMatch, new boolean[events.size()]);
            int evTp = 0;
            boolean[] goldFound = new boolean[ges.size()];
            for (int j = 0; j < events.size(); j++) {
                int i = eventMatch[j];
                if (i < 0) {
                    if (verbose) details.add(ga.id() + ": + event not in gold: " + events.get(j).describe());
                    continue;
                }
                evTp++;
                goldFound[i] = true;
                Gold.Event g = ges.get(i);
                if (g.date() != null && !g.date().isBlank()) {
                    datesGold++;
                    if (events.get(j).dateAgrees(g.date())) datesRight++;
                    else if (verbose) details.add(ga.id() + ": date of " + g.label() + ": gold " + g.date() + ", got " + events.get(j).dates());
                }
            }
            if (verbose) {
                for (int i = 0; i < ges.size(); i++) {
                    if (!goldFound[i]) details.add(ga.id() + ": - event missed: " + ges.get(i).type() + " " + ges.get(i).label() + " (" + ges.get(i).place() + ")");
                }
            }
            ev = ev.plus(new Score(evTp, events.size() - evTp, ges.size() - evTp));
        }
        return new EvalReport(attr, targ, act, staffMentioned, details, byArticle, ev, datesRight, datesGold);
    }

    /** An event as read from the graph: its type's local name, its place's names, its dates. */
    record Event(String iri, String type, Set<String> placeNames, Set<String> dates) {
        boolean matches(Gold.Event g) {
            if (g.type() == null || !g.type().equalsIgnoreCase(type)) return false;
            return g.place() == null || g.place().isBlank() || placeNames.contains(norm(g.place()));
        }

        /** The predicted date equals the gold one at the gold's precision (YYYY, YYYY-MM or YYYY-MM-DD). */
        boolean dateAgrees(String gold) {
            return dates.stream().anyMatch(d -> d.startsWith(gold) && (d.length() == gold.length() || d.charAt(gold.length()) == '-'));
        }

        String describe() { return type + " " + iri + " " + placeNames + " " + dates; }
    }

    private static List<Event> events(Dataset ds, String article) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (QuerySolution s : select(ds, "SELECT ?e ?t ?pn ?d WHERE { <" + article + "> cg:mentions ?e . ?e a cg:Event ; cg:eventType ?t ."
                + " OPTIONAL { ?e cg:place ?p . ?p rdfs:label|skos:altLabel ?pn } OPTIONAL { ?e cg:date ?d } } ORDER BY ?e")) {
            String iri = s.getResource("e").getURI();
            String type = s.getResource("t").getLocalName();
            Event e = out.computeIfAbsent(iri, k -> new Event(k, type, new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (s.contains("pn")) e.placeNames().add(norm(s.getLiteral("pn").getLexicalForm()));
            if (s.contains("d")) e.dates().add(s.getLiteral("d").getLexicalForm());
        }
        return new ArrayList<>(out.values());
    }

    private static String abbreviate(String s) {
        String f = s.replaceAll("\\s+", " ");
        return f.length() > 90 ? f.substring(0, 87) + "..." : f;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static boolean augment(int i, boolean[][] ok, int[][] order, int[] matchOfClaim, boolean[] seen) {
        for (int j : order[i]) {
            if (ok[i][j] && !seen[j]) {
                seen[j] = true;
                if (matchOfClaim[j] < 0 || augment(matchOfClaim[j], ok, order, matchOfClaim, seen)) {
                    matchOfClaim[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    /** Why a gold attribution went unmatched: the claims that hold its anchor differ in speaker or stance, or went to another gold entry. */
    private static String nearMiss(Gold.Attribution g, List<Claim> claims, int[] matchOfClaim, List<Gold.Attribution> gas) {
        List<String> why = new ArrayList<>();
        for (int j = 0; j < claims.size(); j++) {
            Claim c = claims.get(j);
            if (!holdsAnchor(g, c)) continue;
            if (matches(g, c)) why.add("its claim went to " + gas.get(matchOfClaim[j]).speaker() + " \"" + gas.get(matchOfClaim[j]).anchor() + "\"");
            else why.add("a claim holds the anchor: " + c.speakerLabel() + " " + c.stance());
        }
        return why.isEmpty() ? " [no claim holds the anchor]" : " [" + String.join("; ", why) + "]";
    }

    /** The gold anchor lies in the claim's text or quote (no anchor: any claim). */
    private static boolean holdsAnchor(Gold.Attribution g, Claim c) {
        if (g.anchor() == null) return true;
        String anchor = flat(g.anchor());
        return (c.text() != null && flat(c.text()).contains(anchor)) || (c.quote() != null && flat(c.quote()).contains(anchor));
    }

    static boolean matches(Gold.Attribution g, Claim c) {
        if (g.stance() != null && !g.stance().equals(c.stance())) return false;
        Set<String> aliases = new LinkedHashSet<>();
        if (g.speaker() != null) aliases.add(norm(g.speaker()));
        for (String a : g.aliases()) aliases.add(norm(a));
        if (!intersects(aliases, c.speakerNames())) return false;
        return holdsAnchor(g, c);
    }

    /** Gold targets matched one-to-one to the claim's targets by name. */
    static Score targets(Gold.Attribution g, Claim c, Map<String, Set<String>> actorNames) {
        List<Set<String>> predicted = new ArrayList<>(c.targets().values());
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        for (String t : g.targets()) {
            Set<String> names = new LinkedHashSet<>(actorNames.getOrDefault(t, Set.of()));
            names.add(norm(t));
            for (int j = 0; j < predicted.size(); j++) {
                if (!used[j] && intersects(predicted.get(j), names)) {
                    used[j] = true;
                    tp++;
                    break;
                }
            }
        }
        return new Score(tp, predicted.size() - tp, g.targets().size() - tp);
    }

    private static List<QuerySolution> select(Dataset ds, String q) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + q, ds)) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    private static String lit(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String articleIri(Dataset ds, String id) {
        List<QuerySolution> r = select(ds, "SELECT ?a WHERE { ?a a cg:Article ; dct:identifier " + lit(id) + " } LIMIT 1");
        return r.isEmpty() ? null : r.get(0).getResource("a").getURI();
    }

    private static Map<String, Set<String>> names(Dataset ds, String pattern, String var) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (QuerySolution s : select(ds, "SELECT ?" + var + " ?n WHERE { " + pattern + " ?" + var + " rdfs:label|skos:altLabel ?n }")) {
            out.computeIfAbsent(s.getResource(var).getURI(), k -> new LinkedHashSet<>()).add(norm(s.getLiteral("n").getLexicalForm()));
        }
        return out;
    }

    private static List<Claim> claims(Dataset ds, String article) {
        String a = "<" + article + ">";
        List<Claim> out = new ArrayList<>();
        for (QuerySolution s : select(ds, "SELECT ?c ?sp ?st ?text ?quote WHERE { ?c a cg:Claim ; cg:reportedIn " + a
                + " ; cg:text ?text . { ?sp cg:alleges ?c BIND(\"alleges\" AS ?st) } UNION { ?sp cg:denies ?c BIND(\"denies\" AS ?st) }"
                + " OPTIONAL { ?c cg:quote ?quote } } ORDER BY ?c")) {
            String c = s.getResource("c").getURI();
            String sp = s.getResource("sp").getURI();
            Map<String, Set<String>> spNames = names(ds, "VALUES ?x { <" + sp + "> }", "x");
            List<QuerySolution> label = select(ds, "SELECT ?l WHERE { <" + sp + "> rdfs:label ?l } LIMIT 1");
            Map<String, Set<String>> targets = names(ds, "<" + c + "> cg:target ?t .", "t");
            out.add(new Claim(c, spNames.getOrDefault(sp, Set.of()),
                    label.isEmpty() ? sp : label.get(0).getLiteral("l").getLexicalForm(),
                    s.getLiteral("st").getLexicalForm(), s.getLiteral("text").getLexicalForm(),
                    s.contains("quote") ? s.getLiteral("quote").getLexicalForm() : null, targets));
        }
        return out;
    }

    /** Actor nodes the article mentions (places and events left out), with their names. */
    private static Map<String, Set<String>> mentioned(Dataset ds, String article) {
        return names(ds, "<" + article + "> cg:mentions ?m . ?m a ?t . VALUES ?t { cg:Actor cg:Person cg:Organization cg:Country cg:Outlet cg:Group cg:UnnamedSource } ", "m");
    }

    private static Set<String> commenters(Dataset ds, String article) {
        Set<String> out = new LinkedHashSet<>();
        for (QuerySolution s : select(ds, "SELECT ?n WHERE { <" + article + "> cg:hasComment ?c . ?c schema:author ?n }")) {
            out.add(norm(s.getLiteral("n").getLexicalForm()));
        }
        return out;
    }

    private static int staffAmongMentions(Dataset ds, String article) {
        String a = "<" + article + ">";
        return select(ds, "SELECT DISTINCT ?p WHERE { " + a + " schema:author|cg:translator ?p . " + a + " cg:mentions ?p }").size();
    }
}
