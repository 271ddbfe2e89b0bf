package org.claimgraph.annotate;

import static org.claimgraph.annotate.ClaimsTestSupport.annotate;
import static org.claimgraph.annotate.ClaimsTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Stance;
import org.junit.jupiter.api.Test;

class AttributionAnnotatorTest {
    /** The article's claims, after checking there are n of them. */
    static java.util.List<Attribution> claims(Article a, int n) {
        assertEquals(n, a.attributions().size(), "\n" + show(a));
        return a.attributions();
    }

    /** Every claim whose content holds one of the fragments has this stance. */
    static void assertStance(Article a, Stance stance, String... fragments) {
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            for (String f : fragments) if (t.contains(f)) assertEquals(stance, c.stance(), t + "\n" + show(a));
        }
    }

    static Attribution only(Article a) {
        assertEquals(1, a.attributions().size(), show(a));
        return a.attributions().get(0);
    }

    @Test
    void theSubjectBeforeItsOwnWhoClauseSpeaksNotAPhraseInsideIt() {
        // "A source who asked not to be named because … the media said": a long "who" clause with a nested clause runs up
        // to the cue; the phrase before "who" speaks, not the last noun phrase of the clause
        Article a = annotate("News roundup\n\nA port spokesman who asked not to be named because he was not cleared to brief the press said two cranes had collapsed.");
        assertTrue(only(a).speaker().contains("spokesman"), show(a));
        Article b = annotate("News roundup\n\nTwo inspectors who spoke on condition of anonymity because they were not allowed to discuss the inquiry publicly said the bridge had cracked.");
        assertTrue(only(b).speaker().contains("inspectors"), show(b));
        // (a stripped run-on whose relative clause ends in its own main verb keeps the subject before the cue: "was
        // arrested" is the main clause's, "police" speaks)
        Article g = annotate("News roundup\n\nA man who stabbed three people at a bus stop in the northern city of Tarvik late on Sunday was arrested police said");
        assertTrue(g.attributions().stream().noneMatch(x -> x.speaker().contains("man")), show(g));
        Article h = annotate("News roundup\n\nTwo guards who were hurt in the riot on Tuesday the ministry said had died");
        assertTrue(h.attributions().stream().noneMatch(x -> x.speaker().contains("guards")), show(h));
        Article c = annotate("News roundup\n\nThe coroner who examined the body of Senator Ray Dunn said the wound was self-inflicted.");
        assertTrue(only(c).speaker().contains("coroner"), show(c));
        // (a head no lexicon names, a people or agent noun, as an unnamed source); must NOT: a name inside the clause
        // speak ("Voters who backed Senator Dunn said …" is not Dunn's claim)
        Article d = annotate("News roundup\n\nVoters who backed Senator Ray Dunn in the primary said they would stay home.");
        assertTrue(only(d).speaker().contains("voters"), show(d));
        // must NOT: an object relative ("the man who police said fled"), whose cue is inside the clause
        Article e = annotate("News roundup\n\nThe man who police said fled the scene was arrested on Friday.");
        assertTrue(e.attributions().stream().noneMatch(x -> x.speaker().contains("man")), show(e));
        // must NOT: a "who" after the sentence's own verb, commas stripped: the subject right before the cue speaks
        Article f = annotate("News roundup\n\nPolice arrested a man who had threatened staff the store manager said");
        assertTrue(f.attributions().stream().anyMatch(x -> x.speaker().contains("manager") && f.text(x.content()).startsWith("Police arrested")), show(f));
    }

    @Test
    void aParticipleAfterAMidSentenceCueQualifiesTheClauseBefore() {
        // ", compared with …" after the cue's comma opens no content clause: the claim is the clause before the speaker
        Article a = annotate("Turnout was 41 percent, the Central Election Commission said, compared with 35 percent in the last vote.");
        assertEquals("Turnout was 41 percent", a.text(only(a).content()), show(a));
        // ", discussing …" after a long adverbial: the quotation before the speaker is the claim
        Article b = annotate("“The convoy carried only food,” Ivan Petrov said in an interview aired Sunday on state television, discussing the raid on the depot.");
        assertTrue(b.text(only(b).content()).startsWith("The convoy carried only food"), show(b));
    }

    @Test
    void everyNamedConjunctOfAJointSubjectSpeaks() {
        // "A, B and C said", "A, B, and C said": each name in the list makes the same statement
        Article a = annotate("Mayor Ann Lee, police chief Tom Ruiz and fire marshal Joe Kim said that the defendants had damaged six shops.");
        assertEquals(3, a.attributions().size(), show(a));
        Article c = annotate("Mayor Ann Lee, police chief Tom Ruiz, and fire marshal Joe Kim told reporters that the plan was sound.");
        assertEquals(3, c.attributions().size(), show(c));
        // each conjunct's claim is the reported clause alone, as the last conjunct's is, with or without "that"
        Article f = annotate("Mayor Ann Lee and police chief Tom Ruiz said the defendants had damaged six shops.");
        assertEquals(2, f.attributions().size(), show(f));
        for (Attribution x : f.attributions()) assertEquals("the defendants had damaged six shops.", f.text(x.content()), show(f));
        // must NOT: a phrase before the list governed by a preposition, nor a clause's object before ", and it"
        Article d = annotate("Unlike Germany, France and Italy said that the treaty should be signed.");
        assertTrue(d.attributions().stream().noneMatch(x -> x.speaker().endsWith("/germany")), show(d));
        Article e = annotate("The Border Service said none of its officers had met the detained men, and it called the report a fabrication.");
        assertTrue(e.attributions().stream().noneMatch(x -> x.speaker().contains("men")), show(e));
    }

    @Test
    void aCourtRulingAndASignalReport() {
        // "ruled that …" (a court's finding, not "ruled out") and "signaled that …" take a content clause
        Article a = annotate("Judge Mary Cole ruled that the dredging contract was void.");
        assertEquals("the dredging contract was void.", a.text(only(a).content()), show(a));
        Article b = annotate("The central bank signaled that interest rates would stay on hold until March.");
        assertEquals(1, b.attributions().size(), show(b));
        // must NOT: "ruled out" an act, a ruler's reign, a referee's signal of a foul
        assertTrue(annotate("Senator Jim Hale ruled out a run for governor.").attributions().isEmpty());
        assertTrue(annotate("King Harald ruled the country for 30 years.").attributions().isEmpty());
        assertTrue(annotate("The referee signaled a penalty in the second half.").attributions().isEmpty());
        // must NOT: a present "signals" of a thing ("it" = the policy), which no speaker reports
        Article g = annotate("The Federal Reserve held its benchmark rate near zero on Wednesday.\n\nLow rates send a warning to households. This could hurt confidence, because it signals that growth will stay weak for years.");
        assertTrue(g.attributions().stream().noneMatch(x -> g.text(x.content()).contains("growth will stay weak")), show(g));
        // must NOT: the noun "rule" before a relative "that"
        assertTrue(annotate("The new zoning rule that bans towers takes effect on Monday.").attributions().isEmpty());
    }

    @Test
    void aFindingSourceReportsWhatItFound() {
        // a study, a document or data that found, showed or revealed something: its author when named, else the document
        // as written (without where it came out), an unnamed source
        Article a = annotate("A recently published study in the Journal of Coastal Medicine found that Harlan Motors dumped waste near the beach.");
        Attribution c = only(a);
        assertTrue(c.speaker().endsWith("/recently-published-study"), show(a));
        assertEquals("Harlan Motors dumped waste near the beach.", a.text(c.content()), show(a));
        // ("as" may open the clause whose subject the finding source is; the journal it came out in does not speak)
        Article g = annotate("The Lancet is read widely. Residents may want to avoid the river as a recent study in The Lancet discovered that Harlan Motors plants leak.");
        assertTrue(only(g).speaker().endsWith("/recent-study"), show(g));
        Article b = annotate("Data from the 12-year study revealed that Harlan Motors had underpaid its workers.");
        assertTrue(only(b).speaker().endsWith("/data-from-the-12-year-study"), show(b));
        Article d = annotate("A report released by Amnesty International found that Harlan Motors had used forced labour.");
        assertEquals("amnesty-international", only(d).speaker(), show(d));
        // "discover" and "uncover" report as "find" does, after an inquiring subject
        Article e = annotate("The inspectors discovered that Harlan Motors had run the reactor without a permit.");
        assertEquals("Harlan Motors had run the reactor without a permit.", e.text(only(e).content()), show(e));
        // must NOT: data, a poll or footage with no author named speaks for no one; a dispatch from a place is the news
        // report's own; a noun after a preposition is no subject; a person or police discovering a thing reports nothing
        assertTrue(annotate("A new poll found that most voters distrust Harlan Motors.").attributions().isEmpty());
        assertTrue(annotate("The report from Kabul indicates that Harlan Motors closed its plant.").attributions().isEmpty());
        Article r = annotate("Harlan Motors raised prices and as a result, people who bought its cars find themselves waking up poorer.");
        assertTrue(r.attributions().stream().noneMatch(x -> x.speaker().contains("result")), show(r));
        assertTrue(annotate("Police discovered the car of the Harlan Motors chief in a ditch.").attributions().isEmpty());
        assertTrue(annotate("Further study revealed that Harlan Motors had paid no tax.").attributions().isEmpty());
        assertTrue(annotate("The study found that Harlan Motors had paid no tax.").attributions().isEmpty());
        Article f = annotate("The study's author found that Harlan Motors had been misquoted.");
        assertTrue(f.attributions().stream().noneMatch(x -> x.speaker().contains("study")), show(f));
    }

    @Test
    void aFindingSourceWithNoAuthorIsReadAsAnySubject() {
        // an inquiry named by the body that held it, with no author after it, speaks by that body as before the
        // finding-source reading ("A coast guard investigation concluded …", "A ministry audit found …")
        Article a = annotate("A police investigation concluded that the guard acted lawfully when he fired at the Harlan Motors gate.");
        assertTrue(only(a).speaker().endsWith("/police"), show(a));
        Article b = annotate("A ministry audit found that the clinic had wasted its grant.");
        assertTrue(only(b).speaker().endsWith("/ministry"), show(b));
        // must NOT: data, a poll or footage with no author still speaks for no one
        assertTrue(annotate("Security camera footage shows the driver leaving the depot at dawn.").attributions().isEmpty());
    }

    @Test
    void aRecordWithNoAuthorReportsAThatClause() {
        // data, estimates, a poll or footage with no author named, determined or modified, speak as written when what
        // they show is a clause opened by "that"
        Article a = annotate("New data showed that unemployment in the valley rose to 7.1 percent in March.");
        assertTrue(only(a).speaker().endsWith("/new-data"), show(a));
        assertEquals("unemployment in the valley rose to 7.1 percent in March.", a.text(only(a).content()), show(a));
        Article b = annotate("Some estimates indicate that 9,000 families have left the valley.");
        assertTrue(only(b).speaker().endsWith("/estimates"), show(b));
        // must NOT: bare "data", a definite "the poll", a record showing a scene or "how" (the article's framing), nor a
        // phrase run in from before a preposition ("4% after data")
        assertTrue(annotate("Data show that Harlan Motors cut its workforce by a third.").attributions().isEmpty());
        assertTrue(annotate("The poll found that most voters distrust Harlan Motors.").attributions().isEmpty());
        assertTrue(annotate("Security camera footage shows the driver leaving the depot at dawn.").attributions().isEmpty());
        assertTrue(annotate("A new poll shows how the scandal could cost Harlan Motors its licence.").attributions().isEmpty());
        Article c = annotate("Harlan Motors shares fell 4% after data showed that its output had dropped.");
        assertTrue(c.attributions().stream().noneMatch(x -> x.speaker().contains("4")), show(c));
    }

    @Test
    void aReportCarriedByAnOutletIsTheOutlets() {
        // "according to a report in X": the outlet carrying the news item speaks
        Article a = annotate("According to a report in the Westbrook Gazette, the mayor hid the budget deficit.");
        assertEquals("westbrook-gazette", only(a).speaker(), show(a));
        assertEquals("the mayor hid the budget deficit.", a.text(only(a).content()), show(a));
        // must NOT: a letter in an outlet is its writer's, not the outlet's; "on Monday" is no outlet
        Article b = annotate("According to a letter in the Westbrook Gazette, the mayor hid the budget deficit.");
        assertTrue(b.attributions().stream().noneMatch(x -> x.speaker().contains("gazette")), show(b));
        assertTrue(annotate("According to a report on Monday, the minister will resign.").attributions().isEmpty());
    }

    @Test
    void aDocumentNamedAfterABodySpeaksForIt() {
        // an acronym or a body's name before the document noun, after a year or an adjective, is the author
        Article a = annotate("A 2014 FEMA report revealed that the levees had not been inspected.");
        assertTrue(show(a).startsWith("Federal Emergency Management Agency ALLEGES"), show(a));
        Article c = annotate("A new NWRB study found that the reservoir had lost a third of its water.");
        assertTrue(show(c).startsWith("NWRB ALLEGES"), show(c));
        Article b = annotate("A 2016 Health Ministry report revealed that the clinics were short of nurses.");
        assertTrue(show(b).startsWith("Health Ministry ALLEGES"), show(b));
        // must NOT: a document named after a country or a person speaks for no one
        assertTrue(annotate("A 2018 Trump memo shows the president ordered the strike.").attributions().isEmpty());
        assertTrue(annotate("A new Iran report shows that the enrichment continued.").attributions().isEmpty());
    }

    @Test
    void anInquiringBodyReportsWhatItFoundThat() {
        // "found that" after an organisation or an inquiring body ("investigators", "the review panel") reports a finding
        Article a = annotate("The Federal Water Audit Office found that the pumping stations had been overbilled for years.");
        assertEquals("the pumping stations had been overbilled for years.", a.text(only(a).content()), show(a));
        Article b = annotate("Investigators found that the new coating slowed corrosion by half.");
        assertEquals("the new coating slowed corrosion by half.", b.text(only(b).content()), show(b));
        // must NOT: a person or an ordinary noun who finds something, nor a finding with no that-clause
        assertTrue(annotate("Maria Olsen found that the door had been left unlocked.").attributions().isEmpty());
        assertTrue(annotate("The family found that the house had been emptied.").attributions().isEmpty());
        assertTrue(annotate("The Federal Water Audit Office found irregularities in two contracts.").attributions().isEmpty());
        // must NOT: another document-only cue after a body ("showed that" is what a writing shows), nor a bare "team"
        assertTrue(annotate("The Harbor Alliance showed that it remains united in the face of pressure from Norland.").attributions().isEmpty());
        Article t = annotate("Kessa Motors said sales rose. The team found that students preferred the old model.");
        assertTrue(t.attributions().stream().noneMatch(x -> t.text(x.content()).contains("students")), show(t));
    }

    @Test
    void aGroupNamedByItsInquiryReportsWhatItFoundThat() {
        // "the research team found that …": a group noun after a word naming the inquiry it does speaks as written
        Article a = annotate("The study took five years. Likewise, the research team found that the new coating slowed corrosion by half.");
        assertTrue(a.attributions().stream().anyMatch(x -> x.speaker().endsWith("/research-team")
                && a.text(x.content()).contains("coating slowed corrosion")), show(a));
        Article b = annotate("The forensic team found that the fire at the Kessa Motors depot had been started deliberately.");
        assertTrue(only(b).speaker().endsWith("/forensic-team"), show(b));
        // must NOT: a group named by another task, a bare team, or a thing found with no that-clause
        assertTrue(annotate("The rescue team found that the road to the Kessa Motors plant had been washed away.").attributions().isEmpty());
        assertTrue(annotate("The support group found that members felt less alone after meeting weekly.").attributions().isEmpty());
        assertTrue(annotate("The research team found the missing Kessa Motors files in a basement.").attributions().isEmpty());
    }

    @Test
    void aCueWithItsAddresseeAfterToStillReports() {
        // "explained to NBC News", "stated to reporters": "to" before the one addressed is no infinitive
        Article a = annotate("The convoy was hit near the border, a senior official explained to NBC News.");
        assertEquals("The convoy was hit near the border", a.text(only(a).content()), show(a));
        Article b = annotate("Several officials explained to reporters they had not been told of the raid.");
        assertEquals("they had not been told of the raid.", b.text(only(b).content()), show(b));
        // "is said to have": still no report
        assertTrue(annotate("The drug is said to have killed dozens.").attributions().isEmpty());
    }

    @Test
    void aLoneSurnameOpeningASentenceIsThePersonNamedInFullBefore() {
        Article a = annotate("The chairmen, Sen. Harold Quimby of Ohio and Rep. Dorian Vantreese of Idaho, each issued statements.\n\n"
                + "Vantreese stated Friday that the leak had done serious harm.");
        Attribution c = only(a);
        assertEquals("Dorian Vantreese", a.entity(c.speaker()).label(), show(a));
    }

    @Test
    void anAdverbInANotTrueDenialStillDenies() {
        // "was simply not true": an -ly adverb between BE and the negation
        assertStance(annotate("Lawyer Ana Mirel said the prosecution's version was simply not true."), Stance.DENIES, "simply not true");
        // must NOT: a negated state that is no rejection of a claim keeps its stance
        assertStance(annotate("Lawyer Ana Mirel said the prosecution's case was simply not ready for trial."), Stance.ALLEGES, "not ready");
    }

    /** The quoted words of the minister answering an accusation (the lead) are a claim with the given stance. */
    private static void assertQuotedStance(String lead, String quote, Stance stance) {
        Article a = annotate(lead + "\n\n“" + quote + ",” the minister, Ada Lin, said.");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains(quote)), show(a));
        assertStance(a, stance, quote);
    }

    @Test
    void aRejectionWithAnIntensifierOrAContractedIsStillDenies() {
        // "That is simply untrue", "That's completely false", "It's an outright lie": the intensifier and the pronoun's
        // contracted "is" do not hide the rejection
        String lead = "The opposition accused the minister of hiding the report.";
        for (String q : java.util.List.of("That is simply untrue", "That’s completely false", "It’s an outright lie", "That is a complete fabrication")) {
            assertQuotedStance(lead, q, Stance.DENIES);
        }
        // must NOT: a possessive before "false" is no contracted "is"; the minister accuses
        assertQuotedStance(lead, "The company’s false figures misled every investor", Stance.ALLEGES);
    }

    @Test
    void wordsTakenOutOfContextAreDisowned() {
        // "were taken out of context": the speaker disowns the words the accusation rests on
        String lead = "The opposition accused the minister of gagging staff.";
        for (String q : java.util.List.of("My remarks were taken out of context", "The memo was being taken badly out of context")) {
            assertQuotedStance(lead, q, Stance.DENIES);
        }
        // must NOT: "out of context" with no taking or quoting ("makes no sense out of context") is no rejection
        assertQuotedStance(lead, "The memo makes no sense out of context but it shows the gag", Stance.ALLEGES);
    }

    @Test
    void aTitleWithItsBeforeTheNameSpeaksForTheBodyThatRejected() {
        // "Its president, NAME, …": the possessive title in apposition before the name ties the speaker to the body
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Nordic Rowing Federation rejected the accusations. Its president, Ana Mirel, said the jury had read every file. \"The rules are the same for every crew,\" Mirel said.");
        assertStance(a, Stance.DENIES, "The rules are the same");
        // must NOT: the same words from the officer of a body that rejected nothing
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Nordic Rowing Federation published the new calendar. Its president, Ana Mirel, said the jury had read every file. \"The rules are the same for every crew,\" Mirel said.");
        assertStance(b, Stance.ALLEGES, "The rules are the same");
    }

    @Test
    void aPossessiveTitleAfterADenialOfAnotherPartysClaimIsThatPartysOfficer() {
        // review 12a: "its"/"their" after "rejected the report", "the claims made by X", "the allegations in the lawsuit"
        // refers to the document or to its author, not to the body that rejected it
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Health Ministry rejected the report. Its author, Dr Jane Holt, said the findings were accurate.");
        assertStance(a, Stance.ALLEGES, "findings were accurate");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The government denied the report by Human Rights Watch. Its director, Kenneth Roth, said the evidence was overwhelming.");
        assertStance(b, Stance.ALLEGES, "evidence was overwhelming");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Police rejected the claims made by the Labour Party. Its leader, Maria Lopez, said the vote had been rigged.");
        assertStance(c, Stance.ALLEGES, "vote had been rigged");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The ministry denied the allegations in the lawsuit. Their lawyer, Anne Price, said the documents proved the ministry knew of the abuse.");
        assertStance(d, Stance.ALLEGES, "documents proved");
    }

    @Test
    void anotherBodysPossessiveSharingAGenericNameWordIsNotTheDeniersOfficer() {
        // review 12a: "The Health Ministry's spokesman" after "The Defence Ministry denied …" speaks for another ministry
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Defence Ministry denied the report. The Health Ministry's spokesman Ashraf al-Qudra said 40 people had died in the strike.");
        assertStance(a, Stance.ALLEGES, "40 people had died");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "China's Foreign Ministry denied the reports. India's foreign ministry's spokesman Arindam Bagchi said the troops had crossed the line of control in March.");
        assertStance(b, Stance.ALLEGES, "troops had crossed");
    }

    @Test
    void theSidesOwnForcesFiringOnlyAtArmedMenIsNoCounterAccusation() {
        // review 12a: the side's own troops, "only", a passive or a dismissal "fired" accuse no third party
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Israeli army denied targeting civilians in the strike. The army said troops had fired only at armed men.");
        assertStance(a, Stance.DENIES, "fired only at armed men");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Metropolitan Police denied the allegations. The Metropolitan Police said officers fired rubber bullets only after they came under attack.");
        assertStance(b, Stance.DENIES, "rubber bullets");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Manchester United denied the reports. Manchester United said the manager would be fired only if the board lost confidence in him.");
        assertStance(c, Stance.DENIES, "would be fired");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The Israeli army denied the reports. The army said soldiers had fired warning shots at suspects who approached the fence.");
        assertStance(d, Stance.DENIES, "warning shots");
    }

    @Test
    void callingTheReportsFalseBeforeASayingClauseKeepsTheSayingClaim() {
        // review 12a: the quotation-less 'call' is admitted only where it becomes a denial; the ', saying …' claim stays
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Kremlin called the reports false, saying Russian troops had withdrawn from the area.");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).equals("Russian troops had withdrawn from the area.")), show(a));
        for (Attribution c : a.attributions()) assertTrue(!a.text(c.content()).contains("false, saying"), show(a));
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Kremlin called the reports false and said Russian troops remained in their positions.");
        for (Attribution c : b.attributions()) {
            if (b.text(c.content()).contains("reports false")) assertEquals(Stance.DENIES, c.stance(), show(b));
        }
    }

    @Test
    void anAccuserCallingTheOtherSidesReportFalseDoesNotDenyItsOwnAllegations() {
        // review 12a: calling another party's report propaganda makes no defending side of the accuser
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Amnesty International called the government's report propaganda. Amnesty said security forces had detained more than 400 protesters.");
        assertStance(a, Stance.ALLEGES, "detained more than 400");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Donald Trump called the report fake. He said the election had been stolen from him.");
        assertStance(b, Stance.ALLEGES, "election had been stolen");
    }

    @Test
    void aHedgeOrFrequencyAdverbBeforeNotIsNoDenial() {
        // review 12a: only an intensifier ("simply", "absolutely") between BE and 'not' keeps a denial; not "probably", "usually"
        assertStance(annotate("The Health Ministry said the new variant was probably not behind the rise in hospital admissions."), Stance.ALLEGES, "probably not");
        assertStance(annotate("The Health Ministry said the virus was usually not responsible for severe illness in children."), Stance.ALLEGES, "usually not");
        assertStance(annotate("Lawyer Ana Mirel said the prosecution's version was absolutely not true."), Stance.DENIES, "absolutely not true");
    }

    @Test
    void aCounterAccusationOfHarmAfterADenialIsNoAnswer() {
        // the denier goes on to accuse a third party of harm: that accuses, it does not rebut
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Defence Ministry of Ruritania denied the reports. The ministry added that the militants were continuing to shell the villages.");
        assertStance(a, Stance.ALLEGES, "continuing to shell");
        // must NOT: a harm the answer denies, or the side's own account of its act, still answers the claim
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Defence Ministry of Ruritania denied the reports. The ministry added that nobody was killed in the operation.");
        assertStance(b, Stance.DENIES, "nobody was killed");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The Defence Ministry of Ruritania denied the reports. The ministry added that its aircraft struck only an empty depot.");
        assertStance(c, Stance.DENIES, "empty depot");
    }

    @Test
    void anAbbreviationInBracketsAfterTheSubjectBelongsToIt() {
        // "The Regional Water Authority (RWA) said that …": before, the bracket hid the subject and there was no claim
        Article a = annotate("Lead paragraph of the report.\n\nThe Regional Water Authority (RWA) said that the reservoir was half empty.");
        Attribution c = only(a);
        assertEquals("the reservoir was half empty.", a.text(c.content()), show(a));
        assertEquals("Regional Water Authority", a.entity(c.speaker()).label(), show(a));
        // must NOT: a bracket of ordinary words is no abbreviation of the name ("(in 2019)")
        Article b = annotate("Lead paragraph of the report.\n\nThe Regional Water Authority (in 2019) said that the reservoir was half empty.");
        for (Attribution x : b.attributions()) assertTrue(!b.entity(x.speaker()).label().contains("2019"), show(b));
        // "According to X (ABBR), …": the content starts after the brackets
        Article d = annotate("Lead paragraph of the report.\n\nAccording to the Regional Water Authority (RWA), the reservoir was half empty.");
        assertEquals("the reservoir was half empty.", d.text(only(d).content()), show(d));
    }

    @Test
    void aParenthesisSetOffByDashesLeavesTheSubjectBeforeIt() {
        Article a = annotate("Lead paragraph of the report.\n\nThe Health Ministry – which is run by the rebels – said 12 people were killed.");
        Attribution c = only(a);
        assertEquals("12 people were killed.", a.text(c.content()), show(a));
        assertEquals("health-ministry", c.speaker(), show(a));
        // must NOT: a single dash before an inverted cue opens no parenthesis; the speaker after the cue stays
        Article b = annotate("Lead paragraph of the report.\n\nTwo rockets hit the town on Sunday – said Mayor Ana Lund.");
        for (Attribution x : b.attributions()) assertEquals("Ana Lund", b.entity(x.speaker()).label(), show(b));
    }

    @Test
    void disbelievingTheClaimDenies() {
        // "I don't believe it", "he did not believe the assessment": a rejection; disbelief in an outcome is none
        Article a = annotate("“I don’t believe it,” Senator Max Ferrand said of the report.\n\n"
                + "Ferrand said he did not believe the agency’s assessment of the leak.\n\n"
                + "Dr. Ana Mirel said: “At first we didn’t believe the results would hold.”");
        assertStance(a, Stance.DENIES, "I don’t believe it", "did not believe the agency");
        assertStance(a, Stance.ALLEGES, "results would hold");
        // "with no links to any …": a plural negated link is a denial too
        assertStance(annotate("A government source said the two men were drivers with no links to any intelligence service."),
                Stance.DENIES, "no links");
    }

    @Test
    void anIntroCueAfterAQuotationTakesTheQuotation() {
        Article a = annotate("Governor Tom Vardell spoke on Monday.\n\n"
                + "\"I beg your pardon and trust that you will one day forgive me,\" Vardell continued, referring to his family.");
        assertTrue(a.text(only(a).content()).startsWith("I beg your pardon"), show(a));
    }

    @Test
    void aReducedPassiveOfAnAccusingCueIsNoReport() {
        // "a man charged with attempted murder": the man is charged, nobody speaks through "charged"
        Article a = annotate("A 27-year-old man charged with attempted murder over a knife attack pleaded not guilty on Thursday.");
        for (Attribution c : a.attributions()) assertTrue(!"charged".equals(a.text(c.cue())), show(a));
    }

    @Test
    void anUnknownCapitalisedWordBeforeADocumentIsItsAuthor() {
        Article a = annotate("Agents arrested the men in Paris.\n\nA Quorvex report found that the firm had hidden losses.");
        assertEquals("Quorvex", a.entity(only(a).speaker()).label(), show(a));
    }

    @Test
    void anAdverbialOrAddresseeAfterTheCueLeavesTheQuotationAsTheClaim() {
        // "in his message released …" (a possessive before the adverbial's noun), "the star-studded crowd" (a compound)
        Article a = annotate("“Reporting is a calling, not merely a trade,” the Pope wrote in a letter released Feb. 11.");
        assertTrue(a.text(only(a).content()).startsWith("Reporting is a calling"), show(a));
        Article b = annotate("“We will win this fight together,” Maria Lind told the star-studded crowd.");
        assertTrue(b.text(only(b).content()).startsWith("We will win this fight"), show(b));
    }

    @Test
    void aThatBeforeAVerbIsTheContentsSubject() {
        // "stated to NBC News that can not occur": "that" right before a verb is the clause's subject
        Article a = annotate("A senior official stated to the BBC that can not occur.");
        assertEquals("that can not occur.", a.text(only(a).content()), show(a));
        Article b = annotate("The minister said that would be a mistake.");
        assertEquals("that would be a mistake.", b.text(only(b).content()), show(b));
        // a complementizer "that" is still left out, also after a listener noun the tagger read as a verb
        Article c = annotate("A senior official stated to reporters that the convoy was hit.");
        assertEquals("the convoy was hit.", c.text(only(c).content()), show(c));
    }

    @Test
    void aCueWithItsObjectAfterItDoesNotReportTheClauseBefore() {
        // "…, and X criticized NATO for its policy.": the object after the cue, not the coordinated clause before
        Article a = annotate("Ministers met in Brussels on Monday to discuss the budget, and Olaf Brenner criticized the alliance for its drills.");
        assertTrue(a.text(only(a).content()).contains("for its drills"), show(a));
    }

    @Test
    void aDefiniteBodyNotNamedBeforeSpeaksAsAnUnnamedSource() {
        // "the ruling military council said": a council, committee or commission with no name is an unnamed source
        Article a = annotate("Protests went on in the capital.\n\nThe ruling military council said the curfew would be lifted on Friday.");
        assertEquals("the curfew would be lifted on Friday.", a.text(only(a).content()), show(a));
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(only(a).speaker()).type(), show(a));
    }

    @Test
    void aNameSetAfterATitleOfACountrySpeaks() {
        // "the Foreign Minister of NATO member Germany, NAME, criticized …": the named office holder, not the country
        Article a = annotate("The summit ended badly when the Foreign Minister of Germany, Frank-Walter Steinmeier, criticized NATO for its policy.");
        assertEquals("Frank-Walter Steinmeier", a.entity(only(a).speaker()).label(), show(a));
    }

    @Test
    void aCoordinatedModifierStaysWithItsUnnamedSource() {
        Article a = annotate("Nine guards were wounded at the depot, medical and military sources said on Friday.");
        Attribution c = only(a);
        assertEquals("medical and military sources", a.entity(c.speaker()).label(), show(a));
        assertEquals("Nine guards were wounded at the depot", a.text(c.content()));
    }

    @Test
    void anUnknownCompanysSpokespersonKeepsTheCompanyInItsName() {
        Article a = annotate("The app removed hundreds of posts last week.\n\nA Quibbly spokesperson said the company had removed the original video.");
        Attribution c = only(a);
        // the spokesperson speaks as the company, under the phrase as one of its names
        assertEquals("Quibbly", a.entity(c.speaker()).label(), show(a));
        assertTrue(a.entity(c.speaker()).altLabels().contains("A Quibbly spokesperson"), show(a));
    }

    @Test
    void anUnnamedSpokespersonOfAKnownBodySpeaksAsTheBody() {
        Article a = annotate("The sanctions were announced on Monday.\n\nA U.S. State Department spokesperson said the three firms had shipped parts to the army.");
        Attribution c = only(a);
        Entity sp = a.entity(c.speaker());
        assertEquals("us-state-department", sp.key(), show(a));
        assertTrue(sp.altLabels().contains("A U.S. State Department spokesperson"), sp.toString());
    }

    @Test
    void aSpokespersonSpeaksForTheBodyNotForItsBacker() {
        Article a = annotate("The port was hit on Monday.\n\nA spokeswoman for the Russia-backed Syrian army said the rebels had shelled the port.");
        assertTrue(!only(a).speaker().equals("russia"), show(a));
    }

    @Test
    void aBodysNameWithAGenericHeadWordAfterItIsThatBody() {
        Article a = annotate("Lead paragraph of the report.\n\nThe U.S. Treasury Department said the firms had shipped engines to the army.");
        Entity sp = a.entity(only(a).speaker());
        assertEquals(EntityType.ORGANIZATION, sp.type(), show(a));
        assertTrue(sp.altLabels().contains("U.S. Treasury Department"), sp.toString());
    }

    @Test
    void anAppositionAfterTheAddresseeIsNoContent() {
        Article a = annotate("Nurses in the province were ordered to harvest tea, activists told Radio Zelen, the news website run by exiles in Vienna.");
        Attribution c = only(a);
        assertEquals("Nurses in the province were ordered to harvest tea", a.text(c.content()), show(a));
    }

    @Test
    void aRelativeClauseWithoutCommasBeforeTheCueLeavesItsHeadAsSpeaker() {
        Article a = annotate("A NATO diplomat who spoke on condition of anonymity told Reuters that the convoy had been hit by drones.");
        Attribution c = only(a);
        assertEquals("A NATO diplomat", a.entity(c.speaker()).label(), show(a));
        assertTrue(a.text(c.content()).startsWith("the convoy had been hit"), show(a));
    }

    @Test
    void aCueCoordinatedWithANonReportingVerbTakesTheSentenceSubject() {
        Article a = annotate("The ministry did not publish casualty figures but said in a statement that its troops had repelled the raid.");
        Attribution c = only(a);
        assertTrue(a.entity(c.speaker()).label().toLowerCase(java.util.Locale.ROOT).contains("ministry"), show(a));
        assertEquals("its troops had repelled the raid.", a.text(c.content()), show(a));
    }

    @Test
    void termsOfAnonymityAreNoClaim() {
        Article a = annotate("\u201cThe water has been cut for a week,\u201d a farmer from the valley said. She asked that her name not be published.");
        Attribution c = only(a);
        assertTrue(a.text(c.content()).startsWith("The water"), show(a));
    }

    @Test
    void whatADenierSaysNextInTheParagraphIsTheRebuttalButAnAppealIsNot() {
        Article a = annotate("Mayor Tom Berger denied reports of looting in the port, calling them rumours. \u201cThe town is calm tonight,\u201d he said.\n\n"
                + "The agency rejected the report, saying all the seed had been tested. It urged farmers to keep planting.");
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            if (t.contains("calm") || t.contains("seed had been")) assertEquals(Stance.DENIES, c.stance(), t + "\n" + show(a));
            if (t.contains("keep planting")) assertEquals(Stance.ALLEGES, c.stance(), t + "\n" + show(a));
        }
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("calm")), show(a));
    }

    @Test
    void aBystandersNegativeAccountIsTestimonyButNoEvidenceIsADenial() {
        Article a = annotate("\u201cThere were no soldiers in the school, only children,\u201d one villager said.\n\n"
                + "There is no scientific evidence linking the drug to the deaths, the health minister Ana Costa told reporters.");
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            if (t.contains("no soldiers")) assertEquals(Stance.ALLEGES, c.stance(), show(a));
            if (t.contains("no scientific evidence")) assertEquals(Stance.DENIES, c.stance(), show(a));
        }
        assertEquals(2, a.attributions().size(), show(a));
    }

    @Test
    void aParticipialOpenerLeavesTheSubjectForTheNextPronoun() {
        Article a = annotate("Sara Lind, a pharmacist, accused Omar Vance of selling fake pills. \u201cHe lies to the sick,\u201d Lind said.\n\n"
                + "Reached by telephone, Vance stood by his products. \u201cMy pills are tested in a laboratory,\u201d he told the Herald.");
        Attribution c = a.attributions().stream().filter(x -> a.text(x.content()).contains("laboratory")).findFirst().orElseThrow();
        assertEquals("Omar Vance", a.entity(c.speaker()).label(), show(a));
    }

    @Test
    void degreesAfterANameAreNoSpeakerAndASourcePhraseIsNoClaim() {
        Article a = annotate("Maria Lopez, MD, PhD, said in an interview that the new treatment was safe.");
        assertEquals("Maria Lopez", a.entity(only(a).speaker()).label(), show(a));
        Article b = annotate("The shelling killed two farmers, the agency reported, citing a local official.");
        for (Attribution c : b.attributions()) assertTrue(!b.text(c.content()).startsWith("citing"), show(b));
    }

    @Test
    void wireServiceSentenceFinalSpeakerWithAdverbials() {
        Article a = annotate("Four civilians were killed in the strike on the market, the ministry said in a statement on Tuesday.");
        Attribution c = only(a);
        assertEquals("Four civilians were killed in the strike on the market", a.text(c.content()));
        assertEquals("said", a.text(c.cue()));
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(c.speaker()).type());
    }

    @Test
    void strippedPunctuationStillFindsTheUnnamedSpeaker() {
        Article a = annotate("The shelling hit the village killing four civilians residents said");
        Attribution c = only(a);
        Entity sp = a.entity(c.speaker());
        assertEquals(EntityType.UNNAMED_SOURCE, sp.type());
        assertEquals("residents", sp.label());
        assertTrue(sp.key().startsWith("t1/"), sp.key());
        assertTrue(a.text(c.content()).endsWith("killing four civilians"), a.text(c.content()));
    }

    @Test
    void unnamedSourceToldAnAgencyAndIsLessCertainThanANamedQuote() {
        Article a = annotate("A military source told SANA that terrorists fired rockets on residential neighborhoods in Aleppo.\n\n"
                + "“We will respond to any attack,” Lavrov said.");
        assertEquals(2, a.attributions().size(), show(a));
        Attribution unnamed = a.attributions().get(0), named = a.attributions().get(1);
        assertEquals("A military source", a.entity(unnamed.speaker()).label());
        assertTrue(a.text(unnamed.content()).contains("terrorists fired rockets"));
        assertEquals("sergey-lavrov", named.speaker());
        assertEquals("We will respond to any attack,", a.text(named.quote()));
        assertTrue(named.confidence() > unnamed.confidence());
    }

    @Test
    void denialsByCueAndByWording() {
        Article a = annotate("Russia denied the accusations, saying its aircraft did not strike the hospital.\n\n"
                + "The Kremlin said it was not responsible for the attack.\n\nThe Kremlin said the strike was carried out by rebels.");
        // the denial and what it says, "saying …", are two claims, both denials
        assertEquals(4, a.attributions().size(), show(a));
        assertEquals(Stance.DENIES, a.attributions().get(0).stance());
        assertEquals("denied", a.text(a.attributions().get(0).cue()));
        assertEquals(Stance.DENIES, a.attributions().get(1).stance());
        assertEquals("saying", a.text(a.attributions().get(1).cue()));
        assertEquals(Stance.DENIES, a.attributions().get(2).stance());
        assertEquals(Stance.ALLEGES, a.attributions().get(3).stance());
    }

    @Test
    void passiveQuotedAsSayingAndHarmfulAgentAsTarget() {
        Article a = annotate("Lavrov was quoted as saying that Washington supports terrorists in Syria.");
        Attribution c = only(a);
        assertEquals("sergey-lavrov", c.speaker());
        assertEquals("Washington supports terrorists in Syria", a.text(c.content()).replaceAll("\\.$", ""));
        assertEquals(java.util.List.of("united-states"), c.targets());
    }

    @Test
    void accordingToAStatementByAnActorAndAtTheEnd() {
        Article a = annotate("According to a statement by the Syrian Foreign Ministry, the coalition committed a massacre in Raqqa.\n\n"
                + "The coalition helped the militants leave the city, according to Lavrov.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals("syrian-foreign-ministry", a.attributions().get(0).speaker());
        assertEquals(java.util.List.of("us-led-coalition"), a.attributions().get(0).targets());
        assertEquals("sergey-lavrov", a.attributions().get(1).speaker());
        assertEquals("The coalition helped the militants leave the city", a.text(a.attributions().get(1).content()));
    }

    @Test
    void speakerBetweenTheHalvesOfAQuote() {
        Article a = annotate("“We will respond,” Lavrov said, “to any attack on our soldiers.”");
        Attribution c = only(a);
        assertTrue(a.text(c.quote()).startsWith("We will respond"));
        assertTrue(a.text(c.quote()).endsWith("our soldiers."));
    }

    @Test
    void nestedReportsRelayTheInnerClaim() {
        Article a = annotate("Sputnik reported that a source said that Washington evacuated ISIS commanders from Deir ez-Zor.");
        assertEquals(2, a.attributions().size(), show(a));
        Attribution outer = a.attributions().get(0), inner = a.attributions().get(1);
        assertEquals("sputnik", outer.speaker());
        assertEquals(1, outer.relays());
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(inner.speaker()).type());
        assertTrue(a.text(outer.content()).contains(a.text(inner.content())));
        assertEquals(java.util.List.of("united-states"), inner.targets());
    }

    @Test
    void continuationQuoteAndPronounSpeaker() {
        Article a = annotate("Lavrov met Moallem in Sochi on Wednesday.\n\n"
                + "“Turkey trains terrorists and arms them,” he stressed.\n\n"
                + "“Its presence in Syria is an act of aggression and we will not accept it.”\n\n"
                + "The weather in Sochi was fine.");
        assertEquals(2, a.attributions().size(), show(a));
        Attribution first = a.attributions().get(0), cont = a.attributions().get(1);
        assertEquals("sergey-lavrov", first.speaker());
        assertEquals(java.util.List.of("turkey"), first.targets());
        assertEquals("sergey-lavrov", cont.speaker());
        assertNull(cont.cue());
        assertTrue(cont.confidence() < first.confidence());
    }

    @Test
    void accusedObjectIsTheTargetAndTheSpeakerIsNot() {
        Article a = annotate("Turkey accused the YPG of killing civilians in Afrin.");
        Attribution c = only(a);
        assertEquals("turkey", c.speaker());
        assertEquals(java.util.List.of("ypg"), c.targets());
    }

    @Test
    void unattributedAssertionsAndNonSpeechVerbsAreNotClaims() {
        Article a = annotate("Washington wants the war continued endlessly, not resolved.\n\n"
                + "The report indicates that something similar may be occurring in Syria.\n\n"
                + "States involved in the coalition claim to be concerned about human rights.");
        assertEquals(0, a.attributions().size(), show(a));
    }

    @Test
    void titledNameAfterAQuoteAndSurnameLater() {
        Article a = annotate("“The coalition bombed the city,” deputy envoy of the Syrian mission at the UN Jamal Roe wrote in a letter.\n\n"
                + "Roe noted that the strikes killed hundreds.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals("jamal-roe", a.attributions().get(0).speaker());
        assertEquals("jamal-roe", a.attributions().get(1).speaker());
        assertTrue(a.entity("jamal-roe").altLabels().contains("Roe"), a.entity("jamal-roe").toString());
    }

    @Test
    void properNameInAppositionToADescriptionIsTheSpeaker() {
        Article a = annotate("A spokesman for the army, Colonel John Smithers, said the unit had left the town.");
        Attribution c = only(a);
        Entity sp = a.entity(c.speaker());
        assertTrue(sp.label().endsWith("John Smithers"), sp.label());
        assertTrue(sp.altLabels().contains("A spokesman for the army"), sp.altLabels().toString());
        assertEquals("the unit had left the town.", a.text(c.content()));
    }

    @Test
    void relativeClauseAfterTheNameIsNotTheSpeakerOrTheContent() {
        Article a = annotate("Omar Hallaq, a doctor who runs the clinic, said neighbours had dug survivors out of the debris.");
        Attribution c = only(a);
        assertEquals("Omar Hallaq", a.entity(c.speaker()).label());
        assertTrue(a.text(c.content()).startsWith("neighbours had dug"), a.text(c.content()));
    }

    @Test
    void coordinatedCueSharesTheSpeakerAndSplitsTheContent() {
        Article a = annotate("The Syrian Foreign Ministry said the strikes had killed ten people and urged all parties to respect the truce.");
        assertEquals(2, a.attributions().size(), show(a));
        Attribution first = a.attributions().get(0), second = a.attributions().get(1);
        assertEquals(first.speaker(), second.speaker());
        assertEquals("the strikes had killed ten people", a.text(first.content()));
        assertEquals("urged", a.text(second.cue()));
    }

    @Test
    void passiveAccusedIsNoSpeechAndWeekdaysAreNoSpeakers() {
        Article a = annotate("The aide has been accused of ignoring basic rules. Thursday said nothing about it.");
        assertTrue(a.attributions().isEmpty(), show(a));
    }

    @Test
    void embeddedPostSignedWithAHandleIsItsAuthorsClaim() {
        Article a = annotate("The minister wrote nothing else.\n\nThe agency must finally act on the leaks. — Jane Q. Roberts (@janeroberts) January 2, 2018\n\nMore text here.");
        Attribution c = a.attributions().stream().filter(x -> a.text(x.content()).contains("must finally act")).findFirst().orElseThrow(() -> new AssertionError(show(a)));
        Entity sp = a.entity(c.speaker());
        assertTrue(sp.altLabels().contains("@janeroberts"), sp.altLabels().toString());
        assertNull(c.cue());
    }

    @Test
    void anUnnamedSourceWithAPrepositionalPhraseKeepsTheWholePhrase() {
        Article a = annotate("A doctor at the hospital, who asked not to be named, said the clinic was hit twice.");
        Attribution c = only(a);
        Entity e = a.entity(c.speaker());
        assertEquals(EntityType.UNNAMED_SOURCE, e.type());
        assertEquals("A doctor at the hospital", e.label());
        assertTrue(a.text(c.content()).startsWith("the clinic was hit"), a.text(c.content()));
    }

    @Test
    void aCompoundUnnamedSourceKeepsItsModifiers() {
        Article a = annotate("One Macedonian government official told the newspaper that thousands of migrants crossed the border.");
        Attribution c = only(a);
        assertEquals("One Macedonian government official", a.entity(c.speaker()).label());
    }

    @Test
    void aSpeakerSetBetweenCommasLeavesTheSubjectOfTheClaimInIt() {
        Article a = annotate("The coalition, the ministry claimed, had helped the militants escape from the town.\n\n"
                + "The talks, Foreign Minister Ivan Petrenko said, would resume in Geneva next week.");
        assertEquals(2, a.attributions().size(), show(a));
        assertTrue(a.text(a.attributions().get(0).content()).startsWith("The coalition, the ministry claimed, had helped"), show(a));
        assertTrue(a.text(a.attributions().get(1).content()).startsWith("The talks,"), show(a));
        // the subject is the one accused
        assertTrue(a.attributions().get(0).targets().stream().anyMatch(k -> k.contains("coalition")), show(a));
    }

    @Test
    void aStatesOfficialsAreAnUnnamedSourceNotTheState() {
        for (String who : java.util.List.of("Russian officials", "U.S. officials")) {
            Article a = annotate("On Monday, " + who + " said the convoy was hit near the border.");
            Entity e = a.entity(only(a).speaker());
            assertEquals(EntityType.UNNAMED_SOURCE, e.type(), who);
            assertEquals(who, e.label());
        }
    }

    @Test
    void theOrganizationRefersBackToTheLatestOrganisationSpeaker() {
        Article a = annotate("Amnesty International said its researchers visited the camp. The organization said the guards had beaten detainees.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals(a.attributions().get(0).speaker(), a.attributions().get(1).speaker());
    }

    @Test
    void aDocumentSpeaksForItsAuthor() {
        Article a = annotate("The ministry spent millions on the program, records obtained by Judicial Watch show.");
        Attribution c = only(a);
        assertEquals("Judicial Watch", a.entity(c.speaker()).label());
        assertEquals("show", a.text(c.cue()));
    }

    @Test
    void quotedAsSayingGivesTheAgencyAndItsSourceEachAClaim() {
        Article a = annotate("The Saba news agency quoted a health ministry official as saying that 37 people were wounded.");
        assertEquals(2, a.attributions().size(), show(a));
        for (Attribution c : a.attributions()) assertTrue(a.text(c.content()).startsWith("37 people were wounded"), a.text(c.content()));
        assertTrue(a.attributions().stream().anyMatch(c -> a.entity(c.speaker()).type() == EntityType.UNNAMED_SOURCE), show(a));
    }

    @Test
    void aParticipleAfterAReportedClauseIsANewClaimButNotAfterAnObject() {
        Article a = annotate("The ministry said the strikes killed ten people, adding that the army would respond.");
        assertEquals(2, a.attributions().size(), show(a));
        Article b = annotate("Colonel John Smith denied the accusations, telling CNN that the coalition only targets militants.");
        assertEquals(1, b.attributions().size(), show(b));
    }

    @Test
    void aClaimWithoutAVerbIsNoClaim() {
        Article a = annotate("Elsevier reports (via Google Translate).");
        assertEquals(0, a.attributions().size(), show(a));
    }

    @Test
    void soCalledIsNoCue() {
        Article a = annotate("Syrian authorities condemned the so-called “anti-ISIS” coalition.");
        assertTrue(a.attributions().stream().noneMatch(c -> c.cue() != null && a.text(c.cue()).equals("called")), show(a));
    }

    @Test
    void aDenialOfAnActBlamesTheSpeakersOwnSide() {
        Article a = annotate("Iran has denied supplying the rebels with arms.");
        Attribution c = only(a);
        assertEquals(Stance.DENIES, c.stance());
        assertEquals(java.util.List.of(c.speaker()), c.targets(), show(a));
    }

    @Test
    void aDenialWithAPronounAgentTargetsTheSpeakerItself() {
        Article a = annotate("The US has repeatedly denied the accusations that it’s been helping ISIS.");
        Attribution c = only(a);
        assertEquals(Stance.DENIES, c.stance());
        assertEquals(java.util.List.of("united-states"), c.targets(), show(a));
    }

    @Test
    void fightingABadActorAccusesNoOneButItsSuppliersAndPossessorsAreBlamed() {
        Article a = annotate("Iraq said that Iraqi jets had struck an Islamic State position near the border.");
        assertEquals(java.util.List.of(), only(a).targets(), show(a));
        a = annotate("Lavrov said the coalition was committing crimes with American weapons and British support.");
        assertTrue(only(a).targets().containsAll(java.util.List.of("united-states", "united-kingdom")), show(a));
        a = annotate("Moallem said the Council must end the Turkish regime's crimes.");
        assertEquals(java.util.List.of("turkey"), only(a).targets(), show(a));
    }

    static java.util.List<String> texts(Article a) {
        return a.attributions().stream().map(c -> a.entity(c.speaker()).label() + ": " + a.text(c.content())).toList();
    }

    @Test
    void coordinatedThatClausesAreTwoClaims() {
        Article a = annotate("Lavrov told AFP the bridge had collapsed at dawn and that rescuers had pulled out six bodies.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals("the bridge had collapsed at dawn", a.text(a.attributions().get(0).content()));
        assertEquals("rescuers had pulled out six bodies.", a.text(a.attributions().get(1).content()));
        assertEquals(a.attributions().get(0).speaker(), a.attributions().get(1).speaker());
    }

    @Test
    void reasonGivenForARejectionIsADenialToo() {
        Article a = annotate("Lavrov rejected the accusations as slander, affirming that Russia has never supplied such weapons to anyone.");
        assertEquals(2, a.attributions().size(), show(a));
        assertTrue(a.attributions().stream().allMatch(c -> c.stance() == Stance.DENIES), show(a));
        assertTrue(texts(a).stream().anyMatch(t -> t.contains("Russia has never supplied such weapons")), show(a));
    }

    @Test
    void frontedParticipleBeforeTheSubjectOfAParticipialCue() {
        Article a = annotate("Pressed on the casualty figures, Lavrov declined to comment, saying only that the inquiry was still open.");
        Attribution c = only(a);
        assertEquals("sergey-lavrov", c.speaker());
        assertTrue(a.text(c.content()).startsWith("the inquiry was still open"), show(a));
    }

    @Test
    void timeAdverbialBeforeTheCueAndCoordinatedCue() {
        Article a = annotate("Lavrov on Tuesday said the talks had failed.");
        assertEquals("sergey-lavrov", only(a).speaker());
        a = annotate("Russia rejects the plan and last week said it would boycott the conference.");
        Attribution c = a.attributions().get(a.attributions().size() - 1);
        assertEquals("said", a.text(c.cue()), show(a));
        assertEquals("russia", c.speaker());
        assertTrue(a.text(c.content()).startsWith("it would boycott"), show(a));
    }

    @Test
    void whatTheSpeakerCalledIsItsNaming() {
        Article a = annotate("Troops moved into the valley to stop what Russia described as a dangerous provocation near its border.");
        Attribution c = only(a);
        assertEquals("russia", c.speaker());
        assertEquals("a dangerous provocation near its border", a.text(c.content()).replaceAll("\\.$", ""));
    }

    @Test
    void infinitiveCuesReportNothing() {
        Article a = annotate("The council had to maintain its position. The decision will lead the rebels to believe that they can win.");
        assertEquals(0, a.attributions().size(), show(a));
    }

    @Test
    void interviewToBePublishedEndsTheCue() {
        Article a = annotate("“We will not accept any new sanctions,” Lavrov told Izvestia in an interview to be published on Monday.");
        Attribution c = only(a);
        assertEquals("sergey-lavrov", c.speaker());
        assertEquals("We will not accept any new sanctions,", a.text(c.quote()));
    }

    @Test
    void unnamedSourceWithModifiersAndTheAnonymityFormula() {
        Article a = annotate("“The convoy was hit twice,” a security official familiar with the investigation told Reuters. "
                + "The official asked not to be named because he was not authorized to speak to the media.");
        Attribution c = only(a);
        // the phrase as written, up to the end of its postmodifier
        assertEquals("a security official familiar with the investigation", a.entity(c.speaker()).label());
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(c.speaker()).type());
    }

    @Test
    void accordingToWithAnAppositionIntroducesTheNextParagraphSentenceBySentence() {
        Article a = annotate("According to Jane Roe, a fellow at a research institute:\n\n"
                + "The army lost the town within a week. Its commanders never expected the offensive.\n\nOther news followed.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals("The army lost the town within a week.", a.text(a.attributions().get(0).content()));
        assertEquals("Its commanders never expected the offensive.", a.text(a.attributions().get(1).content()));
        assertEquals(a.attributions().get(0).speaker(), a.attributions().get(1).speaker());
    }

    @Test
    void claimNounsWithTheirAuthor() {
        Article a = annotate("Lavrov rejected claims by opposition activists that Russian jets had bombed the market.");
        assertTrue(texts(a).stream().anyMatch(t -> t.startsWith("opposition activists: Russian jets had bombed the market")), show(a));
        a = annotate("Lavrov dismissed the claims circulated by Western media about the shelling of hospitals by the army.");
        assertTrue(texts(a).stream().anyMatch(t -> t.startsWith("Western media: the shelling of hospitals by the army")), show(a));
    }

    @Test
    void outletReporterSpeaksForTheOutlet() {
        Article a = annotate("SANA's reporter in Homs said that mortar shells hit the old market.");
        assertEquals("sana", only(a).speaker());
    }

    @Test
    void relayAccusesWhomTheRelayedStatementAccuses() {
        Article a = annotate("Russian Foreign Ministry spokeswoman Maria Zakharova said the coalition had committed a massacre in Raqqa, TASS reported.");
        assertEquals(2, a.attributions().size(), show(a));
        for (Attribution c : a.attributions()) assertEquals(java.util.List.of("us-led-coalition"), c.targets(), show(a));
    }

    @Test
    void affiliatedGroupsAndTheTerroristsBlameTheNamedGroup() {
        Article a = annotate("A military source said that soldiers repelled armed groups affiliated to Jabhat al-Nusra which had raided two villages.");
        assertEquals(java.util.List.of("al-nusra-front"), only(a).targets(), show(a));
        a = annotate("Jabhat al-Nusra moved into the hills last week. A military source said the terrorists fired rockets at the town.");
        assertEquals(java.util.List.of("al-nusra-front"), only(a).targets(), show(a));
    }

    @Test
    void harmNamedByReferenceTakesTheTargetsOfTheClaimBefore() {
        Article a = annotate("The ministry said the Turkish aggression on the city violated international law, stressing that Syria will repel this aggression by all means.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals(java.util.List.of("turkey"), a.attributions().get(1).targets(), show(a));
    }

    @Test
    void invertedSpeakerWithAppositionAndWithStrippedCommas() {
        Article a = annotate("The blast at the depot killed 14 soldiers, said Jane Roe, the head of a local rights group.");
        Attribution c = only(a);
        assertEquals("Jane Roe", a.entity(c.speaker()).label());
        assertEquals("The blast at the depot killed 14 soldiers", a.text(c.content()));
        a = annotate("Mortar fire hit the school overnight wounding six pupils said the monitor");
        c = only(a);
        assertEquals("the monitor", a.entity(c.speaker()).label());
        assertTrue(a.text(c.content()).endsWith("wounding six pupils"), show(a));
    }

    @Test
    void otherGenresHaveUnnamedSpeakersToo() {
        Article a = annotate("Prosecutors allege that the broker hid the losses from investors.");
        // described actors ("prosecutors", "police") are actors of their own since the mentions stage knows them
        Entity sp = a.entity(only(a).speaker());
        assertEquals("Prosecutors", sp.label());
        assertTrue(sp.type() == EntityType.UNNAMED_SOURCE || sp.type() == EntityType.GROUP, sp.toString());
    }

    @Test
    void denialByWordingThatTheActWasNotDone() {
        Article a = annotate("Lavrov told reporters that Russian planes had not flown over the province.");
        assertEquals(Stance.DENIES, only(a).stance());
    }

    @Test
    void scareQuoteBeforeASentenceFinalSpeakerIsNotTheStatement() {
        Article a = annotate("Lavrov criticized the alliance for its drills near the border, calling them “reckless”, the newspaper Izvestia reported.");
        Attribution c = a.attributions().stream().filter(x -> a.text(x.cue()).equals("reported")).findFirst().orElseThrow();
        assertTrue(a.text(c.content()).startsWith("Lavrov criticized the alliance"), show(a));
    }

    @Test
    void gerundCueAfterANameInsideAPrepositionalPhrase() {
        Article a = annotate("The inquiry was reopened in the wake of Lavrov accusing the agency of hiding the evidence.");
        Attribution c = only(a);
        assertEquals("sergey-lavrov", c.speaker());
        assertEquals("accusing", a.text(c.cue()));
    }

    @Test
    void wireForms() {
        Article a = annotate("Lavrov told Kommersant in an interview published on Friday that the sanctions had failed.");
        assertEquals("the sanctions had failed.", a.text(only(a).content()));
        a = annotate("The siege was a crime against humanity, said Jane Roe, adding that the city must be opened to aid convoys.");
        assertEquals(2, a.attributions().size(), show(a));
        assertEquals("adding", a.text(a.attributions().get(1).cue()));
        assertTrue(a.text(a.attributions().get(1).content()).startsWith("the city must be opened"), show(a));
        a = annotate("The shelling killed five people, the agency quoted a police officer as saying.");
        assertEquals(2, a.attributions().size(), show(a));
        for (Attribution c : a.attributions()) assertEquals("The shelling killed five people", a.text(c.content()));
    }

    @Test
    void itWithAPredicateNounIsTheEventNotItsAgent() {
        Article a = annotate("Lavrov met the envoy in Geneva. “It was a massacre,” said Jane Roe, a nurse at the clinic.");
        Attribution c = a.attributions().stream().filter(x -> a.text(x.content()).contains("massacre")).findFirst().orElseThrow();
        assertTrue(c.targets().isEmpty(), show(a));
    }

    @Test
    void hypotheticalReportsAreNoClaims() {
        Article a = annotate("The treaty would apply if the President declares the attack to be an act of war. Lavrov could claim the talks failed.");
        assertEquals(0, a.attributions().size(), show(a));
    }

    @Test
    void capitalisedWordReadAsANounInsideANameStaysInTheName() {
        Article a = annotate("“We defended well in the second half,” coach Pep Guardiola told reporters after the match.");
        assertEquals("Pep Guardiola", a.entity(only(a).speaker()).label());
    }

    @Test
    void possessorStaysInAnUnnamedSpeakerPhrase() {
        Article a = annotate("Governor Jane Roe's office said in a statement that the talks would resume next week.");
        Entity sp = a.entity(only(a).speaker());
        assertTrue(sp.label().endsWith("s office"), sp.label());
    }

    @Test
    void aQuotedQuestionAskedIsNoClaimButTheAnswerIs() {
        Article a = annotate("“Why did you wait so long to strike the depots?” a reporter asked the spokesman John Barlow.\n\n"
                + "“The pilots ran out of fuel,” Barlow answered.");
        Attribution c = only(a);
        assertEquals("john-barlow", c.speaker(), show(a));
        assertTrue(a.text(c.content()).contains("ran out of fuel"));
    }

    @Test
    void aContractedPronounIsNoSpeaker() {
        Article a = annotate("“I am comfortable with everything I've reported,” Michael Harlan said.");
        for (Attribution c : a.attributions()) assertEquals("michael-harlan", c.speaker(), show(a));
    }

    @Test
    void negatedHarmAndNeverAreDenials() {
        Article a = annotate("Colonel Tariq Aliyev of the Northern Army said no civilians had been targeted.\n\n"
                + "The lawyer Peter Hanley said: “My client never sold anything.”\n\n"
                + "Colonel Tariq Aliyev said the troops had shelled the bridge and that no houses were hit.");
        assertEquals(4, a.attributions().size(), "\n" + show(a));
        for (int i = 0; i < 2; i++) assertEquals(Stance.DENIES, a.attributions().get(i).stance(), show(a));
        // the first of two coordinated clauses keeps its own stance
        assertEquals(Stance.ALLEGES, a.attributions().get(2).stance(), show(a));
        assertEquals(Stance.DENIES, a.attributions().get(3).stance(), show(a));
    }

    @Test
    void rebuttalsByImpossibilitySoCalledEvidenceASecondNeverAndAPublicDefender() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Dr. Lena Ortiz, a chemist at the University of Halden, told reporters that the claim was \"physically impossible.\"\n\n"
                + "\"The so-called evidence cited by the mayor is nothing but guesswork and fabrication,\" the spokeswoman Mara Lind said.\n\n"
                + "Veltrax Holdings said it is not a party to the dispute and has never supplied parts to either side.\n\n"
                + "Prosecutors said Paul Dorn stabbed a guard.\n\n"
                + "Dorn's public defender, Alan Brisk, told the judge the case rests on one blurry image.");
        java.util.List<Attribution> l = claims(a, 5);
        for (int i : new int[]{0, 1, 2, 4}) assertEquals(Stance.DENIES, l.get(i).stance(), a.text(l.get(i).content()) + "\n" + show(a));
        assertEquals(Stance.ALLEGES, l.get(3).stance(), show(a));
    }

    @Test
    void anOfficerNamedByADenyingBodysPossessiveWithTheCliticOnTheWordAnswersForIt() {
        // "Corvane's general director" (the tokenizer keeps the ASCII clitic on the word) speaks for the body that
        // disputed the reports: what the director says after it, in the paragraph, is its answer
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The operator of the ferry, Corvane Shipping Company, disputed the reports. \"It is too early to speak of blame,\" Corvane's general director Ivan Dorn said. "
                + "Dorn said the ship had passed its inspection in May.");
        assertStance(a, Stance.DENIES, "too early", "passed its inspection");
        // must NOT: the officer of a body that denied nothing keeps his stance
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The port operator, Halden Shipping Company, reported the closure. \"The ferry is too old to sail,\" Halden's harbour master Ivan Dorn said. "
                + "Dorn said the ship had failed its inspection in May.");
        assertStance(b, Stance.ALLEGES, "too old", "failed its inspection");
    }

    @Test
    void callingTheAccusationsBaselessWithNoQuotationDeniesByTheWholeSentenceAndItsStatementAnswers() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Russian embassy called the accusations baseless. \"Once more, grave charges are made without any proof,\" the embassy said in a statement.");
        java.util.List<Attribution> l = claims(a, 2);
        assertEquals("The Russian embassy called the accusations baseless.", a.text(l.get(0).content()), show(a));
        assertStance(a, Stance.DENIES, "called the accusations", "grave charges");
        // must NOT: a claim called by no rejecting name, or something called baseless that is no claim, makes no claim
        assertTrue(annotate("The minister called the reports encouraging.").attributions().isEmpty());
        assertTrue(annotate("The minister called the new tax baseless.").attributions().isEmpty());
    }

    @Test
    void callingAClaimByARejectingNameIsADenialAndANeutralNameIsNoClaimWithoutAClaimNoun() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Neil Garrow wrote that the convoy had reached the depot. He called the claims about the detour \"absurd.\"\n\n"
                + "The Veltrax Holdings board called the reports \"a welcome sign.\"\n\n"
                + "Mayor Ana Lund called the bridge \"a disgrace.\"");
        java.util.List<Attribution> l = claims(a, 3);
        assertEquals(Stance.DENIES, l.get(1).stance(), show(a));
        assertEquals("called the claims about the detour \"absurd.\"", a.text(l.get(1).content()), show(a));
        assertEquals(Stance.ALLEGES, l.get(2).stance(), show(a));
    }

    @Test
    void evidenceCalledOverwhelmingAndATraceNotFoundAreNoDenials() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Human Rights Watch said the evidence was overwhelming that the army waged a campaign of terror.\n\n"
                + "The coast guard said no trace of the missing fishermen has been found since the navy opened fire.");
        assertStance(a, Stance.ALLEGES, "overwhelming", "no trace");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("overwhelming")), show(a));
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("no trace")), show(a));
    }

    @Test
    void rippingIntoSomeonesDecisionAccusesButAStrikeRippingThroughABuildingSaysNothing() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Senator Ana Lund ripped Governor Paul Dorn's decision to close the port, the Daily Courier reported.\n\n"
                + "An Israeli air strike ripped through a residential building in Gaza City on Friday.\n\n"
                + "A Russian army truck slammed into the market on Saturday.");
        Attribution lund = null;
        for (Attribution c : a.attributions()) if (c.speaker().equals("ana-lund")) lund = c;
        // the outlet's report relays the senator's words, which end before the outlet's phrase (no relay the other way)
        assertTrue(lund != null, show(a));
        assertEquals("ripped Governor Paul Dorn's decision to close the port", a.text(lund.content()), show(a));
        assertEquals(-1, lund.relays(), show(a));
        for (Attribution c : a.attributions()) {
            assertTrue(!a.text(c.content()).contains("building") && !a.text(c.content()).contains("market"), show(a));
        }
    }

    @Test
    void aDeniersWordsForTheSideItDefendsAndAQuoteGoingOnToDenyAreDenials() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Mark Olsen, an aide to the Ruritanian president, dismissed the account of the Veltrax Holdings board as \"pure fabrication\". "
                + "Speaking by phone, Olsen said Veltrax Holdings had only returned fire on the border.\n\n"
                + "\"We oppose the sanctions,\" the spokeswoman Mara Lind said. \"The so-called evidence is nothing but fabrication.\"");
        assertEquals(4, a.attributions().size(), show(a));
        assertStance(a, Stance.DENIES, "only returned fire", "so-called");
        assertStance(a, Stance.ALLEGES, "oppose");
    }

    @Test
    void condemningABareActIsNoClaimButCondemningItAsSomethingOrCondemningAnActorIs() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Mayor Ana Lund condemned the bombing and said those responsible must be punished.\n\n"
                + "Senator Paul Dorn condemned the attack as a \"war crime.\"\n\n"
                + "Senator Mara Lind condemned Russia.");
        java.util.List<Attribution> l = claims(a, 3);
        assertTrue(a.text(l.get(0).content()).startsWith("those responsible"), show(a));
    }

    @Test
    void aQuoteAfterATellCueAndAColonBelongsWhollyToItsSpeakerNotToTheOneBefore() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Ana Lund said \"We will see.\" But her longtime partner Paul Dorn told the Daily Courier: \"It is up to the people. She would do it.\"");
        java.util.List<Attribution> l = claims(a, 2);
        assertEquals("paul-dorn", l.get(1).speaker(), show(a));
        assertTrue(a.text(l.get(1).content()).endsWith("She would do it."), show(a));
        // a pronoun contracted with its verb is the verb of the content
        Article b = annotate("Lead paragraph of the report.\n\nAna Lund said she would not run. But Paul Dorn told the Daily Courier: \"It's up to the people. We'll see.\"");
        assertEquals("paul-dorn", claims(b, 2).get(1).speaker(), show(b));
    }

    @Test
    void aReportingVerbsAdverbialWithAParticipleIsNoContentButAFirstClauseBeforeAndThatIs() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Veltrax Holdings said in a statement put out on its website that it had never supplied any parts to the army.");
        Attribution c = only(a);
        assertEquals("it had never supplied any parts to the army.", a.text(c.content()), show(a));
        assertEquals(Stance.DENIES, c.stance(), show(a));
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Ana Lund said measles kills more than 300 Ruritanian children every year and that uptake had fallen by half.");
        assertTrue(!b.attributions().isEmpty() && b.text(b.attributions().get(0).content()).startsWith("measles kills"), show(b));
    }

    @Test
    void aPersonRebuttingWhatIsSaidOfThemIsTheTargetOfTheirDenial() {
        Article a = annotate("“I have never invented a single quote,” the author Michael Harlan said.");
        Attribution c = only(a);
        assertEquals(Stance.DENIES, c.stance(), show(a));
        assertEquals(java.util.List.of(c.speaker()), c.targets(), show(a));
    }

    @Test
    void denialsWithPositiveOrExistentialContent() {
        Article a = annotate("Lead paragraph of the report.\n\nThe militia commander Tomas Brek said there had been no fighters in the village.\n\n"
                + "Outside the court, Brek told reporters he had \"never taken a bribe\" from anyone.\n\n"
                + "Veltrax Holdings said it was in full compliance with the export rules.\n\n"
                + "The author Nina Vosk said her book is accurate and well sourced.\n\n"
                + "Mayor Ana Lund said there is no easy answer to the housing crisis.");
        assertEquals(5, a.attributions().size(), "\n" + show(a));
        for (int i = 0; i < 4; i++) assertEquals(Stance.DENIES, a.attributions().get(i).stance(), show(a));
        // a present-tense "there is no" is an opinion, not a denial
        assertEquals(Stance.ALLEGES, a.attributions().get(4).stance(), show(a));
    }

    @Test
    void quoteBeforeSpeakerStaysWholeBeforeAdverbialsParticiplesAndSourcePhrases() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "\"I met the minister twice,\" Nina Vosk said on NBC on Friday as her book went on sale.\n\n"
                + "\"They tried hard to hide the money,\" Tomas Brek said, according to the transcript.\n\n"
                + "\"The shelling lasted all night,\" the source said, speaking on condition of anonymity.");
        assertEquals(3, a.attributions().size(), "\n" + show(a));
        for (Attribution c : a.attributions()) {
            assertTrue(c.quote() != null && c.quote().equals(c.content()), show(a));
            assertTrue(!a.text(c.content()).contains("according") && !a.text(c.content()).contains("speaking on"), show(a));
        }
    }

    @Test
    void speakerHeadBeforeAgeAbbreviationAndDescriptionInApposition() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Peter Hollis, 61, who ran the housing agency from 2015 to 2021, has pleaded not guilty to bribery charges.\n\n"
                + "The Free Farmers Union (FFU), the largest group formed by growers, condemned the raid as a \"war crime\".\n\n"
                + "An envoy from an EU country, who declined to be named, told AFP the observers had heard no gunfire.\n\n"
                + "The first witness, FBI Special Agent Laura Benson, testified that recorded calls showed the mayor taking cash.\n\n"
                + "One resident said survivors had spent the night in the forest because they feared a second raid.");
        assertEquals(5, a.attributions().size(), "\n" + show(a));
        Attribution plea = a.attributions().get(0);
        assertEquals("peter-hollis", plea.speaker(), show(a));
        assertEquals(Stance.DENIES, plea.stance());
        assertEquals("pleaded not guilty", a.text(plea.cue()));
        assertTrue(a.entity(a.attributions().get(1).speaker()).label().contains("Free Farmers Union"), show(a));
        assertEquals("An envoy from an EU country", a.entity(a.attributions().get(2).speaker()).label(), show(a));
        assertEquals("laura-benson", a.attributions().get(3).speaker(), show(a));
        assertEquals("One resident", a.entity(a.attributions().get(4).speaker()).label(), show(a));
    }

    @Test
    void aCitedSourceCloseToABodyIsAnUnnamedSourceOfItsOwn() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Daily Courier reported, citing a source close to the Trade Ministry, that Ruritania was weighing new export curbs.");
        java.util.List<Attribution> l = claims(a, 2);
        Attribution inner = l.get(0).relays() >= 0 ? l.get(1) : l.get(0);
        assertEquals("a source close to the trade ministry", a.entity(inner.speaker()).label().toLowerCase(java.util.Locale.ROOT), show(a));
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(inner.speaker()).type(), show(a));
        assertTrue(a.text(inner.content()).startsWith("Ruritania was weighing"), show(a));
    }

    @Test
    void aSourceCitedBetweenTheAgencyAndItsCueMakesTheClaimOneLevelIn() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The state news agency Interfax, citing local sources, reported that the victims had been buried in the village.");
        java.util.List<Attribution> l = claims(a, 2);
        Attribution inner = l.get(0).relays() >= 0 ? l.get(1) : l.get(0), outer = inner == l.get(0) ? l.get(1) : l.get(0);
        assertEquals("local sources", a.entity(inner.speaker()).label(), show(a));
        assertEquals("interfax", outer.speaker(), show(a));
        assertEquals(l.indexOf(inner), outer.relays(), show(a));
        assertEquals(a.text(outer.content()), a.text(inner.content()), show(a));
    }

    @Test
    void citedSourceExpressedStanceAndParticipleAfterAQuotedClause() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Russia's Interfax news agency reported, citing an official in the border guard service, that mortar rounds had fallen by a checkpoint.\n\n"
                + "Turkey's Foreign Ministry said in a statement that the attack threatened the region and expressed full support for Azerbaijan.\n\n"
                + "Sergei Lavrov told journalists that the coalition \"bears full responsibility for the crimes,\" adding that Washington uses the militants as a tool.");
        assertEquals(6, a.attributions().size(), "\n" + show(a));
        Attribution outer = a.attributions().get(0), inner = a.attributions().get(1);
        assertEquals("interfax", outer.speaker(), show(a));
        assertEquals("an official in the border guard service", a.entity(inner.speaker()).label().toLowerCase(java.util.Locale.ROOT), show(a));
        assertEquals("citing", a.text(inner.cue()));
        assertEquals(1, outer.relays(), show(a));
        assertEquals("expressed full support for Azerbaijan", a.text(a.attributions().get(3).content()).replaceAll("\\.$", ""), show(a));
        assertEquals("adding", a.text(a.attributions().get(5).cue()), show(a));
        assertTrue(a.text(a.attributions().get(5).content()).startsWith("Washington uses"), show(a));
    }

    @Test
    void anAcronymOfANamedBodySpeaksAndAnOutletRelaysEachStatementItCarries() {
        Article a = annotate("Lead paragraph of the report.\n\nThe Daily Ledger reported:\n\n"
                + "The Federal Maritime Commission has charged shipping executive Paul Dorne with the fraudulent sale of vessel shares. "
                + "The FMC said that Dorne earned roughly $9 million from the scheme. "
                + "According to the FMC, Dorne knowingly misrepresented the value of the vessels.");
        long fmc = a.attributions().stream().filter(c -> c.speaker().equals("federal-maritime-commission")).count();
        assertEquals(3, fmc, show(a));
        Attribution charged = a.attributions().stream().filter(c -> c.cue() != null && a.text(c.cue()).equals("charged")).findFirst().orElseThrow();
        assertTrue(a.text(charged.content()).contains("fraudulent sale"), show(a));
        long relayed = a.attributions().stream().filter(c -> a.entity(c.speaker()).label().contains("Ledger") && c.relays() >= 0).count();
        assertEquals(3, relayed, show(a));
    }

    @Test
    void wireAndBusinessShapes() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Veltrax Holdings said on Tuesday it had not misled investors.\n\n"
                + "Brightline Capital alleged in its report that Veltrax had inflated revenue.\n\n"
                + "Daniel Ortiz told analysts the company did nothing wrong.\n\n"
                + "In a statement, Veltrax said the report was riddled with errors.\n\n"
                + "Moscow denies targeting civilians.\n\n"
                + "Ukrainian officials accused Russia of using the plant as a shield, a charge Moscow denies.\n\n"
                + "The head of the local administration, Yevgeny Balitsky, blamed Ukrainian troops for the shelling.");
        java.util.List<Attribution> l = claims(a, 8);
        assertEquals("it had not misled investors", a.text(l.get(0).content()).replaceAll("\\.$", ""), show(a));
        assertEquals(Stance.DENIES, l.get(0).stance(), show(a));
        assertTrue(a.text(l.get(1).content()).startsWith("Veltrax had"), show(a));
        assertTrue(a.text(l.get(2).content()).startsWith("the company did"), show(a));
        assertEquals(Stance.DENIES, l.get(2).stance(), show(a));
        assertEquals(Stance.DENIES, l.get(3).stance(), show(a));
        assertEquals("russia", l.get(4).speaker(), show(a));
        assertEquals(Stance.DENIES, l.get(4).stance(), show(a));
        assertEquals("accused Russia of using the plant as a shield", a.text(l.get(5).content()), show(a));
        assertEquals("using the plant as a shield", a.text(l.get(6).content()), show(a));
        assertEquals(Stance.DENIES, l.get(6).stance(), show(a));
        assertEquals("Yevgeny Balitsky", a.entity(l.get(7).speaker()).label(), show(a));
        assertTrue(a.text(l.get(7).content()).startsWith("blamed Ukrainian troops"), show(a));
    }

    @Test
    void aHeadlineRejectionMakesTheRejectersOwnWordsDenials() {
        Article a = ClaimsTestSupport.PIPE.annotate(Article.of("t2", org.claimgraph.model.Source.file("t2.txt"),
                "Author Nina Vosk insisted on Friday that she interviewed the minister twice.\n\n"
                        + "\"I spoke to him after the election, yes,\" Vosk said.\n\n" + "Background paragraph without any quotes at all. ".repeat(8),
                org.claimgraph.model.ArticleMeta.EMPTY.withTitle("Nina Vosk rejects ministry claim"), java.util.List.of()));
        assertEquals(2, a.attributions().size(), "\n" + show(a));
        for (Attribution c : a.attributions()) assertEquals(Stance.DENIES, c.stance(), show(a));
    }

    @Test
    void aHeadlineRejecterCounterAccusingStillAlleges() {
        // fires: the rejecter's own account is a denial; must not: its charge of fabricating and its accusation of a
        // third party's harm stay allegations
        Article a = titled("Ministry spokesman Pavel Orlik rejects rights group report",
                "Pavel Orlik on Monday rejected a report by a rights group accusing the border guards of abuse.\n\n"
                        + "\"Our officers have always acted within the law,\" Orlik said. \"We strongly oppose certain groups fabricating rumours about our service.\"\n\n"
                        + "Orlik said the militants had attacked two patrols last month.\n\n" + "Background paragraph without any quotes at all. ".repeat(10));
        Attribution own = null, charge = null, harm = null;
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            if (t.contains("acted within the law")) own = c;
            if (t.contains("fabricating rumours")) charge = c;
            if (t.contains("militants had attacked")) harm = c;
        }
        assertTrue(own != null && charge != null && harm != null, show(a));
        assertEquals(Stance.DENIES, own.stance(), show(a));
        assertEquals(Stance.ALLEGES, charge.stance(), show(a));
        assertEquals(Stance.ALLEGES, harm.stance(), show(a));
    }

    @Test
    void strippedPunctuationRelativeClausesAppositionsAndRunOnSentences() {
        Article a = annotate("Lead paragraph of the report\n\n"
                + "A doctor at the field hospital who asked not to be named said most of the wounded were women\n\n"
                + "We heard the jets and then everything went dark said Umm Khaled a mother of three whose house was destroyed\n\n"
                + "Russia denied its aircraft were involved The Russian Defence Ministry said its planes did not fly any missions in the area");
        java.util.List<Attribution> l = claims(a, 4);
        assertEquals("A doctor at the field hospital", a.entity(l.get(0).speaker()).label(), show(a));
        assertEquals("Umm Khaled", a.entity(l.get(1).speaker()).label(), show(a));
        assertEquals("We heard the jets and then everything went dark", a.text(l.get(1).content()), show(a));
        assertEquals("its aircraft were involved", a.text(l.get(2).content()), show(a));
        assertEquals(Stance.DENIES, l.get(3).stance(), show(a));
    }

    @Test
    void stateAgencyShapes() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Rockets hit residential neighborhoods in Aleppo city, causing material damage, SANA's reporter said.\n\n"
                + "The reporter added that army units destroyed a number of launch pads.\n\n"
                + "Foreign Minister Faisal Mekdad affirmed, in a phone call with his Iranian counterpart, that Syria will keep fighting terrorism.\n\n"
                + "Maria Zakharova said that Washington's claims about chemical weapons are baseless.\n\n"
                + "Head of the Russian Reconciliation Center, Major General Oleg Zhuravlev, said that militants were preparing a provocation.");
        java.util.List<Attribution> l = claims(a, 5);
        assertEquals("sana", l.get(0).speaker(), show(a));
        assertEquals("sana", l.get(1).speaker(), show(a));
        assertTrue(a.text(l.get(2).content()).startsWith("Syria will"), show(a));
        assertEquals("maria-zakharova", l.get(3).speaker(), show(a));
        assertEquals("Oleg Zhuravlev", a.entity(l.get(4).speaker()).label(), show(a));
    }

    @Test
    void aDefenceLawyerDeniesAndAPossessiveRoleIsItsOwnSpeaker() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors said Peter Hollis took bribes from a contractor.\n\n"
                + "Hollis's lawyer, Thomas Brenner, told the jury the payments were personal loans between old friends.\n\n"
                + "The Free Farmers Union said its members left the valley. Its commander said the camp was empty.");
        java.util.List<Attribution> l = claims(a, 4);
        assertEquals(Stance.ALLEGES, l.get(0).stance(), show(a));
        assertEquals("thomas-brenner", l.get(1).speaker(), show(a));
        assertEquals(Stance.DENIES, l.get(1).stance(), show(a));
        assertEquals("Its commander", a.entity(l.get(3).speaker()).label(), show(a));
    }

    @Test
    void anIndefiniteCapitalisedDescriptionIsAnUnnamedSourceAsWritten() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The new levy exceeds the governor's powers under state law, according to a top Senate Republican.");
        Attribution c = only(a);
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(c.speaker()).type(), show(a));
        assertEquals("a top Senate Republican", a.entity(c.speaker()).label(), show(a));
    }

    @Test
    void statementsAndReportsOfInstitutions() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "In a statement released on Tuesday, Amnesty International said the detentions were arbitrary.\n\n"
                + "The statement added that the detainees had no access to lawyers.\n\n"
                + "Human Rights Watch, in a report published on Monday, accused the police of torturing detainees.");
        java.util.List<Attribution> l = claims(a, 3);
        assertEquals("amnesty-international", l.get(1).speaker(), show(a));
        assertEquals("human-rights-watch", l.get(2).speaker(), show(a));
        assertTrue(a.text(l.get(2).content()).startsWith("accused the police of torturing"), show(a));
    }

    @Test
    void aCueInsideAQuoteIsTheQuotesOwnUnlessItRelaysANamedSource() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "\u201cThe company promised the regulator that the leaks had stopped. They have not,\u201d said Anna Varga, a local organiser.\n\n"
                + "\u201cHe said he would pay us, but nothing came,\u201d one worker said.\n\n"
                + "\u201cNeighbours told us that the pipe burst twice in May,\u201d said Paul Orme, the union's spokesman.");
        java.util.List<Attribution> l = a.attributions();
        for (Attribution c : l) {
            String sp = a.entity(c.speaker()).label().toLowerCase(java.util.Locale.ROOT);
            assertTrue(!sp.contains("company") && !sp.equals("he"), sp + "\n" + show(a));
        }
        assertTrue(l.stream().anyMatch(c -> a.entity(c.speaker()).label().equalsIgnoreCase("Neighbours")), show(a));
        assertEquals(4, l.size(), show(a));
    }

    @Test
    void aDescribedPersonKeepsThePlaceAndANameInAppositionSpeaks() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "\u201cThe buses come at six every morning,\u201d a schoolteacher from Aleppo said.\n\n"
                + "\u201cThe bridge was hit twice,\u201d said a driver, Ali Hassan.");
        java.util.List<Attribution> l = claims(a, 2);
        assertTrue(Speakers.names(a.entity(l.get(0).speaker())).contains("a schoolteacher from Aleppo"), show(a));
        assertEquals("ali-hassan", l.get(1).speaker(), show(a));
    }

    @Test
    void aLongPassageAfterAColonGivesItsSourceOnlyItsFirstSentences() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Northern Courier reported at the time:\n\n"
                + "The smugglers moved fuel across the border every night. Police found four tankers near the river. "
                + "The gang paid guards at two checkpoints. Ten years ago a similar ring was broken up in the south. "
                + "The fuel was later sold in the capital.");
        java.util.List<Attribution> l = claims(a, 3);
        assertTrue(a.text(l.get(0).content()).startsWith("The smugglers moved"), show(a));
        assertTrue(a.text(l.get(2).content()).startsWith("The gang paid"), show(a));
    }

    @Test
    void aStrippedRelayRunningBackIntoTheClauseGivesTheOutletAndItsSource() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Floods cut the main road on Sunday stranding 300 families the state-run Xinhua news agency reported citing a local official.");
        java.util.List<Attribution> l = claims(a, 2);
        assertTrue(l.stream().anyMatch(c -> c.speaker().equals("xinhua")), show(a));
        assertTrue(l.stream().anyMatch(c -> a.entity(c.speaker()).label().equals("a local official")), show(a));
        for (Attribution c : l) assertTrue(a.text(c.content()).startsWith("Floods cut the main road"), show(a));
    }

    @Test
    void aNegatedReportSaysNothing() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The navy did not immediately comment. A port official said two tugboats had sunk.");
        Attribution c = only(a);
        assertEquals("A port official", a.entity(c.speaker()).label(), show(a));
        assertTrue(a.text(c.content()).startsWith("two tugboats"), show(a));
    }

    @Test
    void wordsThatOnlyOpenSentencesAreNoSpeakers() {
        // an interview's imperative, an editor's bracketed note, a discourse adverb a later pronoun would point to
        Article a = annotate("Lead paragraph of the interview.\n\nQ. Please tell us about how the floods will change the town. "
                + "The levee was built in 1950. [Emphasis added.] Given that record, the council has to act.\n\n"
                + "Nevertheless, the drivers union is clamoring for more money. They are demanding raises and guarantees.");
        assertTrue(a.attributions().isEmpty(), show(a));
    }

    @Test
    void aCueWordAfterAnArticleOrBeforeItsNounIsNoCue() {
        // "in the states that offer", "representing accused smugglers", "how many people are asking"
        Article a = annotate("Lead paragraph of the report.\n\nCampaigners will focus their efforts in the states that offer a ballot initiative. "
                + "Then they jailed a lawyer for representing accused smugglers. "
                + "I am not sure how many people are asking for help.");
        assertTrue(a.attributions().stream().noneMatch(c -> a.entity(c.speaker()).label().contains("the")
                || a.entity(c.speaker()).label().contains("for") || a.entity(c.speaker()).label().startsWith("sure")), show(a));
    }

    @Test
    void aTranscriptsSpeakerLabelGivesItsStatementsToTheSpeakerIntroducedBefore() {
        Article a = annotate("Briefing by Interior Ministry spokesman Pavel Moravec in Brno on Monday.\n\n"
                + "MORAVEC: Good afternoon. On Sunday the police detained three men who were carrying forged passports.\n\n"
                + "QUESTION (Radio Morava): The opposition says the ministry ignored warnings for months. Is that correct?\n\n"
                + "MORAVEC: That is simply not true. The ministry acted on every warning it received.");
        java.util.List<Attribution> l = a.attributions().stream().filter(c -> a.entity(c.speaker()).label().equals("Pavel Moravec")).toList();
        assertTrue(l.stream().anyMatch(c -> a.text(c.content()).startsWith("On Sunday the police detained") && c.stance() == Stance.ALLEGES), show(a));
        // after "That is simply not true" the answer rebuts
        assertTrue(l.stream().anyMatch(c -> a.text(c.content()).startsWith("The ministry acted on every warning") && c.stance() == Stance.DENIES), show(a));
        // greetings and the reporter's question are no statements of the spokesman
        assertTrue(l.stream().noneMatch(c -> a.text(c.content()).contains("Good afternoon") || a.text(c.content()).contains("ignored warnings")), show(a));
    }

    @Test
    void noneInARelativeClauseIsNoDenial() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "\"Two jets struck a market in the old town where there were no soldiers,\" Governor Maria Lopez said.");
        Attribution c = only(a);
        assertEquals(Stance.ALLEGES, c.stance(), show(a));
    }

    @Test
    void oneLabelledParagraphIsNoTranscript() {
        Article a = annotate("Interior Ministry spokesman Pavel Moravec spoke in Brno on Monday.\n\n"
                + "MORAVEC: The ministry acted on every warning it received from the border police.");
        assertTrue(a.attributions().isEmpty(), show(a));
    }

    @Test
    void itRefersBackToAnUnnamedBodyInTheSingular() {
        Article a = annotate("A blast hit the market of Teravo on Sunday. The ministry blamed the strike on the rebels, which it said had used a drone.");
        for (Attribution c : a.attributions()) {
            if (a.text(c.content()).startsWith("had used a drone")) assertEquals("The ministry", a.entity(c.speaker()).label(), show(a));
        }
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).startsWith("had used a drone")), show(a));
    }

    @Test
    void whoSpeaksForADenierAnswersWithItsRebuttal() {
        Article a = annotate("The People's Defence Force rejected the army's account of a base in the village. Its commander, who uses the nom de guerre "
                + "Bo Tala, told reporters that his fighters had left the area two weeks earlier. \u201cThere were only refugees,\u201d he said.\n\n"
                + "The Health Service said the claim was \u201ccompletely baseless.\u201d \u201cVaccines contain the antigen and water only,\u201d said "
                + "Dr. Ama Owusu, the service's director of public health.");
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            if (t.contains("fighters had left") || t.contains("only refugees") || t.contains("antigen")) assertEquals(Stance.DENIES, c.stance(), t + "\n" + show(a));
        }
        assertEquals(5, a.attributions().size(), show(a));
    }

    @Test
    void aTitleBeforeASentenceFinalSpeakerIsNoContent() {
        Article a = annotate("The army does not target civilians, Hezbollah spokesman Ali Hassan said.");
        assertEquals("The army does not target civilians", a.text(only(a).content()), show(a));
    }

    @Test
    void aLongExcerptQuotedAfterAnIntroducingCueIsOneClaimPerSentence() {
        Article a = annotate("The port board has been under scrutiny for years.\n\nAccording to a report from Amnesty International:\n\n\u201cIn 2015 the firm asked the port board to change its rules. "
                + "Days later the chairman pushed the new rule through the board. The firm then paid the chairman a large fee.\u201d\n\n"
                + "The source continued:\n\n\u201cThe dockers lost their jobs within a year. Nobody was ever charged.\u201d");
        assertEquals(4, a.attributions().size(), show(a));
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).startsWith("Days later the chairman")), show(a));
        // a longer excerpt loses no sentence, short ones included
        Article b = annotate("The port board has been under scrutiny for years.\n\nAccording to a report from Amnesty International:\n\n\u201cIn 2015 the firm asked the port board to change its rules. "
                + "Days later the chairman pushed the new rule through the board. It passed. The firm then paid the chairman a large fee. "
                + "Two dockers who objected were dismissed within a month. The board never reviewed the fee.\u201d");
        String all = b.attributions().stream().map(c -> b.text(c.content())).reduce("", (x, y) -> x + " " + y);
        for (String w : java.util.List.of("It passed.", "Two dockers who objected", "never reviewed the fee")) assertTrue(all.contains(w), w + " :: " + show(b));
    }

    @Test
    void aTimeBeforeTheColonOfAnIntroducingCueStillIntroducesTheNextParagraph() {
        Article a = annotate("The port board has been under scrutiny for years.\n\nAs Reuters reported on Monday:\n\n"
                + "The firm then paid the chairman a large fee after the vote.");
        Attribution c = only(a);
        assertEquals("Reuters", a.entity(c.speaker()).label(), show(a));
        assertTrue(a.text(c.content()).startsWith("The firm then paid"), show(a));
    }

    @Test
    void itAfterADocumentNamedWithItsAuthorIsThatAuthorAndEachThatClauseKeepsItsOwnStance() {
        Article a = annotate("Reuters asked the spokeswoman about the case on Monday.\n\n"
                + "We have seen the statement of the Russian Defence Ministry. It says that Russia \"has nothing to do with the cargo\" "
                + "and that Bulgaria is making \"baseless charges for electoral gain.\"");
        int seen = 0;
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            if (!t.startsWith("Russia") && !t.startsWith("Bulgaria")) continue;
            seen++;
            assertTrue(a.entity(c.speaker()).label().contains("Ministry"), show(a));
            assertEquals(t.startsWith("Russia") ? Stance.DENIES : Stance.ALLEGES, c.stance(), t + "\n" + show(a));
        }
        assertEquals(2, seen, show(a));
    }

    @Test
    void aSentenceFinalDescriptionWithTheNameInAppositionSpeaksAsThatName() {
        Article a = annotate("A drone strike killed six farmers near the village of Kamari on Tuesday, the head of the Joint Monitoring Centre, "
                + "Rear Admiral Pavel Orlov, told reporters on Wednesday.\n\nOrlov responded that the figures \"cannot be trusted.\"");
        Attribution c = claims(a, 2).get(0);
        assertEquals("Pavel Orlov", a.entity(c.speaker()).label(), show(a));
        assertTrue(a.text(c.content()).startsWith("A drone strike killed six farmers") && a.text(c.content()).endsWith("on Tuesday"), show(a));
        assertTrue(a.text(a.attributions().get(1).content()).startsWith("the figures"), show(a));
    }

    @Test
    void aGroupSpeakerAccusesBothSidesInThePresentTense() {
        Article a = annotate("The junta has been fighting jihadist groups for years.\n\n"
                + "Rights groups regularly accuse both the insurgents and the police of abuses against herders.");
        Attribution c = only(a);
        assertEquals("Rights groups", a.entity(c.speaker()).label(), show(a));
        assertTrue(a.text(c.content()).contains("the police of abuses"), show(a));
    }

    @Test
    void aNegatedModalReportIsNoReport() {
        Article a = annotate("The talks failed again. Because the warning comes from an EU partner, all at once one can\u2019t accuse Russian trolls.");
        assertEquals(0, a.attributions().size(), show(a));
    }

    @Test
    void agentsNamedByTheirCountryAreAnUnnamedSourceNotTheCountry() {
        Article a = annotate("The inquiry stalled in 2016.\n\nU.S. drug enforcement agents who spoke to reporters accused the administration of derailing the inquiry.");
        assertEquals("U.S. drug enforcement agents", a.entity(only(a).speaker()).label(), show(a));
    }

    @Test
    void aGerundAfterOfIsNoCueAndASurnameOpeningTheSentenceSpeaks() {
        Article a = annotate("The president handed out awards for the most irresponsible examples of reporting.\n\n"
                + "His boldness resonated with voters across the country.\n\nStephen Strang wrote a book about the president last year.\n\n"
                + "Strang fully acknowledges that some of the comments were crude.");
        Attribution c = only(a);
        assertEquals("Stephen Strang", a.entity(c.speaker()).label(), show(a));
        assertEquals("some of the comments were crude.", a.text(c.content()), show(a));
    }

    @Test
    void aDeniersNextParagraphGoesOnWithTheRebuttalUntilAnotherSpeaks() {
        Article a = annotate("The bridge has been closed since Monday.\n\nThe Rail Authority denied reports that the bridge was unsafe.\n\n"
                + "The authority added that the bridge had been inspected in May.\n\nA resident said the trains were late again.");
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            assertEquals(t.contains("trains") ? Stance.ALLEGES : Stance.DENIES, c.stance(), t + "\n" + show(a));
        }
        assertEquals(3, a.attributions().size(), show(a));
    }

    @Test
    void aReducedPassiveAccusedOfIsNoClaim() {
        Article a = annotate("In early 2016, French police smashed a Hezbollah cell accused of trafficking cocaine for a drug cartel.");
        assertEquals(0, a.attributions().size(), show(a));
    }

    @Test
    void theClauseBeforeASpeakerWhoGoesOnWithAColonIsAClaimToo() {
        Article a = annotate("Sergei Lavrov spoke in Geneva on Monday.\n\nIt is more than a border dispute, Lavrov continued: \u201cThis is about survival.\u201d");
        claims(a, 2);
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).equals("It is more than a border dispute")), show(a));
    }

    @Test
    void aSentenceFinalCueGoingOnWithAddingThatKeepsTheClauseBeforeWithOrWithoutCommas() {
        for (String body : new String[]{
                "The town was hit on Sunday.\n\nAn air strike hit a market in the town, killing 19 people, the state health ministry said, adding that more than 40 others were wounded.",
                "The town was hit on Sunday\n\nAn air strike hit a market in the town killing 19 people the state health ministry said adding that more than 40 others were wounded"}) {
            Article a = annotate(body);
            claims(a, 2);
            assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).startsWith("An air strike hit a market")), show(a));
            assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).startsWith("more than 40 others")), show(a));
        }
    }

    @Test
    void heOrSheNeverRefersBackToAPluralUnnamedSource() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "A local elder, Omar Haji, said residents had warned the officials. \"We told them many times,\" he said.\n\n"
                + "A relative of the victims said the house was hit at night. \"We buried them at dawn,\" she said.");
        for (Attribution c : a.attributions()) {
            String t = a.text(c.content());
            if (t.contains("many times")) assertEquals("omar-haji", c.speaker(), show(a));
            if (t.contains("at dawn")) assertEquals("A relative of the victims", a.entity(c.speaker()).label(), show(a));
        }
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("at dawn")), show(a));
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("many times")), show(a));
    }

    @Test
    void strippedPunctuationSpeakerAfterAnExistentialClauseIsTheNameBeforeItsApposition() {
        Article a = annotate("Lead paragraph of the report\n\n"
                + "The militants said they had targeted soldiers\n\n"
                + "That claim is false There were no soldiers at the depot only farmers going to the market said Yusuf Abdi Farah a spokesman for the Jubaland state government He said the militants were losing ground");
        Attribution c = a.attributions().stream().filter(x -> a.text(x.content()).contains("no soldiers")).findFirst().orElse(null);
        assertTrue(c != null, show(a));
        assertEquals("yusuf-abdi-farah", c.speaker(), show(a));
        // "state" between a name and a noun is no cue
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.cue()).equals("state")), show(a));
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).contains("losing ground") && x.speaker().equals("yusuf-abdi-farah")), show(a));
    }

    @Test
    void theAccusedSideKeepingTheRulesDenies() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Officials accused the Rovan Valve Company of shipping pumps to the navy.\n\n"
                + "\"All of our products comply with national law,\" the company said in a statement.\n\n"
                + "The firm said it had always abided by the export rules.");
        assertStance(a, Stance.DENIES, "comply with", "abided by");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("comply with")), show(a));
    }

    @Test
    void theAccusedsFamilyGivingAnAlibiOrAMistakenIdentityDeniesButAWitnessAtHomeAlleges() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "A 30-year-old man was charged with robbery on Monday, as his family insisted officers had arrested the wrong man.\n\n"
                + "\"He was back by nine that evening and he never left the house,\" his sister Dana Merl told reporters.\n\n"
                + "Resident Omar Kerrigan said his family was at home when the shells hit the school.");
        assertStance(a, Stance.DENIES, "wrong man", "never left");
        assertStance(a, Stance.ALLEGES, "at home");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("at home")), show(a));
    }

    @Test
    void anEffectNotSeenRebutsTheClaimOfIt() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "A video claims the new vaccine causes hair loss.\n\n"
                + "The Ministry of Health said no increase in hair loss has been recorded among people vaccinated.");
        assertStance(a, Stance.DENIES, "no increase");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("no increase")), show(a));
    }

    @Test
    void theRoleNounRefersBackToThePersonGivenThatRole() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The governor's office has attacked a new book by Peter Lang, author of two biographies.\n\n"
                + "However, the author maintained the book is accurate.");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains("book is accurate") && c.speaker().equals("peter-lang")), show(a));
    }

    @Test
    void aDefendingSideRebutsWhereverItRejectsButNotWhenItAccusesOrThreatens() {
        // the company denied in so many words (no claim of its own there); later it rejects by compliance and by a negation
        // about itself, a paragraph away; its plan, its threat and another speaker's negation stay allegations
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Farmers in Kolva say the Verano Mining Company poisoned the river.\n\n"
                + "The Verano Mining Company denied any wrongdoing.\n\n"
                + "A local doctor said the children had not recovered.\n\n"
                + "The plant has always complied with every standard, the Verano Mining Company said in a statement. "
                + "The company said it had never released untreated water. "
                + "The company said it would not hesitate to sue the farmers. "
                + "The company said it will open a second plant next year.");
        assertStance(a, Stance.DENIES, "always complied", "never released");
        assertStance(a, Stance.ALLEGES, "not recovered", "not hesitate", "second plant");
        // the accused's lawyer, named by a possessive, answers for him; a negation about something else accuses
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The federation accused Tomas Ridel of doping.\n\n"
                + "His lawyer, Paul Varnier, said Ridel had never taken a banned substance. "
                + "Varnier said the hearing was not fair.");
        assertStance(b, Stance.DENIES, "never taken");
        assertStance(b, Stance.ALLEGES, "not fair");
    }

    @Test
    void anUnnamedSourceKeepsItsPostmodifierAndItsPrepositionalCompound() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The talks collapsed on Monday, two people familiar with the matter said.\n\n"
                + "The bridge was closed on Tuesday, a source familiar with the matter said.\n\n"
                + "The plan was dropped, officials briefed on the talks said.\n\n"
                + "Four protesters were arrested in the capital, according to rights groups.");
        java.util.Map<String, String> who = new java.util.HashMap<>();
        for (Attribution c : a.attributions()) who.put(a.text(c.content()), a.entities().stream().filter(x -> x.key().equals(c.speaker())).findFirst().map(Entity::label).orElse(c.speaker()));
        assertEquals("two people familiar with the matter", who.get("The talks collapsed on Monday"), show(a));
        // "the matter" is no back-reference to the first source: the second is a source of its own
        assertEquals("a source familiar with the matter", who.get("The bridge was closed on Tuesday"), show(a));
        assertEquals("rights groups", who.get("Four protesters were arrested in the capital"), show(a));
        // a participle's postmodifier stays as another name of the source
        Entity officials = a.entities().stream().filter(x -> x.label().equals("officials")).findFirst().orElseThrow();
        assertTrue(officials.altLabels().contains("officials briefed on the talks"), show(a));
        // after "according to" too (the noun phrase had taken the adjective in and named nobody: no claim)
        Article b = annotate("Lead paragraph of the report.\n\nThe bridge was closed, according to two people familiar with the matter.\n\n"
                + "The dam was closed, according to officials briefed on the plan.");
        assertEquals(2, b.attributions().size(), show(b));
        assertTrue(b.entities().stream().anyMatch(x -> x.label().equals("two people familiar with the matter")), show(b));
        assertTrue(b.entities().stream().anyMatch(x -> x.altLabels().contains("officials briefed on the plan")), show(b));
    }

    @Test
    void aNominalDenialIsTheWholeSentenceButADenialThatGoesOnIsNot() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Residents accused the Verano Mining Company of poisoning the river.\n\n"
                + "The Verano Mining Company denied any wrongdoing.\n\n"
                + "The army has always denied involvement in the killings.\n\n"
                + "The federation banned Tomas Ridel for four years.\n\n"
                + "Ridel, a former champion, has always denied doping.");
        for (String t : java.util.List.of("The Verano Mining Company denied any wrongdoing.", "The army has always denied involvement in the killings.",
                "Ridel, a former champion, has always denied doping.")) {
            assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).equals(t) && c.stance() == Stance.DENIES), t + "\n" + show(a));
        }
        // the content clause of a denial stays the claim
        Article b = annotate("The ministry denied that its aircraft had struck the market.");
        assertEquals("its aircraft had struck the market.", b.text(only(b).content()), show(b));
    }

    @Test
    void quotationMarksInsideADenialDoNotHideIt() {
        Article a = annotate("The spokesman told reporters that the arrests had \u201cnothing to do with\u201d the protests.");
        assertEquals(Stance.DENIES, only(a).stance(), show(a));
    }

    @Test
    void aPartyThatDeniesByItsWordsRebutsLaterToo() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Interior Ministry said its forces had not fired on the crowd.\n\n"
                + "Witnesses described chaos at the square.\n\n"
                + "The officers acted in accordance with the law, the Interior Ministry said. "
                + "The Interior Ministry said the square will reopen on Monday.");
        assertStance(a, Stance.DENIES, "accordance with the law");
        assertStance(a, Stance.ALLEGES, "reopen on Monday");
    }

    @Test
    void aDefendingSideRebutsByInspectionProcedureMotiveOrInnocenceButNotByAResultOrAPlan() {
        // the accused company answers by checks passed, a procedure followed and the accuser's motive; its test result
        // of others and its plan stay allegations
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Fishermen accused the Halden Brick Company of dumping ash into the lake.\n\n"
                + "The Halden Brick Company said its kilns had passed every inspection since 2019. "
                + "The Halden Brick Company said its drivers followed the procedures at the shore. "
                + "The Halden Brick Company said the fishermen were trying to score political points before the vote. "
                + "The Halden Brick Company said water from the river had tested high for ash upstream. "
                + "The Halden Brick Company said it will build a new depot in March.");
        assertStance(a, Stance.DENIES, "passed every inspection", "followed the procedures", "political points");
        assertStance(a, Stance.ALLEGES, "tested high", "new depot");
        // the accused's relative asserts his innocence
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged Daniel Varga with fraud on Monday.\n\n"
                + "His brother, Tibor Varga, said Daniel was looking forward to clearing his name in court.");
        assertStance(b, Stance.DENIES, "clearing his name");
        // "with" names a wrongdoing only after "charge": one criticised with words is no accused party
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The minister criticised Daniel Varga with sharp words on Monday.\n\n"
                + "Daniel Varga said his ferries had passed every inspection this year.");
        assertStance(d, Stance.ALLEGES, "passed every inspection");
        // the same words from a party that neither denies nor is accused are no rebuttal
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The Orlin Rail Company said its new trains had passed every inspection before the launch.");
        assertStance(c, Stance.ALLEGES, "passed every inspection");
    }

    @Test
    void conductDefendedInSoManyWordsRebutsWhoeverSaysItButNotAMotiveAPledgeOrTheAccusersSide() {
        // a speaker not known as the accused side defends conduct as checked or trained, accusing no one: a rebuttal
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Villagers accused the Torval Mining Company of poisoning the river.\n\n"
                + "Team leader Aldo Ferri said the pipes had been inspected two weeks ago.");
        assertFoundWithStance(a, Stance.DENIES, "inspected two weeks ago");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The family of Jonah Pike accused Brell County police of shooting him without warning.\n\n"
                + "The police union defended the constable. \"He followed his training to the letter,\" union president Carl Haddix said.");
        assertFoundWithStance(b, Stance.DENIES, "followed his training");
        // not a motive attacked by a critic ("politically motivated" is said of others), not a witness's negation
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The family of Jonah Pike accused Brell County police of shooting him without warning.\n\n"
                + "Analysts said the protests were politically motivated. Residents said no officer had given a warning.");
        assertFoundWithStance(c, Stance.ALLEGES, "politically motivated");
        assertFoundWithStance(c, Stance.ALLEGES, "no officer had given");
        // not a claim that names another actor ("X had complied" from a regulator informs of X)
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged the Quarrow Bank with laundering money for a cartel.\n\n"
                + "The Financial Conduct Office said Quarrow Bank had complied with all reporting rules.");
        assertFoundWithStance(d, Stance.ALLEGES, "had complied with all");
        // not the accuser's side: the accuser itself, or the officer of a body that spoke before
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "The Greenwatch Trust accused the Torval Mining Company of poisoning the river. "
                + "The Greenwatch Trust said its samples had been tested every month.");
        assertFoundWithStance(e, Stance.ALLEGES, "tested every month");
    }

    @Test
    void conductPhraseInARelativeClauseOrBeforeANegationDefendsNothing() {
        // an expert's "officers who followed their training would not have fired" says what the accused should have done
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The family of Jonah Pike accused Deputy Rolf Ambry of firing without warning.\n\n"
                + "A police trainer, Dr. Selma Vrij, said officers who followed their training would not have fired.");
        assertFoundWithStance(a, Stance.ALLEGES, "would not have fired");
        // a phrase in a relative clause describes others, without a negation too
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The family of Jonah Pike accused Deputy Rolf Ambry of firing without warning.\n\n"
                + "A police trainer, Dr. Selma Vrij, said guards who followed protocol were praised by the board.");
        assertFoundWithStance(b, Stance.ALLEGES, "were praised by the board");
        // the phrase in the main clause still defends, also with a negated statement conjoined by "and"
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The family of Jonah Pike accused Deputy Rolf Ambry of firing without warning.\n\n"
                + "A police trainer, Dr. Selma Vrij, said the deputy followed his training and did not fire first.");
        assertFoundWithStance(c, Stance.DENIES, "followed his training");
    }

    @Test
    void opposingOthersFabricatingIsACounterAccusationButRejectingFabricationsDenies() {
        // after a denial, "we oppose certain groups fabricating stories" charges others with an act: an allegation
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Spokesperson Wen Tailin rejected the report.\n\n"
                + "\"We firmly oppose certain organizations fabricating stories,\" Wen said.");
        assertFoundWithStance(a, Stance.ALLEGES, "fabricating stories");
        // rejecting fabrications, or calling the report fabricated, still denies
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Spokesperson Wen Tailin rejected the report.\n\n"
                + "\"We firmly reject these fabrications,\" Wen said. \"The report is fabricated,\" he added.");
        assertFoundWithStance(b, Stance.DENIES, "reject these fabrications");
        assertFoundWithStance(b, Stance.DENIES, "report is fabricated");
    }

    @Test
    void anAccusedSideRebutsByANegativeSubjectButNotByAPromiseOrAWitnessAccount() {
        // "no witness had seen …", "there is no …": a negative subject of the accused side's statement rejects
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors accused Mirela Dobos of bribery on Monday.\n\n"
                + "Mirela Dobos said no inspector had ever asked her for money. "
                + "Mirela Dobos said there was no evidence of any payment. "
                + "Mirela Dobos said no office would close before the audit.");
        assertStance(a, Stance.DENIES, "no inspector had ever asked", "no evidence of any payment");
        // (a promise stays an allegation)
        assertStance(a, Stance.ALLEGES, "no office would close");
        // a witness outside the accused side telling what did not happen is testimony
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors accused Mirela Dobos of bribery on Monday.\n\n"
                + "A farmer, Ion Petrescu, said no inspector had come to the village in years.");
        assertStance(b, Stance.ALLEGES, "no inspector had come");
    }

    @Test
    void theAccusedSideIsFoundInAppositionRelativeClauseFacedChargesAndChargesAgainst() {
        // each construction names the accused, whose negated answer then rebuts
        String answer = "\n\n\u201cNo invoice was ever hidden from the board,\u201d Lidia Farkas said.";
        for (String lead : new String[]{
                "Shareholders accused the treasurer, Lidia Farkas, of hiding invoices.",
                "Lidia Farkas, who is accused of hiding invoices, resigned on Monday.",
                "Lidia Farkas has been charged with hiding invoices.",
                "Lidia Farkas faces charges of hiding invoices.",
                "The allegations against Lidia Farkas surfaced in May."}) {
            Article a = annotate("Lead paragraph of the report.\n\n" + lead + answer);
            assertStance(a, Stance.DENIES, "No invoice was ever hidden");
        }
        // one who faces no charge, only a vote or a fine, is no accused side
        for (String lead : new String[]{
                "Lidia Farkas faces a vote of the board in May.",
                "Lidia Farkas, who is expected to resign, spoke on Monday."}) {
            Article a = annotate("Lead paragraph of the report.\n\n" + lead + answer);
            assertStance(a, Stance.ALLEGES, "No invoice was ever hidden");
        }
    }

    @Test
    void anAccusedSideRebutsByACheckDoneButNotByAPlannedCheckOrAnotherPartysCheck() {
        // the accused plant answers that its water was tested; a check it plans, or one in a relative clause, informs
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Villagers accused the Korvel Tannery of poisoning the stream.\n\n"
                + "The Korvel Tannery said its water had been tested every week by an outside laboratory. "
                + "The Korvel Tannery said its pipes will be inspected in May. "
                + "The Korvel Tannery said it had received four complaints, all of which were examined.");
        assertStance(a, Stance.DENIES, "tested every week");
        assertStance(a, Stance.ALLEGES, "inspected in May", "four complaints");
        // a body that is not accused reporting a check is no rebuttal
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Lessard Water Board said the reservoir had been tested every week by an outside laboratory.");
        assertStance(b, Stance.ALLEGES, "tested every week");
    }

    @Test
    void aNegativeSubjectOfAPermissionWithheldIsAComplaintNotARebuttal() {
        // the accused side's "no shell had landed …" rebuts
        Article a = annotate("Lead paragraph.\n\nThe Kremlin said the Fifth Brigade shelled homes in Ostrava.\n\n"
                + "The Fifth Brigade said no shell had landed within two kilometres of the town.");
        assertStance(a, Stance.DENIES, "no shell had landed");
        // must NOT: "no inspector had been allowed into the plant" complains of what was withheld
        Article b = annotate("Lead paragraph.\n\nRussia said Ukraine shelled the plant.\n\n"
                + "Ukraine said no inspector had been allowed into the plant since March.");
        assertStance(b, Stance.ALLEGES, "no inspector had been allowed");
    }

    @Test
    void aKnownNameAndAColonStatesOnlyAClauseOfItsOwn() {
        // a name the article has named, a colon, the person's own clause
        Article a = annotate("Lead paragraph.\n\nSergey Lavrov spoke in Minsk on Monday.\n\nSergey Lavrov: The sanctions are hurting farmers in Europe.");
        assertTrue(a.attributions().stream().anyMatch(c -> AttributionReviewTest.speaker(a, c).equals("Sergey Lavrov")), show(a));
        // must NOT: a name never named before, a clause about the person, a clause with a source of its own
        for (String t : new String[] {
                "Lead paragraph.\n\nJohn Mallory: The judge gave him four years for the robbery.",
                "Lead paragraph.\n\nThe victims included the councillor Tom Reyes.\n\nTom Reyes: He had served for ten years and was loved by all.",
                "Lead paragraph.\n\nAnne Kolb spoke on Monday.\n\nAnne Kolb: The city has failed its poorest residents, the report found."}) {
            Article b = annotate(t);
            assertTrue(b.attributions().stream().noneMatch(c -> b.text(c.content()).contains("The judge") || b.text(c.content()).contains("served for ten")
                    || AttributionReviewTest.speaker(b, c).equals("Anne Kolb")), show(b));
        }
    }

    @Test
    void aBarristerNamedWithHisAnswersForTheAccusedSubjectOfAnEarlierSentence() {
        // "His barrister, NAME": "his" is the person opening the sentences before, past a firm named in between
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors accused Dennis Marlow of taking bribes. "
                + "Dennis Marlow denied the charges. "
                + "On the stand, he said he had kept the accounts of Brenton Dredging for a decade.\n\n"
                + "His barrister, Clara Voss, said no witness had seen any payment.");
        assertStance(a, Stance.DENIES, "no witness had seen");
        // a barrister of someone who is neither accused nor denying speaks for nobody
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Dennis Marlow gave evidence on Monday.\n\n"
                + "His barrister, Clara Voss, said no witness had seen the meeting.");
        assertStance(b, Stance.ALLEGES, "no witness had seen");
    }

    @Test
    void aReportedClauseWhoseOwnSideRejectsTheClaimsDeniesButNotAThirdPartysRejectionOrAPassive() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Velish side firmly rejects these fabrications, the embassy spokesman said.\n\n"
                + "A lawyer for the villagers said the court rejected the claims of the mining firm.\n\n"
                + "Ana Pirel said the allegations were rejected by the board in March.\n\n"
                + "Ana Pirel said they rejected the bid on Monday.");
        assertStance(a, Stance.DENIES, "firmly rejects these fabrications");
        assertStance(a, Stance.ALLEGES, "court rejected the claims", "rejected by the board", "they rejected the bid");
    }

    static Article titled(String title, String body) {
        return ClaimsTestSupport.PIPE.annotate(Article.of("t1", org.claimgraph.model.Source.file("t1.txt"), body,
                org.claimgraph.model.ArticleMeta.EMPTY.withTitle(title), java.util.List.of()));
    }

    @Test
    void onlyAndAlwaysInADefendersStatementAreNoRebuttal() {
        // a party that denied reports, or any wrongdoing, still states schedules and conditions with "only"/"always"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Health Ministry denied reports of a vaccine shortage on Friday.\n\n"
                + "The Health Ministry said only adults over 60 would be offered the booster this winter.");
        assertStance(a, Stance.ALLEGES, "only adults over 60");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Varna Cycling Team denied any wrongdoing on Tuesday.\n\n"
                + "The Varna Cycling Team said Ivo Marek would race in the Tour of Spain.\n\n"
                + "The Varna Cycling Team said its riders always train at altitude in May.");
        assertStance(b, Stance.ALLEGES, "always train");
    }

    @Test
    void aRejectedOrCriticisedPartyIsNoDefendingSide() {
        // a passive subject is the one rejected, not the rejecter; a criticised coach's admission is no denial
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "An offer from Norvane Holdings was rejected on Monday.\n\n"
                + "Norvane Holdings said it had not walked away from the deal.");
        assertStance(a, Stance.ALLEGES, "not walked away");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Fans criticised Alan Marsh after the 3-0 defeat on Saturday.\n\n"
                + "Marsh said his side had not played well in the first half.");
        assertStance(b, Stance.ALLEGES, "not played well");
    }


    @Test
    void anExpletiveItOrAThingsStateIsNoRebuttal() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The board of Veltoria rejected the accusations on Monday.\n\n"
                + "Veltoria said it expects revenue to grow modestly next year.\n\n"
                + "Veltoria said it was not immediately clear when the annual meeting would take place.\n\n"
                + "Veltoria said its hospitals were not equipped to handle a further surge.");
        assertStance(a, Stance.ALLEGES, "not immediately clear", "not equipped");
    }


    @Test
    void anAdministrativeRefusalIsNoNominalDenial() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The judge denied the motion.\n\n"
                + "The Home Office denied his asylum application.\n\n"
                + "The regulator denied approval.\n\n"
                + "The airline denied boarding.\n\n"
                + "The Interior Ministry denied entry to the activist.");
        assertTrue(a.attributions().isEmpty(), show(a));
    }


    @Test
    void aPassiveHeadlineDefendsNobody() {
        // "X denied bail" is no rejection by X: his later statement is no denial answering for himself
        Article a = titled("Marek Kovan denied bail in fraud case", "Marek Kovan was denied bail on Monday by a court in Zagreb.\n\n"
                + "Kovan told reporters he had not seen his children in two years.\n\n"
                + "Kovan said he wanted to return to business after the trial and to open a new company in the spring.");
        for (Attribution c : a.attributions()) assertTrue(c.targets().isEmpty(), show(a) + c.targets());
    }

    /** The article has n claims, every one by the speaker labelled so. */
    static void assertAllBy(Article a, int n, String label) {
        for (Attribution c : claims(a, n)) assertEquals(label, a.entity(c.speaker()).label(), show(a));
    }

    @Test
    void aDocumentAfterAnInvertedCueSpeaksForTheBodyNamedAfterIt() {
        // "“…,” says a new note from <title> X": the bank speaks, and the quotation paragraph after it goes on
        Article a = annotate("Copper prices climbed on Tuesday.\n\n“Demand for copper will keep rising as factories reopen,” says a new metals "
                + "note from German lender Deutsche Bank.\n\n“The supply picture is tighter than it looks.”\n\nTraders were cautious.");
        assertAllBy(a, 2, "Deutsche Bank");
        // must NOT: a document with no named body after it, nor one placed in an outlet
        Article b = annotate("Copper prices climbed on Tuesday.\n\n“Demand for copper will keep rising,” says a new note from the trading floor.");
        assertTrue(b.attributions().isEmpty(), show(b));
        // a body the article does not know yet: its capitalised words after the title words
        assertAllBy(annotate("Copper prices climbed.\n\n“Buyers are back,” says a separate note from Canadian brokerage Norland Securities."), 1,
                "Norland Securities");
        // nor the author of something the document is about: "a report of attacks by X"
        Article c = annotate("Copper prices climbed on Tuesday.\n\n“The mines are closed,” says a new report of attacks by Amnesty International.");
        for (Attribution x : c.attributions()) assertTrue(!c.entity(x.speaker()).label().equals("Amnesty International"), show(c));
        // nor the population a survey is of: "a new survey of Americans" is no document of the United States
        Article d = annotate("Trust in courts fell.\n\n“Most people still trust the courts,” finds a new survey of Americans.");
        for (Attribution x : d.attributions()) assertTrue(!d.entity(x.speaker()).label().equals("United States"), show(d));
        // "of the" names the author: "the daily note of the bank"
        assertAllBy(annotate("Copper prices climbed.\n\n“Buyers are back,” says the daily note of the Norland Savings Bank."), 1,
                "Norland Savings Bank");
    }

    @Test
    void aStudyReleasedByABodyFindsForItAndSoDoesTheStudyLater() {
        Article a = annotate("Rents in the capital will double by 2030, finds a new study released today by the Halvard Institute, an independent "
                + "think-tank.\n\nThe study finds that in 2020 the average rent was 900 euros.");
        assertAllBy(a, 2, "Halvard Institute");
        // must NOT: a study with no body named finds nothing for anyone; after two bodies' studies "the study" is neither's
        Article b = annotate("Rents in the capital will double by 2030, finds a new study.\n\nThe study finds that in 2020 the average rent was 900 euros.");
        assertTrue(b.attributions().isEmpty(), show(b));
        Article c = annotate("Rents in the capital will double by 2030, finds a new study released today by the Halvard Institute.\n\n"
                + "Rents in the suburbs will fall, finds a separate study released today by the Morland Institute.\n\n"
                + "The study finds that in 2020 the average rent was 900 euros.");
        assertEquals(2, c.attributions().size(), show(c));
    }

    @Test
    void aReportByABodyFindsForTheBody() {
        Article a = annotate("A report by Amnesty International found that prisoners were tortured in the camp.");
        assertEquals("Amnesty International", a.entity(only(a).speaker()).label(), show(a));
        // must NOT: a report from a place, nor a report that is itself criticised
        assertTrue(annotate("A report from the scene found that dozens of houses were burned.").attributions().isEmpty());
        assertTrue(annotate("The report by the committee was criticised by Amnesty International.").attributions().isEmpty());
    }

    @Test
    void anInvertedPresentCueAfterAQuoteSpeaksByTheNameAfterIt() {
        // "notes", "recalls", "points out": a present-tense cue the tagger may take for a plural noun
        for (String cue : new String[]{"notes", "recalls", "warns", "points out", "writes", "observes"}) {
            Article a = annotate("Sales fell in May.\n\n“The market is weak,” " + cue + " Tom Reyes, a senior trader.");
            Attribution c = only(a);
            assertEquals("Tom Reyes", a.entity(c.speaker()).label(), show(a));
            assertEquals("The market is weak,", a.text(c.content()), show(a));
        }
        // must NOT: the noun ("the notes show"), nor a listener after a cue that may take its addressee ("wrote reporters")
        assertTrue(annotate("Sales fell in May.\n\n“The market is weak,” the notes show.").attributions().isEmpty());
        assertTrue(annotate("Sales fell in May.\n\n“The market is weak,” notes and letters were found in the desk.").attributions().isEmpty());
        assertTrue(annotate("Sales fell in May.\n\n“The market is weak,” wrote reporters in the margin.").attributions().isEmpty());
    }

    @Test
    void lowerCaseRoleWordsBeforeTheNameAfterAnInvertedCueAreTheSpeakers() {
        // "said pro golfer Ada Lin": role words the tagger misread (a particle, a verb) before the person's name
        for (String role : new String[]{"pro golfer", "golfer", "veteran golf pro"}) {
            Article a = annotate("Ticket sales fell.\n\n“Prices are rising,” said " + role + " Ada Lin. Shares fell.");
            assertEquals("Ada Lin", a.entity(only(a).speaker()).label(), show(a));
        }
        // must NOT: a clause after the cue ("said to be", a verb after the name)
        assertTrue(annotate("Ticket sales fell.\n\nThe winner was said to be Ada Lin.").attributions().isEmpty());
        assertTrue(annotate("Ticket sales fell.\n\n“Prices are rising,” said pro golfer Ada Lin had won.").attributions().isEmpty());
    }
    @Test
    void aCommentClauseAfterASentenceFinalCueLeavesTheClauseBeforeAsTheClaim() {
        // "…, the official stated, despite …" / "…, officials point out, which …": the clause before the speaker is the claim
        Article a = annotate("The army is sure the rebels never found the files, the official stated, despite the fact that the files were lost.");
        assertEquals("The army is sure the rebels never found the files", a.text(only(a).content()), show(a));
        Article b = annotate("The plan cannot work in court, officials point out, which explains the delay.");
        assertEquals("The plan cannot work in court", b.text(only(b).content()), show(b));
        // must NOT: after a subject-first cue the same words open its content
        Article c = annotate("The minister said, since the war began, prices have doubled.");
        assertEquals("since the war began, prices have doubled.", c.text(only(c).content()), show(c));
    }
    @Test
    void aBodysNameBeforeADocumentNounIsTheDocumentsAuthor() {
        // "A DEA statement said", "an Amnesty International report found": the known body named before the noun speaks
        Article a = annotate("The Harbor Police Agency arrested ten men.\n\nA Harbor Police Agency statement said the men had laundered money.");
        assertEquals("Harbor Police Agency", a.entity(only(a).speaker()).label(), show(a));
        // must NOT: a country's report is about it, a person's statement may be about him
        assertTrue(annotate("Iran tested a missile.\n\nA new Iran report found that the missile flew 500 km.").attributions().isEmpty());
        assertTrue(annotate("Donald Trump spoke on Monday.\n\nA Trump statement said the talks had failed.").attributions().isEmpty());
    }
    @Test
    void aServiceSpeaksAsAnUnnamedBodyAndABodysGluedPossessiveOwnsItsReport() {
        // "The regional fire service says …": a service is a body that speaks, named as written
        Article a = annotate("Train derails near Ostby\n\n11:15 – The regional fire service says five of the 30 freight wagons came off the track.");
        assertEquals("The regional fire service", a.entity(only(a).speaker()).label(), show(a));
        // must NOT: the word as the subject of what another says
        Article b = annotate("The ferry service was slow, said Ada Lin, a commuter.");
        assertEquals("Ada Lin", b.entity(only(b).speaker()).label(), show(b));
        // "The club's report said": the possessive glued to the body's word names the report's author
        Article c = annotate("The Harlow Sprint Club has banned Ada Lin for four years. The club's report said two other athletes had tested positive.");
        assertEquals("Harlow Sprint Club", c.entity(only(c).speaker()).label(), show(c));
    }
    @Test
    void aDocumentIssuedByANamedBodySpeaksForItLater() {
        // "X has issued a statement. … the statement says": the body that issued the new document is its author
        Article a = annotate("Train derails\n\nNordvik Rail has issued a statement. “Our trains passed every inspection,” the statement says.");
        assertEquals("Nordvik Rail", a.entity(only(a).speaker()).label(), show(a));
        Article b = annotate("The Harbor Council released a new report on Monday. The report found that the port lost money.");
        assertEquals("Harbor Council", b.entity(only(b).speaker()).label(), show(b));
        // must NOT: a document nobody named issued, one received, one already known ("published the report of …")
        assertTrue(annotate("A report was released on Monday. The report found that the port lost money.").attributions().isEmpty());
        assertTrue(annotate("The Harbor Council received a letter on Monday. The letter said the port lost money.").attributions().isEmpty());
        assertTrue(annotate("The Harbor Council published the report of the auditors. The report said the port lost money.").attributions().isEmpty());
    }
    @Test
    void aParenthesisBetweenDashesOfTwoKindsWithAQuotedTitleLeavesItsSubject() {
        Article a = annotate("Tom Reyes runs a shop. Reyes — a former actor who has starred in TV series such as \"Ocean Road\" and \"Blue Hills\" – said he liked the plan.");
        assertEquals("Tom Reyes", a.entity(only(a).speaker()).label(), show(a));
        // must NOT: an unpaired quotation mark inside still ends the look back (the dash before it opens no parenthesis)
        Article b = annotate("Tom Reyes runs a shop. Reyes — a former model — called it \"a plan that – as he put it – said nothing.");
        for (Attribution x : b.attributions()) assertTrue(!b.text(x.cue()).equals("said"), show(b));
    }
    @Test
    void aMisreadModifierOpensTheDocumentOfAnAccordingToWithItsAuthor() {
        // "according to preliminary/VERB results published by X": the author after the document speaks
        Article a = annotate("Voters went to the polls. According to preliminary results issued by the Central Election Commission, "
                + "the governing party took 58.3 percent of the vote.");
        assertEquals("Central Election Commission", a.entity(only(a).speaker()).label(), show(a));
        // must NOT: the same misreading with no author named ("according to court/VERB records")
        assertTrue(annotate("He paid the judge twice, according to court records.").attributions().isEmpty());
    }
    @Test
    void aFrontedAdverbialBeforeASpeakerWithAColonIsNoClaim() {
        // "Putting a fine point on his reasons, X stated: “…”": only the quotation is the claim
        Article a = annotate("Tom Reyes left the Senate. Putting a fine point on his reasons, Reyes stated: “After all these years, my passion has not waned.”");
        assertTrue(a.text(only(a).content()).startsWith("“After all these years"), show(a));
        Article b = annotate("After the long vote in the assembly, Tom Reyes said: “This is about survival.”");
        assertTrue(b.text(only(b).content()).startsWith("“This is about survival"), show(b));
    }
    @Test
    void aFrontedAccordingToWithoutItsCommaEndsTheSourceAtTheName() {
        // "According to The Associated Press 11 states were identified": the numeral opens the claim's subject
        Article a = annotate("Prices rose. According to The Associated Press 11 states were identified in the files.");
        assertEquals("11 states were identified in the files.", a.text(only(a).content()), show(a));
        // must NOT: a source phrase with no name first keeps its words ("the 2019 report 11 states" names no one)
        assertTrue(annotate("Prices rose. According to the 2019 report 11 states were identified in the files.").attributions().isEmpty());
    }
    @Test
    void aCoordinatedCueSharesASubjectSetOffByAShortAdverbial() {
        // "X, in contrast, are furious …, and have said …": the subject before the adverbial speaks
        Article a = annotate("The Harbor Party, in contrast, is furious that there is no money in the bill, and has said it will oppose it.");
        assertEquals("Harbor Party", a.entity(only(a).speaker()).label(), show(a));
        // must NOT: reach past a longer aside with a verb of its own between the commas (a relative clause, whose verb
        // may be the one the cue is coordinated with)
        assertTrue(annotate("The Harbor Party, which lost the vote in May, is furious about the bill, and has said it will oppose it.")
                .attributions().isEmpty());
    }
    @Test
    void aPresentCueAfterASourcesSingularHeadNounReportsItsThatClause() {
        // "The ministry notes that …": the tagger reads "notes" as a plural noun after a common noun
        Article a = annotate("The port was shut. The ministry warns that the port is closed to all ships.");
        assertEquals("the port is closed to all ships.", a.text(only(a).content()), show(a));
        // must NOT: a compound noun with a relative clause
        assertTrue(annotate("The port was shut. Ministry notes that were leaked in May name the owners.").attributions().isEmpty());
    }
    @Test
    void anInvertedPresentCueAfterAClausesCommaSpeaksByThePersonAfterIt() {
        for (String cue : new String[]{"notes", "warns", "writes"}) {
            Article a = annotate("Sales fell in May. The market is weak, " + cue + " Tom Reyes, a senior trader.");
            assertEquals("Tom Reyes", a.entity(only(a).speaker()).label(), show(a));
            assertEquals("The market is weak", a.text(only(a).content()), show(a));
        }
        // must NOT: a list ("letters, notes and photos"), nor "wrote X a letter" (X is the one written to)
        assertTrue(annotate("Sales fell in May. He kept letters, notes and photos in the desk.").attributions().isEmpty());
        assertTrue(annotate("Sales fell in May. The council was angry, wrote Ada Lin a letter.").attributions().isEmpty());
    }

    @Test
    void aCitedSourceWithAParticiplePhraseAtTheSentenceEndMakesTheClaimOneLevelIn() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Corrosion caused the collapse of the bridge, the Interfax news agency reported on Friday, citing a source in the panel investigating the collapse.");
        java.util.List<Attribution> l = claims(a, 2);
        Attribution inner = l.get(0).speaker().equals("interfax") ? l.get(1) : l.get(0);
        assertEquals("a source in the panel", a.entity(inner.speaker()).label(), show(a));
        assertEquals("citing", a.text(inner.cue()), show(a));
        // must NOT: a cited source with a relative clause of its own ("who …") is not cut to a participle phrase
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Corrosion caused the collapse of the bridge, Interfax reported, citing a source who had seen the panel's report.");
        for (Attribution c : b.attributions()) assertEquals("interfax", c.speaker(), show(b));
    }

    @Test
    void aSourceCitedAfterAnAgencysHeadNounMakesTheClaimOneLevelIn() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The TASS agency, citing a source in the fire services, reported that the bearings had been found cracked.");
        java.util.List<Attribution> l = claims(a, 2);
        Attribution inner = l.get(0).relays() >= 0 ? l.get(1) : l.get(0), outer = inner == l.get(0) ? l.get(1) : l.get(0);
        assertEquals("a source in the fire services", a.entity(inner.speaker()).label(), show(a));
        assertEquals("tass", outer.speaker(), show(a));
        // must NOT: a comma after the agency's head noun that opens no "citing" phrase adds no claim
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The TASS agency, which is state-owned, reported that the bearings had been found cracked.");
        claims(b, 1);
    }

    @Test
    void aHyphenatedModifierStaysWithItsUnnamedSource() {
        Article a = annotate("Lead paragraph of the report.\n\nA military-diplomatic source told TASS that the drills had been planned long ago.");
        assertEquals("A military-diplomatic source", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        // must NOT: a dash set off by spaces is no hyphen ("the drills - a source said - were planned")
        Article b = annotate("Lead paragraph of the report.\n\nThe drills were planned long ago, a naval - diplomatic source told TASS.");
        for (Attribution c : b.attributions()) assertTrue(!b.entity(c.speaker()).label().contains("naval"), show(b));
    }

    @Test
    void aPrepositionalPhraseOfNounsAfterAnUnnamedSourceStaysInItsName() {
        Article a = annotate("Lead paragraph of the report.\n\nAn official with the ministry's water bureau told Xinhua that the figures were wrong.");
        assertEquals("An official with the ministry's water bureau", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        // must NOT: a participle phrase ("briefed on the talks") is no noun phrase of the name
        Article b = annotate("Lead paragraph of the report.\n\nAn official briefed on the talks said the figures were wrong.");
        assertEquals("An official", b.entity(claims(b, 1).get(0).speaker()).label(), show(b));
    }

    @Test
    void aNameInAppositionToTheOfPhraseOfAPluralGroupDoesNotSpeakForTheGroup() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Relatives of one of the detained men, Petru Rusu, 52, told the Ziarul portal that he had never joined any party.");
        assertEquals("Relatives of one of the detained men", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Relatives of one of the detained men, Petru Rusu, told the Ziarul portal that he had never joined any party.");
        assertEquals("Relatives of one of the detained men", c.entity(claims(c, 1).get(0).speaker()).label(), show(c));
        // must NOT: a singular head in apposition to a name is that person ("The lawyer of the men, NAME, 52, told")
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The lawyer of the detained man, Petru Rusu, 52, told the Ziarul portal that he had never joined any party.");
        assertEquals("Petru Rusu", b.entity(claims(b, 1).get(0).speaker()).label(), show(b));
    }

    @Test
    void anUnnamedGroupBeforeAPlacePhraseSpeaksNotThePlace() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "KALMAR (Skanwire) - Farmers in four hamlets along the Morva canal say a tannery upstream has poisoned their wells.");
        Attribution c = claims(a, 1).get(0);
        assertEquals(EntityType.UNNAMED_SOURCE, a.entity(c.speaker()).type(), show(a));
        assertTrue(a.entity(c.speaker()).label().startsWith("Farmers in four hamlets"), show(a));
        // (the bare plural head is the group's short name too)
        assertTrue(a.entity(c.speaker()).altLabels().contains("Farmers"), show(a));
        Article r = annotate("Lead paragraph of the report.\n\nResidents near the Orsk plant say the smoke has made their children sick.");
        assertEquals("Residents", r.entity(claims(r, 1).get(0).speaker()).label(), show(r));
        // must NOT: a named body before the place phrase is no unnamed source
        Article b = annotate("Lead paragraph of the report.\n\nThe Morva Water Board near the Orsk plant said the smoke was harmless.");
        for (Attribution x : b.attributions()) assertTrue(b.entity(x.speaker()).type() != EntityType.UNNAMED_SOURCE, show(b));
    }

    @Test
    void theAgentOfAReducedPassiveRelativeIsNoSpeaker() {
        Article a = annotate("Lead paragraph of the report.\n\nA man arrested by police said officers beat him.");
        assertEquals("A man", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        // must NOT: a document's author after "published by" still speaks for the document
        Article b = annotate("Lead paragraph of the report.\n\nA report published by Amnesty International said officers beat him.");
        assertTrue(b.entity(claims(b, 1).get(0).speaker()).label().contains("Amnesty"), show(b));
    }

    @Test
    void theHeadBeforeAReducedRelativeWithPrepositionalPhrasesSpeaks() {
        // a participle and "in/at" phrases between the source and the cue: the source speaks, not the preposition's object
        Article a = annotate("Lead paragraph of the report.\n\nNurses stranded in the flooded valley said the road was closed.");
        assertEquals("Nurses", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        Article b = annotate("Lead paragraph of the report.\n\nTeachers detained at the rally in the capital said guards had kicked them.");
        assertEquals("Teachers", b.entity(claims(b, 1).get(0).speaker()).label(), show(b));
        // (a particle after the participle, and "near" whose phrase the subject search took for the subject)
        Article c = annotate("Lead paragraph of the report.\n\nMiners laid off at the Dorn pit said the owners had hidden the losses.");
        assertEquals("Miners", c.entity(claims(c, 1).get(0).speaker()).label(), show(c));
        // (the named firm in apposition after such a description speaks)
        Article d = annotate("Lead paragraph of the report.\n\nThe supplier named in the complaint, Brannock Foods, said the charges were false.");
        assertTrue(d.entity(claims(d, 1).get(0).speaker()).label().contains("Brannock"), show(d));
    }

    @Test
    void aDemonymAndAnOfficeIsTheOnePersonOfTheArticleHoldingIt() {
        // an office after a demonym: the one person named with that office, tied to no other country
        Article a = annotate("Lead paragraph of the report.\n\nPresident Ramon Ferreyra met Chancellor Ute Brandl on Monday. The Chilean president accused Peru of blocking the port.");
        assertTrue(a.entity(claims(a, 1).get(0).speaker()).label().contains("Ferreyra"), show(a));
        // (in apposition too)
        Article b = annotate("Lead paragraph of the report.\n\nRamon Ferreyra, the president, met Ute Brandl on Monday. The Chilean president said Peru had blocked the port.");
        assertTrue(b.entity(claims(b, 1).get(0).speaker()).label().contains("Ferreyra"), show(b));
        // must NOT: no person holds the office in the article: main's reading (the country), never a new person
        Article c = annotate("Lead paragraph of the report.\n\nLeaders met in the capital on Monday. The Chilean president accused Peru of blocking the port.");
        assertEquals("chile", claims(c, 1).get(0).speaker(), show(c));
        // must NOT: the only president named is another country's
        Article d = annotate("Lead paragraph of the report.\n\nPeruvian President Ramon Ferreyra met officials on Monday. The Chilean president accused Peru of blocking the port.");
        assertEquals("chile", claims(d, 1).get(0).speaker(), show(d));
    }

    @Test
    void aPluralDemonymUsedAsANounIsPeopleOfTheCountryNotTheState() {
        // a plural demonym as the head, with a reduced relative, a quantifier or a place phrase: people, labelled as written
        Article a = annotate("Lead paragraph of the report.\n\nBolivians stranded at the crossing said guards had beaten them.");
        assertEquals("Bolivians", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        Article b = annotate("Lead paragraph of the report.\n\nMany Peruvians in the camp said the guards had taken their papers.");
        assertTrue(b.entity(claims(b, 1).get(0).speaker()).label().contains("Peruvians in the camp"), show(b));
        // must NOT: the country, its government, or a demonym before a noun keep main's reading
        Article c = annotate("Lead paragraph of the report.\n\nBolivia said the guards had beaten refugees at the crossing.");
        assertEquals("bolivia", claims(c, 1).get(0).speaker(), show(c));
        Article d = annotate("Lead paragraph of the report.\n\nThe Bolivian government said the guards had beaten refugees at the crossing.");
        assertEquals("bolivia", claims(d, 1).get(0).speaker(), show(d));
        Article e = annotate("Lead paragraph of the report.\n\nBolivian officials said the guards had beaten refugees at the crossing.");
        assertTrue(e.entity(claims(e, 1).get(0).speaker()).label().contains("Bolivian officials"), show(e));
        // must NOT: the bare definite "the Bolivians" (a side of talks) stays the state
        Article f = annotate("Lead paragraph of the report.\n\nTalks resumed on Monday. The Bolivians said the guards had beaten refugees.");
        assertEquals("bolivia", claims(f, 1).get(0).speaker(), show(f));
    }

    @Test
    void aReducedRelativeDoesNotTakeASentenceWhoseCueHasItsOwnSubject() {
        // must NOT: a main-clause verb set off by a comma before the cue: the officials speak, not the troops
        Article a = annotate("Lead paragraph of the report.\n\nGuards posted at the depot fired on the crowd, officials said.");
        for (Attribution x : a.attributions()) assertTrue(!a.entity(x.speaker()).label().contains("Guards"), show(a));
        // must NOT: with the commas stripped, a source right after the preposition's object speaks ("protesters officials")
        Article b = annotate("Lead paragraph of the report.\n\nPolice fired at marchers witnesses said");
        for (Attribution x : b.attributions()) assertTrue(!b.entity(x.speaker()).label().equals("Police"), show(b));
        // must NOT: the phrase before the participle must open the clause ("after"-clause objects are no subject)
        Article c = annotate("Lead paragraph of the report.\n\nThe mayor visited families housed in the school and said the city would pay.");
        for (Attribution x : c.attributions()) assertTrue(!c.entity(x.speaker()).label().contains("families"), show(c));
    }

    @Test
    void aReducedRelativeWithAnIrregularParticipleOrAnAgentSpeaksForItsHead() {
        // a participle spelled like its base form (words-attribution IRREGULAR_PARTICIPLES): the head speaks
        Article a = annotate("Lead paragraph of the report.\n\nCommuters hurt in the derailment said the signals had failed.");
        assertEquals("Commuters", a.entity(claims(a, 1).get(0).speaker()).label(), show(a));
        // the agent after "by" is no subject: the phrase the participle modifies speaks, named by no lexicon as written
        Article b = annotate("Lead paragraph of the report.\n\nThe girl shot by guards said she had been running home.");
        assertTrue(b.entity(claims(b, 1).get(0).speaker()).label().contains("girl"), show(b));
        // a head the lexicon does not know ("Trawlermen") after a participle and a "near" phrase
        Article c = annotate("Lead paragraph of the report.\n\nTrawlermen stranded near the reef said the coastguard never came.");
        assertTrue(c.entity(claims(c, 1).get(0).speaker()).label().contains("Trawlermen"), show(c));
        // "told" the tagger reads as a noun after "the blast/ADJ": still the cue, and the head speaks
        Article d = annotate("Lead paragraph of the report.\n\nTwo porters injured in the blast told reporters the fuse was lit at dawn.");
        assertEquals(1, claims(d, 1).size(), show(d));
        assertTrue(d.entity(claims(d, 1).get(0).speaker()).label().contains("porters"), show(d));
    }

    @Test
    void anIrregularParticipleOrAnAgentDoesNotTakeAMainVerbOrADocument() {
        // must NOT: "hit" as the main verb with its own subject: the ministry speaks
        Article a = annotate("Lead paragraph of the report.\n\nThe militia hit the convoy twice, the ministry said.");
        for (Attribution x : a.attributions()) assertTrue(!a.entity(x.speaker()).label().contains("militia"), show(a));
        // must NOT: a document issued by a body speaks as that body, not as the document
        Article b = annotate("Lead paragraph of the report.\n\nA memo sent by the governor said the bridge was unsafe.");
        for (Attribution x : b.attributions()) assertTrue(!b.entity(x.speaker()).label().toLowerCase().contains("memo"), show(b));
        // must NOT: a main verb after the reduced relative, set off by a comma: the officials speak, not the guards
        Article c = annotate("Lead paragraph of the report.\n\nGuards posted at the depot fired on the crowd, officials said.");
        for (Attribution x : c.attributions()) assertTrue(!c.entity(x.speaker()).label().contains("Guards"), show(c));
    }

    @Test
    void aReducedRelativeHeadSpeaksOnlyWhenItNamesPeople() {
        // fires: an agent noun the lexicon does not know, by its ending, with no agent after "by"
        Article a = annotate("Lead paragraph of the report.\n\nCyclists injured in the pile-up said the lights were out.");
        assertTrue(a.entity(claims(a, 1).get(0).speaker()).label().contains("Cyclists"), show(a));
        // fires: a people noun of the lexicon over the agent after "by"
        Article b = annotate("Lead paragraph of the report.\n\nThe boy wounded by sentries said he had been unarmed.");
        assertTrue(b.entity(claims(b, 1).get(0).speaker()).label().contains("boy"), show(b));
        // must NOT: writings someone obtained or saw speak as the one named after "by" (the unnamed-sources convention)
        Article c = annotate("Lead paragraph of the report.\n\nPrivate correspondence obtained by the commission suggests the board hid the losses.");
        assertEquals(1, claims(c, 1).size(), show(c));
        assertTrue(c.entity(claims(c, 1).get(0).speaker()).label().toLowerCase().contains("commission"), show(c));
        Article d = annotate("Lead paragraph of the report.\n\nInvoices seen by the Daily Courier show the firm billed twice.");
        for (Attribution x : d.attributions()) assertTrue(!d.entity(x.speaker()).label().contains("Invoices"), show(d));
        // must NOT: a thing is no unnamed source, however its phrase is built
        Article e = annotate("Lead paragraph of the report.\n\nLeaflets dropped over the town said the army would advance at dawn.");
        for (Attribution x : e.attributions()) assertTrue(!e.entity(x.speaker()).label().contains("Leaflets"), show(e));
    }

    static final String INTERVIEW = "The following interview with Marta Kovac, the health minister of Ruritania, was conducted in the capital on Tuesday.\n\n"
            + "Q: Doctors say the new hospital in Zelen has no running water. Is that true?\n\n"
            + "A: No. The hospital has had running water since it opened. The inspectors visited it twice in March.\n\n"
            + "Q: Will you resign?\n\n"
            + "A: I will stay in office until the new wards are finished next year.\n";

    @Test
    void anInterviewsAnswersAreTheIntervieweesAndANoRebutsTheAnswer() {
        Article a = annotate(INTERVIEW);
        java.util.List<String> kovac = new java.util.ArrayList<>();
        for (Attribution c : a.attributions()) if (a.entity(c.speaker()).label().equals("Marta Kovac")) kovac.add(c.stance() + " " + a.text(c.content()));
        assertTrue(kovac.contains("DENIES The hospital has had running water since it opened."), show(a));
        assertTrue(kovac.contains("DENIES The inspectors visited it twice in March."), show(a));
        assertTrue(kovac.contains("ALLEGES I will stay in office until the new wards are finished next year."), show(a));
        assertTrue(kovac.stream().noneMatch(k -> k.contains("Will you resign") || k.contains("running water. Is")), show(a));
    }

    @Test
    void answersStayUnattributedWithoutOneInterviewee() {
        // must NOT: two people named where the interview is introduced, or no interview word, leave "A:" to no one
        Article two = annotate(INTERVIEW.replace("The following interview with Marta Kovac, the health minister of Ruritania,",
                "The following interview with Health Minister Marta Kovac and Deputy Health Minister Ivan Petrov"));
        assertTrue(two.attributions().stream().noneMatch(c -> two.text(c.content()).startsWith("The inspectors visited")), show(two));
        Article none = annotate(INTERVIEW.replace("The following interview with Marta Kovac, the health minister of Ruritania, was conducted",
                "Marta Kovac, the health minister of Ruritania, visited Zelen"));
        assertTrue(none.attributions().stream().noneMatch(c -> none.text(c.content()).startsWith("The inspectors visited")), show(none));
    }

    @Test
    void aHeadlineCanNameTheInterviewee() {
        String body = "Marta Kovac met doctors in Zelen on Tuesday.\n\n" + INTERVIEW.substring(INTERVIEW.indexOf("Q:"));
        Article a = ClaimsTestSupport.PIPE.annotate(Article.of("t2", org.claimgraph.model.Source.file("t2.txt"), body,
                org.claimgraph.model.ArticleMeta.EMPTY.withTitle("Marta Kovac answers questions about the Zelen hospital"), java.util.List.of()));
        assertTrue(a.attributions().stream().anyMatch(c -> a.entity(c.speaker()).label().equals("Marta Kovac")
                && a.text(c.content()).equals("The inspectors visited it twice in March.")), show(a));
    }

    @Test
    void reviewedSpeakerEdges() {
        // a hyphen is taken in only with the word before it
        Article a = annotate("Lead paragraph.\n\nA Rolls-Royce spokesman said the engine was safe to fly.");
        assertTrue(a.attributions().stream().noneMatch(c -> a.entity(c.speaker()).label().startsWith("-")), show(a));
        // "within" names an affiliation, not a place the source stands in
        Article b = annotate("Lead paragraph.\n\nSources within the Ruritanian defence ministry said the order came on Monday.");
        assertTrue(b.attributions().stream().anyMatch(c -> b.entity(c.speaker()).label().contains("ministry")), show(b));
        // a reduced passive whose head names no one keeps the claim
        Article d = annotate("Lead paragraph.\n\nA coalition backed by the United States said the bridge had been destroyed.");
        assertEquals(1, d.attributions().size(), show(d));
    }

    @Test
    void theInterviewerAndOneNamedBesideTheIntervieweeGetNoAnswers() {
        String qa = "Q: Critics say the vaccine orders were wasteful. Were they?\n\n"
                + "A: Every dose was ordered on the advice of our scientists. The stock will be used before it expires.\n\n"
                + "Q: Will you stay in office?\n\nA: I will stay until the programme is finished next year.\n";
        // the reporter who spoke to the interviewee is no interviewee
        Article a = annotate("Our reporter Anna Lindqvist spoke to the head of the national health service on Friday.\n\n" + qa);
        assertTrue(a.attributions().stream().noneMatch(c -> a.entity(c.speaker()).label().contains("Lindqvist")), show(a));
        // nor the person someone is a colleague of
        Article b = annotate("The Herald spoke to a former colleague of Senator Mark Dunmore on Friday.\n\n" + qa);
        assertTrue(b.attributions().stream().noneMatch(c -> b.entity(c.speaker()).label().contains("Dunmore")), show(b));
    }

    @Test
    void aBareNoRebutsOnlyAnAccusationPutInTheQuestion() {
        Article a = annotate("Central bank governor Ines Moravec spoke with the Financial Review on Monday.\n\n"
                + "Q: Will you raise interest rates this year?\n\n"
                + "A: No. Inflation is under control and wages are rising again.\n\n"
                + "Q: Critics say the bank ignored the warnings about the housing market. Did it?\n\n"
                + "A: No. The bank published every warning it received in its quarterly report.\n");
        java.util.List<String> got = new java.util.ArrayList<>();
        for (Attribution c : a.attributions()) if (a.entity(c.speaker()).label().equals("Ines Moravec")) got.add(c.stance() + " " + a.text(c.content()));
        assertTrue(got.contains("ALLEGES Inflation is under control and wages are rising again."), show(a));
        assertTrue(got.contains("DENIES The bank published every warning it received in its quarterly report."), show(a));
    }

    @Test
    void anAnswerRunsOverUnlabelledParagraphsUpToTheNextQuestionOnly() {
        Article a = annotate("The following interview with Marta Kovac, the health minister of Ruritania, was conducted on Tuesday.\n\n"
                + "Q: Why did the hospital open late?\n\n"
                + "A: The contractor delivered the beds three months after the agreed date.\n\n"
                + "The ministry has since changed the rules for every public tender.\n\n"
                + "Q: Will you stay in office?\n\n"
                + "A: I will stay until the new wards are finished next year.\n\n"
                + "This interview has been edited for length and clarity.\n");
        java.util.List<String> kovac = new java.util.ArrayList<>();
        for (Attribution c : a.attributions()) if (a.entity(c.speaker()).label().equals("Marta Kovac")) kovac.add(a.text(c.content()));
        assertTrue(kovac.contains("The ministry has since changed the rules for every public tender."), show(a));
        // must NOT: the editor's note after the last answer is no answer
        assertTrue(kovac.stream().noneMatch(k -> k.contains("edited for length")), show(a));
    }

    @Test
    void aModifiedReferringNounWithNoOrganisationBeforeItIsAnUnnamedSource() {
        Article a = annotate("Lead paragraph about the trial.\n\nAccording to the research team, the new vaccine cut infections by half.");
        assertTrue(a.attributions().stream().anyMatch(c -> a.entity(c.speaker()).label().equalsIgnoreCase("the research team")
                && a.entity(c.speaker()).type() == EntityType.UNNAMED_SOURCE), show(a));
        // must NOT: a bare "the organization" with nothing to refer to names no one
        Article b = annotate("Lead paragraph about the trial.\n\nAccording to the organization, the new vaccine cut infections by half.");
        assertTrue(b.attributions().isEmpty(), show(b));
    }

    @Test
    void aBackshiftedCueAfterAndIsASecondStatementUnderTheFirstCue() {
        // "had asked" after "and", with "said" before: the mayor said both; two claims, the second from the auxiliary on
        Article a = annotate("Mayor Lena Brandt said the city would review the contract and had asked the auditor for a full report.");
        java.util.List<Attribution> c = claims(a, 2);
        assertEquals("the city would review the contract", a.text(c.get(0).content()), show(a));
        assertEquals("had asked the auditor for a full report.", a.text(c.get(1).content()), show(a));
        assertEquals(c.get(0).speaker(), c.get(1).speaker());
        assertEquals("said", a.text(c.get(1).cue()));
        // a cue in the simple past after "and" is the speaker's own act, as before: no second statement of what was said
        Article b = annotate("Mayor Lena Brandt said the city would review the contract and demanded a full report from the auditor.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).equals("the city would review the contract")), show(b));
        for (Attribution x : b.attributions()) assertTrue(!b.text(x.content()).contains("demanded"), show(b));
    }

    @Test
    void aNamingCueWithAnObjectAndItsNameIsAClaimWithoutAVerb() {
        Article a = annotate("Russia called the sanctions unacceptable and illegal under international law.");
        assertEquals("called the sanctions unacceptable and illegal under international law.", a.text(only(a).content()), show(a));
        Article b = annotate("Russia described the detention as unlawful as well.");
        assertEquals("described the detention as unlawful as well.", b.text(only(b).content()), show(b));
        Article c = annotate("Russia dismissed the report as baseless.");
        assertEquals(Stance.DENIES, only(c).stance(), show(c));
        // no name given: a call, a description, an adverb; a neutral description with a noun for a name
        for (String t : new String[] {"Russia called the police.", "Russia described the scene.", "Russia called the meeting early.",
                "Police described the suspect as a tall man in his thirties."}) {
            assertEquals(0, annotate(t).attributions().size(), t);
        }
    }

    @Test
    void aCommaAfterANumberEndsTheClauseBeforeAnInvertedSpeaker() {
        // the tagger calls the comma after "40" a symbol
        Article a = annotate("The death toll rose to 40, state media reported.");
        assertEquals("state media", a.entity(only(a).speaker()).label(), show(a));
        assertEquals("The death toll rose to 40", a.text(only(a).content()));
    }

    @Test
    void theNewspaperRefersBackToAnOutletAndTheCompanyToNoOutlet() {
        // a medium refers back to an outlet only, never to the police named before it
        Article a = annotate("Police arrested two men on Monday.\n\nCiting unnamed officials, the newspaper reported that the deal had collapsed.");
        for (Attribution x : a.attributions()) assertTrue(!a.entity(x.speaker()).label().equals("police"), show(a));
        Article b = annotate("The Daily Ledger reported on Monday that the mayor had resigned.\n\nCiting unnamed officials, the newspaper reported that the deal had collapsed.");
        claims(b, 2).forEach(x -> assertEquals("Daily Ledger", b.entity(x.speaker()).label(), show(b)));
        // "the company" is not the outlet an interview was given to
        Article c = annotate("In an interview with CNN, the senator spoke about trade.\n\nSales fell 3 percent in March, the company said in a filing.");
        for (Attribution x : c.attributions()) assertTrue(!c.entity(x.speaker()).label().equals("CNN"), show(c));
    }

    @Test
    void aMediumDescribedNotNamedIsAnUnnamedSource() {
        Article a = annotate("Government troops retook the city, state television said.");
        Entity e = a.entity(only(a).speaker());
        assertEquals("state television", e.label(), show(a));
        assertEquals(EntityType.UNNAMED_SOURCE, e.type());
        Article b = annotate("Local newspapers reported that the mayor had resigned.");
        assertEquals("Local newspapers", b.entity(only(b).speaker()).label(), show(b));
    }

    @Test
    void aTitleWithNoNameRefersBackToItsHolderOrIsAnUnnamedSource() {
        // the holder the article named with the title
        Article a = annotate("Governor Kathy Hochul visited the site on Monday. The governor said the bridge would reopen.");
        assertEquals("Kathy Hochul", a.entity(only(a).speaker()).label(), show(a));
        Article b = annotate("Ada Lin, the museum director, opened the exhibition. The director said it had taken four years.");
        assertEquals("Ada Lin", b.entity(only(b).speaker()).label(), show(b));
        // no holder named: the title as written
        Article c = annotate("The central bank governor said inflation would fall next year.");
        assertEquals(EntityType.UNNAMED_SOURCE, c.entity(only(c).speaker()).type(), show(c));
        // a place before the title: still its holder
        Article d = annotate("Indiana Governor Mike Pence signed the bill. The Indiana governor said the law was fixed.");
        assertEquals("Mike Pence", d.entity(only(d).speaker()).label(), show(d));
        // an office's title and its phrase before a name are that person's; a relation to a person is not the person
        Article f = annotate("Minister of Defence Ben Wallace said the attack was planned.");
        assertEquals("Ben Wallace", f.entity(only(f).speaker()).label(), show(f));
        Article g = annotate("An aide to President Joe Biden said the talks would continue.");
        assertTrue(!g.entity(only(g).speaker()).label().equals("Joe Biden"), show(g));
    }

    @Test
    void aStrippedCommaBeforeAPluralSourceLeavesThePrepositionsObjectInTheClaim() {
        // a scraper dropped the comma: the source is "residents", "the shelling" ends the claim
        Article a = annotate("Five civilians were killed in the shelling residents said.");
        assertEquals("residents", a.entity(only(a).speaker()).label(), show(a));
        assertEquals("Five civilians were killed in the shelling", a.text(only(a).content()));
        Article b = annotate("Two shops were looted near the market officials said.");
        assertEquals("Two shops were looted near the market", b.text(only(b).content()), show(b));
        // a compound source opening the sentence keeps its modifier
        Article c = annotate("Security officials said five civilians were killed.");
        assertEquals("Security officials", c.entity(only(c).speaker()).label(), show(c));
    }

    @Test
    void quotedAsSayingByAnAgencyKeepsTheQuoteOrTheClauseAfter() {
        Article a = annotate("\u201cThe talks were useful,\u201d Dmitry Peskov was quoted as saying by TASS.");
        assertEquals("The talks were useful,", a.text(only(a).content()), show(a));
        assertEquals("Dmitry Peskov", a.entity(only(a).speaker()).label());
        Article b = annotate("Dmitry Peskov was quoted as saying by TASS that the talks were useful.");
        assertEquals("the talks were useful.", b.text(only(b).content()), show(b));
    }

    @Test
    void aWarningOfSomethingIsAClaimOfItsObject() {
        Article a = annotate("The United Nations warned of a humanitarian catastrophe in the north.");
        assertEquals("warned of a humanitarian catastrophe in the north.", a.text(only(a).content()), show(a));
        // those warned report nothing
        assertEquals(0, annotate("Residents were warned of the storm on Monday.").attributions().size());
    }

    @Test
    void aLoneNameOpeningTheSentenceBeforeAnInflectedCueSpeaks() {
        Article a = annotate("Zorvex said on Tuesday that it would cut 400 jobs.");
        assertEquals("Zorvex", a.entity(only(a).speaker()).label(), show(a));
        assertEquals("it would cut 400 jobs.", a.text(only(a).content()));
        // nothing after the verb, a bare verb, or a word the article writes in lower case: no name
        assertEquals(0, annotate("The passage was marked. [Emphasis added.]").attributions().size());
        Article c = annotate("Critics say the plan favours the rich. The critics are many.");
        assertTrue(c.attributions().stream().noneMatch(x -> c.entity(x.speaker()).label().equals("Critics")
                && c.entity(x.speaker()).type() != org.claimgraph.model.EntityType.UNNAMED_SOURCE), show(c));
    }

    @Test
    void aNounObjectAfterTheCueOrASubordinatorBeforeTheSpeakerLeavesTheClauseBeforeUnreported() {
        // the cue has an object of its own: the fronted adverbial is no claim
        Article a = annotate("In a video posted online, the Islamic State claimed responsibility for the bombing.");
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).startsWith("In a video")), show(a));
        // the speaker heads a clause after "after": the main clause is not what it reported
        Article b = annotate("Shares of Qorvane Ltd fell sharply on Tuesday after Qorvane Ltd reported a loss.");
        assertEquals(0, b.attributions().size(), show(b));
        // a clause before a cue with nothing but time after it still is the claim
        Article c = annotate("Prices rose 5 percent, Qorvane Ltd reported on Tuesday.");
        assertEquals("Prices rose 5 percent", c.text(only(c).content()), show(c));
    }

    @Test
    void adverbialsBetweenTheCueAndThatAreNoPartOfTheClaim() {
        Article a = annotate("Qorvane Ltd said in a filing with the Securities and Exchange Commission that it expected losses.");
        assertEquals("it expected losses.", a.text(only(a).content()), show(a));
        Article b = annotate("The ministry said, without giving details, that 12 soldiers were killed.");
        assertEquals("12 soldiers were killed.", b.text(only(b).content()), show(b));
        Article c = annotate("Minister Jana Novak wrote in an op-ed for The Washington Post that the talks had failed.");
        assertEquals("the talks had failed.", c.text(only(c).content()), show(c));
        Article d = annotate("Minister Jana Novak said in remarks broadcast on state television that the talks had failed.");
        assertEquals("the talks had failed.", d.text(only(d).content()), show(d));
        // "and" between clauses still ends the adverbial: the second clause is no part of it
        Article e = annotate("Minister Jana Novak said cancer kills thousands every year and that the talks had failed.");
        assertTrue(e.text(only(e).content()).startsWith("cancer kills"), show(e));
    }

    @Test
    void anAdjectiveHeadingTheSubjectBeforeTheCueIsARoleNoun() {
        Article a = annotate("General Mark Hale leads the northern command. The general said that mistakes had been made.");
        assertEquals("Mark Hale", a.entity(only(a).speaker()).label(), show(a));
    }

    @Test
    void aParticipleCueAfterACommaSaysAClaimOfItsOwnOrTheCuesWholeClaim() {
        // a rejected claim, then what the denier says: two denials
        Article a = annotate("The rebels denied the claim, saying it was false.");
        assertEquals(2, a.attributions().size(), show(a));
        assertTrue(a.attributions().stream().allMatch(x -> x.stance() == org.claimgraph.model.Stance.DENIES), show(a));
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).equals("it was false.")), show(a));
        // the one accused, or the document released, is no claim: the participle's clause is the only one
        Article b = annotate("Minister Jana Novak blasted the coalition led by Washington, saying it was not fighting the militants.");
        assertEquals("it was not fighting the militants.", b.text(only(b).content()), show(b));
        Article c = annotate("The Interior Ministry released a statement, saying the army had opened fire.");
        assertEquals("the army had opened fire.", c.text(only(c).content()), show(c));
        // what the accused is blamed for is a claim too
        Article d = annotate("Minister Jana Novak blamed the previous government for the staffing crisis, arguing it had cut training places.");
        assertEquals(2, d.attributions().size(), show(d));
        // after a reported clause, a participle other than "adding" belongs to the clause's subject
        Article e = annotate("The newspaper Dagens Post said the creditors were drawing up an ultimatum, threatening to cut off credit.");
        assertEquals(1, e.attributions().size(), show(e));
    }

    @Test
    void aChargeDeniedAfterAReportedClauseIsTheDeniersClaim() {
        Article a = annotate("The Defence Ministry said the army had opened fire, a claim denied by the rebels.");
        assertEquals(2, a.attributions().size(), show(a));
        Attribution denial = a.attributions().stream().filter(x -> x.stance() == org.claimgraph.model.Stance.DENIES).findFirst()
                .orElseThrow(() -> new AssertionError(show(a)));
        assertTrue(a.entity(denial.speaker()).label().endsWith("rebels"), show(a));
        assertEquals("the army had opened fire", a.text(denial.content()), show(a));
        Article b = annotate("The Defence Ministry said the army had opened fire, a charge Kyiv denies.");
        assertTrue(b.attributions().stream().anyMatch(x -> x.stance() == org.claimgraph.model.Stance.DENIES && x.speaker().equals("ukraine")), show(b));
        // a passive of a rejecting verb with no claim noun before it is no denial of the clause before
        Article c = annotate("The Defence Ministry said the army had opened fire on a convoy rejected by the border guards.");
        assertTrue(c.attributions().stream().noneMatch(x -> x.stance() == org.claimgraph.model.Stance.DENIES), show(c));
    }

    @Test
    void aBareAnswerToAYesNoQuestionDeniesOrAssertsItsClause() {
        Article a = annotate("Asked if Russia was involved, Dmitry Peskov replied: \"Absolutely not.\"");
        assertEquals("Russia was involved", a.text(only(a).content()), show(a));
        assertEquals(org.claimgraph.model.Stance.DENIES, only(a).stance());
        Article b = annotate("When asked if the talks had failed, Minister Jana Novak said: \"Yes.\"");
        assertEquals("the talks had failed", b.text(only(b).content()), show(b));
        assertEquals(org.claimgraph.model.Stance.ALLEGES, only(b).stance());
        // the ones asking say nothing; an answer of its own stays the claim
        Article c = annotate("Asked by reporters whether the army had fired first, Colonel Ivan Petrov said the inquiry was continuing.");
        assertEquals("the inquiry was continuing.", c.text(only(c).content()), show(c));
    }

    @Test
    void aFrontedAccordingToWithItsCommaStrippedEndsAtTheSubjectsDeterminer() {
        Article a = annotate("According to local sources the convoy was hit twice");
        assertEquals("local sources", a.entity(only(a).speaker()).label().toLowerCase(java.util.Locale.ROOT), show(a));
        assertEquals("the convoy was hit twice", a.text(only(a).content()), show(a));
        // a determiner inside the source's own prepositional phrase does not end it
        Article b = annotate("According to the head of the council the convoy was hit twice");
        assertEquals("the convoy was hit twice", b.text(only(b).content()), show(b));
    }

    @Test
    void anArticleAfterAPrepositionsNounOpensTheSpeakerWhereTheCommaWasStripped() {
        Article a = annotate("Five civilians were killed in the strike the ministry said in a statement");
        assertEquals("Five civilians were killed in the strike", a.text(only(a).content()), show(a));
        // with the comma, the same
        Article b = annotate("Five civilians were killed in the strike, the ministry said.");
        assertEquals("Five civilians were killed in the strike", b.text(only(b).content()), show(b));
    }

    @Test
    void narrowedAfterReviewTimeAfterTheCuePlacesAfterPrepositionsAndPublicBodies() {
        // "the same day", "the next morning" after a clause-final cue are times, not the cue's object
        Article a = annotate("The rebels shelled the market on Sunday, the ministry said the same day.");
        assertEquals("The rebels shelled the market on Sunday", a.text(only(a).content()), show(a));
        Article b = annotate("Ten soldiers were killed in the clash, the ministry reported the next morning.");
        assertEquals("Ten soldiers were killed in the clash", b.text(only(b).content()), show(b));
        // "following" read as a verb is still part of the time
        Article f = annotate("Ten soldiers were killed in the clash, the monitor said the following day.");
        assertEquals("Ten soldiers were killed in the clash", f.text(only(f).content()), show(f));
        // a one-word name after a preposition is no company "the club" refers back to
        Article c = annotate("Protesters marched through Dalbury on Sunday. The club said the match was cancelled.");
        assertTrue(c.attributions().stream().noneMatch(x -> x.speaker().contains("dalbury")), show(c));
        // a business noun stands for no public body that acted before
        Article d = annotate("Police arrested Morgan on Friday. The bank said it was cooperating with investigators.");
        assertTrue(d.attributions().stream().noneMatch(x -> x.speaker().contains("police")), show(d));
    }

    @Test
    void inTheWordsOfFrontsASourceAsAccordingToDoes() {
        Article a = annotate("In the words of one senior diplomat, the ceasefire was dead on arrival.");
        assertEquals("the ceasefire was dead on arrival.", a.text(only(a).content()), show(a));
        assertTrue(a.entity(only(a).speaker()).label().contains("diplomat"), show(a));
        // "in other words" and the words of a song name no source
        Article b = annotate("In other words, the ceasefire was dead on arrival.");
        assertEquals(0, b.attributions().size(), show(b));
        Article c = annotate("The crowd sang the words of the anthem before the match.");
        assertEquals(0, c.attributions().size(), show(c));
    }

    @Test
    void courtPapersWithNoAuthorSpeakAsThemselves() {
        Article a = annotate("The case concerns a 2019 contract. The indictment alleges that Peter Voss paid bribes to three officials.");
        assertEquals("Peter Voss paid bribes to three officials.", a.text(only(a).content()), show(a));
        assertTrue(a.entity(only(a).speaker()).label().toLowerCase(java.util.Locale.ROOT).contains("indictment"), show(a));
        Article b = annotate("The lawsuit claims the hospital failed to warn patients about the risks.");
        assertEquals("the hospital failed to warn patients about the risks.", b.text(only(b).content()), show(b));
        // a report with no author named is not one: "the report" refers back, and speaks for no one here
        Article c = annotate("The report said the hospital failed to warn patients about the risks.");
        assertEquals(0, c.attributions().size(), show(c));
        // nor the noun compound with a relative clause after it
        Article d = annotate("The complaint notes that were filed last year were lost.");
        assertEquals(0, d.attributions().size(), show(d));
    }

    @Test
    void aLoneNameOpeningTheSentenceReadAsACommonNounIsTheActorNamedBefore() {
        Article a = annotate("German engineering group Brennholt will close two plants. Brennholt said it would cut 3,000 jobs in Germany.");
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).equals("it would cut 3,000 jobs in Germany.")
                && a.entity(x.speaker()).label().equals("Brennholt")), show(a));
        // a common noun opening the sentence names no actor the article named
        Article b = annotate("Critics attacked the Brennholt plan. Critics said it would cut 3,000 jobs in Germany.");
        assertTrue(b.attributions().stream().noneMatch(x -> b.entity(x.speaker()).label().contains("Brennholt")), show(b));
    }

    @Test
    void aKnownPersonsNameAndAColonOpeningAParagraphStatesTheClauseAfterIt() {
        Article a = annotate("Foreign Minister Pavel Orlov spoke in Moscow on Monday.\n\nPavel Orlov: NATO is preparing for a war in Europe.");
        assertEquals("NATO is preparing for a war in Europe.", a.text(only(a).content()), show(a));
        assertTrue(a.entity(only(a).speaker()).label().contains("Orlov"), show(a));
        // a list item with no subject, a heading whose verb is a relative clause's, a question: none states anything
        Article b = annotate("Pavel Orlov was detained last year.\n\nPavel Orlov: arrested in 2019, released in 2021.");
        assertEquals(0, b.attributions().size(), show(b));
        Article c = annotate("Pavel Orlov: The man who would be president.");
        assertEquals(0, c.attributions().size(), show(c));
        Article d = annotate("Pavel Orlov: Will the minister run again?");
        assertEquals(0, d.attributions().size(), show(d));
        // an interview with two labels or more is a transcript, which this does not read
        Article e = annotate("Foreign Minister Pavel Orlov spoke to Mark Dunne.\n\nMark Dunne: Well, thanks for joining us today.\n\nPavel Orlov: The pleasure is all mine, thank you.");
        assertEquals(0, e.attributions().size(), show(e));
    }

    @Test
    void whatASpeechIsAboutAfterSaidOfComesBeforeItsContent() {
        Article a = annotate("Minister Jana Novak said of the protesters that they had been paid by foreign agents.");
        assertEquals("they had been paid by foreign agents.", a.text(only(a).content()), show(a));
        Article b = annotate("Minister Jana Novak said of the talks, \"They are going very well.\"");
        assertTrue(b.text(only(b).content()).contains("They are going very well.") && !b.text(only(b).content()).contains("talks"), show(b));
        // a partitive "of" with a verb before the comma opens the content itself
        Article c = annotate("Residents said of the 40 people arrested, most were released the same day.");
        assertTrue(c.text(only(c).content()).startsWith("of the 40 people"), show(c));
    }

    @Test
    void aCueAskedAboutWithDoInAQuestionSaysNothing() {
        assertEquals(0, annotate("Did the minister say the budget was balanced?").attributions().size());
        assertEquals(0, annotate("Why does the minister claim the budget is balanced?").attributions().size());
        // a quoted question is said; an emphatic "did say" is no question
        Article a = annotate("\"Why did we go there?\" Minister Jana Novak said.");
        assertEquals(1, a.attributions().size(), show(a));
        Article b = annotate("Minister Jana Novak did say the budget was balanced.");
        assertEquals("the budget was balanced.", b.text(only(b).content()), show(b));
    }

    /** A claim opens with the prefix, and every claim that does has this stance. */
    static void assertClaimStance(Article a, Stance stance, String prefix) {
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).startsWith(prefix)), "no claim opens with " + prefix + "\n" + show(a));
        for (Attribution c : a.attributions()) if (a.text(c.content()).startsWith(prefix)) assertEquals(stance, c.stance(), prefix + "\n" + show(a));
    }

    @Test
    void anOpenYesNoQuestionOrAnImperativeQuestionAssertsNothing() {
        // nothing but questions, the first opening with an auxiliary or modal, or a bare imperative: no claim
        Article a = annotate("\"Can we trust the water? Can our children drink it? What do we tell them?\" resident Ola Brandt said.");
        assertEquals(0, a.attributions().size(), show(a));
        Article b = annotate("\"We have raised prices twice this year,\" said Tove Lind, the bakery's owner. \"Will we keep our customers?\"");
        assertEquals(1, b.attributions().size(), show(b));
        assertTrue(b.text(only(b).content()).contains("raised prices"), show(b));
        Article c = annotate("The mayor has misled voters for months. Remember the ferry contract? The state auditor must finally act? — Gus Varna (@gusvarna) March 3, 2019");
        assertTrue(c.attributions().stream().noneMatch(x -> c.text(x.content()).contains("Remember")), show(c));
        // must NOT drop a rhetorical question: negative, in statement order, with a question word, or answered by the speaker
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("must finally act?")), show(c));
        assertEquals(1, annotate("\"Isn't it obvious that the mayor lied to us?\" said Ola Brandt, a resident.").attributions().size());
        assertEquals(1, annotate("\"The board knew about the fraud?\" said Lena Vik, the fund's lawyer.").attributions().size());
        assertEquals(1, annotate("\"Who ordered the raid on the newspaper?\" opposition leader Sara Holt said.").attributions().size());
        Article d = annotate("\"Are we good enough? Not today,\" coach Ben Aldo said.");
        assertEquals(1, d.attributions().size(), show(d));
        // nor a question about another's doing, or one that names a body or an actor: it may accuse
        assertEquals(1, annotate("\"Will the ministry now admit it lied about the death toll?\" the family's lawyer, Ana Rusu, wrote.").attributions().size());
        assertEquals(1, annotate("\"Should we trust a government that jailed 40 reporters last year?\" Amnesty International said.").attributions().size());
    }

    @Test
    void aCueInsideAYesNoQuestionOrAQuestionLabelIsAskedAbout() {
        String transcript = "Transcript of the briefing by spokesman Petr Lanko.\n\n"
                + "LANKO: Good morning. The ministry has sent aid to the flooded towns.\n\n"
                + "QUESTION (Radio Nord): Has the European Union said anything about the floods?\n\n"
                + "LANKO: The European Union told us it is ready to help.\n\n"
                + "QUESTION (AFP): Will the minister say who is responsible?\n\n"
                + "LANKO: The minister will speak tomorrow.";
        Article a = annotate(transcript);
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).contains("QUESTION")), show(a));
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).contains("who is responsible")), show(a));
        // must NOT: a question in statement order, nor a negative question
        Article c = annotate("So the minister said the budget was balanced last year?");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("budget was balanced")), show(c));
        Article b = annotate("Didn't the minister say last year that the budget was balanced? Now it is not.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).contains("budget was balanced")), show(b));
    }

    @Test
    void anAttributiveParticipleInTheAdverbialAfterACueIsNoClause() {
        // "in her released statement", "in a written statement released Monday": the adverbial names the medium, no content
        Article a = annotate("\"The council could not finish the audit,\" Mara Dunn said in her released statement.");
        assertEquals(1, a.attributions().size(), show(a));
        assertTrue(a.text(only(a).content()).contains("could not finish"), show(a));
        Article b = annotate("\"The council could not finish the audit,\" Mara Dunn said in a written statement released Monday.");
        assertEquals(1, b.attributions().size(), show(b));
        assertTrue(b.text(only(b).content()).contains("could not finish"), show(b));
        // must NOT: a clause after the adverbial is still the content
        Article c = annotate("Mara Dunn said in the leaked memo the army admitted the strike on the school.");
        assertTrue(c.text(only(c).content()).contains("the army admitted"), show(c));
    }

    @Test
    void aWordInsideAnActorsNameIsNoCue() {
        // "Appeals" in a court's name, before a comma, is no inverted "reports"
        assertEquals(0, annotate("The rare step skips the 4th Circuit Court of Appeals, which would normally hear the case.").attributions().size());
        // must NOT: a present-tense cue right after the name still speaks
        Article a = annotate("The ban would hurt farmers, Sputnik reports, citing a ministry source.");
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).contains("hurt farmers")), show(a));
    }

    @Test
    void aCueWithAStrandedPrepositionInARelativeClauseHasNoContentBeforeIt() {
        // "the changes she called for": the cue is in a relative clause on "changes"; the main clause is not her claim
        Article a = annotate("Lena Ward, the city's auditor, said the budget was short. The council approved the changes she called for in March.");
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).contains("council approved")), show(a));
        assertEquals(0, annotate("The council approved the changes Lena Ward had called for.").attributions().size());
        // must NOT: a preposition with its noun phrase after the cue, or a stripped comma with no preposition
        Article b = annotate("The plant will close next year Lena Ward said on Monday.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).contains("plant will close")), show(b));
        Article c = annotate("The budget is short, Lena Ward said about the plan.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("budget is short")), show(c));
    }

    @Test
    void aCueClosingItsSentenceTakesTheNextParagraphOnlyWhenItIsAQuotationOrAnnounced() {
        // a timestamped live-blog line or narration after "X has hit back." is not X's claim
        Article a = annotate("The regional council has hit back.\n\n09:15 GMT - Firefighters have reopened the coastal road after the blaze.");
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).contains("Firefighters")), show(a));
        Article b = annotate("The dockworkers' union responded.\n\nOn Friday, crews gathered at the harbour gates as the stoppage entered its second day.");
        assertTrue(b.attributions().stream().noneMatch(x -> b.text(x.content()).contains("crews gathered")), show(b));
        // must still: an announced statement (a colon before it)
        Article c = annotate("The regional council said:\n\nThe new levy is unlawful and will be challenged in court.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("levy is unlawful")), show(c));
    }

    @Test
    void aRelayedQuestionClaimsNothing() {
        Article a = annotate("\"Who will pay for the new stadium?\" the councillor asked, according to two people at the meeting.");
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).contains("asked")), show(a));
        // must NOT: a relayed statement stays
        Article b = annotate("The stadium will cost twice the estimate, the councillor said, according to two people at the meeting.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).contains("stadium will cost")), show(b));
    }

    @Test
    void aStatementBeforeXSaidIsXsClaimThatATrailingAccordingToRelays() {
        Article a = annotate("The rebels shelled the bridge overnight, the governor said, according to regional radio.");
        assertTrue(a.attributions().stream().anyMatch(x -> x.speaker().endsWith("/governor")
                && a.text(x.content()).equals("The rebels shelled the bridge overnight")), show(a));
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).startsWith("according to")), show(a));
        // the radio relays the governor's claim
        assertTrue(a.attributions().stream().anyMatch(x -> x.speaker().endsWith("/regional-radio") && x.relays() >= 0), show(a));
        // a source of no author: the speaker's claim is still the statement before it
        Article b = annotate("Fares will rise in spring, the mayor said, according to a transcript of the hearing.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).equals("Fares will rise in spring")), show(b));
        // must NOT: "according to Y" with no "X said" before it stays Y's plain claim
        Article c = annotate("The rebels shelled the bridge overnight, according to regional radio.");
        assertEquals(1, c.attributions().size(), show(c));
        assertTrue(c.attributions().stream().anyMatch(x -> x.speaker().endsWith("/regional-radio")
                && c.text(x.content()).equals("The rebels shelled the bridge overnight") && x.relays() < 0), show(c));
        // must NOT: "X said, according to Y, that …" keeps the clause after the cue
        Article d = annotate("The governor said, according to regional radio, that the rebels shelled the bridge.");
        assertTrue(d.attributions().stream().anyMatch(x -> x.speaker().endsWith("/governor")
                && d.text(x.content()).contains("the rebels shelled the bridge")), show(d));
    }

    @Test
    void aCueTakingNoContentStillGivesItsSpeakerToALaterPronoun() {
        // "X hit back." takes no content, yet "It said …" in the next paragraph is X's
        Article a = annotate("Farmers said the water ministry had sold their wells.\n\nThe water ministry hit back.\n\nIt said the wells had been dry for years.");
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).contains("dry for years") && x.speaker().contains("water-ministry")), show(a));
        Article b = annotate("Farmers said the water ministry had sold their wells.\n\nThe water ministry hit back on Friday.\n\nIt said the wells had been dry for years.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).contains("dry for years") && x.speaker().contains("water-ministry")), show(b));
        // must NOT: the content-less cue still takes no narration as its claim
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).startsWith("It said")), show(a));
        // must NOT: a speaker named after the content-less cue is the one "she" means
        Article c = annotate("The harbour board hit back.\n\nPort director Mia Sandell said the moorings were empty.\n\nShe said fees would not rise.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("fees would not rise") && x.speaker().contains("mia-sandell")), show(c));
    }

    @Test
    void aTitleOfTheSpeakerIsNotPartOfTheClaimBeforeIt() {
        Article a = annotate("The tram fares will rise by a third next year, Transport Minister Oskar Feld said.");
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).equals("The tram fares will rise by a third next year")), show(a));
        Article b = annotate("The harbour will close for repairs next month Mayor Ines Duarte said on Monday.");
        assertTrue(b.attributions().stream().noneMatch(x -> b.text(x.content()).contains("Mayor")), show(b));
        // must NOT: a lower-case noun of the clause itself stays ("… blamed the governor, Duarte said")
        Article c = annotate("The protesters blamed the governor, Ines Duarte said.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).endsWith("blamed the governor")), show(c));
    }

    @Test
    void aContentEndingInAClauseOpenerRightBeforeItsSpeakerIsNoClaim() {
        // the words before the speaker stop at "that", "which", "or" or a preposition: the speaker is inside that clause
        Article a = annotate("The trouble with the new tariff plan is that the minister believes his own figures.");
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).startsWith("The trouble")), show(a));
        Article b = annotate("The depot was moved to a leased warehouse, which according to the mayor, saves the city money.");
        assertTrue(b.attributions().stream().noneMatch(x -> b.text(x.content()).contains("depot was moved")), show(b));
        Article c = annotate("The late bus was one of many lapses that the inspector highlighted in her report.");
        assertTrue(c.attributions().stream().noneMatch(x -> c.text(x.content()).contains("late bus")), show(c));
        Article g = annotate("The fund must protect savers, or according to the central bank, ensure stable prices.");
        assertTrue(g.attributions().stream().noneMatch(x -> g.text(x.content()).endsWith("or")), show(g));
        // must NOT: a passive agent or "as" ends a full clause, "and" keeps it, nor a demonstrative "that" after a preposition
        Article d = annotate("The city spent two million dollars on consultants, records obtained by Reuters show.");
        assertTrue(d.attributions().stream().anyMatch(x -> d.text(x.content()).contains("spent two million")), show(d));
        Article e = annotate("The bridge was closed for a month, as the engineers had warned.");
        assertTrue(e.attributions().stream().anyMatch(x -> e.text(x.content()).contains("bridge was closed")), show(e));
        // nor a naming of what the clause before states ("which the mayor described as …")
        Article h = annotate("The depot was moved to a leased warehouse, which the mayor described as a sensible saving.");
        assertTrue(h.attributions().stream().anyMatch(x -> h.text(x.content()).contains("depot was moved")), show(h));
        Article f = annotate("The dam cannot hold another flood and we cannot stay silent about that the engineer said");
        assertTrue(f.attributions().stream().anyMatch(x -> f.text(x.content()).contains("dam cannot hold")), show(f));
    }

    @Test
    void anInvertedQuestionBeforeAskedIsNoClaimThoughItsQuestionMarkIsMissing() {
        Article a = annotate("So how do we protect our rivers from this kind of waste, the bishop asked.");
        assertEquals(0, a.attributions().size(), show(a));
        Article b = annotate("Why did the council wait so long, one resident asked.");
        assertEquals(0, b.attributions().size(), show(b));
        // must NOT: an indirect question after the cue, or a question-word subject with no auxiliary after it
        Article c = annotate("The farmer asked how the council could approve the permit without a hearing. The mayor said the permit was lawful.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("permit was lawful")), show(c));
        Article d = annotate("The soldiers burned the granary, a farmer from the valley said.");
        assertTrue(d.attributions().stream().anyMatch(x -> d.text(x.content()).contains("burned the granary")), show(d));
    }

    @Test
    void aCueWhoseObjectIsWhatHasNoContentAfterIt() {
        assertEquals(0, annotate("Voters no longer believe what the mayor says is true.").attributions().size());
        assertEquals(0, annotate("Nobody knows what the minister said about the budget.").attributions().size());
        // must NOT: a pseudo-cleft states its content after BE and "that"; "what" after the cue is its content
        Article a = annotate("What the minister said was that prices would fall.");
        assertTrue(a.text(only(a).content()).contains("prices would fall"), show(a));
        Article b = annotate("The mayor said what voters wanted to hear was a tax cut.");
        assertTrue(b.text(only(b).content()).contains("tax cut"), show(b));
        // nor a colon spelling out what was said
        Article c = annotate("I believe what the villagers said: the guards beat them for years.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.text(x.content()).contains("guards beat them")), show(c));
    }

    /** A claim holds the fragment, and every claim that holds it has this stance. */
    static void assertFoundWithStance(Article a, Stance stance, String fragment) {
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).contains(fragment)), "no claim holds " + fragment + "\n" + show(a));
        assertStance(a, stance, fragment);
    }

    @Test
    void aPledgeOfLawfulConductIsNoRebuttalButLawfulConductDoneIs() {
        // an accused company's future pledge ("would act in accordance with the law") promises; its account of what was
        // done ("were operated in accordance with the law") rebuts
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Fishermen accused the Halden Brick Company of dumping ash into the lake.\n\n"
                + "The Halden Brick Company said it would always act in full accordance with the law.");
        assertFoundWithStance(a, Stance.ALLEGES, "would always act");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Fishermen accused the Halden Brick Company of dumping ash into the lake.\n\n"
                + "The Halden Brick Company said its trucks were operated in full accordance with the law.");
        assertFoundWithStance(b, Stance.DENIES, "were operated");
    }

    @Test
    void theBodysOfficerNamedByTheNounsPossessiveSpeaksForItInEachClaim() {
        // "the company's general manager, NAME" after "The company said …" speaks for the accused company, and so does
        // his later "He said …"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Fishermen accused the Halden Brick Company of dumping ash into the lake. The company said it had done nothing wrong.\n\n"
                + "\"Our kilns are clean,\" the company's general manager, Ivo Marsh, told reporters. He said the kilns had passed every inspection since 2019.");
        assertFoundWithStance(a, Stance.DENIES, "passed every inspection");
        // "the trust's director" after another body spoke is no officer of the accused company
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Fishermen accused the Halden Brick Company of dumping ash into the lake. The Lake Trust, a charity, said the fish had died.\n\n"
                + "\"The water is bad,\" the trust's director, Ivo Marsh, told reporters. He said the kilns had passed every inspection since 2019.");
        assertFoundWithStance(b, Stance.ALLEGES, "passed every inspection");
    }

    @Test
    void theAccusedSideRebutsByMembersQuantifiedNoneAndByRulesFollowed() {
        // the accused side, named by "accused X of <any wrongdoing>", rebuts by "no officer had …" / "none of the … hit"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Protesters accused the Marlow Police of brutality. The Marlow Police said none of the officers hit him.");
        assertFoundWithStance(a, Stance.DENIES, "none of the officers hit him");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Farmers accused the Delta Irrigation Board of diverting water. The Delta Irrigation Board said no engineer had opened the sluice gates.");
        assertFoundWithStance(b, Stance.DENIES, "no engineer had opened");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Critics accused Teller Mining of dumping waste into the lake. Teller Mining said the company had always followed the rules.");
        assertFoundWithStance(c, Stance.DENIES, "followed the rules");
        // must not: a witness's or a victim's relative's negative account, an accuser's "no one has been held to account"
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Protesters accused the Marlow Police of brutality. A witness, Ana Suri, said no officer had tried to help the boy.");
        assertFoundWithStance(d, Stance.ALLEGES, "no officer had tried");
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Protesters accused the Marlow Police of brutality. Protest leader Ana Suri said no one has been held to account.");
        assertFoundWithStance(e, Stance.ALLEGES, "no one has been held");
        // "X stands accused of …" marks X accused as "X is accused of …" does ("stands" tagged a noun at times)
        Article g = annotate("Lead paragraph of the report.\n\n"
                + "The Marlow Police stands accused of brutality. The Marlow Police said no officer had struck the teenager.");
        assertFoundWithStance(g, Stance.DENIES, "no officer had struck");
        // must not: another speaker's quantified negation after "stands accused" (a fisherman's account)
        Article h = annotate("Lead paragraph of the report.\n\n"
                + "The Teller Mining Company stands accused of polluting the lake. A local fisherman, Ana Suri, said no inspector had visited the lake in years.");
        assertFoundWithStance(h, Stance.ALLEGES, "no inspector had visited");
        // must not: with nobody accused, the quantified negation is a plain statement
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "The Marlow Police said no officer had struck the teenager.");
        assertFoundWithStance(f, Stance.ALLEGES, "no officer had struck");
    }

    @Test
    void absentFightersAccuseUnlessTheAccusedSideSaysIt() {
        // a witness's "there were no fighters in that street" charges whoever struck it: no denial
        Article a = annotate("Air strike kills 12 in Korvash market.\n\n"
                + "An air strike on a market in Korvash killed 12 civilians, a monitor said.\n\n"
                + "Ana Suri, an activist who runs a local news network, said residents had pulled bodies from the rubble. \"There were no fighters in that street, only families buying bread,\" she said.");
        assertFoundWithStance(a, Stance.ALLEGES, "There were no fighters in that street");
        // must not: the accused side's own "there were/had been no militants" still rebuts
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The army accused the Korvash City Hospital of hiding militants. The Korvash City Hospital said there were no militants in the building.");
        assertFoundWithStance(b, Stance.DENIES, "there were no militants");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The Tesmarian Army accused the Ridge Front of storing rockets in the village. The Ridge Front said there had been no fighters in the village for months.");
        assertFoundWithStance(c, Stance.DENIES, "there had been no fighters");
        // must not: the absence of civilians or of the act itself is still a denial
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The Tesmarian Army denied the strike. The army said there was no strike in the area.");
        assertFoundWithStance(d, Stance.DENIES, "there was no strike");
    }

    @Test
    void anActNotDoneBeforeIsNoDenial() {
        // "we have not struck these trucks before" announces a new act
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Colonel Dan Reed said the coalition had decided to target the fuel trucks of the Ridge Front.\n\n"
                + "\"We have not struck these trucks before,\" Reed said. \"We assessed that the drivers are probably civilians.\"");
        assertFoundWithStance(a, Stance.ALLEGES, "We have not struck these trucks before");
        // must not: the same denial without "before" stays a denial
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Ridge Front accused the coalition of bombing a school.\n\n"
                + "\"We have not struck any school,\" coalition spokesman Dan Reed said.");
        assertFoundWithStance(b, Stance.DENIES, "We have not struck any school");
    }

    @Test
    void theAccusedSubjectIsFoundPastAPlaceOrUnitPhrase() {
        // "X in PLACE was accused/charged": X, not the place, is the accused side
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Teller Mining Company in Korvash was charged with polluting the lake. The company said no waste had entered the lake.");
        assertFoundWithStance(a, Stance.DENIES, "no waste had entered");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Marlow Police in the capital have been accused of brutality by rights groups. The Marlow Police said no officer had struck anyone.");
        assertFoundWithStance(b, Stance.DENIES, "no officer had struck");
        // a bare body noun opening the sentence: "Police in PLACE were accused" marks the police its later speaker names
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Police in Marlow were accused of beating protesters on Sunday. Police said no officer had struck anyone.");
        assertFoundWithStance(c, Stance.DENIES, "no officer had struck");
        // must not: a witness's negation when the place phrase's subject is accused; nobody accused at all
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Police in Marlow were accused of beating protesters on Sunday. A witness, Ana Suri, said no officer had tried to help the boy.");
        assertFoundWithStance(d, Stance.ALLEGES, "no officer had tried");
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Police in Marlow said no officer had struck anyone.");
        assertFoundWithStance(e, Stance.ALLEGES, "no officer had struck");
        // must not: a subject in a place phrase that is not accused ("A report on the X was accused of bias" accuses the report)
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "A report on the Marlow Police was accused of bias. The Marlow Police said no officer had struck anyone.");
        assertFoundWithStance(f, Stance.ALLEGES, "no officer had struck");
    }

    @Test
    void aTitleNamingTheAccusedBodyMakesItsHolderSpeakForIt() {
        // "Police Chief NAME": the title's word names the one body of the article that is accused
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Corby Police Department was criticised over claims that officers beat a teenager. Police Chief Dana Ruiz said the officers had followed procedure.");
        assertFoundWithStance(a, Stance.DENIES, "followed procedure");
        // must not: the title names the accusing body ("Police Chief" when the Corby Police Union accuses the council)
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The Corby Police Union accused the city council of cutting patrols. Police Chief Dana Ruiz said the council had followed procedure.");
        assertFoundWithStance(d, Stance.ALLEGES, "followed procedure");
    }

    @Test
    void oneArraignedOnChargesIsTheAccusedSide() {
        // "NAME was arraigned on charges of …": the accused, whose alibi rebuts
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Ray Tolland was arraigned on charges of arson on Monday. His mother, Ada Tolland, said her son was at home when the fire started.");
        assertFoundWithStance(a, Stance.DENIES, "was at home");
        // must not: arraigned with no charge named
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Ray Tolland was arraigned on Monday in the county court. His mother, Ada Tolland, said her son was at home when the fire started.");
        assertFoundWithStance(b, Stance.ALLEGES, "was at home");
    }

    @Test
    void noTimeToWeighTheActDefendsConduct() {
        // necessity: "had seconds to decide" said for the accused
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Neighbours said the officers of the Corby Police Department shot the dog for no reason. \"The deputies had seconds to react,\" a department spokesman said.");
        assertFoundWithStance(a, Stance.DENIES, "had seconds to react");
        // must not: seconds to flee, said by a survivor
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Neighbours said the ferry company had overloaded the boat. \"The passengers had seconds to escape,\" a survivor said.");
        assertFoundWithStance(b, Stance.ALLEGES, "had seconds to escape");
    }

    @Test
    void aBodyNamedByTheDemonymOfAnAccusedStateSpeaksForIt() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Latvia accused Lithuania of seizing a fishing trawler in the Gulf of Riga.\n\n"
                + "The Lithuanian Navy said the trawler had been boarded in strict accordance with maritime law.");
        assertFoundWithStance(a, Stance.DENIES, "boarded in strict accordance");
        // the accuser's own navy defends nothing
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Lithuania accused Latvia of seizing a fishing trawler in the Gulf of Riga.\n\n"
                + "The Lithuanian Navy said the trawler had been boarded in strict accordance with maritime law.");
        assertFoundWithStance(b, Stance.ALLEGES, "boarded in strict accordance");
    }

    @Test
    void aBodyThatHitsBackOrDefendsIsTheDefendingSideAndItsSpokesmanSpeaksForIt() {
        // "X has hit back" makes X the defending side; "An X spokesman, NAME" speaks for it; a recent check rebuts
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Harbour Residents Group said the Orlin Port Authority had let a pipe leak for months.\n\n"
                + "The Orlin Port Authority has hit back.\n\nAn Orlin Port Authority spokesman, Mark Dane, said the pipes had been inspected less than a month ago.");
        assertClaimStance(a, Stance.DENIES, "the pipes had been inspected less than a month ago");
        // a check still to come is no defence
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The Harbour Residents Group said the Orlin Port Authority had let a pipe leak for months.\n\n"
                + "The Orlin Port Authority has hit back.\n\nAn Orlin Port Authority spokesman, Mark Dane, said the pipes will be inspected next month.");
        assertClaimStance(b, Stance.ALLEGES, "the pipes will be inspected");
        // "defended" a person makes the defending side; "defended the city" or a passive does not
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The Ostrava Miners Union defended the foreman after the collapse.\n\n"
                + "The Ostrava Miners Union said the shaft had passed every inspection.");
        assertFoundWithStance(c, Stance.DENIES, "passed every inspection");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The Orlin Port Authority defended the city against the flood.\n\n"
                + "The Orlin Port Authority said the pipes had been inspected less than a month ago.");
        assertFoundWithStance(d, Stance.ALLEGES, "inspected less than a month ago");
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "The city was defended by the Orlin Port Authority.\n\n"
                + "The Orlin Port Authority said the pipes had been inspected less than a month ago.");
        assertFoundWithStance(e, Stance.ALLEGES, "inspected less than a month ago");
        // a party neither accused nor answering back: a recent check informs
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "Residents said the chemical spill came from a leaking pipe.\n\n"
                + "The Orlin Port Authority said the pipes had been inspected less than a month ago.");
        assertFoundWithStance(f, Stance.ALLEGES, "inspected less than a month ago");
    }

    @Test
    void hittingBackAnswersOnlyAnEarlierAccusationAndRetaliationAnswersNone() {
        // a body that hits back after a claim accused it is the defending side
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The Rail Users Association said the Velm Rail Company had ignored warnings about the bridge.\n\n"
                + "The Velm Rail Company has hit back.\n\nA Velm Rail Company spokesman, Piet Olsen, said the bridge had been inspected two weeks ago.");
        assertClaimStance(a, Stance.DENIES, "the bridge had been inspected two weeks ago");
        // a claim that names the state without accusing it is no accusation it hits back at
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The Kesh Brigades said they had fired rockets at Norvia on Sunday. Norvia hit back with air strikes on Kesh.\n\n"
                + "The Norvian military said the strikes were legitimate and proportionate.");
        assertFoundWithStance(d, Stance.ALLEGES, "legitimate and proportionate");
        // a state that hits back with strikes after an attack answers no accusation
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Militants fired rockets at border towns in Norvia on Sunday. Norvia hit back with air strikes on Kesh.\n\n"
                + "The Norvian military said the strikes were legitimate and proportionate.");
        assertFoundWithStance(b, Stance.ALLEGES, "legitimate and proportionate");
        // "fired back" is retaliation, even after an accusation's narration
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Rebels shelled the port of Kesh on Sunday. The Norvian army fired back on Monday.\n\n"
                + "The Norvian army said the strikes were legitimate and proportionate.");
        assertFoundWithStance(c, Stance.ALLEGES, "legitimate and proportionate");
    }

    @Test
    void theNounsPossessiveSpeaksForTheBodyTheNounBelongsTo() {
        // "the company's general manager" for a body whose name ends in "Company"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Farmers accused the Orsa Paper Company of dumping waste into the river. The Orsa Paper Company denied the charge.\n\n"
                + "The company's general manager, Lars Ekdal, said the mill was being scapegoated for waste from other plants.");
        assertFoundWithStance(a, Stance.DENIES, "scapegoated");
        // "The group's spokesman" after "The rights group NAME accused …" speaks for the accusing group
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The rights group Open Gate accused the Red Ridge Front of burning villages near Dorn. The Red Ridge Front denied it.\n\n"
                + "The group's spokesman, Omar Selk, said the Front's story was conjecture.");
        assertFoundWithStance(b, Stance.ALLEGES, "story was conjecture");
    }

    @Test
    void onlyAStateOrganNamedWithTheAccusedStatesDemonymSpeaksForIt() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Finland accused Russia of jamming GPS signals over the Baltic Sea.\n\n"
                + "The Russian Defence Ministry said the claims were pure conjecture.");
        assertFoundWithStance(a, Stance.DENIES, "pure conjecture");
        // an opposition party of the accused state is no organ of it
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Finland accused Russia of jamming GPS signals over the Baltic Sea.\n\n"
                + "The Russian opposition party Yabloko said the claims of the ministry were pure conjecture.");
        assertFoundWithStance(b, Stance.ALLEGES, "pure conjecture");
    }

    @Test
    void aRebuttalWordSaidOfADenialIsNoRebuttal() {
        // the accused side calls the charge conjecture: a rebuttal
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Finland accused Russia of jamming GPS signals over the Baltic Sea. Russia denied the accusation.\n\n"
                + "The Russian Defence Ministry said the claims were pure conjecture.");
        assertFoundWithStance(a, Stance.DENIES, "claims were pure conjecture");
        // its own organ calling a denial conjecture attacks the denial
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Finland accused Russia of jamming GPS signals over the Baltic Sea. Russia denied the accusation.\n\n"
                + "The Russian Defence Ministry said Moscow's denial was pure guesswork.");
        assertFoundWithStance(b, Stance.ALLEGES, "denial was pure guesswork");
    }

    @Test
    void anAccusedPartyRebutsByVictimhoodOrByCallingBlameEarly() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Critics accused Mayor Lena Holt of hiding the audit.\n\n"
                + "Lena Holt said her town is being singled out by the auditors. Lena Holt said it is much too soon for anybody to start pointing fingers.");
        assertFoundWithStance(a, Stance.DENIES, "singled out");
        assertFoundWithStance(a, Stance.DENIES, "pointing fingers");
        // the same words from a party no one accused
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Lena Holt said our town is being singled out for new funding.");
        assertFoundWithStance(b, Stance.ALLEGES, "singled out");
    }

    @Test
    void anIntervieweeWhoDeniedInAnAnswerRebutsInALaterAnswer() {
        // the answers of a transcript have no cue; one that denies makes its speaker the defending side
        Article a = annotate("\"Our guards did nothing wrong\": Prisons Director Pavel Orsk answers questions about the Lesk camp\n\n"
                + "The following interview with Pavel Orsk, prisons director of Velmaria, was conducted by the Lake Review in the capital on Monday.\n\n"
                + "Q: The rights group Open Door says guards beat prisoners at the Lesk camp. Did your guards beat anyone?\n\n"
                + "A: No. Our guards did not beat prisoners.\n\n"
                + "Q: Open Door says the guards were told to be harsh. Who told them?\n\n"
                + "A: I regret any injury. No such order exists.");
        assertFoundWithStance(a, Stance.DENIES, "No such order exists");
        // an interviewee who denied nothing states
        Article b = annotate("\"The camp will close\": Prisons Director Pavel Orsk answers questions about the Lesk camp\n\n"
                + "The following interview with Pavel Orsk, prisons director of Velmaria, was conducted by the Lake Review in the capital on Monday.\n\n"
                + "Q: The rights group Open Door says the Lesk camp is too small. Will you build a new one?\n\n"
                + "A: Yes. Our guards will move in May.\n\n"
                + "Q: Open Door says the guards were told to be harsh. Who told them?\n\n"
                + "A: I regret any injury. No such order exists.");
        assertFoundWithStance(b, Stance.ALLEGES, "No such order exists");
    }

    @Test
    void anAccusedPartysNegativeSubjectRebutsUnlessItAccusesAnotherByName() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The opposition leader, Tomas Berk, accused the minister, Ida Lund, of hiding the report.\n\n"
                + "Ms Lund stood to answer. \"That is plainly false,\" she told the chamber. \"No hidden memo exists, and Tomas Berk made it up to harm the Unity Party.\"");
        assertFoundWithStance(a, Stance.ALLEGES, "Tomas Berk made it up");
    }

    @Test
    void anAccusedPartyRebutsByAnAlibiAGenuineActOrCallingTheCaseConjecture() {
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The army accused the Free Valley Front of attacking the village of Dastin.\n\n"
                + "The Free Valley Front said its fighters had withdrawn from the area two days before the attack.");
        assertFoundWithStance(a, Stance.DENIES, "had withdrawn");
        // leaving before, said by a party no one accused, informs; a leaving with no "before" is no alibi
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The army said its troops had withdrawn from the area two days before the storm.");
        assertFoundWithStance(b, Stance.ALLEGES, "had withdrawn");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The army accused the Free Valley Front of attacking the village of Dastin.\n\n"
                + "The Free Valley Front said its fighters had withdrawn from the area to rest.");
        assertFoundWithStance(c, Stance.ALLEGES, "had withdrawn");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged Daniel Varga with bribery.\n\n"
                + "Daniel Varga said he had given the mayor genuine advice on the tender. "
                + "Daniel Varga said the prosecution case rested on hearsay and coincidences.");
        assertFoundWithStance(d, Stance.DENIES, "genuine advice");
        assertFoundWithStance(d, Stance.DENIES, "hearsay");
        // the same words from one no one charged
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "Daniel Varga said he had given the mayor genuine advice on the tender.");
        assertFoundWithStance(f, Stance.ALLEGES, "genuine advice");
        // "genuine" of something other than the side's own act
        Article g = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged Daniel Varga with bribery.\n\n"
                + "Daniel Varga said there is a genuine risk that the harbour will close.");
        assertFoundWithStance(g, Stance.ALLEGES, "genuine risk");
    }

    @Test
    void aTimeNounBeforeAnUnnamedSourceIsNoModifierOfIt() {
        // fires: "Sunday evening police said" is the police's
        Article a = annotate("Late on Sunday evening police said two men had been detained.");
        assertEquals("police", a.entity(only(a).speaker()).label().toLowerCase(java.util.Locale.ROOT), show(a));
        // must not fire: a noun modifier stays ("Border police")
        Article b = annotate("Border police said two men had been detained.");
        assertEquals("Border police", b.entity(only(b).speaker()).label(), show(b));
    }

    @Test
    void aDefiniteSourceWithAPostmodifierIsNamedByItsOwnHead() {
        // fires: "the relatives of the victims" are not "the victims"
        Article a = annotate("The relatives of the victims said the bodies had not been returned.");
        assertEquals("The relatives of the victims", a.entity(only(a).speaker()).label(), show(a));
        // and the same phrase later is the same source
        Article b = annotate("Relatives of the victims said the bodies had not been returned. The relatives of the victims said the army had lied.");
        assertEquals(1, b.attributions().stream().map(Attribution::speaker).distinct().count(), show(b));
    }

    @Test
    void aTitleHeldOnlyAsAPossessorIsNoRoleOfThePerson() {
        // fires: "the minister's deputy, Nigel Kell" is no minister; a later "the minister" is not he
        Article a = annotate("The transport secretary, Hilary Stroud, took questions on Thursday. The minister's deputy, Nigel Kell, said the memo "
                + "was read out of context. Later the minister added that no depot would shut.");
        Attribution later = a.attributions().stream().filter(c -> a.text(c.content()).contains("no depot")).findFirst().orElseThrow();
        assertTrue(!a.entity(later.speaker()).label().equals("Nigel Kell"), show(a));
        // must not fire: "the deputy minister, Nigel Kell" is a minister
        Article b = annotate("The deputy minister, Nigel Kell, said the memo was read out of context. Later the minister added that no depot would shut.");
        Attribution later2 = b.attributions().stream().filter(c -> b.text(c.content()).contains("no depot")).findFirst().orElseThrow();
        assertEquals("Nigel Kell", b.entity(later2.speaker()).label(), show(b));
    }

    @Test
    void anObjectClaimKeepsItsCue() {
        // the object of an accusing or naming cue is no statement without the cue: the text begins at the cue
        Article a = annotate("Relatives of the miners accused the company of hiding the figures about the blast.");
        assertEquals("accused the company of hiding the figures about the blast.", a.text(only(a).content()), show(a));
        // a gerund after a denial, and a short object, take the auxiliary or the speaker before the cue as well
        Article b = annotate("The ministry denied closing the fuel depot.");
        assertEquals("denied closing the fuel depot.", b.text(only(b).content()), show(b));
        Article c = annotate("Turkey has called the accusation \"slander\".");
        assertTrue(c.text(only(c).content()).startsWith("Turkey has called the accusation"), show(c));
    }

    @Test
    void anObjectClaimOfAQuotingOrPassiveCueKeepsNoCue() {
        // "quoted X as saying": what follows is X's words, not the reporter's
        Article a = annotate("Reporter Dana Mill called the senator's office and then quoted Senator Grace Adeyemi as saying she was not worried by the polls.");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).equals("she was not worried by the polls.")), show(a));
        assertTrue(a.attributions().stream().noneMatch(c -> a.text(c.content()).contains("quoted")), show(a));
        // a passive cue, alone or joined to another passive participle, has no object: the text does not take it
        Article b = annotate("In her book, researcher Lena Ostrow describes a study in which students are left in a room and told they can leave if they finish a puzzle.");
        assertTrue(b.attributions().stream().noneMatch(c -> b.text(c.content()).startsWith("told")), show(b));
        // an active object cue still takes its cue, also in a progressive
        Article c = annotate("The commission urged the firms to cut prices before the winter.");
        assertEquals("urged the firms to cut prices before the winter.", c.text(only(c).content()), show(c));
        Article d = annotate("The governor is asking for $4 billion to rebuild the levees.");
        assertTrue(d.attributions().stream().anyMatch(x -> d.text(x.content()).startsWith("is asking for")), show(d));
    }

    @Test
    void aClauseAfterTheCueDoesNotTakeTheCue() {
        // a reported clause is a statement by itself: the cue stays out of it
        Article a = annotate("Police said the suspect had been arrested near the station.");
        assertEquals("the suspect had been arrested near the station.", a.text(only(a).content()), show(a));
        Article b = annotate("The coach denied the team had been paid to lose.");
        assertEquals("the team had been paid to lose.", b.text(only(b).content()), show(b));
        Article c = annotate("The minister said the attackers simply ran out of ammunition.");
        assertEquals("the attackers simply ran out of ammunition.", c.text(only(c).content()), show(c));
    }

    @Test
    void aBareRejectionOfAClaimNounIsNoClaim() {
        // rejecting "the accusations" (and at most a time adverbial) says nothing of its own: no claim, when its speaker
        // says something else
        Article a = annotate("Prosecutors charged the mayor with bribery.\n\nThe mayor rejected the accusations. "
                + "The mayor said the contract had been awarded by an independent panel.");
        assertEquals(2, a.attributions().size(), show(a));
        assertTrue(a.attributions().stream().noneMatch(c -> a.text(c.content()).contains("rejected the accusations")), show(a));
        Article b = annotate("Rebels accused the army of shelling the village.\n\nThe defence ministry firmly rejected the claims on Tuesday. "
                + "The defence ministry said its troops had not fired a single shell.");
        assertTrue(b.attributions().stream().noneMatch(c -> b.text(c.content()).contains("rejected the claims")), show(b));
    }

    @Test
    void aBareRejectionOfAnothersAccountOrOfThatClaimIsNoClaim() {
        // rejecting another side's "account", "version", "criticism" or "findings", or a claim noun after a demonstrative
        // "that"/"those" however tagged, says nothing of its own either
        Article a = annotate("The ministry said the strike killed 12 civilians.\n\nThe army rejected the ministry's account. "
                + "The army said its jets had hit only a weapons depot.");
        assertTrue(a.attributions().stream().noneMatch(c -> a.text(c.content()).contains("account")), show(a));
        assertFoundWithStance(a, Stance.DENIES, "hit only a weapons depot");
        Article b = annotate("Critics said the mayor had wasted public money.\n\nThe mayor rejected that criticism on Tuesday. "
                + "The mayor said the budget was balanced.");
        assertTrue(b.attributions().stream().noneMatch(c -> b.text(c.content()).contains("criticism")), show(b));
        Article c = annotate("The opposition said the vote was rigged.\n\nThe election commission rejected those claims. "
                + "The election commission said the count had been observed by monitors.");
        assertTrue(c.attributions().stream().noneMatch(x -> c.text(x.content()).contains("those claims")), show(c));
        Article d = annotate("The union said the firm had cut wages.\n\nThe firm's owner, Dara Venn, disputed that version on Monday. "
                + "Venn said wages had risen by four percent.");
        assertTrue(d.attributions().stream().noneMatch(x -> d.text(x.content()).contains("version")), show(d));
    }

    @Test
    void aRejectionOfAnAccountThatSaysMoreIsStillAClaim() {
        // must NOT: an account named false, a complementizer "that" with its clause, or an account with more after it
        Article a = annotate("The ministry said the strike killed 12 civilians.\n\nThe army called the ministry's account a fabrication. "
                + "The army said its jets had hit only a weapons depot.");
        assertTrue(a.attributions().stream().anyMatch(x -> a.text(x.content()).contains("account a fabrication")), show(a));
        Article b = annotate("The union said the firm had cut wages.\n\nThe firm's owner, Dara Venn, denied that wages had been cut. "
                + "Venn said wages had risen by four percent.");
        assertFoundWithStance(b, Stance.DENIES, "wages had been cut");
        Article c = annotate("The ministry said the strike killed 12 civilians.\n\nThe army rejected the ministry's account of the strike, saying no civilians were in the area. "
                + "The army said its jets had hit only a weapons depot.");
        assertFoundWithStance(c, Stance.DENIES, "no civilians were in the area");
    }

    @Test
    void aTopicAfterTheCueIsNoClaim() {
        // "commenting on the speech …", "wrote on this …", "worry about …": the topic spoken on, not a statement
        Article a = annotate("Lead paragraph of the report.\n\nJones was commenting on the speech the senator gave in Ohio.");
        assertTrue(a.attributions().isEmpty(), show(a));
        Article b = annotate("Lead paragraph of the report.\n\nSteve Hale recently wrote on this but he has refused to name the firm.");
        assertTrue(b.attributions().isEmpty(), show(b));
        Article c = annotate("Lead paragraph of the report.\n\nMany people worry about the security of their personal data.");
        assertTrue(c.attributions().isEmpty(), show(c));
        // must NOT: testimony about a wrong done by someone says what was done
        Article d = annotate("Lead paragraph of the report.\n\nThe witness testified about the beatings she suffered at the hands of the guards.");
        assertFalse(d.attributions().isEmpty(), show(d));
    }

    @Test
    void aTimeANumberOrAPlaceOfPublicationAfterTheCueStillOpensAClaim() {
        // must NOT: a time, a number, a named place of publication or a wh-clause after "on"/"about"
        Article a = annotate("Lead paragraph of the report.\n\nThe ministry reported on the night of May 6 helicopters had evacuated 30 militants.");
        assertFoundWithStance(a, Stance.ALLEGES, "helicopters had evacuated 30 militants");
        Article b = annotate("Lead paragraph of the report.\n\nThe agency said about 1,200 people had fled the town.");
        assertFoundWithStance(b, Stance.ALLEGES, "1,200 people had fled");
        Article c = annotate("Lead paragraph of the report.\n\nThe mayor wrote on Facebook the army had left the town.");
        assertFoundWithStance(c, Stance.ALLEGES, "the army had left the town");
        Article d = annotate("Lead paragraph of the report.\n\nThe ministry said on Monday the plant would close.");
        assertFoundWithStance(d, Stance.ALLEGES, "the plant would close");
    }

    @Test
    void aCueCoordinatedWithAnotherVerbOrNounHasNoContentAfterTheConjunction() {
        Article a = annotate("Lead paragraph of the report.\n\nThe advisers Trump mentioned and their ties to the lodge were the subject of the show.");
        assertTrue(a.attributions().isEmpty(), show(a));
        Article b = annotate("Lead paragraph of the report.\n\nDr Lane has written and published articles about diet on her blog.");
        assertTrue(b.attributions().isEmpty(), show(b));
        // must NOT: the aside "and I quote" after a comma still opens the minister's statement
        Article c = annotate("Lead paragraph of the report.\n\nThe minister said, and I quote, \"We have information that the shipment came from abroad.\"");
        assertFoundWithStance(c, Stance.ALLEGES, "the shipment came from abroad");
        // must NOT: a rejection or an accusation coordinated with another verb still says it
        Article d = annotate("Lead paragraph of the report.\n\nVelmar denied or played down reports that its drones had entered Dalmorian airspace.");
        assertTrue(d.attributions().stream().anyMatch(x -> x.stance() == Stance.DENIES), show(d));
        Article e = annotate("Lead paragraph of the report.\n\nThe council condemned and sanctioned Ardania over the poisoning of the opposition leader.");
        assertFalse(e.attributions().isEmpty(), show(e));
    }

    @Test
    void aCueInsideTheDescriptionOfAnotherSpeakerIsNoClaim() {
        // fires: "because she feared reprisals, said …" describes the neighbour; the neighbour's statement is the claim
        Article a = annotate("Lead paragraph of the report.\n\nA neighbour, who asked not to be named because she feared reprisals, said the man had beaten his wife for years.");
        assertTrue(a.attributions().stream().noneMatch(x -> a.text(x.content()).startsWith("reprisals")), show(a));
        assertFoundWithStance(a, Stance.ALLEGES, "the man had beaten his wife");
        // must NOT: two statements of two speakers, the first content ending before the second cue
        Article b = annotate("Lead paragraph of the report.\n\nThe mayor said the bridge was safe, and the engineer said it needed repairs.");
        assertFoundWithStance(b, Stance.ALLEGES, "the bridge was safe");
        assertFoundWithStance(b, Stance.ALLEGES, "it needed repairs");
    }

    @Test
    void aBareRejectionByTheAccusedOfAnotherClaimIsNoClaim() {
        // the speaker of a bare rejection is already in the story as the one another claim accuses: no claim needed
        Article a = annotate("Lead paragraph of the report.\n\nThe ministry accused Acme Steel of hiding the spill. Acme Steel denied the accusations.");
        assertTrue(a.attributions().stream().noneMatch(c -> a.text(c.content()).contains("denied the accusations")), show(a));
        assertFoundWithStance(a, Stance.ALLEGES, "hiding the spill");
        // must NOT: a rejecting speaker named by no other claim keeps its rejection
        Article b = annotate("Lead paragraph of the report.\n\nNewspapers said the plant would close. Acme Steel denied the reports.");
        assertFoundWithStance(b, Stance.DENIES, "denied the reports");
    }

    @Test
    void aRejectionThatSaysMoreIsStillAClaim() {
        // a wrongdoing denied, a claim named false, a claim noun with more after it, or a rejection that goes on
        Article a = annotate("Prosecutors charged the mayor with bribery.\n\nThe mayor denied any wrongdoing.");
        assertFoundWithStance(a, Stance.DENIES, "denied any wrongdoing");
        Article b = annotate("Prosecutors charged the mayor with bribery.\n\nThe mayor called the accusations baseless.");
        assertFoundWithStance(b, Stance.DENIES, "accusations baseless");
        Article c = annotate("Rebels accused the army of shelling the village.\n\nThe army denied the reports of civilian deaths.");
        assertFoundWithStance(c, Stance.DENIES, "reports of civilian deaths");
        Article d = annotate("Prosecutors charged the mayor with bribery.\n\nThe mayor rejected the accusations, saying he had never met the contractor.");
        assertFoundWithStance(d, Stance.DENIES, "never met the contractor");
        // the speaker's only claim: it stays, as the speaker takes part in the story by it
        Article e = annotate("Prosecutors charged the mayor with bribery.\n\nThe mayor rejected the accusations.");
        assertFoundWithStance(e, Stance.DENIES, "rejected the accusations");
    }

    @Test
    void aQuoteClosedByAnAttributionTailIsTheQuoteAloneOrAnothersWords() {
        // a tail no cue read ("Sigrid Vance yelled"): the continuation is the quote alone, without the tail
        Article a = annotate("Sigrid Vance said the strike would go on.\n\n\"Go home and leave us alone,\" Vance yelled at the crowd.");
        assertTrue(a.attributions().stream().anyMatch(c -> a.text(c.content()).equals("\"Go home and leave us alone,\"")), show(a));
        // a tail that names someone else: the quote is not the earlier speaker's
        Article b = annotate("Sigrid Vance said the strike would go on.\n\n\"We have had no water for three days,\" Otto Kranz grumbled outside the station.");
        assertTrue(b.attributions().stream().noneMatch(c -> b.text(c.content()).contains("no water")
                && b.entity(c.speaker()).label().contains("Vance")), show(b));
        // not a quote that ends the sentence, with no tail: it stays the earlier speaker's whole
        Article c = annotate("Sigrid Vance said the strike would go on.\n\n\"We will not go back to work until the company talks to us.\"");
        assertFoundWithStance(c, Stance.ALLEGES, "until the company talks to us");
    }

    @Test
    void anUnnamedSourceWithAnAdjectivePostmodifierSpeaksAsWritten() {
        // "a person familiar with …", "a source close to …": the source speaks, not the noun after the preposition
        Article a = annotate("Lead paragraph of the report.\n\nA person familiar with the talks said the deal is worth $2 billion.");
        assertTrue(only(a).speaker().endsWith("person-familiar-with-the-talks"), show(a));
        Article b = annotate("Lead paragraph of the report.\n\nThe army shelled the village overnight, a source close to the rebels said.");
        assertTrue(only(b).speaker().endsWith("source-close-to-the-rebels"), show(b));
        assertEquals("The army shelled the village overnight", b.text(only(b).content()), show(b));
        // (the head misread by the tagger)
        Article c = annotate("Lead paragraph of the report.\n\nLawyers close to the case said the judge would step aside.");
        assertTrue(only(c).speaker().endsWith("lawyers-close-to-the-case"), show(c));
        // must NOT: a named body set off by commas before the adjective, nor the agent of a passive participle
        Article d = annotate("Lead paragraph of the report.\n\nThe ministry, close to the border, said the shelling continued.");
        assertTrue(!only(d).speaker().contains("close"), show(d));
        Article e = annotate("Lead paragraph of the report.\n\nA man arrested by police said he was innocent.");
        assertTrue(!only(e).speaker().contains("police"), show(e));
    }

    @Test
    void citingAnUnnamedSourceWithItsPostmodifierRelaysTheReport() {
        Article a = annotate("Lead paragraph of the report.\n\nThe company plans to cut 4,000 jobs, Bloomberg reported, citing people familiar with the matter.");
        claims(a, 2);
        assertTrue(a.attributions().stream().anyMatch(x -> x.speaker().endsWith("people-familiar-with-the-matter")), show(a));
        // must NOT: what is cited is no source
        Article b = annotate("Lead paragraph of the report.\n\nThe bank raised rates, Bloomberg reported, citing concerns about inflation.");
        claims(b, 1);
    }

    @Test
    void aNameToldBeforeTheReportedClauseIsTheListener() {
        Article a = annotate("Lead paragraph of the report.\n\nA government source told Tarnova the army had shelled the village.");
        assertEquals("the army had shelled the village.", a.text(only(a).content()), show(a));
        // must NOT: a possessive name opens a longer listener phrase, not the clause
        Article b = annotate("Lead paragraph of the report.\n\nThe coach told Maria's sister the team would win.");
        assertTrue(b.attributions().stream().noneMatch(x -> b.text(x.content()).startsWith("'s")), show(b));
    }

    @Test
    void aGerundAfterWithoutReportsNothing() {
        Article a = annotate("Lead paragraph of the report.\n\nThe soldiers opened fire without warning, residents told reporters.");
        assertTrue(only(a).speaker().endsWith("residents"), show(a));
        Article b = annotate("Lead paragraph of the report.\n\nThe mayor left without saying that the budget was cut.");
        claims(b, 0);
        // must NOT: the word as a cue elsewhere
        Article c = annotate("Lead paragraph of the report.\n\nResidents warned that the soldiers opened fire without reason.");
        claims(c, 1);
    }

    @Test
    void aParticipleAfterTheCuesCommaLeavesTheClauseBeforeAsTheClaim() {
        Article a = annotate("Lead paragraph of the report.\n\nThe governor had known about the leak for weeks, two officials said, speaking on condition of anonymity.");
        assertEquals("The governor had known about the leak for weeks", a.text(only(a).content()), show(a));
        // must NOT: a "that" clause after the participle's aside is the claim
        Article b = annotate("Lead paragraph of the report.\n\nTwo officials said, speaking on condition of anonymity, that the governor had known.");
        assertEquals("the governor had known.", b.text(only(b).content()), show(b));
    }

    @Test
    void aBodyDescribedByItsPossessorIsThatBodyNotThePossessor() {
        // fires: "Moldova's main opposition party" speaks, not Moldova; unnamed, under the phrase as written
        Article a = annotate("Moldova's main opposition party said on Monday that the count had been rigged.");
        assertEquals("Moldova's main opposition party", a.entity(only(a).speaker()).label(), show(a));
        // fires: the body of that kind the article named before
        Article b = annotate("The Labour Party walked out of the debate. Britain's main opposition party said ministers had misled parliament.");
        assertTrue(b.entity(only(b).speaker()).label().contains("Labour"), show(b));
        // must not fire: a document of the possessor speaks for it ("Moldova's statement")
        Article c = annotate("Moldova's statement said the troops had crossed the border at night.");
        assertEquals("Moldova", c.entity(only(c).speaker()).label(), show(c));
        // must not fire: a bare possessor that said it
        Article d = annotate("Moldova said the troops had crossed the border at night.");
        assertEquals("Moldova", d.entity(only(d).speaker()).label(), show(d));
    }

    @Test
    void anOfficeNamedByItsSynonymRefersBackToItsHolder() {
        // fires: "the premier" is the prime minister named before; "the top diplomat" the secretary of state
        Article a = annotate("Prime Minister Mikhail Mishustin opened the forum on Monday. The premier said the economy was growing.");
        assertEquals("Mikhail Mishustin", a.entity(only(a).speaker()).label(), show(a));
        Article b = annotate("Secretary of State Antony Blinken flew to Cairo. The top diplomat said the hostages must be freed.");
        assertEquals("Antony Blinken", b.entity(only(b).speaker()).label(), show(b));
        // must not fire: a foreign minister is no premier
        Article c = annotate("Foreign Minister Sergei Lavrov opened the forum on Monday. The premier said the economy was growing.");
        assertTrue(c.attributions().stream().noneMatch(x -> c.entity(x.speaker()).label().contains("Lavrov")), show(c));
    }

    @Test
    void aQuoteBeforeACopulaIsNoAttributionTail() {
        // 'Short for "…," lasers are …': the quote is part of a clause whose verb is a copula, no tail attributing it
        Article a = annotate("Sigrid Vance said the lab had found a new use for the tool.\n\n"
                + "Short for \"light amplification by stimulated emission of radiation,\" lasers are optical devices.");
        assertTrue(a.attributions().stream().noneMatch(c -> a.text(c.content()).equals("\"light amplification by stimulated emission of radiation,\"")), show(a));
        // a tail with a lexical verb after an auxiliary still is one
        Article b = annotate("Sigrid Vance said the strike would go on.\n\n\"Go home and leave us alone,\" Vance had shouted at the crowd.");
        assertTrue(b.attributions().stream().anyMatch(c -> b.text(c.content()).equals("\"Go home and leave us alone,\"")), show(b));
    }

    @Test
    void aModifierReadAsAVerbStaysInTheSpeakerPhrase() {
        // fires: "state"/"ruling" read as verbs between a possessive or article and the head noun, a capitalised modifier
        // before the head, a hospital or coalition described by its possessor: the body speaks, not the possessor
        Article a = annotate("Tarnovia's state gas company said on Tuesday it had paid its debts in full.");
        assertEquals("Tarnovia's state gas company", a.entity(only(a).speaker()).label(), show(a));
        Article b = annotate("Veldoria's ruling party said the election was free and fair.");
        assertEquals("Veldoria's ruling party", b.entity(only(b).speaker()).label(), show(b));
        Article c = annotate("The state oil company said it would raise fuel prices next month.");
        assertTrue(c.entity(only(c).speaker()).label().contains("state oil company"), show(c));
        Article d = annotate("The city's largest hospital said it had received 40 wounded people.");
        assertEquals("city's largest hospital", d.entity(only(d).speaker()).label().replaceFirst("^[Tt]he ", ""), show(d));
        Article e = annotate("Tarnovia's ruling Islamist group said the strike killed four fishermen.");
        assertTrue(e.entity(only(e).speaker()).label().contains("ruling Islamist group"), show(e));
        // must not fire: no cue ("cut supplies", "won") with the same phrases
        assertTrue(annotate("Tarnovia's gas company cut supplies to the region on Monday.").attributions().isEmpty());
        assertTrue(annotate("The ruling party's candidate won the vote by a wide margin.").attributions().isEmpty());
        // must not fire: "that" before a participle is a complementizer, the participle stays in the content
        Article f = annotate("Officials said that ruling party members had been arrested.");
        assertEquals("Officials", f.entity(claims(f, 1).get(0).speaker()).label().replaceFirst("^o", "O"), show(f));
    }

    @Test
    void aBodyDescribedByItsModifiersIsAnUnnamedSource() {
        // fires: "the ruling party", "the main opposition party" name no actor of the article: an unnamed source as written
        Article a = annotate("The ruling party said the protesters had been paid by foreign agents.");
        assertTrue(only(a).speaker() != null && a.entity(only(a).speaker()).label().contains("ruling party"), show(a));
        Article b = annotate("The main opposition party said the count had been rigged.");
        assertTrue(b.entity(only(b).speaker()).label().contains("main opposition party"), show(b));
        // a party the article named whose name holds the head is that party
        Article c = annotate("The Freedom Party of Veldoria won 40 seats. The opposition party said the count had been rigged.");
        assertTrue(c.attributions().stream().anyMatch(x -> c.entity(x.speaker()).label().equals("Freedom Party of Veldoria")), show(c));
        // must not fire: a bare "the party" with no party named before names no one
        assertTrue(annotate("The party said the count had been rigged.").attributions().isEmpty());
    }

    @Test
    void theAccusedSidesOtherCauseOrAlibiRebutsButNotAnExpertsOrAWitnesss() {
        // fires: the accused company's manager ("Its plant manager", past a modifier) puts forward another cause
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Residents accused Orvan Chemicals of dumping dye into the river. Orvan Chemicals denied the claims. "
                + "Its plant manager, Tilo Brandt, said the dye could come from smaller workshops upstream.");
        assertFoundWithStance(a, Stance.DENIES, "could come from");
        // fires: the accused athlete's coach names another cause
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The federation accused sprinter Mara Quist of doping. Quist denied the charge. "
                + "Her coach, Ivo Lenz, said the traces could only be explained by contaminated meat.");
        assertFoundWithStance(b, Stance.DENIES, "explained by contaminated meat");
        // fires: the accused ministry's alibi
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The opposition accused the Interior Ministry of sending troops to Dorvil. "
                + "The Interior Ministry said its battalion was nowhere near Dorvil at the time.");
        assertFoundWithStance(c, Stance.DENIES, "nowhere near Dorvil");
        // must not fire: an independent expert's or an inquiry's cause, a witness's "was at home", an analyst's forecast
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Residents accused Orvan Chemicals of dumping dye into the river. "
                + "Tilo Brandt, a hydrologist at Penrith University, said the dye could come from smaller workshops upstream.");
        assertStance(d, Stance.ALLEGES, "could come from");
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Rights groups accused the army of shelling the market. Investigators said the shells may have come from army positions.");
        assertStance(e, Stance.ALLEGES, "may have come from");
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "Soldiers raided the village at night, residents said. Farmer Ali Hassan said his family was at home when the soldiers came.");
        assertStance(f, Stance.ALLEGES, "was at home");
        Article g = annotate("Lead paragraph of the report.\n\n"
                + "Acme Corp said it will report earnings next week. Analysts said the slowdown could come from weaker demand in Asia.");
        assertStance(g, Stance.ALLEGES, "could come from");
        // must not fire: the accused side's other cause that blames a hostile party is a counter-accusation
        Article h = annotate("Lead paragraph of the report.\n\n"
                + "Villagers accused Torval Mining of poisoning the river.\n\n"
                + "Torval Mining said the toxins could have come from pipes cut by militants last week.");
        assertStance(h, Stance.ALLEGES, "could have come from");
        Article i = annotate("Lead paragraph of the report.\n\n"
                + "Villagers accused Torval Mining of poisoning the river.\n\n"
                + "Torval Mining said the toxins could have come from natural deposits in the rock.");
        assertFoundWithStance(i, Stance.DENIES, "could have come from");
    }

    @Test
    void anotherCauseUnderAConcedingCueOrBlamingTheSidesOwnPeopleIsNoRebuttal() {
        // must not fire: the accused side concedes ("admitted", "conceded") or names its own people or instruments as the cause
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Police were accused of beating a cyclist. Police admitted the cuts could have been caused by a fall from the bicycle.");
        assertStance(a, Stance.ALLEGES, "could have been caused by");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Police were accused of beating a cyclist. A police spokeswoman said the cuts may have been caused by officers' batons.");
        assertStance(b, Stance.ALLEGES, "may have been caused by");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Police were accused of beating a cyclist. Police said the cuts might have been caused by the arresting officers.");
        assertStance(c, Stance.ALLEGES, "might have been caused by");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Villagers accused Torval Mining of poisoning the river.\n\n"
                + "Torval Mining said the toxins could have come from its own pipes.");
        assertStance(d, Stance.ALLEGES, "could have come from");
        // still fires: a plain "said" with a cause outside the side, the victim's own act included
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Police were accused of beating a cyclist. Police said the cuts could have been caused by a fall from the bicycle.");
        assertFoundWithStance(e, Stance.DENIES, "could have been caused by");
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "Villagers accused Torval Mining of poisoning the river.\n\n"
                + "Torval Mining said the toxins could have come from the farmers' own pesticides.");
        assertFoundWithStance(f, Stance.DENIES, "could have come from");
    }

    @Test
    void aLawyersClientAndTheSidesOwnLawyerAreNoOtherPartyInARebuttal() {
        // fires: "his client" and "His solicitor" point to the accused side, not to another party
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged harbour official Dan Mercer with taking bribes from Lukas Brand. Mercer has denied wrongdoing. "
                + "His solicitor said on Monday that his client \"looks forward to clearing his name\".");
        assertFoundWithStance(a, Stance.DENIES, "clearing his name");
        // must not fire: the lawyer's client accusing another party stays an accusation
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged harbour official Dan Mercer with taking bribes. Mercer has denied wrongdoing. "
                + "His solicitor said the harbour director Lukas Brand had ordered the payments.");
        assertStance(b, Stance.ALLEGES, "had ordered the payments");
    }

    @Test
    void moreRebuttalWordingsOfTheAccusedSideAndOfConductDefended() {
        // fires: the accused quarry's owner says the damage was there before; the accused police use "minimal force";
        // the accused company's dismissals were decided before; work "on a voluntary basis"; a claim called misinformation
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Neighbours accused the Hollis Quarry of cracking their walls. The quarry's owner said the cracks were there long before blasting started.");
        assertFoundWithStance(a, Stance.DENIES, "long before blasting");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Activists accused the police of beating protesters. A police spokesman said officers used minimal force against a group that threw stones.");
        assertFoundWithStance(b, Stance.DENIES, "minimal force");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Neighbours accused the Hollis Quarry of cracking their walls. The quarry's owner said blasting only took place within permitted limits.");
        assertFoundWithStance(c, Stance.DENIES, "within permitted limits");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The ministry accused the newspaper Daily Star of inventing quotes. The Daily Star called the accusation a distortion.");
        assertFoundWithStance(d, Stance.DENIES, "distortion");
        // must not fire: an accuser's "distortion of the facts", a negated limit, a third party's "voluntary basis" with no one accused
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Activists said the report was a distortion of the facts and accused police of a cover-up.");
        assertStance(e, Stance.ALLEGES, "distortion of the facts");
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "Neighbours accused the Hollis Quarry of cracking their walls. Engineer Mila Tosk said the blasts had not stayed within permitted limits.");
        assertStance(f, Stance.ALLEGES, "within permitted limits");
        Article g = annotate("Lead paragraph of the report.\n\n"
                + "Activists said the protest drew 3,000 people. The organisers said volunteers took part in the clean-up.");
        assertStance(g, Stance.ALLEGES, "volunteers took part");
    }

    private static String speakerOf(Article a, String contentPart) {
        return a.attributions().stream().filter(x -> a.text(x.content()).contains(contentPart)).map(x -> a.entity(x.speaker()).label())
                .findFirst().orElse(null);
    }

    @Test
    void aPronounSkipsAPersonMarkedAsTheOtherSex() {
        // "Ms Okoro … He said": "he" skips the woman the title marks and goes back to the man
        Article a = annotate("Mr Brannigan accused the government of fraud. Ms Okoro said his party was lying. He said she was afraid of a recount.");
        assertEquals("Mr Brannigan", speakerOf(a, "afraid of a recount"), show(a));
        // a kin noun in apposition marks the person too
        Article b = annotate("Karen Bell, the victim's sister, said the hospital had ignored warnings. Omar Tal, her brother, said the staff had lied. She said the family would sue.");
        assertEquals("Karen Bell", speakerOf(b, "would sue"), show(b));
        // must NOT: with no mark, the latest person still takes the pronoun
        Article c = annotate("Dan Ruiz said the union had broken the deal. Mia Ortiz said the company had lied. She said the talks were over.");
        assertEquals("Mia Ortiz", speakerOf(c, "talks were over"), show(c));
        Article d = annotate("Ms Okoro said the opposition had lied. She added that the vote was fair.");
        assertEquals("Ms Okoro", speakerOf(d, "vote was fair"), show(d));
    }
    @Test
    void aModifiedPluralOfAGroupRoleIsAnUnnamedSource() {
        // "union leaders told workers": an indefinite plural of a group role after a modifier speaks as written
        Article a = annotate("Staff at the Penrith depot walked out on Monday. The stoppage will last a week, union leaders told workers.");
        assertEquals("union leaders", speakerOf(a, "stoppage will last"), show(a));
        // and keeps its claim when a newspaper relays it ("…, according to a local newspaper")
        Article b = annotate("Staff at the Penrith depot walked out on Monday. The stoppage will last a week, union leaders told workers, according to a local newspaper.");
        assertTrue(b.attributions().stream().anyMatch(x -> b.text(x.content()).contains("stoppage will last") && b.entity(x.speaker()).label().equals("union leaders")), show(b));
        Article c = annotate("Polling closed at eight. The count was rigged, opposition leaders said.");
        assertEquals("opposition leaders", speakerOf(c, "count was rigged"), show(c));
        // must NOT: a singular or definite role is the role holder's or no one's, never a new unnamed source
        Article d = annotate("Polling closed at eight. The count was rigged, the two leaders said.");
        assertTrue(speakerOf(d, "count was rigged") == null || !speakerOf(d, "count was rigged").contains("leaders"), show(d));
        Article e = annotate("Polling closed at eight. The count was rigged, a rebel leader said.");
        assertTrue(speakerOf(e, "count was rigged") == null || !speakerOf(e, "count was rigged").contains("leader"), show(e));
        // must NOT: only the phrase's head counts ("an aide to the opposition leader" is still the aide), and a
        // postmodified singular ("The leader of the opposition") is no new unnamed source
        Article f = annotate("Polling closed at eight. An aide to the opposition leader said the vote was rigged.");
        assertEquals("An aide to the opposition leader", speakerOf(f, "vote was rigged"), show(f));
        Article g = annotate("Polling closed at eight. The leader of the opposition said the vote was rigged.");
        assertNull(speakerOf(g, "vote was rigged"), show(g));
    }

    @Test
    void notTheCaseAndWithoutFoundationDenyButAComparisonDoesNot() {
        // fires: an accused company's "simply not the case"; the accused side calling the claims "without foundation";
        // a lawyer's "the lawsuit is without merit"; "That's not true"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The union accused Varden Freight of ignoring safety warnings. \"That is simply not the case,\" Varden Freight chief executive Ola Brun said.");
        assertFoundWithStance(a, Stance.DENIES, "simply not the case");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The union accused Varden Freight of ignoring safety warnings. Varden Freight said the claims were \"without foundation\".");
        assertFoundWithStance(b, Stance.DENIES, "without foundation");
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged the former mayor with taking bribes. The lawsuit is without merit, his lawyer Anne Roth said.");
        assertFoundWithStance(c, Stance.DENIES, "without merit");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors charged the former mayor with taking bribes. \"That's not true,\" the former mayor told reporters.");
        assertFoundWithStance(d, Stance.DENIES, "not true");
        // must not fire: a comparison ("not the case in Germany", "for smaller firms"), a change ("not true anymore"), a
        // village without water
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Shares in Holt rose 4% on Monday. \"That is not the case for smaller firms,\" analyst Jo Park said.");
        assertFoundWithStance(e, Stance.ALLEGES, "smaller firms");
        Article f = annotate("Lead paragraph of the report.\n\n"
                + "The opposition said inflation had fallen. \"That's not true anymore,\" Finance Minister Ed Kahn said.");
        assertFoundWithStance(f, Stance.ALLEGES, "not true anymore");
        Article g = annotate("Lead paragraph of the report.\n\n"
                + "Storms hit the coast on Monday. The village has been without water for a week, mayor Lia Gros said.");
        assertStance(g, Stance.ALLEGES, "without water");
    }

    @Test
    void aDeathOfNaturalCausesAnswersTheChargeOfCausingIt() {
        // fires: the accused ministry's and an inquiry's "died of natural/unrelated causes"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "The opposition accused the Interior Ministry of torturing detainees. The ministry said the men had died of natural causes.");
        assertFoundWithStance(a, Stance.DENIES, "natural causes");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Parents accused the Health Service of hiding deaths after vaccination. A review panel found that the children had died of unrelated causes.");
        assertStance(b, Stance.DENIES, "unrelated causes");
        // must not fire: the accuser's negated cause, and a cause ruled out
        Article c = annotate("Lead paragraph of the report.\n\n"
                + "The family accused the prison service of neglect. The family's lawyer said the prisoner had not died of natural causes.");
        assertStance(c, Stance.ALLEGES, "natural causes");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "The family accused the prison service of neglect. The family's lawyer said the coroner had ruled out natural causes.");
        assertStance(d, Stance.ALLEGES, "natural causes");
    }

    @Test
    void theAccusedSideAttacksTheEvidenceAsFlawedOrTamperedWith() {
        String lead = "Lead paragraph of the report.\n\nRegulators accused Osprey Foods of selling contaminated baby formula. ";
        // fires: the accused company calls the study flawed, the samples tampered with, the charges trumped up, the data
        // outdated; a title before the accused one's name ("accused Interior Minister NAME of") makes NAME the accused side
        for (String q : java.util.List.of("the regulator's study was deeply flawed", "the samples had been tampered with",
                "the charges were trumped up", "the findings were based on outdated data", "the regulator had got its facts wrong")) {
            Article a = annotate(lead + "Osprey said " + q + ".");
            assertFoundWithStance(a, Stance.DENIES, q);
        }
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Rights groups accused Interior Minister Ron Basto of ordering the raid. Basto said he had been misquoted.");
        assertFoundWithStance(b, Stance.DENIES, "misquoted");
        // must not fire: the accuser's or a critic's "flawed", the prosecutor's "tampered with", the accused minister's
        // ordinary announcement and counter-accusation
        Article c = annotate(lead + "The regulator said Osprey's own safety study was deeply flawed.");
        assertFoundWithStance(c, Stance.ALLEGES, "deeply flawed");
        Article d = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors accused the mayor of tampering with evidence. The prosecutor said the files had been tampered with.");
        assertFoundWithStance(d, Stance.ALLEGES, "files had been tampered");
        Article e = annotate("Lead paragraph of the report.\n\n"
                + "Rights groups accused Interior Minister Ron Basto of ordering the raid. Basto said the new police academy would open in May.");
        assertFoundWithStance(e, Stance.ALLEGES, "academy would open");
        // nor the accused side's admission: its own thing called flawed, or under a conceding cue
        Article f = annotate(lead + "Osprey said its own audit had been flawed and it had hired new inspectors.");
        assertFoundWithStance(f, Stance.ALLEGES, "own audit");
        Article g = annotate(lead + "Osprey acknowledged that the testing had been flawed.");
        assertStance(g, Stance.ALLEGES, "testing had been flawed");
    }

    @Test
    void equalTreatmentRebutsForTheAccusedSideOnly() {
        // fires: the accused government's spokesman after his denial, "the law applies to everyone"
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Rights groups accused the government of Veltria of jailing journalists. The government spokesman, Tomas Ilic, said the arrests had "
                + "\"nothing to do with journalism.\"\n\n\"The law applies to everyone, including people who call themselves reporters,\" Ilic said.");
        assertFoundWithStance(a, Stance.DENIES, "applies to everyone");
        // must not fire: the accusing union's "the rules apply to everyone"
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "The union accused Norland Rail of ignoring safety warnings. \"The rules apply to everyone,\" union leader Piet Vos said.");
        assertStance(b, Stance.ALLEGES, "apply to everyone");
    }

    @Test
    void disbeliefOfAReviewBeforeADashDenies() {
        // fires: "he didn't believe the review – …"; must not: "believe the review will …" (a belief about it)
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Lawmakers criticised the agency. Senator Ann Cole said she didn\u2019t believe the agency\u2019s review \u2013 she called for a new inquiry.");
        assertFoundWithStance(a, Stance.DENIES, "she didn\u2019t believe");
        Article b = annotate("Lead paragraph of the report.\n\n"
                + "Lawmakers criticised the agency. Senator Ann Cole said she didn\u2019t believe the agency\u2019s review would be published this year.");
        assertStance(b, Stance.ALLEGES, "believe the agency");
    }

    @Test
    void aPersonNameBeforeAnArticleIsAnAppositionWithoutItsComma() {
        // "said Piotr Lenk a driver from Brest": a scraper dropped the apposition's comma; the named person speaks
        Article a = annotate("Queues stretched for miles at the border. \"We have slept in the cab for two nights\" said Piotr Lenk a lorry driver from Brest.");
        assertEquals("Piotr Lenk", speakerOf(a, "slept in the cab"), show(a));
        Article b = annotate("The clinic closed on Monday. \"Nobody warned us\" said Rosa Amaral 52 a nurse at the clinic.");
        assertEquals("Rosa Amaral", speakerOf(b, "Nobody warned us"), show(b));
        // must NOT: a described speaker with no name before the article stays as written
        Article c = annotate("Queues stretched for miles at the border. \"We have slept in the cab for two nights\" said a lorry driver from Brest.");
        assertEquals("a lorry driver", speakerOf(c, "slept in the cab"), show(c));
    }

    @Test
    void aCrewSpeaksAsAnUnnamedSource() {
        Article b = annotate("The cargo ship Marta docked in Valletta on Sunday. The crew said armed men had boarded the vessel off Libya.");
        assertEquals("The crew", speakerOf(b, "armed men had boarded"), show(b));
        // must NOT: a crew that is the claim's object speaks for no one
        Article c = annotate("The cargo ship Marta docked in Valletta on Sunday. The captain told the port authority the crew had been threatened.");
        assertTrue(c.attributions().stream().noneMatch(x -> c.entity(x.speaker()) != null && c.entity(x.speaker()).label().toLowerCase().contains("crew")), show(c));
    }

    @Test
    void itAfterASpeechInADocumentIsTheSpeakerNotItsCarrier() {
        // "the ministry said in a statement carried by the agency. It added …": the carrier is no author
        Article a = annotate("The Interior Ministry said on Monday that the border would reopen.\n\n\"The crossings are safe,\" the ministry said in a statement carried by the Lumen News Agency. It added that 40 smugglers had been arrested.");
        assertEquals("Interior Ministry", speakerOf(a, "40 smugglers"), show(a));
        // must NOT: a document the pronoun's body released itself still speaks for its author
        Article b = annotate("Amnesty International released a report on Monday. It said prisoners had been tortured.");
        assertEquals("Amnesty International", speakerOf(b, "prisoners had been tortured"), show(b));
    }

    @Test
    void aPronounInsideARelativeClauseIsItsHeadPhrase() {
        // "A neighbour, who asked not to be named because she feared reprisals, said …": "she" is the neighbour, so a
        // later "she told" goes back to the neighbour, not to the person named before
        Article a = annotate("Councillor Ray Tamsin called the shooting a disgrace.\n\nA neighbour, who asked not to be named because she feared reprisals, said she saw it from her window. \"He had his hands up,\" she told the Harbour Post.");
        assertEquals("A neighbour", speakerOf(a, "hands up"), show(a));
        // must NOT: a pronoun right after "who" is the clause's own subject, another person
        Article b = annotate("Minister Ada Voss met the general on Friday. The general, who she said was exhausted, told reporters the army had withdrawn.");
        assertTrue(b.attributions().stream().noneMatch(x -> b.text(x.content()).contains("exhausted") && "The general".equals(b.entity(x.speaker()).label())), show(b));
    }

    @Test
    void aGivenNameInAppositionToAKinNounIsAPersonSharingThePossessorsSurname() {
        // "Kerrigan's sister, Mona, said": Mona is a person (so a later "she said" is hers), named with Kerrigan's surname
        Article a = annotate("Police arrested Omar Kerrigan on Friday.\n\nKerrigan's sister, Mona, said the arrest was a mistake. \"He was at home all night,\" she said.");
        assertEquals("Mona Kerrigan", speakerOf(a, "arrest was a mistake"), show(a));
        assertEquals("Mona Kerrigan", speakerOf(a, "at home all night"), show(a));
        // must NOT: a possessive given name is no surname to lend ("Omar's sister, Mona" stays "Mona")
        Article b = annotate("Police arrested Omar Kerrigan on Friday.\n\nOmar's sister, Mona, said the arrest was a mistake.");
        assertEquals("Mona", speakerOf(b, "arrest was a mistake"), show(b));
        // must NOT: a one-word name after a noun that marks no sex keeps its old reading ("the party, Fidesz," is no person)
        Article c = annotate("The ruling party, Fidesz, said the vote was fair.");
        assertTrue(c.entities().stream().noneMatch(x -> x.label().equals("Fidesz") && x.type() == EntityType.PERSON), show(c));
    }
}
