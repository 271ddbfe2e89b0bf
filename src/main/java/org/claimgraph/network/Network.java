package org.claimgraph.network;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The actor network: actors and outlets as nodes, sized by the claims they make, receive and are
 * named in, and coloured by kind; accuses, denies, involves ("mentions"), member-of, publishes and
 * cites edges weighted by the claims or articles behind them. Built by SPARQL over the store
 * ({@link #read}) with the same queries the page at {@code /graph} runs in the browser
 * (queries/network-nodes.rq and network-edges.rq); written by {@link NetworkFormat}.
 * Nodes are sorted by id and edges by kind, source and target, so the same store gives the same
 * network.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
    public Network {
        nodes = nodes.stream().sorted(Comparator.comparing(Node::id)).toList();
        edges = edges.stream().sorted(Comparator.comparing(Edge::kind).thenComparing(Edge::source).thenComparing(Edge::target)).toList();
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) if (!ids.add(n.id())) throw new IllegalArgumentException("duplicate node " + n.id());
        Set<String> edgeIds = new HashSet<>();
        for (Edge e : edges) {
            if (!ids.contains(e.source()) || !ids.contains(e.target())) throw new IllegalArgumentException("edge " + e.id() + " has an end that is not a node");
            if (!edgeIds.add(e.id())) throw new IllegalArgumentException("duplicate edge " + e.id());
        }
    }

    /** Reads the network from a store (union default graph), inside a read transaction. */
    public static Network read(DatasetGraph dsg) { return NetworkQueries.read(dsg); }

    /** What a node is, from its most specific class, with the colour every view uses. */
    public enum Kind {
        PERSON("person", "Person", "#1f77b4"),
        ORGANIZATION("organization", "Organization", "#ff7f0e"),
        COUNTRY("country", "Country", "#2ca02c"),
        OUTLET("outlet", "Outlet", "#9467bd"),
        GROUP("group", "Group", "#17becf"),
        UNNAMED("unnamed", "Unnamed source", "#8c8c8c"),
        ACTOR("actor", "Actor", "#bcbd22");

        private final String wire;
        private final String label;
        private final String colour;

        Kind(String wire, String label, String colour) {
            this.wire = wire;
            this.label = label;
            this.colour = colour;
        }

        /** The name the queries and the exports use ("person", "unnamed"). */
        public String wire() { return wire; }

        public String label() { return label; }

        /** A colour as #rrggbb. */
        public String colour() { return colour; }

        public static Kind of(String wire) {
            for (Kind k : values()) if (k.wire.equals(wire)) return k;
            return ACTOR;
        }
    }

    /** What an edge stands for. Accuses, denies, involves and publishes count claims; cites counts articles. */
    public enum EdgeKind {
        ACCUSES("accuses", "accuses", "#d62728"),
        DENIES("denies", "denies", "#1f4e9c"),
        PUBLISHES("publishes", "publishes", "#9467bd"),
        CITES("cites", "cites", "#b8860b"),
        MEMBER_OF("memberOf", "member of", "#7f7f7f"),
        /** Speaker → an actor its claim names besides itself and the targets (cg:involves); drawn light and dashed. */
        INVOLVES("involves", "mentions", "#a3adb8");

        private final String wire;
        private final String label;
        private final String colour;

        EdgeKind(String wire, String label, String colour) {
            this.wire = wire;
            this.label = label;
            this.colour = colour;
        }

        public String wire() { return wire; }

        public String label() { return label; }

        public String colour() { return colour; }

        /** The kind with this wire name ("accuses", "memberOf"). */
        public static EdgeKind of(String wire) {
            for (EdgeKind k : values()) if (k.wire.equals(wire)) return k;
            throw new IllegalArgumentException("unknown edge kind " + wire);
        }
    }

    /**
     * An actor or outlet.
     *
     * @param id              short, stable id: the IRI without the claimgraph id prefix ("actor/syria")
     * @param claimsMade      distinct claims it alleges or denies
     * @param claimsReceived  distinct claims that target it
     * @param claimsPublished distinct claims by others reported in articles it published (outlets)
     * @param claimsInvolved  distinct claims that name it besides their speaker and targets (cg:involves)
     */
    public record Node(String id, String iri, String label, Kind kind, int claimsMade, int claimsReceived, int claimsPublished,
                       int claimsInvolved) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(kind, "kind");
            label = label == null || label.isBlank() ? id : label.strip().replaceAll("\\s+", " ");
            if (claimsMade < 0 || claimsReceived < 0 || claimsPublished < 0 || claimsInvolved < 0) {
                throw new IllegalArgumentException("negative count for " + id);
            }
        }

        /** A node that no claim names besides as speaker or target. */
        public Node(String id, String iri, String label, Kind kind, int claimsMade, int claimsReceived, int claimsPublished) {
            this(id, iri, label, kind, claimsMade, claimsReceived, claimsPublished, 0);
        }

        /** Claims made, received and naming it: what the node's size shows. */
        public int claims() { return claimsMade + claimsReceived + claimsInvolved; }

        /**
         * A drawing size that grows with the square root of {@link #claims()} (for an outlet, of the
         * claims it publishes when they are more), so hubs stand out without swamping the rest.
         */
        public double size() {
            int basis = kind == Kind.OUTLET ? Math.max(claims(), claimsPublished) : claims();
            return Math.round((10 + 6 * Math.sqrt(basis)) * 10) / 10.0;
        }
    }

    /** A directed, weighted edge between two node ids. */
    public record Edge(String source, String target, EdgeKind kind, int weight) {
        public Edge {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            if (weight < 1) throw new IllegalArgumentException("weight must be at least 1: " + weight);
        }

        /** A stable id: kind, source and target ("accuses:actor/syria->actor/turkey"). */
        public String id() { return kind.wire() + ":" + source + "->" + target; }
    }
}
