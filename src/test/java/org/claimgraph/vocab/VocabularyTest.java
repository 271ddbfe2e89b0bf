package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.claimgraph.TestData;
import org.claimgraph.model.EventType;
import org.junit.jupiter.api.Test;

/** The Java vocabulary mirrors ontology/claimgraph.ttl, and the ontology keeps its contract. */
class VocabularyTest {
    private static final Graph ONTO = RDFDataMgr.loadGraph(TestData.projectDir().resolve("ontology/claimgraph.ttl").toString());

    private static Set<String> ontologyTerms() {
        Set<String> s = new TreeSet<>();
        ONTO.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(CG.NS)) s.add(t.getSubject().getURI().substring(CG.NS.length()));
        });
        return s;
    }

    private static Set<String> javaTerms() throws IllegalAccessException {
        Set<String> s = new TreeSet<>();
        for (Field f : CG.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                assertEquals(CG.NS + f.getName(), n.getURI(), "constant " + f.getName() + " names its own term");
                s.add(f.getName());
            }
        }
        return s;
    }

    @Test
    void javaConstantsMirrorTheOntologyFile() throws Exception {
        assertEquals(ontologyTerms(), javaTerms());
    }

    @Test
    void everyTermHasLabelAndComment() {
        Node label = CG.Ext.label, comment = CG.Ext.comment;
        for (String t : ontologyTerms()) {
            Node n = NodeFactory.createURI(CG.NS + t);
            assertTrue(ONTO.contains(n, label, Node.ANY), t + " has rdfs:label");
            assertTrue(ONTO.contains(n, comment, Node.ANY), t + " has rdfs:comment");
        }
    }

    @Test
    void contractTermsArePresent() {
        Set<String> terms = ontologyTerms();
        for (String t : List.of("Article", "Outlet", "Actor", "Person", "Organization", "Country", "Claim", "Event", "Place",
                "Comment", "UnnamedSource", "publishes", "alleges", "denies", "about", "target", "reportedIn", "relays",
                "text", "quote", "cue", "confidence", "start", "end", "body", "translator", "cites", "mentions",
                "hasComment", "memberOf", "role", "eventType", "place", "date", "participant", "perpetrator", "killed",
                "injured", "replyTo", "inRegion", "asserts")) {
            assertTrue(terms.contains(t), "contract term cg:" + t);
        }
        Node sub = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subClassOf");
        assertTrue(ONTO.contains(CG.Outlet, sub, CG.Organization));
        assertTrue(ONTO.contains(CG.UnnamedSource, sub, CG.Actor));
        for (Node n : List.of(CG.Person, CG.Organization, CG.Country)) assertTrue(ONTO.contains(n, sub, CG.Actor));
        assertTrue(ONTO.contains(CG.perpetrator, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subPropertyOf"), CG.participant));
    }

    @Test
    void everyEventTypeIsAConceptInTheScheme() {
        Node inScheme = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#inScheme");
        for (EventType t : EventType.values()) {
            assertTrue(ONTO.contains(CG.eventTypeConcept(t.name()), inScheme, CG.EventTypes), t + " in cg:EventTypes");
        }
        assertFalse(ONTO.isEmpty());
    }
}
