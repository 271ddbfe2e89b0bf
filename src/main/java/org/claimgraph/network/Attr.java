package org.claimgraph.network;

import java.util.List;

/**
 * One attribute of a node or an edge as every export writes it: its key, its GraphML type
 * ("string", "int", "double") and its value as text. One list, so the formats cannot drift apart.
 */
record Attr(String key, String type, String value) {
    boolean numeric() { return !type.equals("string"); }

    static List<Attr> ofNode(Network.Node n) {
        return List.of(new Attr("label", "string", n.label()), new Attr("kind", "string", n.kind().wire()),
                new Attr("iri", "string", n.iri()), new Attr("claims", "int", Integer.toString(n.claims())),
                new Attr("claimsMade", "int", Integer.toString(n.claimsMade())),
                new Attr("claimsReceived", "int", Integer.toString(n.claimsReceived())),
                new Attr("claimsPublished", "int", Integer.toString(n.claimsPublished())),
                new Attr("claimsInvolved", "int", Integer.toString(n.claimsInvolved())),
                new Attr("colour", "string", n.kind().colour()));
    }

    static List<Attr> ofEdge(Network.Edge e) {
        return List.of(new Attr("kind", "string", e.kind().wire()), new Attr("label", "string", e.kind().label()),
                new Attr("weight", "double", Integer.toString(e.weight())));
    }
}
