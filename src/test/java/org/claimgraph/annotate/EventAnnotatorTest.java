package org.claimgraph.annotate;

import static org.claimgraph.annotate.ClaimsTestSupport.annotate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.Event;
import org.claimgraph.model.EventType;
import org.claimgraph.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EventAnnotatorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Yesterday, the town was shelled.|2017-11-12|2017-11-11",
            "On Wednesday, the minister met his counterpart.|2017-11-16|2017-11-15",
            "Last week, units liberated the town.|2017-11-14|2017-11",
            "In the late October, the SDF claimed victory.|2017-11-14|2017-10",
            "The source said that on August 26, a helicopter landed.|2017-11-14|2017-08-26",
            "Commanders were airlifted out in August of this year.|2017-11-14|2017-08",
            "The strike on 26 December killed five.|2018-01-05|2017-12-26",
            "The town fell in 2015.|2017-11-14|2015",
            "The talks of Oct. 3, 2016 failed.||2016-10-03",
            "The minister said Tuesday the town was shelled.|2017-11-16|2017-11-14",
            "A summit is planned for next month.|2017-11-16|2017-12",
            "Talks will resume next Friday.|2017-11-17|2017-11-24",
            "The vote is due tomorrow.|2017-12-31|2018-01-01",
            "Ministers met in Osterby on Good Friday, on Tuesday.|2025-03-05|2025-03-04",
    })
    void datesResolveAgainstPublicationAtTheTextsPrecision(String text, String published, String expected) {
        List<DateResolver.Found> f = DateResolver.find(text, published == null ? null : PartialDate.parse(published));
        assertEquals(1, f.size(), f.toString());
        assertEquals(expected, f.get(0).date().lexical());
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertTrue(DateResolver.find("Yesterday, on Wednesday, last week, in late October.", null).isEmpty());
    }

    @Test
    void massacreWithPlaceDateCountsAndPerpetratorLinkedToTheClaim() {
        Article a = annotate("Activists said that yesterday at least 10 civilians were killed and 7 injured in a new massacre "
                + "by the US-led coalition in Raqqa.", "2017-11-12");
        assertEquals(1, a.events().size(), a.events().toString());
        Event e = a.events().get(0);
        assertEquals(EventType.Massacre, e.type());
        assertEquals("2017-11-11", e.date().lexical());
        assertEquals(10, e.killed());
        assertEquals(7, e.injured());
        assertEquals(List.of("us-led-coalition"), e.perpetrators());
        assertTrue(e.place() != null && a.entity(e.place()).label().contains("Raqq"), e.toString());
        assertEquals("massacre/" + e.place() + "/2017-11", e.key());
        assertEquals(List.of(e.key()), a.attributions().get(0).events());
    }

    @Test
    void sameTypePlaceAndMonthGiveOneKeyAcrossArticles() {
        Article a = annotate("Syrian troops liberated Abu Kamal on November 9.", "2017-11-14");
        Article b = annotate("Last week the army liberated Abu Kamal.", "2017-11-14");
        assertEquals(EventType.Liberation, a.events().get(0).type());
        assertEquals(a.events().get(0).key(), b.events().get(0).key());
    }

    @Test
    void noPlaceNoEventAndReportingCuesAreNotEvents() {
        Article a = annotate("Moallem blasted the coalition for its strikes.", "2017-11-14");
        assertTrue(a.events().isEmpty(), a.events().toString());
        Article b = annotate("The meeting in Sochi was held.", null);
        assertEquals(EventType.Meeting, b.events().get(0).type());
        assertNull(b.events().get(0).date());
    }

    @Test
    void aVillageNoGazetteerKnowsRightAfterTheTriggerIsTheEventsPlace() {
        Article a = annotate("Activists said the shelling of Kafr Varo in Idlib province killed three people.", "2019-05-02");
        Event e = a.events().stream().filter(x -> x.type() == EventType.Shelling).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("Kafr Varo", a.entity(e.place()).label());
        assertEquals(org.claimgraph.model.EntityType.PLACE, a.entity(e.place()).type());
        assertEquals(3, e.killed());
        // "on Monday" is a date, not a place
        Article b = annotate("Witnesses said an air strike on Monday hit the market.", "2019-05-02");
        assertTrue(b.events().isEmpty(), b.events().toString());
    }

    @Test
    void aVillageTheSentencePlacesByABearingOrAsASettlementIsTheEventsPlace() {
        for (String where : java.util.List.of("in al-Tawila, south of the city of Hama", "in al-Rashidiya, north of Hama", "near Tal Marzouk, a village outside Hama")) {
            Article a = annotate("Activists said the air strike hit a crowded street " + where + ", killing four people.", "2019-05-02");
            Event e = a.events().stream().filter(x -> x.type() == EventType.Airstrike).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
            assertEquals(where.substring(where.indexOf(' ') + 1, where.indexOf(',')), a.entity(e.place()).label(), where);
        }
        // a placed village before the trigger is where the speakers are, not where the strike fell
        Article b = annotate("Residents in Kafr Tawil, north of Hama, said jets struck Aleppo on Monday.", "2019-05-02");
        assertTrue(b.events().stream().noneMatch(e -> e.place() != null && b.entity(e.place()) != null && b.entity(e.place()).label().equals("Kafr Tawil")), b.events().toString());
    }

    @Test
    void aSettlementNamedAfterTheTriggerIsTheEventsPlaceNotTheDateline() {
        for (String where : java.util.List.of("a crowded market in the town of Um Varesh in North Kordofan state", "the Red Sea port of Ras al-Dirra in western Yemen")) {
            Article a = annotate("SANAA Yemen (Reuters) - An air strike hit " + where + " on Sunday killing 19 people, the health ministry said.", "2024-05-06");
            Event e = a.events().stream().filter(x -> x.type() == EventType.Airstrike).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
            assertEquals(where.contains("Varesh") ? "Um Varesh" : "Ras al-Dirra", a.entity(e.place()).label(), where);
        }
    }

    @Test
    void speechesTalksAndSanctionsAreEventsOfTheirArticleWithoutAPlace() {
        Article a = annotate("In a speech to parliament, the prime minister said the sanctions had failed.", "2019-05-02");
        assertTrue(a.events().stream().anyMatch(e -> e.type() == EventType.Statement && e.place() == null), a.events().toString());
        Event s = a.events().stream().filter(e -> e.type() == EventType.Other).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertTrue(s.key().startsWith("other/article-"), s.key());
        // violent events still need a place
        Article b = annotate("The minister condemned the bombing.", "2019-05-02");
        assertTrue(b.events().isEmpty(), b.events().toString());
    }

    @Test
    void aNameAfterTrialOfIsNoPlaceAndAVillageNamedLikeAMonthIsOne() {
        Article a = annotate("Prosecutors said the trial of Derek Vance opened on Monday.", "2019-05-02");
        assertTrue(a.events().stream().noneMatch(e -> e.place() != null), a.events().toString());
        Article b = annotate("Activists said the shelling of Marzaf killed two people.", "2019-05-02");
        Event e = b.events().stream().filter(x -> x.type() == EventType.Shelling).findFirst().orElseThrow(() -> new AssertionError(b.events().toString()));
        assertEquals("Marzaf", b.entity(e.place()).label());
    }

    @Test
    void aHyphenatedVillageTheTokenizerSplitIsOneName() {
        Article a = annotate("The attack hit an army post in Kessa-Nord, a village near the border, on Sunday, a source said.", "2025-02-11");
        Event e = a.events().stream().filter(x -> x.type() == EventType.Attack).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("Kessa-Nord", a.entity(e.place()).label());
        // a dash between two names with spaces joins nothing
        Article b = annotate("The attack hit an army post in Kessa - Nord, a village near the border, on Sunday.", "2025-02-11");
        assertTrue(b.events().stream().noneMatch(x -> x.place() != null && b.entity(x.place()) != null
                && b.entity(x.place()).label().equals("Kessa-Nord")), b.events().toString());
    }

    @Test
    void aTrialOrProtestTheSentenceDoesNotPlaceHappensAtTheDateline() {
        Article a = annotate("Former mayor goes on trial\n\nVALDORRA, March 3 (Harbour Wire) - The trial of a former mayor opened on Monday, "
                + "prosecutors said.", "2025-03-03");
        Event e = a.events().stream().filter(x -> x.type() == EventType.Other).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("Valdorra", a.entity(e.place()).label());
        assertTrue(e.key().startsWith("other/article-"), e.key());
        // a state's abbreviation after the place ends no dateline
        Article c = annotate("Former mayor goes on trial\n\nVALDORRA, Md. — The trial of a former mayor opened on Monday, prosecutors said.", "2025-03-03");
        assertTrue(c.events().stream().anyMatch(x -> x.type() == EventType.Other && x.place() != null
                && c.entity(x.place()).label().equals("Valdorra")), c.events().toString());
        // capitals opening an ordinary sentence are no dateline; violent events still need a place of their own
        Article b = annotate("Mayor on trial\n\nNATO, the alliance, said on Monday that the trial had opened and the bombing was condemned.", "2025-03-03");
        assertTrue(b.events().stream().allMatch(x -> x.type() == EventType.Other && x.place() == null), b.events().toString());
    }

    @Test
    void aCountryRightAfterTheTriggerAndToIsTheVisitsPlace() {
        Article a = annotate("The president will make a visit to Chile on Tuesday.", "2025-03-03");
        Event e = a.events().stream().filter(x -> x.type() == EventType.Meeting).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("chile", e.place());
        // "to" further from the trigger leads to a person, not the place of the visit
        Article b = annotate("After the visit the president spoke briefly to Chile's envoy.", "2025-03-03");
        assertTrue(b.events().stream().allMatch(x -> x.place() == null), b.events().toString());
    }

    @Test
    void crashesOutbreaksElectionsAndBriefingsAreEvents() {
        Article a = annotate("Health officials said the cholera outbreak had spread, and the spokesman told a briefing that the referendum would go ahead.", "2025-03-03");
        assertTrue(a.events().stream().filter(x -> x.type() == EventType.Other).count() == 2, a.events().toString());
        assertTrue(a.events().stream().anyMatch(x -> x.type() == EventType.Statement), a.events().toString());
        // promises to investigate or to rule name no happening (neither is a trigger)
        Article b = annotate("The officials said they would investigate and rule on the matter.", "2025-03-03");
        assertTrue(b.events().isEmpty(), b.events().toString());
    }

    @Test
    void chlorineIsAChemicalAttackOnlyAsAWeapon() {
        Article a = annotate("Activists said a chlorine attack on Kafr Varo in Idlib province killed three people.", "2025-03-03");
        assertTrue(a.events().stream().anyMatch(x -> x.type() == EventType.ChemicalAttack), a.events().toString());
        Article b = annotate("A freight train carrying chlorine tanks derailed near Aleppo, officials said.", "2025-03-03");
        assertTrue(b.events().stream().noneMatch(x -> x.type() == EventType.ChemicalAttack), b.events().toString());
    }

    @Test
    void anArticleWithoutAPublicationDateResolvesAgainstItsDatelinesDate() {
        Article a = annotate("Town shelled\n\nOSTREL, March 3, 2025 (Harbour Wire) - Residents fled, activists said.\n\nThey said the shelling of Kafr Varo in Idlib province killed three people yesterday.", null);
        Event e = a.events().stream().filter(x -> x.type() == EventType.Shelling).findFirst().orElseThrow(() -> new AssertionError(a.events().toString()));
        assertEquals("2025-03-02", e.date().lexical());
        // a date after the dateline's dash is no publication date
        Article b = annotate("Town shelled\n\nOSTREL (Harbour Wire) - A truce signed on March 3, 2020 broke down when the shelling of Kafr Varo in Idlib province killed three people yesterday.", null);
        assertTrue(b.events().stream().noneMatch(x -> x.date() != null && x.date().lexical().equals("2020-03-02")), b.events().toString());
    }

    @Test
    void aNamedDayOrATitleIsNoDateNorATuesdayToCome() {
        // a capitalised word beside a bare weekday makes it a name: a holiday, a market day, a newspaper
        assertTrue(DateResolver.find("The Good Friday pact talks in Osterby were recalled by the envoy.", PartialDate.parse("2025-03-04")).isEmpty());
        assertTrue(DateResolver.find("Traders compared the fall to Black Monday in Brennport.", PartialDate.parse("2025-03-04")).isEmpty());
        assertTrue(DateResolver.find("The envoy told the Sunday Courier that the summit had gone well.", PartialDate.parse("2025-03-04")).isEmpty());
        // "Tuesday's" in a sentence about what is to come is not last Tuesday
        assertTrue(DateResolver.find("Envoys will gather ahead of Tuesday's meeting in Osterby.", PartialDate.parse("2025-03-03")).isEmpty());
        assertEquals("2025-03-04", DateResolver.find("Tuesday's meeting in Osterby ended without a deal.", PartialDate.parse("2025-03-05")).get(0).date().lexical());
    }

    @Test
    void aKickerABylineOrALaterParagraphIsNoDatelinePlace() {
        for (String head : new String[]{"UPDATE (adds details) - ", "EXCLUSIVE — ", "ANALYSIS - ", "CORRECTION — ", "HOWEVER, the ministry (which gave no detail) said that ",
                "ELENA KOVAC (Reuters) - ", "VELDHOEK - ", "Q&A (Interview) - "}) {
            Article a = annotate("Ministry speaks\n\n" + head + "The ministry held a news conference on Monday, spokesman Oren Vask said.", "2025-03-04");
            assertTrue(a.events().stream().allMatch(x -> x.place() == null), head + a.events());
        }
        Article b = annotate("Ministry speaks\n\nThe ministry spoke.\n\nNOTICE - this report has detail. The trial of the soldier resumed on Monday, the court said.", "2025-03-04");
        assertTrue(b.events().stream().allMatch(x -> x.place() == null), b.events().toString());
        // a real wire dateline with an agency in brackets still places the statement
        Article c = annotate("Ministry speaks\n\nVELDHOEK (Reuters) - The ministry held a news conference on Monday, spokesman Oren Vask said.", "2025-03-04");
        assertTrue(c.events().stream().anyMatch(x -> x.place() != null && c.entity(x.place()).label().equals("Veldhoek")), c.events().toString());
    }

    @Test
    void theDatelinePlacesOnlyStatementsMeetingsTrialsAndProtestsMadeThere() {
        // sanctions are another happening; a statement by a foreign president was made elsewhere
        Article a = annotate("Sanctions\n\nVELDHOEK, March 3 (Reuters) - The government imposed new sanctions on the oil sector on Tuesday, the treasury said.", "2025-03-04");
        assertTrue(a.events().stream().allMatch(x -> x.place() == null), a.events().toString());
        Article b = annotate("Leader defiant\n\nVELDHOEK, March 3 (Reuters) - Russian President Ivan Dorov said in a televised speech on Tuesday that his side would not yield.", "2025-03-04");
        assertTrue(b.events().stream().allMatch(x -> x.place() == null), b.events().toString());
    }

    @Test
    void newTriggersOnlyInTheirLiteralSense() {
        for (String t : new String[]{"The board approved the election of a new chairman in Lisbon on Monday, the company said.",
                "Police in Lisbon warned of an outbreak of violence after the vote, a spokesman said.",
                "The striker suffered a seizure during training in Lisbon, the club said.",
                "Shares in Lisbon fell amid fears of a market crash, analysts said."}) {
            Article a = annotate(t, "2025-03-04");
            assertTrue(a.events().stream().noneMatch(x -> x.type() == EventType.Other), t + a.events());
        }
        for (String t : new String[]{"A cholera outbreak in Lisbon has spread, officials said.",
                "Voters in Lisbon chose a new mayor in a local election on Sunday, officials said."}) {
            Article a = annotate(t, "2025-03-04");
            assertTrue(a.events().stream().anyMatch(x -> x.type() == EventType.Other), t + a.events());
        }
    }

    @Test
    void toACountryPlacesOnlyVisitsNotDestinations() {
        Article a = annotate("The wounded were evacuated to Germany for treatment, officials said.", "2025-03-04");
        assertTrue(a.events().stream().noneMatch(x -> x.type() == EventType.Evacuation), a.events().toString());
        Article b = annotate("The minister gave an interview to Russia's opposition channel, her office said.", "2025-03-04");
        assertTrue(b.events().stream().allMatch(x -> x.place() == null), b.events().toString());
    }

    @Test
    void chlorineGasIsAChemicalAttack() {
        Article a = annotate("The government denied using chlorine gas in Kafr Varo in Idlib province.", "2025-03-04");
        assertTrue(a.events().stream().anyMatch(x -> x.type() == EventType.ChemicalAttack), a.events().toString());
    }
}
