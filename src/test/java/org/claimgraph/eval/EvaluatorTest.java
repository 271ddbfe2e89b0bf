package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The scoring rules on a small hand-written graph. */
class EvaluatorTest {
    static final String TRIG = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX id: <https://w3id.org/claimgraph/id/>
            id:graph\\/entities {
              id:actor\\/moallem a cg:Person, cg:Actor ; rdfs:label "Walid al-Moallem" ; skos:altLabel "Moallem" .
              id:actor\\/usa a cg:Country, cg:Actor ; rdfs:label "United States" ; skos:altLabel "Washington" .
              id:actor\\/turkey a cg:Country, cg:Actor ; rdfs:label "Turkey" .
              id:actor\\/zman a cg:Person, cg:Actor ; rdfs:label "zman" .
            }
            id:graph\\/article\\/a1 {
              id:article\\/a1 a cg:Article ; dct:identifier "a1" ; cg:body "…" ;
                 cg:mentions id:actor\\/moallem, id:actor\\/usa, id:actor\\/zman ;
                 cg:hasComment id:c1 .
              id:c1 a cg:Comment ; schema:author "zman" ; cg:text "hi" .
              id:actor\\/moallem cg:alleges id:claim1, id:claim2 .
              id:claim1 a cg:Claim ; cg:reportedIn id:article\\/a1 ; cg:text "Washington uses the so-called coalition to support ISIS" ;
                 cg:target id:actor\\/usa, id:actor\\/turkey .
              id:claim2 a cg:Claim ; cg:reportedIn id:article\\/a1 ; cg:text "Washington uses the so-called coalition again" .
              id:actor\\/usa cg:denies id:claim3 .
              id:claim3 a cg:Claim ; cg:reportedIn id:article\\/a1 ; cg:text "it helps ISIS" ; cg:quote "“it helps ISIS”" .
            }
            """;

    static final String GOLD = """
            {"articles": [{"id": "a1",
              "attributions": [
                {"speaker": "Walid al-Moallem", "aliases": ["Walid al-Moallem", "MOALLEM"], "stance": "alleges",
                 "targets": ["United States"], "anchor": "Washington uses the so-called coalition"},
                {"speaker": "Walid al-Moallem", "aliases": ["Moallem"], "stance": "alleges",
                 "targets": [], "anchor": "Washington uses the so-called coalition"},
                {"speaker": "United States", "aliases": ["US", "Washington"], "stance": "alleges",
                 "targets": [], "anchor": "it helps ISIS"}
              ],
              "actors": [
                {"name": "Walid al-Moallem", "aliases": ["Moallem"]},
                {"name": "United States", "aliases": ["US"]},
                {"name": "Islamic State", "aliases": ["ISIS"]}
              ]}]}
            """;

    static DatasetGraph graph() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(d);
        return d;
    }

    @Test
    void scoresAttributionsOneToOneWithAliasesStanceAndAnchors() throws Exception {
        Gold gold = new com.fasterxml.jackson.databind.ObjectMapper().readValue(GOLD, Gold.class);
        EvalReport r = new Evaluator(true).evaluate(graph(), gold);
        // both Moallem claims match the two Moallem gold entries (case- and punctuation-insensitive aliases);
        // the US denial does not match a gold "alleges"
        assertEquals(new Score(2, 1, 1), r.attributions());
        // targets: United States found, Turkey extra, the denial's no targets
        assertEquals(new Score(1, 1, 0), r.targets());
        // actors: Moallem and US found, Islamic State missed, zman extra (and a commenter)
        assertEquals(new Score(2, 1, 1), r.actors());
        assertEquals(java.util.Map.of("a1", new Score(2, 1, 1)), r.actorsByArticle());
        assertEquals(2.0 / 3, r.lowestArticleActorRecall(), 1e-9);
        assertEquals(1, r.staffMentioned());
        List<String> d = r.details();
        assertEquals(true, d.stream().anyMatch(x -> x.contains("- missed United States denies") || x.contains("- missed United States alleges")), d.toString());
    }

    @Test
    void normalisesNamesAndQuotes() {
        assertEquals("syrias foreign ministry", Evaluator.norm("Syria’s Foreign-Ministry"));
        assertEquals("us", Evaluator.norm("U.S."));
        assertEquals("al moallem", Evaluator.norm("al-Moallem"));
        assertEquals("\"a\" 'b' c", Evaluator.flat("“a”  ‘b’\nc"));
    }

    @Test
    void scoresEventsByTypeAndPlaceAndDatesAtTheGoldsPrecision() throws Exception {
        String trig = """
                PREFIX cg: <https://w3id.org/claimgraph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX id: <https://w3id.org/claimgraph/id/>
                id:graph\\/entities {
                  id:place\\/raqqa a cg:Place ; rdfs:label "Ar-Raqqah" ; skos:altLabel "Raqqa" .
                  id:place\\/sochi a cg:Place ; rdfs:label "Sochi" .
                }
                id:graph\\/article\\/a1 {
                  id:article\\/a1 a cg:Article ; dct:identifier "a1" ; cg:mentions id:e1, id:e2, id:e3 .
                  id:e1 a cg:Event ; cg:eventType cg:Airstrike ; cg:place id:place\\/raqqa ; cg:date "2017-10-12"^^xsd:date .
                  id:e2 a cg:Event ; cg:eventType cg:Meeting ; cg:place id:place\\/sochi ; cg:date "2017-11"^^xsd:gYearMonth .
                  id:e3 a cg:Event ; cg:eventType cg:Battle ; cg:place id:place\\/sochi .
                }
                """;
        String gold = """
                {"articles": [{"id": "a1", "attributions": [], "actors": [], "events": [
                  {"label": "Strikes on Raqqa", "type": "Airstrike", "place": "Raqqa", "date": "2017-10"},
                  {"label": "Talks in Sochi", "type": "Meeting", "place": "Sochi", "date": "2017-11-20"},
                  {"label": "Battle of Raqqa", "type": "Battle", "place": "Raqqa"}
                ]}]}
                """;
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(d);
        EvalReport r = new Evaluator(true).evaluate(d, new com.fasterxml.jackson.databind.ObjectMapper().readValue(gold, Gold.class));
        // the strike (place by its alternative name) and the meeting match; the battle is in the wrong place
        assertEquals(new Score(2, 1, 1), r.events());
        // 2017-10-12 agrees with the gold's 2017-10; 2017-11 is less precise than the gold's day
        assertEquals(1, r.datesRight());
        assertEquals(2, r.datesGold());
        assertEquals(true, r.details().stream().anyMatch(x -> x.contains("- event missed: Battle")), r.details().toString());
    }
}
