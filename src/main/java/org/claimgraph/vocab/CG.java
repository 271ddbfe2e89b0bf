package org.claimgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The claimgraph vocabulary: one constant per term of {@code ontology/claimgraph.ttl}, which it
 * mirrors (a test checks that they agree). Also the other vocabularies the mapper writes.
 */
public final class CG {
    private CG() {}

    public static final String NS = "https://w3id.org/claimgraph/ontology#";
    public static final String ONTOLOGY = "https://w3id.org/claimgraph/ontology";
    /** Base of every resource claimgraph mints. */
    public static final String ID = "https://w3id.org/claimgraph/id/";

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    // classes
    public static final Node Article = term("Article");
    public static final Node Actor = term("Actor");
    public static final Node Person = term("Person");
    public static final Node Organization = term("Organization");
    public static final Node Outlet = term("Outlet");
    public static final Node Country = term("Country");
    public static final Node Group = term("Group");
    public static final Node UnnamedSource = term("UnnamedSource");
    public static final Node Claim = term("Claim");
    public static final Node Event = term("Event");
    public static final Node Place = term("Place");
    public static final Node Region = term("Region");
    public static final Node Comment = term("Comment");
    public static final Node EventTypeScheme = term("EventTypeScheme");

    // article and outlet
    public static final Node publishes = term("publishes");
    public static final Node publishedBy = term("publishedBy");
    public static final Node body = term("body");
    public static final Node translator = term("translator");
    public static final Node cites = term("cites");
    public static final Node mentions = term("mentions");
    public static final Node mentionsInPassing = term("mentionsInPassing");
    public static final Node hasComment = term("hasComment");
    public static final Node replyTo = term("replyTo");
    public static final Node sourceFile = term("sourceFile");
    public static final Node format = term("format");
    public static final Node position = term("position");

    // claims
    public static final Node alleges = term("alleges");
    public static final Node denies = term("denies");
    public static final Node asserts = term("asserts");
    public static final Node speaker = term("speaker");
    public static final Node stance = term("stance");
    public static final Node about = term("about");
    public static final Node target = term("target");
    public static final Node involves = term("involves");
    public static final Node reportedIn = term("reportedIn");
    public static final Node relays = term("relays");
    public static final Node text = term("text");
    public static final Node quote = term("quote");
    public static final Node cue = term("cue");
    public static final Node confidence = term("confidence");
    public static final Node start = term("start");
    public static final Node end = term("end");

    // actors
    public static final Node memberOf = term("memberOf");
    public static final Node role = term("role");

    // events and places
    public static final Node eventType = term("eventType");
    public static final Node place = term("place");
    public static final Node date = term("date");
    public static final Node participant = term("participant");
    public static final Node perpetrator = term("perpetrator");
    public static final Node killed = term("killed");
    public static final Node injured = term("injured");
    public static final Node inRegion = term("inRegion");
    public static final Node country = term("country");

    // event types (skos:Concepts in cg:EventTypes)
    public static final Node EventTypes = term("EventTypes");
    public static final Node Attack = term("Attack");
    public static final Node Airstrike = term("Airstrike");
    public static final Node Shelling = term("Shelling");
    public static final Node Bombing = term("Bombing");
    public static final Node ChemicalAttack = term("ChemicalAttack");
    public static final Node Massacre = term("Massacre");
    public static final Node Battle = term("Battle");
    public static final Node Liberation = term("Liberation");
    public static final Node Retreat = term("Retreat");
    public static final Node Evacuation = term("Evacuation");
    public static final Node Meeting = term("Meeting");
    public static final Node Statement = term("Statement");
    public static final Node Other = term("Other");

    /** The concept for an event type's name (the names of {@code org.claimgraph.model.EventType}). */
    public static Node eventTypeConcept(String name) { return term(name); }

    /** Other vocabularies the mapper writes. */
    public static final class Ext {
        private Ext() {}
        public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
        public static final String OWL = "http://www.w3.org/2002/07/owl#";
        public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
        public static final String DCT = "http://purl.org/dc/terms/";
        public static final String SCHEMA = "https://schema.org/";
        public static final String PROV = "http://www.w3.org/ns/prov#";
        public static final String GEO = "http://www.opengis.net/ont/geosparql#";
        public static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";
        public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

        public static final Node type = NodeFactory.createURI(RDF + "type");
        public static final Node label = NodeFactory.createURI(RDFS + "label");
        public static final Node comment = NodeFactory.createURI(RDFS + "comment");
        public static final Node sameAs = NodeFactory.createURI(OWL + "sameAs");
        public static final Node altLabel = NodeFactory.createURI(SKOS + "altLabel");
        public static final Node title = NodeFactory.createURI(DCT + "title");
        public static final Node issued = NodeFactory.createURI(DCT + "issued");
        public static final Node identifier = NodeFactory.createURI(DCT + "identifier");
        public static final Node url = NodeFactory.createURI(SCHEMA + "url");
        public static final Node author = NodeFactory.createURI(SCHEMA + "author");
        public static final Node name = NodeFactory.createURI(SCHEMA + "name");
        public static final Node hasGeometry = NodeFactory.createURI(GEO + "hasGeometry");
        public static final Node asWKT = NodeFactory.createURI(GEO + "asWKT");
        public static final Node Geometry = NodeFactory.createURI(GEO + "Geometry");
        public static final Node wktLiteral = NodeFactory.createURI(GEO + "wktLiteral");
        public static final Node lat = NodeFactory.createURI(WGS84 + "lat");
        public static final Node lon = NodeFactory.createURI(WGS84 + "long");
    }

    /** Prefixes for output. */
    public static java.util.Map<String, String> prefixes() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("cg", NS);
        m.put("cgid", ID);
        m.put("rdf", Ext.RDF);
        m.put("rdfs", Ext.RDFS);
        m.put("owl", Ext.OWL);
        m.put("skos", Ext.SKOS);
        m.put("dct", Ext.DCT);
        m.put("schema", Ext.SCHEMA);
        m.put("prov", Ext.PROV);
        m.put("geo", Ext.GEO);
        m.put("wgs", Ext.WGS84);
        m.put("xsd", Ext.XSD);
        return m;
    }
}
