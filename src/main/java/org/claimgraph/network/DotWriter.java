package org.claimgraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Graphviz dot: a digraph with every id and label quoted and escaped, coloured like the page. */
final class DotWriter {
    private DotWriter() {}

    static void write(Network net, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("// claimgraph actor network: render with  dot -Tsvg FILE > network.svg  (or sfdp for large ones)\n");
        w.write("digraph claimgraph {\n");
        w.write("  graph [overlap=false, splines=true, outputorder=edgesfirst, fontname=\"Helvetica\"];\n");
        w.write("  node [shape=ellipse, style=filled, fontname=\"Helvetica\", fontcolor=\"#ffffff\", color=\"#ffffff\"];\n");
        w.write("  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.6];\n");
        for (Network.Node n : net.nodes()) {
            w.write("  " + q(n.id()) + " [label=" + q(n.label()) + ", fontsize=" + fmt(6 + n.size() * 0.5)
                    + ", fillcolor=" + q(n.kind().colour()) + ", kind=" + q(n.kind().wire()) + ", iri=" + q(n.iri())
                    + ", claims=" + n.claims() + ", claimsMade=" + n.claimsMade() + ", claimsReceived=" + n.claimsReceived()
                    + ", claimsPublished=" + n.claimsPublished() + ", claimsInvolved=" + n.claimsInvolved() + "];\n");
        }
        for (Network.Edge e : net.edges()) {
            String style = switch (e.kind()) {
                case DENIES, INVOLVES -> "dashed";
                case MEMBER_OF -> "dotted";
                default -> "solid";
            };
            w.write("  " + q(e.source()) + " -> " + q(e.target()) + " [id=" + q(e.id()) + ", kind=" + q(e.kind().wire())
                    + ", label=" + q(e.kind().label() + (e.weight() > 1 ? " ×" + e.weight() : "")) + ", weight=" + e.weight()
                    + ", penwidth=" + fmt(Math.min(6, 0.8 + Math.log(e.weight()) * 1.2)) + ", color=" + q(e.kind().colour())
                    + ", style=" + style + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    private static String fmt(double d) { return String.format(Locale.ROOT, "%.2f", d); }

    /** A dot double-quoted string: backslash and quote escaped, line breaks as \n, controls dropped. */
    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> { if (c >= 0x20) b.append(c); }
            }
        }
        return b.append('"').toString();
    }
}
