package org.claimgraph.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.vocab.CG;

/**
 * Builds the {@link Network} from the two aggregating queries the page runs (queries/network-nodes.rq
 * and network-edges.rq, read from the classpath), without their LIMITs so that an export holds the
 * whole network, and keeps nodes and edges exactly as the page does with no filter set.
 */
final class NetworkQueries {
    /** The queries, by file name under {@code /queries/} on the classpath. */
    static final String NODES = "network-nodes.rq";
    static final String EDGES = "network-edges.rq";

    /** A LIMIT clause on a line of its own: the page's cap on what it draws. */
    private static final Pattern LIMIT_LINE = Pattern.compile("(?m)^\\s*LIMIT\\s+\\d+\\s*$");

    private NetworkQueries() {}

    static String text(String name) {
        try (InputStream in = NetworkQueries.class.getResourceAsStream("/queries/" + name)) {
            if (in == null) throw new IllegalStateException("missing query /queries/" + name + " on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query without the LIMIT lines that cap what the page draws. */
    static String unlimited(String text) { return LIMIT_LINE.matcher(text).replaceAll(""); }

    static Network read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> build(dsg));
    }

    /** The short id of an IRI: without the claimgraph id prefix. */
    static String shortId(String iri) {
        return iri.startsWith(CG.ID) ? iri.substring(CG.ID.length()) : iri;
    }

    private static void select(DatasetGraph dsg, String name, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create(unlimited(text(name)), DatasetFactory.wrap(dsg))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) row.accept(rs.next());
        }
    }

    private static String iri(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? null : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static int count(QuerySolution s, String var) { return s.contains(var) ? s.getLiteral(var).getInt() : 0; }

    /** A node row: label, kind and the claims it makes, receives and is named in. */
    private record Row(String label, Network.Kind kind, int made, int received, int involved) {}

    private static Network build(DatasetGraph dsg) {
        Map<String, Row> rows = new LinkedHashMap<>();
        select(dsg, NODES, s -> rows.put(iri(s, "node"), new Row(s.contains("label") ? s.getLiteral("label").getLexicalForm() : null,
                Network.Kind.of(s.getLiteral("kind").getLexicalForm()), count(s, "made"), count(s, "received"), count(s, "involved"))));
        List<String[]> members = new ArrayList<>();
        List<Network.Edge> edges = new ArrayList<>();
        Set<String> active = new LinkedHashSet<>();
        Map<String, Integer> published = new HashMap<>();
        rows.forEach((n, r) -> { if (r.made() + r.received() + r.involved() > 0) active.add(n); });
        select(dsg, EDGES, s -> {
            String source = iri(s, "source"), target = iri(s, "target"), kind = s.getLiteral("kind").getLexicalForm();
            if (source.equals(target)) return;
            Network.EdgeKind k = Network.EdgeKind.of(kind);
            if (k == Network.EdgeKind.MEMBER_OF) {
                members.add(new String[] {source, target});
                return;
            }
            int w = s.getLiteral("weight").getInt();
            if (k == Network.EdgeKind.PUBLISHES) published.merge(source, w, Integer::sum);
            active.add(source);
            active.add(target);
            edges.add(new Network.Edge(shortId(source), shortId(target), k, w));
        });
        for (String[] m : members) {
            if (active.contains(m[0]) && active.contains(m[1])) edges.add(new Network.Edge(shortId(m[0]), shortId(m[1]), Network.EdgeKind.MEMBER_OF, 1));
        }
        List<Network.Node> nodes = new ArrayList<>();
        for (String n : active) {
            Row r = rows.getOrDefault(n, new Row(null, Network.Kind.ACTOR, 0, 0, 0));
            nodes.add(new Network.Node(shortId(n), n, r.label(), r.kind(), r.made(), r.received(), published.getOrDefault(n, 0), r.involved()));
        }
        return new Network(nodes, edges);
    }
}
