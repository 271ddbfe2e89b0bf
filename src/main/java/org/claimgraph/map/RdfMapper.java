package org.claimgraph.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Comment;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Event;
import org.claimgraph.model.Mention;
import org.claimgraph.model.PartialDate;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.vocab.CG;
import org.claimgraph.vocab.Ids;

/**
 * Maps an annotated article to quads: the article's own statements into its named graph
 * ({@link Ids#articleGraph}), shared descriptions of actors, places and events (types, labels,
 * aliases, links) into {@link Ids#ENTITIES_GRAPH}. Stateless and deterministic: the same article
 * gives the same quads, in the same order.
 */
public final class RdfMapper {
    private static final Node RDF_TYPE = CG.Ext.type;

    public RdfMapper() {}

    /**
     * The IRIs of an article's claims, in the order of its attributions: a claim by its content span; another speaker's
     * claim on a span already taken ("said X, a charge Y denies") by its span and speaker, so that each claim node has
     * one speaker, one stance and one cue.
     */
    public static Node[] claimIds(Article a) {
        List<Attribution> list = a.attributions();
        Node[] ids = new Node[list.size()];
        java.util.Set<Node> taken = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Attribution c = list.get(i);
            Node id = Ids.claim(a.id(), c.content().begin(), c.content().end());
            if (taken.contains(id)) id = Ids.claim(a.id(), c.content().begin(), c.content().end(), c.speaker());
            if (taken.contains(id)) id = Ids.claim(a.id(), c.content().begin(), c.content().end(), c.speaker() + "-" + i);
            taken.add(id);
            ids[i] = id;
        }
        return ids;
    }

    /** Streams the article's quads to the sink (no start()/finish() calls: the caller owns the sink). */
    public void map(Article a, StreamRDF sink) {
        new Run(a, sink).run();
    }

    /** The IRI of an entity of this article. */
    public static Node entityNode(Article a, String key) {
        Entity e = a.entity(key);
        if (e == null) throw new IllegalArgumentException("no entity " + key + " in " + a.id());
        return Ids.entity(e.type(), e.key());
    }

    /** The ontology class for an entity type. */
    public static Node classOf(EntityType t) {
        return switch (t) {
            case PERSON -> CG.Person;
            case ORGANIZATION -> CG.Organization;
            case COUNTRY -> CG.Country;
            case OUTLET -> CG.Outlet;
            case PLACE -> CG.Place;
            case GROUP -> CG.Group;
            case UNNAMED_SOURCE -> CG.UnnamedSource;
        };
    }

    /** A typed literal for a partial date: xsd:gYear, xsd:gYearMonth or xsd:date. */
    public static Node dateLiteral(PartialDate d) {
        XSDDatatype t = switch (d.precision()) {
            case YEAR -> XSDDatatype.XSDgYear;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case DAY -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(d.lexical(), t);
    }

    private static final class Run {
        final Article a;
        final StreamRDF out;
        final Node g;
        final Node art;
        final Map<String, Node> nodes = new HashMap<>();

        Run(Article a, StreamRDF out) {
            this.a = a;
            this.out = out;
            this.g = Ids.articleGraph(a.id());
            this.art = Ids.article(a.id());
        }

        void q(Node graph, Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

        void art(Node s, Node p, Node o) { q(g, s, p, o); }

        void ent(Node s, Node p, Node o) { q(Ids.ENTITIES_GRAPH, s, p, o); }

        Node str(String s) { return NodeFactory.createLiteralString(s); }

        Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

        Node node(String key) { return nodes.computeIfAbsent(key, k -> entityNode(a, k)); }

        void run() {
            article();
            comments();
            entities();
            mentions();
            events();
            claims();
        }

        void article() {
            ArticleMeta m = a.meta();
            art(art, RDF_TYPE, CG.Article);
            art(art, CG.Ext.identifier, str(a.id()));
            art(art, CG.body, str(a.body()));
            art(art, CG.sourceFile, str(a.source().location()));
            if (m.title() != null) art(art, CG.Ext.title, str(m.title()));
            if (m.issued() != null) art(art, CG.Ext.issued, dateLiteral(m.issued()));
            if (m.url() != null) art(art, CG.Ext.url, NodeFactory.createURI(m.url()));
            if (a.publisher() != null) {
                Node o = node(a.publisher());
                art(o, CG.publishes, art);
                art(art, CG.publishedBy, o);
            }
            for (String c : a.cites()) art(art, CG.cites, node(c));
        }

        void comments() {
            int pos = 0;
            for (Comment c : a.comments()) {
                Node n = Ids.comment(a.id(), c.id());
                art(art, CG.hasComment, n);
                art(n, RDF_TYPE, CG.Comment);
                art(n, CG.text, str(c.text()));
                art(n, CG.position, integer(++pos));
                if (c.author() != null) art(n, CG.Ext.author, str(c.author()));
                if (c.replyTo() != null) art(n, CG.replyTo, Ids.comment(a.id(), c.replyTo()));
            }
        }

        void entities() {
            Set<String> staff = Set.copyOf(a.staff());
            for (Entity e : a.entities()) {
                Node n = node(e.key());
                // Unnamed sources belong to their article; everything else is shared.
                boolean local = e.type() == EntityType.UNNAMED_SOURCE;
                Node graph = local ? g : Ids.ENTITIES_GRAPH;
                q(graph, n, RDF_TYPE, classOf(e.type()));
                if (e.type().isActor() && !staff.contains(e.key())) q(graph, n, RDF_TYPE, CG.Actor);
                if (e.type() == EntityType.OUTLET) q(graph, n, RDF_TYPE, CG.Organization);
                if (e.type() == EntityType.COUNTRY) q(graph, n, RDF_TYPE, CG.Place); // a state acts, and is where things happen
                q(graph, n, CG.Ext.label, str(e.label()));
                for (String alt : new LinkedHashSet<>(e.altLabels())) {
                    if (!alt.equals(e.label())) q(graph, n, CG.Ext.altLabel, str(alt));
                }
                for (String s : e.sameAs()) q(graph, n, CG.Ext.sameAs, NodeFactory.createURI(s));
                if (e.role() != null) q(graph, n, CG.role, str(e.role()));
                for (String mo : e.memberOf()) {
                    if (a.entity(mo) != null) q(graph, n, CG.memberOf, node(mo));
                }
                if (e.lat() != null && e.lon() != null) {
                    Node geom = Ids.geometry(e.type(), e.key());
                    q(graph, n, CG.Ext.hasGeometry, geom);
                    q(graph, geom, RDF_TYPE, CG.Ext.Geometry);
                    q(graph, geom, CG.Ext.asWKT, NodeFactory.createLiteralDT(
                            "POINT(" + e.lon() + " " + e.lat() + ")", org.apache.jena.datatypes.TypeMapper.getInstance()
                                    .getSafeTypeByName(CG.Ext.wktLiteral.getURI())));
                    q(graph, n, CG.Ext.lat, NodeFactory.createLiteralDT(e.lat().toString(), XSDDatatype.XSDdecimal));
                    q(graph, n, CG.Ext.lon, NodeFactory.createLiteralDT(e.lon().toString(), XSDDatatype.XSDdecimal));
                }
                if (e.country() != null && a.entity(e.country()) != null) q(graph, n, CG.country, node(e.country()));
                if (e.region() != null && a.entity(e.region()) != null) q(graph, n, CG.inRegion, node(e.region()));
            }
            for (String s : a.staff()) {
                Entity e = a.entity(s);
                if (e == null) continue;
                if (a.meta().translators().contains(e.label())) art(art, CG.translator, node(s));
                if (a.meta().authors().contains(e.label())) art(art, CG.Ext.author, node(s));
            }
        }

        /** Actors and places named in the body, and the outlet and sources the byline names. */
        void mentions() {
            Set<String> seen = new LinkedHashSet<>();
            Set<String> staff = Set.copyOf(a.staff());
            if (a.publisher() != null && seen.add(a.publisher())) art(art, CG.mentions, node(a.publisher()));
            for (String c : a.cites()) if (!unseenAddress(c) && seen.add(c)) art(art, CG.mentions, node(c));
            for (Mention m : a.mentions()) {
                if (!staff.contains(m.entityKey()) && seen.add(m.entityKey())) art(art, CG.mentions, node(m.entityKey()));
            }
            // a country named only in passing ("arrested in Spain", "Swiss francs"), neither speaking, accused nor a perpetrator
            Set<String> takesPart = new java.util.HashSet<>();
            for (Attribution at : a.attributions()) {
                takesPart.addAll(at.targets());
                takesPart.add(at.speaker());
            }
            for (Event e : a.events()) takesPart.addAll(e.perpetrators());
            for (Mention m : a.mentions()) if (m.kind() != Mention.Kind.PASSING) takesPart.add(m.entityKey());
            for (Mention m : a.mentions()) {
                if (m.kind() == Mention.Kind.PASSING && !takesPart.contains(m.entityKey()) && !staff.contains(m.entityKey()) && seen.contains(m.entityKey())
                        && takesPart.add(m.entityKey())) art(art, CG.mentionsInPassing, node(m.entityKey()));
            }
            // a named speaker is an actor of the story even when recognition missed its name (unnamed sources stay claims' speakers only)
            for (Attribution at : a.attributions()) {
                Entity e = a.entity(at.speaker());
                if (e != null && e.type() != EntityType.UNNAMED_SOURCE && !staff.contains(e.key()) && named(e.label()) && seen.add(e.key())) {
                    art(art, CG.mentions, node(e.key()));
                }
            }
        }

        /**
         * A cited source known only by a web address from the article's furniture ("Source: http://example-blog.com/…",
         * the page a copy was taken from, reduced to its lower-case domain) whose site name the body never writes: cited
         * (cg:cites), not mentioned. A source credited by a name with its capitals ("– Breakingnews.sy –") stays mentioned.
         */
        boolean unseenAddress(String key) {
            Entity e = a.entity(key);
            if (e == null || e.label() == null) return false;
            String label = e.label();
            int dot = label.lastIndexOf('.');
            if (dot <= 0 || label.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isUpperCase(c))) return false;
            String site = label.substring(0, dot).toLowerCase(java.util.Locale.ROOT);
            if (lowerBody == null) lowerBody = a.body().toLowerCase(java.util.Locale.ROOT);
            // as a word of its own: "vz" inside "Ovzora" names no site
            for (int i = lowerBody.indexOf(site); i >= 0; i = lowerBody.indexOf(site, i + 1)) {
                int end = i + site.length();
                if ((i == 0 || !Character.isLetterOrDigit(lowerBody.charAt(i - 1))) && (end == lowerBody.length() || !Character.isLetterOrDigit(lowerBody.charAt(end)))) return false;
            }
            return true;
        }

        /** The body in lower case, computed once for all cited sources. */
        private String lowerBody;

        /** A name, not a lower-case description ("commander", "spokeswoman"). */
        boolean named(String label) { return label != null && !label.isEmpty() && Character.isUpperCase(label.codePointAt(0)); }

        void events() {
            for (Event e : a.events()) {
                Node n = Ids.event(e.key());
                art(art, CG.mentions, n);
                ent(n, RDF_TYPE, CG.Event);
                ent(n, CG.eventType, CG.eventTypeConcept(e.type().name()));
                if (e.label() != null) ent(n, CG.Ext.label, str(e.label()));
                if (e.place() != null && a.entity(e.place()) != null) ent(n, CG.place, node(e.place()));
                if (e.date() != null) ent(n, CG.date, dateLiteral(e.date()));
                for (String p : e.participants()) if (a.entity(p) != null) ent(n, CG.participant, node(p));
                for (String p : e.perpetrators()) {
                    if (a.entity(p) != null) {
                        ent(n, CG.perpetrator, node(p));
                        ent(n, CG.participant, node(p));
                    }
                }
                if (e.killed() != null) ent(n, CG.killed, integer(e.killed()));
                if (e.injured() != null) ent(n, CG.injured, integer(e.injured()));
            }
        }

        /** Actors named inside a claim's content (or quote), other than its speaker, targets and staff. */
        List<String> involved(Attribution c) {
            Span ev = c.evidence();
            Set<String> out = new LinkedHashSet<>();
            Set<String> staff = Set.copyOf(a.staff());
            for (Mention m : a.mentions()) {
                if (!ev.contains(m.span())) continue;
                String k = m.entityKey();
                Entity e = a.entity(k);
                if (e == null || !e.type().isActor() || k.equals(c.speaker()) || c.targets().contains(k) || staff.contains(k)) continue;
                out.add(k);
            }
            return List.copyOf(out);
        }

        void claims() {
            List<Attribution> list = a.attributions();
            // (the first claim on a span keeps the span's IRI; another speaker's claim on the same span gets its own)
            Node[] ids = claimIds(a);
            for (int i = 0; i < list.size(); i++) {
                Attribution c = list.get(i);
                Node n = ids[i];
                Node sp = node(c.speaker());
                art(n, RDF_TYPE, CG.Claim);
                art(sp, c.stance() == Stance.DENIES ? CG.denies : CG.alleges, n);
                art(n, CG.speaker, sp);
                art(n, CG.stance, str(c.stance() == Stance.DENIES ? "denies" : "alleges"));
                art(n, CG.reportedIn, art);
                art(n, CG.text, str(a.text(c.content())));
                if (c.quote() != null) art(n, CG.quote, str(a.text(c.quote())));
                if (c.cue() != null) art(n, CG.cue, str(a.text(c.cue())));
                art(n, CG.confidence, NodeFactory.createLiteralDT(
                        BigDecimal.valueOf(c.confidence()).setScale(2, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal));
                art(n, CG.start, integer(c.content().begin()));
                art(n, CG.end, integer(c.content().end()));
                // a speaker is not its own target (issue 5), except when it denies an accusation against itself: a
                // claim of responsibility names its claimant among the accused inside extraction, not in the graph
                for (String t : c.targets()) {
                    if ((!t.equals(c.speaker()) || c.stance() == Stance.DENIES) && a.entity(t) != null) art(n, CG.target, node(t));
                }
                for (String inv : involved(c)) art(n, CG.involves, node(inv));
                for (String ev : c.events()) art(n, CG.about, Ids.event(ev));
                if (c.relays() >= 0 && c.relays() != i) art(n, CG.relays, ids[c.relays()]);
            }
        }
    }
}
