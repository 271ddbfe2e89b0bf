package org.claimgraph.annotate;

import static org.claimgraph.annotate.ClaimsTestSupport.annotate;
import static org.claimgraph.annotate.ClaimsTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Stance;
import org.junit.jupiter.api.Test;

/** Readings a review found wrong: each rule narrowed to the case it was made for. */
class AttributionReviewTest {
    static Attribution only(Article a) {
        assertEquals(1, a.attributions().size(), show(a));
        return a.attributions().get(0);
    }

    static String speaker(Article a, Attribution c) { return a.entity(c.speaker()).label(); }

    /** No claim of the text has this cue word and (when not null) a speaker whose label contains this. */
    static void noClaim(String text, String cue, String speakerPart) {
        Article a = annotate(text);
        for (Attribution c : a.attributions())
            assertFalse(a.text(c.cue()).equals(cue) && (speakerPart == null || speaker(a, c).contains(speakerPart)), text + "\n" + show(a));
    }

    static Entity entity(Article a, String label) {
        for (Entity e : a.entities()) if (e.label().equals(label)) return e;
        return null;
    }

    @Test
    void anAdverbAfterBeInARelativeClauseLeavesTheCueActive() {
        // "who were there said": "there" ends the relative clause; "said" is the main verb, not a passive participle
        Article a = annotate("Witnesses who were there said the soldiers opened fire without warning.");
        Attribution c = only(a);
        assertEquals("Witnesses", speaker(a, c), show(a));
        assertEquals(Stance.ALLEGES, c.stance());
        Article b = annotate("People who were outside told the BBC that the soldiers opened fire.");
        assertEquals(1, b.attributions().size(), show(b));
        // still passive: "they were not told", "he was never shown"
        assertTrue(annotate("The families were not told that the convoy had been hit.").attributions().isEmpty());
    }

    @Test
    void notBelievingAPredictionOrAFactIsNoDenial() {
        String[] none = {
            "“I don't believe the review will be finished before the election,” Finance Minister Ana Vos said.",
            "“We do not believe the evidence will be available until next year,” the ministry said.",
            "“I do not believe these reports will change anything,” Ana Vos said.",
            "“They did not believe the story at first, but it was true,” Ivan Petrov said.",
            "The ministry said the storm had left the islands with no links to the mainland.",
            "Officials said the new law leaves no roles for foreign observers.",
        };
        for (String s : none) {
            Article a = annotate(s);
            for (Attribution c : a.attributions()) assertNotEquals(Stance.DENIES, c.stance(), s + "\n" + show(a));
        }
        // the denials the rule was made for still deny
        String[] deny = {
            "“I don't believe these reports,” the minister said.",
            "“We do not believe the allegations,” the ministry said.",
            "The Interior Ministry said it had no link to the attackers.",
            "The Interior Ministry said the men had no links to any armed group.",
        };
        for (String s : deny) {
            Article a = annotate(s);
            assertTrue(a.attributions().stream().anyMatch(c -> c.stance() == Stance.DENIES), s + "\n" + show(a));
        }
    }

    @Test
    void aContinuingSpeakerDoesNotTakeAQuoteThatHasOne() {
        Article a = annotate("“The plan is dead,” Mara Sten said, and Ivan Petrov continued the attack on the minister.");
        for (Attribution c : a.attributions())
            assertFalse(speaker(a, c).equals("Ivan Petrov") && a.text(c.content()).contains("The plan is dead"), show(a));
        // the case it was made for: a speaker continuing after a quote of his own
        Article b = annotate("“We will rebuild the bridge,” Mayor John Hale continued, pointing to the river.");
        assertTrue(b.attributions().stream().anyMatch(c -> b.text(c.content()).contains("We will rebuild the bridge")), show(b));
    }

    @Test
    void aWeekdayOrMonthIsNoDocumentsAuthor() {
        for (String s : new String[] {"A Monday statement said the talks had failed.", "A Tuesday statement said the talks had failed.",
                "A January report found the river was polluted."}) {
            Article a = annotate(s);
            for (Attribution c : a.attributions()) {
                String sp = speaker(a, c);
                assertFalse(sp.equals("Monday") || sp.equals("Tuesday") || sp.equals("January"), s + "\n" + show(a));
            }
        }
    }

