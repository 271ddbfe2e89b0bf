package org.claimgraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** GraphML and GEXF 1.3, written with StAX so that every label is escaped. */
final class XmlWriters {
    private XmlWriters() {}

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String GEXF_NS = "http://gexf.net/1.3";
    static final String VIZ_NS = "http://gexf.net/1.3/viz";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    /** A node or edge attribute: its key, type (string, int, double) and value. */
    private static final Network.Node SAMPLE_NODE = new Network.Node("x", "x", "x", Network.Kind.ACTOR, 0, 0, 0);
    private static final Network.Edge SAMPLE_EDGE = new Network.Edge("x", "x", Network.EdgeKind.ACCUSES, 1);

    static void graphml(Network net, OutputStream out) throws IOException {
        try {
            Xml x = new Xml(out);
            x.w.writeStartElement("graphml");
            x.w.writeDefaultNamespace(GRAPHML_NS);
            x.w.writeNamespace("xsi", XSI_NS);
            x.w.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Attr a : Attr.ofNode(SAMPLE_NODE)) x.empty(1, "key", "id", "n_" + a.key(), "for", "node", "attr.name", a.key(), "attr.type", a.type());
            for (Attr a : Attr.ofEdge(SAMPLE_EDGE)) x.empty(1, "key", "id", "e_" + a.key(), "for", "edge", "attr.name", a.key(), "attr.type", a.type());
            x.start(1, "graph", "id", "claimgraph", "edgedefault", "directed");
            for (Network.Node n : net.nodes()) {
                x.start(2, "node", "id", n.id());
                for (Attr a : Attr.ofNode(n)) x.text(3, "data", a.value(), "key", "n_" + a.key());
                x.end(2);
            }
            for (Network.Edge e : net.edges()) {
                x.start(2, "edge", "id", e.id(), "source", e.source(), "target", e.target());
                for (Attr a : Attr.ofEdge(e)) x.text(3, "data", a.value(), "key", "e_" + a.key());
                x.end(2);
            }
            x.end(1);
            x.end(0);
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    static void gexf(Network net, OutputStream out) throws IOException {
        try {
            Xml x = new Xml(out);
            x.w.writeStartElement("gexf");
            x.w.writeDefaultNamespace(GEXF_NS);
            x.w.writeNamespace("viz", VIZ_NS);
            x.w.writeNamespace("xsi", XSI_NS);
            x.w.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " http://gexf.net/1.3/gexf.xsd");
            x.w.writeAttribute("version", "1.3");
            x.start(1, "meta");
            x.text(2, "creator", "claimgraph");
            x.text(2, "description", "Actor network: who accuses or denies whom, whom their claims mention, who belongs to whom, which outlets publish and cite whom.");
            x.end(1);
            x.start(1, "graph", "defaultedgetype", "directed", "mode", "static");
            x.start(2, "attributes", "class", "node", "mode", "static");
            for (Attr a : Attr.ofNode(SAMPLE_NODE)) {
                if (!a.key().equals("label")) x.empty(3, "attribute", "id", a.key(), "title", a.key(), "type", a.type().equals("int") ? "integer" : a.type());
            }
            x.end(2);
            x.start(2, "attributes", "class", "edge", "mode", "static");
            x.empty(3, "attribute", "id", "kind", "title", "kind", "type", "string");
            x.end(2);
            x.start(2, "nodes", "count", Integer.toString(net.nodes().size()));
            for (Network.Node n : net.nodes()) {
                x.start(3, "node", "id", n.id(), "label", n.label());
                x.start(4, "attvalues");
                for (Attr a : Attr.ofNode(n)) if (!a.key().equals("label")) x.empty(5, "attvalue", "for", a.key(), "value", a.value());
                x.end(4);
                String c = n.kind().colour();
                x.indent(4);
                x.w.writeEmptyElement("viz", "color", VIZ_NS);
                x.w.writeAttribute("r", Integer.toString(Integer.parseInt(c.substring(1, 3), 16)));
                x.w.writeAttribute("g", Integer.toString(Integer.parseInt(c.substring(3, 5), 16)));
                x.w.writeAttribute("b", Integer.toString(Integer.parseInt(c.substring(5, 7), 16)));
                x.indent(4);
                x.w.writeEmptyElement("viz", "size", VIZ_NS);
                x.w.writeAttribute("value", Double.toString(n.size()));
                x.end(3);
            }
            x.end(2);
            x.start(2, "edges", "count", Integer.toString(net.edges().size()));
            for (Network.Edge e : net.edges()) {
                // GEXF's own "kind" keeps parallel edges of different kinds apart in Gephi.
                x.start(3, "edge", "id", e.id(), "source", e.source(), "target", e.target(),
                        "kind", e.kind().wire(), "label", e.kind().label(), "weight", Integer.toString(e.weight()));
                x.start(4, "attvalues");
                x.empty(5, "attvalue", "for", "kind", "value", e.kind().wire());
                x.end(4);
                x.end(3);
            }
            x.end(2);
            x.end(1);
            x.end(0);
            x.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    /** A thin StAX helper: indentation, attribute pairs, and text stripped of characters XML 1.0 forbids. */
    private static final class Xml {
        final XMLStreamWriter w;

        Xml(OutputStream out) throws XMLStreamException {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
        }

        void indent(int depth) throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }

        void attrs(String... kv) throws XMLStreamException {
            for (int i = 0; i < kv.length; i += 2) w.writeAttribute(kv[i], clean(kv[i + 1]));
        }

        void start(int depth, String name, String... kv) throws XMLStreamException {
            indent(depth);
            w.writeStartElement(name);
            attrs(kv);
        }

        void empty(int depth, String name, String... kv) throws XMLStreamException {
            indent(depth);
            w.writeEmptyElement(name);
            attrs(kv);
        }

        void text(int depth, String name, String text, String... kv) throws XMLStreamException {
            start(depth, name, kv);
            w.writeCharacters(clean(text));
            w.writeEndElement();
        }

        void end(int depth) throws XMLStreamException {
            indent(depth);
            w.writeEndElement();
        }

        void finish() throws XMLStreamException {
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        }
    }

    /** Drops the characters XML 1.0 cannot carry (controls other than tab, newline, return; lone surrogates). */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (ok) b.appendCodePoint(c);
        }
        return b.toString();
    }
}
