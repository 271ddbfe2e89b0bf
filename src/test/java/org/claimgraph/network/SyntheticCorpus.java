package org.claimgraph.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimgraph.model.EntityType;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ids;

/**
 * A larger, made-up corpus for looking at the page with a few hundred actors: actors of every kind
 * with skewed activity (a few speak and are accused a lot, most rarely), outlets, dated articles,
 * claims with evidence offsets, memberships and citations, written as RdfMapper writes them.
 * Seeded, so the same arguments give the same store.
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {}

    private static final String[] FIRST = {"Amal", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hassan", "Ilya", "Jamal",
            "Karim", "Leila", "Mikhail", "Nadia", "Omar", "Pavel", "Rania", "Samir", "Tariq", "Vera", "Yusuf", "Zainab"};
    private static final String[] LAST = {"Haddad", "Ivanov", "Khalil", "Petrova", "Nasser", "Orlov", "Saleh", "Demir", "Rahman",
            "Sokolov", "Aziz", "Kaya", "Mansour", "Volkov", "Yilmaz", "Darwish"};
    private static final String[] ADJ = {"Northern", "Southern", "Eastern", "Western", "National", "Popular", "United", "Free",
            "Revolutionary", "Democratic", "Islamic", "Republican", "Joint", "Independent"};
    private static final String[] NOUN = {"Front", "Army", "Council", "Ministry of Defence", "Brigade", "Movement", "Committee",
            "Forces", "Alliance", "Observatory", "Agency", "Coalition", "Authority", "Union"};
    private static final String[] COUNTRY = {"Arvania", "Belmora", "Castoria", "Dravia", "Estovia", "Farland", "Galdor", "Hesperia",
            "Istria", "Jorvik", "Kalmar", "Lutetia", "Moravia", "Norland", "Ostmark", "Pallas", "Quenland", "Rhodan"};
    private static final String[] VERBS = {"helped militants retreat", "shelled residential areas", "supplied weapons to the rebels",
            "blocked the aid convoy", "fabricated the casualty figures", "violated the ceasefire", "staged the chemical attack",
            "protected the smugglers", "bombed the hospital", "evacuated commanders by helicopter"};

    /** Writes the corpus into the dataset and returns how many claims it holds. */
    public static int write(DatasetGraph dsg, int actors, int outlets, int articles, long seed) {
        Random r = new Random(seed);
        List<Node> actorNodes = new ArrayList<>(), outletNodes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<EntityType> types = new ArrayList<>();
        List<Quad> quads = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < actors; i++) {
            EntityType t;
            String label;
            double x = r.nextDouble();
            if (i < COUNTRY.length) { t = EntityType.COUNTRY; label = COUNTRY[i]; }
            else if (x < 0.45) { t = EntityType.PERSON; label = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)]; }
            else if (x < 0.9) { t = EntityType.ORGANIZATION; label = ADJ[r.nextInt(ADJ.length)] + " " + NOUN[r.nextInt(NOUN.length)]; }
            else { t = EntityType.GROUP; label = ADJ[r.nextInt(ADJ.length)] + " tribes"; }
            if (!used.add(label)) label = label + " " + (i + 1);
            used.add(label);
            Node n = Ids.entity(t, Ids.slug(label));
            actorNodes.add(n);
            labels.add(label);
            types.add(t);
            entity(quads, n, t, label);
        }
        for (int i = 0; i < outlets; i++) {
            String label = ADJ[i % ADJ.length] + " " + (i % 3 == 0 ? "News Agency" : i % 3 == 1 ? "Times" : "Daily") + (i >= ADJ.length ? " " + i : "");
            Node n = Ids.entity(EntityType.OUTLET, Ids.slug(label));
            outletNodes.add(n);
            entity(quads, n, EntityType.OUTLET, label);
        }
        for (int i = 0; i < actors; i++) {
            if (types.get(i) == EntityType.PERSON || (types.get(i) == EntityType.ORGANIZATION && r.nextDouble() < 0.4)) {
                quads.add(Quad.create(Ids.ENTITIES_GRAPH, actorNodes.get(i), CG.memberOf, actorNodes.get(skewed(r, actors))));
            }
        }
        int claims = 0;
        for (int a = 0; a < articles; a++) {
            String id = String.format(Locale.ROOT, "syn%04d", a);
            Node g = Ids.articleGraph(id), art = Ids.article(id);
            Node outlet = outletNodes.get(skewed(r, outlets));
            StringBuilder body = new StringBuilder();
            List<Quad> claimQuads = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            int theatre = r.nextInt(THEATRES);
            for (int c = 0; c < n; c++) {
                // Most claims stay within one theatre of conflict, as real coverage does; a few cross.
                int speaker = inTheatre(r, actors, theatre), target = r.nextDouble() < 0.85 ? inTheatre(r, actors, theatre) : skewed(r, actors);
                if (speaker == target) continue;
                boolean denies = r.nextDouble() < 0.12;
                String text = labels.get(target) + " " + VERBS[r.nextInt(VERBS.length)];
                String sentence = labels.get(speaker) + (denies ? " denied that " : " said that ");
                int start = body.length() + sentence.length();
                body.append(sentence).append(text).append(". ");
                Node claim = Ids.claim(id, start, start + text.length());
                Node sp = actorNodes.get(speaker);
                claimQuads.add(Quad.create(g, sp, denies ? CG.denies : CG.alleges, claim));
                claimQuads.add(Quad.create(g, claim, CG.Ext.type, CG.Claim));
                claimQuads.add(Quad.create(g, claim, CG.speaker, sp));
                claimQuads.add(Quad.create(g, claim, CG.stance, str(denies ? "denies" : "alleges")));
                claimQuads.add(Quad.create(g, claim, CG.reportedIn, art));
                claimQuads.add(Quad.create(g, claim, CG.text, str(text)));
                claimQuads.add(Quad.create(g, claim, CG.cue, str(denies ? "denied" : "said")));
                claimQuads.add(Quad.create(g, claim, CG.start, NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDinteger)));
                claimQuads.add(Quad.create(g, claim, CG.end, NodeFactory.createLiteralDT(Integer.toString(start + text.length()), XSDDatatype.XSDinteger)));
                claimQuads.add(Quad.create(g, claim, CG.target, actorNodes.get(target)));
                claims++;
            }
            quads.add(Quad.create(g, art, CG.Ext.type, CG.Article));
            quads.add(Quad.create(g, art, CG.Ext.identifier, str(id)));
            quads.add(Quad.create(g, art, CG.Ext.title, str("Report " + (a + 1))));
            quads.add(Quad.create(g, art, CG.Ext.issued, NodeFactory.createLiteralDT(
                    String.format(Locale.ROOT, "%d-%02d-%02d", 2015 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28)), XSDDatatype.XSDdate)));
            quads.add(Quad.create(g, art, CG.body, str(body.toString())));
            quads.add(Quad.create(g, art, CG.publishedBy, outlet));
            quads.add(Quad.create(g, outlet, CG.publishes, art));
            if (r.nextDouble() < 0.25) quads.add(Quad.create(g, art, CG.cites, outletNodes.get(skewed(r, outlets))));
            quads.addAll(claimQuads);
        }
        Txn.executeWrite(dsg, () -> quads.forEach(dsg::add));
        return claims;
    }

    private static final int THEATRES = 6;

    /** A skewed index among the actors of one theatre (index mod THEATRES), the countries shared by all. */
    private static int inTheatre(Random r, int n, int theatre) {
        if (r.nextDouble() < 0.15) return r.nextInt(COUNTRY.length);
        int k = skewed(r, n / THEATRES);
        return Math.min(n - 1, k * THEATRES + theatre);
    }

    /** An index in [0, n) with a long tail: low indexes come up far more often. */
    private static int skewed(Random r, int n) {
        return Math.min(n - 1, (int) Math.floor(n * Math.pow(r.nextDouble(), 2.6)));
    }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static void entity(List<Quad> quads, Node n, EntityType t, String label) {
        Node g = Ids.ENTITIES_GRAPH;
        quads.add(Quad.create(g, n, CG.Ext.type, org.claimgraph.map.RdfMapper.classOf(t)));
        quads.add(Quad.create(g, n, CG.Ext.type, CG.Actor));
        if (t == EntityType.OUTLET) quads.add(Quad.create(g, n, CG.Ext.type, CG.Organization));
        quads.add(Quad.create(g, n, CG.Ext.label, str(label)));
    }
}