    @Test
    void aLoneCapitalisedWordIsNoPersonWithoutAGivenName() {
        Article a = annotate("The march was organised by Extinction Rebellion.\n\nRebellion said the police had used force.");
        Entity er = entity(a, "Extinction Rebellion");
        assertTrue(er == null || er.type() != EntityType.PERSON, show(a));
        Article b = annotate("The head of the Mersey Care trust spoke.\n\nCare said the ward would reopen.");
        Entity mc = entity(b, "Mersey Care");
        assertTrue(mc == null || mc.type() != EntityType.PERSON, show(b));
    }

    @Test
    void toAfterACueReportsOnlyWhenItsListenerEndsTheNounPhrase() {
        Article a = annotate("Senator Mark Pell added to the media frenzy by posting a photo of the ballot.");
        for (Attribution c : a.attributions()) assertFalse(a.text(c.content()).startsWith("to the media frenzy"), show(a));
        Article b = annotate("Kyiv appealed to NATO to close the skies over the city.");
        assertTrue(b.attributions().isEmpty(), show(b));
        for (String cue : new String[] {"explained", "stated"}) {
            Article d = annotate("Mayor John Hale " + cue + " to reporters the bridge would reopen in May.");
            for (Attribution c : d.attributions()) assertFalse(d.text(c.content()).startsWith("to reporters"), show(d));
        }
    }

    @Test
    void anIssuedDocumentSpeaksOnlyThroughTheSameNounAndOnlyWhenItsIssuerWroteIt() {
        // "X issued a statement": a later "the letter/report/complaint says" is no word of X's
        String[][] none = {
            {"Dorn Industries issued a statement on Monday.\n\nFederal investigators sent a letter to the company in March. The letter says the brakes could fail.", "Dorn Industries"},
            {"Dorn Industries issued a statement on Monday expressing sympathy for the families.\n\nThe crash killed 12 people. Investigators are still examining the wreckage. The report says the brakes failed.", "Dorn Industries"},
            {"Kessa Police released a statement on Saturday.\n\nAda Lin, a lawyer for the family, called it a cover-up. The family's lawyers have filed a complaint. The complaint says officers beat Tom Reyes.", "Kessa Police"},
            {"Dorn Industries released a report on Monday.\n\nAuditors hired by the board found irregularities. In their report, they said cash was missing. The report says Ada Lin approved the payments.", "Dorn Industries"},
            // a second document of the same noun by someone else: "the statement" may be that one
            {"Dorn Industries issued a statement on Monday.\n\nThe pilots' union sent a statement to reporters on Tuesday. The statement says the brakes failed.", "Dorn Industries"},
            // a newspaper publishes other people's letters: the letter's writer, not the paper, says what it says
            {"The Kessa Herald published a letter from Tom Reyes on Sunday.\n\nThe letter says the mayor should resign.", "Kessa Herald"},
            {"The Kessa Herald published a letter from a reader last week.\n\nThe letter says the mayor lied about the budget.", "Kessa Herald"},
        };
        for (String[] x : none) noClaim(x[0], "says", x[1]);
        // still: the same document noun, issued by one body
        Article b = annotate("Amnesty International published a report on Tuesday.\n\nThe report says guards beat detainees in the prison.");
        assertEquals("Amnesty International", speaker(b, only(b)), show(b));
        // still: a later body's document of another noun is that body's
        Article d = annotate("Dorn Industries issued a statement on Monday.\n\nLater that day, the Kessa Fire Authority released a report on the fire. "
                + "The report says workers at the plant had disabled the alarms.");
        assertTrue(d.attributions().stream().anyMatch(c -> d.text(c.cue()).equals("says") && speaker(d, c).equals("Kessa Fire Authority")), show(d));
    }

    @Test
    void aNameBeforeADocumentOfAccusationIsTheAccusedNotTheAuthor() {
        // "the Dorn Industries indictment/complaint": the name is the defendant's, not the writer's
        String[] none = {
            "Dorn Industries denies the charges. The Dorn Industries indictment says executives hid $40 million from regulators.",
            "Dorn Industries denies the charges. The Dorn Industries complaint says the firm misled investors, according to the SEC.",
            // another author named in the sentence
            "Dorn Industries denies the charges. The Dorn Industries report says the firm misled investors, according to the SEC.",
        };
        for (String s : none) noClaim(s, "says", "Dorn Industries");
        // still: a body's own statement or report
        Article b = annotate("The Harbor Police Agency arrested ten men.\n\nA Harbor Police Agency report said the men had laundered money.");
        assertEquals("Harbor Police Agency", speaker(b, only(b)), show(b));
    }

