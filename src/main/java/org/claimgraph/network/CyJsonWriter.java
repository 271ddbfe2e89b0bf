package org.claimgraph.network;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cytoscape JSON (.cyjs): {@code elements.nodes[].data} and {@code elements.edges[].data}, as Cytoscape desktop and Cytoscape.js read it. */
final class CyJsonWriter {
    private CyJsonWriter() {}

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    static void write(Network net, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1.0");
        root.put("generated_by", "claimgraph");
        root.put("target_cytoscapejs_version", "~3.33");
        ObjectNode data = root.putObject("data");
        data.put("name", "claimgraph actor network");
        data.put("shared_name", "claimgraph actor network");
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (Network.Node n : net.nodes()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", n.id());
            d.put("name", n.label());
            d.put("label", n.label());
            d.put("kind", n.kind().wire());
            d.put("iri", n.iri());
            d.put("claims", n.claims());
            d.put("claimsMade", n.claimsMade());
            d.put("claimsReceived", n.claimsReceived());
            d.put("claimsPublished", n.claimsPublished());
            d.put("claimsInvolved", n.claimsInvolved());
            d.put("size", n.size());
            d.put("colour", n.kind().colour());
        }
        ArrayNode edges = elements.putArray("edges");
        for (Network.Edge e : net.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("kind", e.kind().wire());
            d.put("interaction", e.kind().wire());
            d.put("label", e.kind().label());
            d.put("weight", e.weight());
            d.put("colour", e.kind().colour());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        out.write('\n');
    }
}
