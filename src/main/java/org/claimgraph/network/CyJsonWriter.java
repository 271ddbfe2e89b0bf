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
            put(d, Attr.ofNode(n));
            d.put("size", n.size());
        }
        ArrayNode edges = elements.putArray("edges");
        for (Network.Edge e : net.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            d.put("interaction", e.kind().wire());
            put(d, Attr.ofEdge(e));
            d.put("colour", e.kind().colour());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        out.write('\n');
    }

    /** The attributes every export shares, numbers as JSON numbers. */
    private static void put(ObjectNode d, java.util.List<Attr> attrs) {
        for (Attr a : attrs) {
            if (a.numeric()) d.put(a.key(), new java.math.BigDecimal(a.value()));
            else d.put(a.key(), a.value());
        }
    }
}