    @Test
    void aClauseBeforeAColonSpeakerThatOpensWithAnAdverbialIsStillAClaim() {
        // a content clause may begin with a preposition or subordinator: its own finite verb makes it a claim
        String[][] claims = {
            {"If the talks fail, there will be strikes across the country, Ada Lin warned: “We are ready.”", "If the talks fail"},
            {"In the end this is about money, Ada Lin said: “They want our port.”", "In the end this is about money"},
            {"For now, the port remains closed to all ships, Ada Lin said: “We cannot risk another spill.”", "For now, the port remains"},
            {"Despite the ban, trade with Nordvik has continued, the minister admitted: “We need their gas.”", "Despite the ban"},
            {"With or without the deal, the union will strike on Monday, Tom Reyes said: “Our members have voted.”", "With or without"},
            {"On Monday the minister resigned, Ada Lin said: “He had no choice.”", "On Monday the minister resigned"},
        };
        for (String[] x : claims) {
            Article a = annotate(x[0]);
            assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).startsWith(x[1])), x[0] + "\n" + show(a));
        }
        // still no claim: an adverbial with no finite verb of its own, or a subordinate clause alone
        String[] quoteOnly = {
            "Asked about the deal, Ada Lin said: “It is dead.”",
            "After he met the leaders in the capital, Ada Lin said: “It is dead.”",
        };
        for (String s : quoteOnly) {
            Article a = annotate(s);
            assertTrue(a.text(only(a).content()).startsWith("“It is dead"), s + "\n" + show(a));
        }
    }

    @Test
    void aSourceNounBeforeAPluralNounWithAnObjectRelativeClauseIsNoCue() {
        // "the police reports that officers filed … were": a compound noun whose relative clause has its own subject
        String[] none = {
            "The port was shut. The police reports that officers filed after the raid were never released.",
            "The port was shut. The police reports that the newspaper obtained show three officers fired their weapons.",
            "The port was shut. The ministry reports that Reuters reviewed show a rise in arrests.",
            "The port was shut. The committee reports that the minister ignored were later published in full.",
            "The port was shut. The commission reports that the inquiry cited were written by Ada Lin.",
        };
        for (String s : none) noClaim(s, "reports", null);
        // still: a content clause after a singular source
        Article b = annotate("The port was shut. The ministry notes that the port will reopen next week.");
        assertEquals("the port will reopen next week.", b.text(only(b).content()), show(b));
        Article d = annotate("The port was shut. The agency notes that officials say the port is closed to all ships.");
        assertTrue(d.attributions().stream().anyMatch(c -> d.text(c.cue()).equals("notes")), show(d));
    }

    @Test
    void aServiceSpeaksOnlyWhenAModifierMakesItAPublicBody() {
        // "the service charged them": a product or a business, not a body that speaks or accuses
        String[] none = {
            "Customers complained that the service charged them twice, Ada Lin said.",
            "The streaming service says it will raise prices in May.",
        };
        for (String s : none) {
            Article a = annotate(s);
            for (Attribution c : a.attributions()) assertFalse(speaker(a, c).toLowerCase().contains("service"), s + "\n" + show(a));
        }
        // still: a public body
        Article b = annotate("Train derails near Ostby\n\n09:30 – The regional ambulance service says four people were hurt.");
        assertEquals("The regional ambulance service", speaker(b, only(b)), show(b));
    }

    @Test
    void anInvertedCueAfterAQuotedTitleInsideASentenceIsNoQuotation() {
        // a quoted title mid-sentence ("Her album “Harbour Lights,” notes X, sold …") is no quotation X speaks
        noClaim("Ada Lin sings. Her debut album “Harbour Lights,” notes Tom Reyes, sold a million copies.", "notes", null);
        // still: a quotation that opens the sentence, also one of several sentences, or one after a colon
        for (String s : new String[]{"Sales fell. “The market is weak,” notes Tom Reyes.",
                "Sales fell. “Prices rose. The market is weak,” notes Tom Reyes.",
                "Sales fell: “The market is weak,” notes Tom Reyes."}) {
            Article b = annotate(s);
            assertTrue(b.attributions().stream().anyMatch(c -> b.text(c.cue()).equals("notes") && speaker(b, c).equals("Tom Reyes")), s + "\n" + show(b));
        }
    }
}
