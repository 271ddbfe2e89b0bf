package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4, item 8: the seeds in a TDB2 store; one node per real-world actor and place across articles. */
class SeedActorsTest {
    static final String PREFIXES = """
            PREFIX cg: <https://w3id.org/claimgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;

    @TempDir
    static Path dir;
    static Store store;

    @BeforeAll
    static void ingest() { store = TestData.seededStore(dir.resolve("store")); }

    @AfterAll
    static void close() { store.close(); }

    static List<QuerySolution> select(String q) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create(PREFIXES + q, store.dataset())) {
                List<QuerySolution> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) out.add(rs.next());
                return out;
            }
        });
    }

    /** Distinct nodes mentioned by articles whose id matches the regex, labelled or alt-labelled with one of the names. */
    static List<String> mentioned(String articles, String... names) {
        StringBuilder vals = new StringBuilder();
        for (String n : names) vals.append('"').append(n).append("\" ");
        return select("""
                SELECT DISTINCT ?e WHERE {
                  ?a a cg:Article ; dct:identifier ?id ; cg:mentions ?e .
                  FILTER regex(?id, "%s")
                  { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l }
                  VALUES ?l { %s }
                }""".formatted(articles, vals)).stream().map(s -> s.getResource("e").getURI()).toList();
    }

    @Test
    void isisIsilAndDaeshAreOneNodeAcrossTheSeedsLinkedToWikidata() {
        List<String> nodes = mentioned(".", "ISIS", "ISIL", "Daesh", "Islamic State");
        assertEquals(1, nodes.size(), nodes.toString());
        List<QuerySolution> arts = select("SELECT DISTINCT ?a WHERE { ?a cg:mentions <" + nodes.get(0) + "> }");
        assertEquals(5, arts.size(), "every seed mentions the Islamic State");
        assertFalse(select("SELECT * WHERE { <" + nodes.get(0) + "> owl:sameAs <http://www.wikidata.org/entity/Q2429253> }").isEmpty());
        List<QuerySolution> alts = select("SELECT ?l WHERE { <" + nodes.get(0) + "> skos:altLabel ?l }");
        List<String> labels = alts.stream().map(s -> s.getLiteral("l").getString()).toList();
        assertTrue(labels.containsAll(List.of("ISIS", "ISIL", "Daesh")), labels.toString());
    }

    @Test
    void moallemIsOnePersonWithHisRoleAndCountry() {
        List<String> nodes = mentioned("^001", "Moallem", "Walid al-Moallem", "Syrian Foreign Minister Walid al-Moallem");
        assertEquals(1, nodes.size(), nodes.toString());
        String m = nodes.get(0);
        assertFalse(select("SELECT * WHERE { <" + m + "> a cg:Person ; cg:role \"Foreign Minister\" ; cg:memberOf ?c . ?c rdfs:label \"Syria\" }").isEmpty());
    }

    @Test
    void theSyrianForeignMinistryIsOneNodeAcross001And004() {
        List<String> in001 = mentioned("^001", "Syria’s Foreign Ministry", "Syrian Foreign Ministry");
        List<String> in004 = mentioned("^004", "Syrian Foreign and Expatriates Ministry", "Syrian Foreign Ministry");
        assertEquals(1, in001.size(), in001.toString());
        assertEquals(in001, in004);
    }

    @Test
    void samerHusseinIsNeverAnActor() {
        List<QuerySolution> nodes = select("SELECT DISTINCT ?p WHERE { ?p rdfs:label ?l FILTER(lcase(str(?l)) = \"samer hussein\") }");
        assertEquals(1, nodes.size(), "one node for the translator: " + nodes);
        String p = nodes.get(0).getResource("p").getURI();
        List<QuerySolution> arts = select("SELECT DISTINCT ?id WHERE { ?a dct:identifier ?id ; ?rel <" + p + "> } ORDER BY ?id");
        assertEquals(List.of("002_657d4da5822060ae", "004_03481cbb225c8e26"),
                arts.stream().map(x -> x.getLiteral("id").getString()).toList(), "both bylines point at the same person");
        assertFalse(select("SELECT * WHERE { <" + p + "> a cg:Person }").isEmpty());
        assertTrue(select("SELECT * WHERE { ?a cg:mentions ?p . ?p rdfs:label ?l FILTER(lcase(str(?l)) = \"samer hussein\") }").isEmpty(),
                "staff are not mentioned as actors");
        assertTrue(select("SELECT * WHERE { ?p a cg:Actor ; rdfs:label ?l FILTER(lcase(str(?l)) = \"samer hussein\") }").isEmpty(),
                "staff are not actors");
    }

    @Test
    void placesLinkToGeoNamesWithRegionAndCountry() {
        // place label or alias → GeoNames id of the place, of its region, and the country's label
        assertPlace("Raqqa", "https://sws.geonames.org/172955/", "https://sws.geonames.org/172957/", "Syria");
        assertPlace("Deir ez-Zor", "https://sws.geonames.org/170794/", "https://sws.geonames.org/170792/", "Syria");
        assertPlace("Abu Kamal", "https://sws.geonames.org/174448/", "https://sws.geonames.org/170792/", "Syria");
        assertPlace("Sochi", "https://sws.geonames.org/491422/", null, "Russia");
        // al-Tanf: no verified GeoNames id, so no sameAs; coordinates and country all the same
        List<QuerySolution> tanf = select("""
                SELECT ?p ?lat ?c WHERE { ?a cg:mentions ?p . ?p a cg:Place ; skos:altLabel "al-Tanf" ;
                  <http://www.w3.org/2003/01/geo/wgs84_pos#lat> ?lat ; cg:country ?cn . ?cn rdfs:label ?c }""");
        assertEquals(1, tanf.size(), tanf.toString());
        assertEquals("Syria", tanf.get(0).getLiteral("c").getString());
        assertTrue(select("SELECT * WHERE { <" + tanf.get(0).getResource("p").getURI() + "> owl:sameAs ?x }").isEmpty());
        // spelling variants resolve to one place
        assertEquals(1, mentioned(".", "Deir ez-Zor", "Deir Ezzor", "Deir Ez Zour").size());
    }

    static void assertPlace(String name, String geonames, String regionGeonames, String country) {
        List<QuerySolution> r = select("""
                SELECT DISTINCT ?p ?c WHERE { ?a cg:mentions ?p . ?p a cg:Place ; owl:sameAs <%s> ; cg:country ?cn .
                  ?cn rdfs:label ?c . { ?p rdfs:label "%s" } UNION { ?p skos:altLabel "%s" } }""".formatted(geonames, name, name));
        assertEquals(1, r.size(), name + ": " + r);
        assertEquals(country, r.get(0).getLiteral("c").getString());
        String p = r.get(0).getResource("p").getURI();
        if (regionGeonames != null) {
            assertFalse(select("SELECT * WHERE { <" + p + "> cg:inRegion ?r . ?r owl:sameAs <" + regionGeonames + "> ; cg:country ?c }").isEmpty(),
                    name + " lies in the region " + regionGeonames + " which lies in its country");
        } else {
            assertFalse(select("SELECT * WHERE { <" + p + "> cg:inRegion ?r }").isEmpty(), name + " has a region");
        }
    }
}
