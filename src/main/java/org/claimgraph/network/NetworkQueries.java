package org.claimgraph.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.vocab.CG;

/**
 * Builds the {@link Network} from the four queries the page runs (queries/network-*.rq, read from
 * the classpath) and aggregates their rows exactly as the page does with no filter set.
 */
final class NetworkQueries {
    /** The queries, by file name under {@code /queries/} on the classpath. */
    static final String NODES = "network-nodes.rq";
    static final String CLAIMS = "network-claims.rq";
    static final String ARTICLES = "network-articles.rq";
    static final String MEMBERS = "network-members.rq";

    private NetworkQueries() {}

    static String text(String name) {
        try (InputStream in = NetworkQueries.class.getResourceAsStream("/queries/" + name)) {
            if (in == null) throw new IllegalStateException("missing query /queries/" + name + " on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Network read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> new Builder(dsg).build());
    }

    /** The short id of an IRI: without the claimgraph id prefix. */
    static String shortId(String iri) {
        return iri.startsWith(CG.ID) ? iri.substring(CG.ID.length()) : iri;
    }

    private static List<String> words(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return List.of();
        String v = n.asLiteral().getLexicalForm().trim();
        return v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
    }

    private static final class Builder {
        final DatasetGraph dsg;
        final Map<String, String> labels = new HashMap<>();
        final Map<String, Network.Kind> kinds = new HashMap<>();
        final Map<String, List<String>> outletsOf = new HashMap<>();
        final Map<String, Set<String>> made = new HashMap<>();
        final Map<String, Set<String>> received = new HashMap<>();
        final Map<String, Set<String>> published = new HashMap<>();
        /** kind → "source target" → claims or articles behind the edge. */
        final Map<Network.EdgeKind, Map<String, Set<String>>> edges = new EnumMap<>(Network.EdgeKind.class);

        Builder(DatasetGraph dsg) { this.dsg = dsg; }

        void select(String name, Consumer<QuerySolution> row) {
            try (QueryExecution qe = QueryExecution.create(text(name), DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) row.accept(rs.next());
            }
        }

        static String iri(QuerySolution s, String var) {
            RDFNode n = s.get(var);
            return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
        }

        void edge(Network.EdgeKind k, String source, String target, String via) {
            if (source.equals(target)) return;
            edges.computeIfAbsent(k, x -> new TreeMap<>()).computeIfAbsent(source + " " + target, x -> new LinkedHashSet<>()).add(via);
        }

        static void count(Map<String, Set<String>> m, String node, String claim) {
            m.computeIfAbsent(node, x -> new LinkedHashSet<>()).add(claim);
        }

        Network build() {
            select(NODES, s -> {
                String n = iri(s, "node");
                if (s.contains("label")) labels.put(n, s.getLiteral("label").getLexicalForm());
                kinds.put(n, Network.Kind.of(s.getLiteral("kind").getLexicalForm()));
            });
            List<QuerySolution> articles = new ArrayList<>();
            select(ARTICLES, s -> {
                articles.add(s);
                outletsOf.put(iri(s, "article"), words(s, "outlets"));
            });
            select(CLAIMS, s -> {
                String claim = iri(s, "claim"), speaker = iri(s, "speaker");
                boolean denies = "denies".equals(s.getLiteral("stance").getLexicalForm());
                count(made, speaker, claim);
                for (String t : words(s, "targets")) {
                    if (t.equals(speaker)) continue;
                    count(received, t, claim);
                    edge(denies ? Network.EdgeKind.DENIES : Network.EdgeKind.ACCUSES, speaker, t, claim);
                }
                for (String o : outletsOf.getOrDefault(iri(s, "article"), List.of())) {
                    if (o.equals(speaker)) continue;
                    count(published, o, claim);
                    edge(Network.EdgeKind.PUBLISHES, o, speaker, claim);
                }
            });
            for (QuerySolution s : articles) {
                for (String o : words(s, "outlets")) {
                    for (String c : words(s, "cites")) edge(Network.EdgeKind.CITES, o, c, iri(s, "article"));
                }
            }
            Set<String> active = new LinkedHashSet<>();
            active.addAll(made.keySet());
            active.addAll(received.keySet());
            for (Map<String, Set<String>> m : edges.values()) {
                for (String st : m.keySet()) active.addAll(List.of(st.split(" ")));
            }
            select(MEMBERS, s -> {
                String m = iri(s, "member"), g = iri(s, "group");
                if (active.contains(m) && active.contains(g)) edge(Network.EdgeKind.MEMBER_OF, m, g, g);
            });
            List<Network.Node> nodes = new ArrayList<>();
            for (String n : active) {
                nodes.add(new Network.Node(shortId(n), n, labels.get(n), kinds.getOrDefault(n, Network.Kind.ACTOR),
                        size(made, n), size(received, n), size(published, n)));
            }
            List<Network.Edge> list = new ArrayList<>();
            edges.forEach((k, m) -> m.forEach((st, via) -> {
                String[] p = st.split(" ");
                list.add(new Network.Edge(shortId(p[0]), shortId(p[1]), k, via.size()));
            }));
            return new Network(nodes, list);
        }

        static int size(Map<String, Set<String>> m, String n) {
            Set<String> s = m.get(n);
            return s == null ? 0 : s.size();
        }
    }
}
