package org.claimgraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The network file formats: GraphML (yEd, Gephi, Cytoscape, NetworkX), GEXF 1.3 (Gephi), Graphviz
 * dot and Cytoscape JSON (Cytoscape desktop and Cytoscape.js). Each carries the same nodes and edges
 * with ids, labels, kinds, claim counts and weights; output is UTF-8 and deterministic.
 */
public enum NetworkFormat {
    GRAPHML("graphml"), GEXF("gexf"), DOT("dot"), CYJS("cyjs");

    private final String name;

    NetworkFormat(String name) { this.name = name; }

    /** The format's name on the command line, which is also the usual file extension. */
    public String formatName() { return name; }

    public static Optional<NetworkFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (NetworkFormat f : values()) if (f.name.equals(n)) return Optional.of(f);
        return Optional.empty();
    }

    public static List<String> names() { return List.of(values()).stream().map(NetworkFormat::formatName).toList(); }

    /** Writes the network; the stream is flushed, not closed. */
    public void write(Network network, OutputStream out) throws IOException {
        switch (this) {
            case GRAPHML -> XmlWriters.graphml(network, out);
            case GEXF -> XmlWriters.gexf(network, out);
            case DOT -> DotWriter.write(network, out);
            case CYJS -> CyJsonWriter.write(network, out);
        }
        out.flush();
    }
}
