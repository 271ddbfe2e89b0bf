package org.claimgraph.annotate;

import static org.claimgraph.annotate.ClaimsTestSupport.annotate;
import static org.claimgraph.annotate.ClaimsTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Stance;
import org.junit.jupiter.api.Test;

/** Targets found by TargetFinder, on sentences written for these tests. */
class TargetFinderTest {
    static Attribution last(Article a) {
        assertTrue(!a.attributions().isEmpty(), show(a));
        return a.attributions().get(a.attributions().size() - 1);
    }

    /** The article's last claim has a target whose key contains part. */
    static void targetsInclude(Article a, String part) {
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains(part)), show(a));
    }

    static String forcesKey(Article a) {
        return a.entities().stream().filter(e -> e.label().toLowerCase().contains("armed forces")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString())).key();
    }

    static final String FORCES = "Ukrainian armed forces hold the line east of the river.\n\n";

    /** The targets of the article's last claim, a denial. */
    static List<String> denialTargets(Article a) {
        Attribution c = last(a);
        assertEquals(Stance.DENIES, c.stance(), show(a));
        return c.targets();
    }

    @Test
    void aStateDenyingAnArmedActBlamesItsForcesWhenTheArticleNamesThem() {
        Article a = annotate(FORCES + "Ukraine's Defence Ministry denied that its troops had shelled the village of Krasne.");
        assertEquals(List.of(forcesKey(a)), denialTargets(a), show(a));
    }

    @Test
    void aStateDenyingAPolicyKeepsItselfAsTarget() {
        assertEquals(List.of("ukraine"), denialTargets(annotate(FORCES + "Ukraine denied that it had been helping the smugglers of ISIS.")));
    }

    @Test
    void overreachBlamesWhoseActItIs() {
        // "goes beyond his authority": overreach criticises the one whose plan or order it is
        targetsInclude(annotate("Senator Mara Quill said Governor Tom Ashby's order goes beyond his authority under state law."), "ashby");
    }

    @Test
    void aFormerLawyerOrAdviserMayAccuseWhomTheyServed() {
        // only a spokesperson or official speaks for the body in their title; a former lawyer, an adviser "to" Y may accuse Y
        targetsInclude(annotate("Michael Cohen, a former lawyer for Donald Trump, said Trump had lied to investigators and obstructed justice."), "trump");
        targetsInclude(annotate("Jane Roe, a former adviser to Governor Tom Ashby, said Ashby had lied to investigators and obstructed justice."), "ashby");
        targetsInclude(annotate("Former Trump adviser John Bolton accused Donald Trump of obstructing justice."), "trump");
    }

    @Test
    void aSpokespersonDoesNotAccuseTheBodyInTheirTitle() {
        Article a = annotate("Kremlin spokesman Dmitry Peskov said Ukraine had shelled civilians in Donetsk.");
        assertEquals(List.of("ukraine"), last(a).targets(), show(a));
    }

    @Test
    void aPartialQuoteOpeningWithHeAfterTheCueAnswersForTheSpeaker() {
        // 'insisted "he had done nothing wrong"': the quote goes on the speaker's sentence, so "he" is the speaker
        String charged = "Tom Quill was charged with theft on Monday.\n\n";
        assertEquals(List.of("tom-quill"), denialTargets(annotate(charged + "Quill insisted \"he had done nothing wrong\" and denied the charges.")));
        assertEquals(List.of("tom-quill"), denialTargets(annotate(charged + "Quill denied that \"he ever took a cent\" from the charity.")));
    }

    @Test
    void failingToWardOffAHarmIsBlamedForIt() {
        // "did nothing to prevent the massacre": negligence is blamed; "acted to prevent" wards it off
        String[] negligent = {"did nothing to prevent the massacre", "did not try to avert the massacre", "did nothing to resist the massacre",
            "never sought to counter the attacks on"};
        for (String n : negligent) targetsInclude(annotate("The UN said the junta of Myanmar " + n + " Rohingya villagers."), "myanmar");
        String[] warded = {"acted to prevent the massacre of", "resisted the attacks on", "moved to counter the attacks on", "managed to avert the massacre of"};
        for (String w : warded) {
            Article a = annotate("The UN said the army of Myanmar " + w + " Rohingya villagers.");
            assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("myanmar")), show(a));
        }
    }

    @Test
    void theOppositionAsAModifierIsNotTheOppositionParty() {
        // "the opposition leader X": X is accused, not the party the article calls the opposition
        String rally = "Leaders of the opposition Green Dawn party staged a rally on Friday.\n\n";
        Article a = annotate(rally + "Prime Minister Ivan Sorel accused the opposition leader Pavel Orlik of inciting violence.");
        assertEquals(List.of("pavel-orlik"), last(a).targets(), show(a));
        // the head noun "the opposition" is still the one opposition party
        Article b = annotate(rally + "Prime Minister Ivan Sorel accused the opposition of inciting violence.");
        assertEquals(List.of("green-dawn"), last(b).targets(), show(b));
    }

    @Test
    void goingBeyondSomethingOtherThanAuthorityBlamesNoOne() {
        // "goes beyond trade": a neutral extent, no overreach
        assertEquals(List.of(), last(annotate("Senator Mara Quill said the partnership between Russia and China goes beyond trade.")).targets());
        assertEquals(List.of(), last(annotate("Analyst Mara Quill said the new measures go beyond those announced by the European Union.")).targets());
    }

    @Test
    void aThirdPersonOpeningAQuotedDenialIsNotTheSpeaker() {
        // in a speaker's own words "he" is someone else: the denial does not answer for the speaker
        Article a = annotate("Tom Quill, 24, was charged with theft on Monday.\n\n"
                + "\"He never touched the money, it is false,\" Martha Quill denied.");
        assertTrue(denialTargets(a).stream().noneMatch(k -> k.contains("martha")), show(a));
        // in the speaker's own words "I" is the speaker
        Article b = annotate("Tom Quill, 24, was charged with theft on Monday.\n\n"
                + "\"I never touched the money, it is false,\" Martha Quill denied.");
        assertTrue(denialTargets(b).stream().anyMatch(k -> k.contains("martha")), show(b));
    }

    @Test
    void aSpokespersonsBodyNamedInTheTitleAndItsStateAreTheSpeakersOwnSide() {
        // no membership recorded, but the title names the body: the body's state is no target of its allegation
        Article a = annotate("Later, the Russian Foreign Ministry's spokeswoman Galina Serova said Moscow would bring up the matter of"
                + " coalition raids on farmers at the coming sitting of the UN Human Rights Council.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("russia")), show(a));
    }

    @Test
    void theOppositionAccusedIsThePartyTheArticleCallsTheOpposition() {
        Article a = annotate("Leaders of the opposition Green Dawn party staged a rally in the capital on Friday.\n\n"
                + "Electoral commission spokesman Pavel Orlik accused the opposition of \"trying to discredit the vote\".");
        targetsInclude(a, "green-dawn");
    }

    @Test
    void whoWardsOffAHarmDidNotDoIt() {
        // "to deter further aggression": the one helped to deter a harm is not its agent
        Article a = annotate("Spokeswoman Clara Dunn said the rifles were part of an effort to help Latvia build its defences and to deter further aggression.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("latvia")), show(a));
    }

    @Test
    void financialCrimesBlameTheirAgent() {
        Article a = annotate("The prosecutor, Anna Lindqvist, said that Harlan Voss had laundered the money through a shell company.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a));
    }

    @Test
    void armedForcesNamedByABareNounAreTheArticlesOneArmedActor() {
        Article a = annotate(FORCES + "Villagers said that military jets had bombed the market of Krasne.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
        a = annotate(FORCES + "Activists said that dozens of farmers had been killed by the military since May.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
        // with two armed actors in the article, a bare "jets" names neither
        a = annotate(FORCES + "Armed Forces of the Russian Federation moved north.\n\nVillagers said that military jets had bombed the market.");
        assertEquals(List.of(), last(a).targets(), show(a));
    }

    @Test
    void theOneALegalActionFallsOnIsAccused() {
        Article a = annotate("Police said Harlan Voss was arrested at his home on Tuesday.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a));
        a = annotate("The regulator said it had charged former Brightcoin CEO Harlan Voss with the sale of unregistered securities.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a));
    }

    @Test
    void whoeverStandsChargedIsTheAccusedOfClaimsThatNameThem() {
        String charged = "Harlan Voss was indicted on fraud charges in March.\n\n";
        targetsInclude(annotate(charged + "Inspector Tomas Berg said the bank had hired Voss in May."), "voss");
        targetsInclude(annotate(charged + "\"The footage shows the suspect leaving the bank,\" Inspector Tomas Berg said."), "voss");
        // someone merely named, not charged, is no target
        Article a = annotate("Harlan Voss opened a bakery in March.\n\nInspector Tomas Berg said the bank had hired Voss in May.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("voss")), show(a));
    }

    @Test
    void aPlaceNamedAfterThePortOfIsNoAgent() {
        // the company's short name doubles as the port's: "the port of Hodran" is where the strikes hit, not who struck
        Article a = annotate("Hodran Holdings owns the harbour.\n\nAir strikes hit the port of Hodran on Wednesday killing six dockworkers, Vexa reported.");
        assertEquals(List.of(), last(a).targets(), show(a));
    }

    @Test
    void aGroupClaimingResponsibilityOwnsTheActItClaims() {
        Article a = annotate("The Al-Qaeda-linked Northern Liberation Front (NLF) claimed responsibility for the attack in a statement, saying its fighters had killed 12 soldiers and seized weapons.");
        assertEquals(List.of(last(a).speaker()), last(a).targets(), show(a));
    }

    @Test
    void noGroupClaimingResponsibilityLeavesTheAccusedToTheClaim() {
        Article a = annotate("A car bomb killed 12 people in Varsh on Sunday.\n\n"
                + "No group has claimed responsibility for the attack, but Interior Ministry spokesman Saad Morel said the Northern Liberation Front was behind the bombing.");
        targetsInclude(a, "northern-liberation-front");
    }

    @Test
    void theHeadNounOfAnOrganisationsNameStandsForIt() {
        String named = "The Northern Reform Coalition met in Dorvan on Monday.\n\n";
        targetsInclude(annotate(named + "Deputy Minister Ivan Ostrov said the coalition had ignored the pleas of the farmers."), "coalition");
        targetsInclude(annotate(named + "Deputy Minister Ivan Ostrov said the strike on the market was a massacre committed by the so-called coalition."), "coalition");
    }

    @Test
    void theOutletOfADatelineWithoutItsDashIsNoAgent() {
        Article a = annotate("KHARTOUM (AP) An air strike hit a crowded market on Sunday killing 19 people the state health ministry said");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.equals("associated-press")), show(a));
    }

    @Test
    void aCompanyDenyingWhatItWouldDoIsItsOwnTarget() {
        Article a = annotate("Carmaker Veltrax denied a report that it would close its plant in Ghent.");
        assertEquals(List.of(last(a).speaker()), denialTargets(a), show(a));
    }

    @Test
    void whoseAccountADenialRebutsIsTheAccuserNotTheAccused() {
        Article a = annotate(FORCES + "Russia's Defence Ministry dismissed the Ukrainian account as pure fabrication and said its troops had not fired.");
        assertTrue(!last(a).targets().contains("ukraine"), show(a));
    }

    @Test
    void wrongsAfterALegalActionAreTheAccusedsNotTheAccusers() {
        Article a = annotate("Reuters reported that the Justice Department had charged former Brightcoin CEO Harlan Voss with the fraudulent sale of bonds.");
        List<String> t = a.attributions().stream().filter(c -> a.text(c.cue()).equals("reported")).findFirst()
                .orElseThrow(() -> new AssertionError(show(a))).targets();
        assertEquals(1, t.size(), show(a));
        assertTrue(t.get(0).contains("voss"), show(a));
    }

    @Test
    void aLawyersClientIsThePersonTheArticleIsAbout() {
        Article a = annotate("Prosecutors said former Brightcoin CEO Harlan Voss took bribes. Voss was arrested in May.\n\n"
                + "His lawyer, Dana Whitcombe, denied that his client had done anything wrong.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a));
    }

    @Test
    void aCityAccusedStandsForItsState() {
        Article a = annotate("Moscow accused Helsinki of violating international law.");
        assertEquals(List.of("finland"), last(a).targets(), show(a));
    }

    @Test
    void anUnnamedSpokesmanDenyingSpeaksForItsCompany() {
        Article a = annotate("A spokesman for Veltrax denied the report, saying the company had no plans to close any plant.");
        assertEquals(List.of("veltrax"), denialTargets(a), show(a));
    }

    @Test
    void anAccusedPronounIsWhomItStandsFor() {
        Article a = annotate("Former Brightcoin CEO Harlan Voss appeared in court on Monday.\n\nThe prosecutor, Anna Lindqvist, accused him of lying to investors.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a));
    }

    @Test
    void theVictimOfAPassiveHarmIsNoAgentAndTheWhenClauseNamesIt() {
        Article a = annotate("Two Armenian soldiers were killed when Azerbaijani forces shelled positions near the hamlet of Vardut, "
                + "Armenia's Defence Ministry said.");
        assertEquals(List.of("azerbaijan"), last(a).targets(), show(a));
        // an actor named right before a harm noun is its agent, even after "in"
        a = annotate("Activists said that four civilians were killed in Russian air strikes on the town of Krasne.");
        assertEquals(List.of("russia"), last(a).targets(), show(a));
    }

    @Test
    void troopsNamedByTheirStateAreItsArmedForcesAndACoalitionsCraftAreTheCoalitions() {
        Article a = annotate(FORCES + "Russia's Defence Ministry said Ukrainian forces had shelled the village of Krasne.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
        a = annotate("The US-led coalition has been bombing Raqqa for months.\n\n"
                + "A spokesman for the coalition, Colonel Tom Marsh, said coalition aircraft did not conduct any strikes near the village.");
        assertEquals(List.of("us-led-coalition"), denialTargets(a), show(a));
    }

    @Test
    void theOneToldToStopTheAgentBehindATitleAndTheOneWhoseConductIsAlleged() {
        Article a = annotate("The UN human rights office urged Russia to immediately stop indiscriminate attacks.");
        assertEquals(List.of("russia"), last(a).targets(), show(a));
        a = annotate("Senator Joan Pike said the report showed mishandling of classified information by former Clinton aide Huma Abedin.");
        assertEquals(List.of("huma-abedin"), last(a).targets(), show(a));
        a = annotate("Gordon Pellam, 61, has pleaded not guilty.\n\n"
                + "Its chairwoman, Martha Quill, said the fund was a casualty of Mr. Pellam's alleged conduct.");
        assertEquals(List.of("gordon-pellam"), last(a).targets(), show(a));
    }

    @Test
    void whoIsHeldResponsibleAndWhoDidCorporateWrongIsTargeted() {
        Article a = annotate("The Syrian Foreign Ministry said Damascus holds Ankara fully responsible for the massacre.");
        assertEquals(List.of("turkey"), last(a).targets(), show(a));
        a = annotate("Activists said that the Taliban is to blame for the famine.");
        assertEquals(List.of("taliban"), last(a).targets(), show(a));
        a = annotate("Azerbaijan's Defence Ministry said Armenian units had shelled its positions. "
                + "\"All responsibility for the escalation lies with the political leadership of Armenia,\" the ministry said.");
        assertTrue(last(a).targets().contains("armenia"), show(a));
        a = annotate("A former employee said Meridian Bank had misled investors and concealed losses from auditors.");
        assertEquals(List.of("meridian-bank"), last(a).targets(), show(a));
    }

    @Test
    void aPersonDenyingSpeaksForTheBodyItsTitleNames() {
        Article a = annotate("The junta has ruled Myanmar since the coup.\n\n"
                + "Junta spokesman Major General Zaw Min Tun denied that civilians had been killed.");
        assertEquals(List.of("junta"), denialTargets(a), show(a));
        a = annotate("Dana Whitcombe, a lawyer for the Trump Organization, denied that the company had misled regulators.");
        assertEquals(List.of("trump-organization"), denialTargets(a), show(a));
    }

    @Test
    void aPossessorWhoseApostropheWasStrippedAndOneCalledNamesAreTargeted() {
        Article a = annotate("Russia has massed troops on the border.\n\nActivists said Russias aggression had displaced thousands.");
        assertEquals(List.of("russia"), last(a).targets(), show(a));
        a = annotate("Senator Joan Pike said Hillary Clinton was a liar and unfit for office.");
        assertEquals(List.of("hillary-clinton"), last(a).targets(), show(a));
    }

    @Test
    void anAllegationOfTiesImplicatesTheActorTiedTo() {
        Article a = annotate("A government official said the 18 individuals were all linked to North Korea's missile programme.");
        assertEquals(List.of("north-korea"), last(a).targets(), show(a));
    }

    @Test
    void aCompanyNamedByACommonNounIsTheOrganisationTheArticleIsAbout() {
        Article a = annotate("Meridian Bank opened 40 branches last year.\n\nA former employee said the bank had misled investors about its losses.");
        assertEquals(List.of("meridian-bank"), last(a).targets(), show(a));
        a = annotate("Meridian Bank opened 40 branches last year.\n\nShareholders said they had been defrauded by the bank.");
        assertEquals(List.of("meridian-bank"), last(a).targets(), show(a));
    }

    static final String JUNTA = "The junta has ruled Myanmar since the coup.\n\n";

    @Test
    void anActorBrandedWithABadActorsNameIsAccusedAndStrikingItAccusesNoOneElse() {
        Article a = annotate(JUNTA + "A military source said the air force had struck a base of People's Defence Force terrorists.");
        assertEquals(List.of("peoples-defence-force"), last(a).targets(), show(a));
    }

    @Test
    void aDenialCallingTheAccusationALieStillAnswersForTheSpeakersSide() {
        Article a = annotate(JUNTA + "Junta spokesman Major General Zaw Min Tun claimed that reports of civilian deaths were fabricated by "
                + "the National Unity Government.");
        assertEquals(List.of("national-unity-government", "junta"), denialTargets(a), show(a));
    }

    @Test
    void strippedAppositionsAndShortFormsInAConjunctionStillName() {
        Article a = annotate("Dana Whitcombe a lawyer for the Trump Organization denied that the company had misled regulators.");
        assertEquals(List.of("trump-organization"), denialTargets(a), show(a));
        a = annotate("Meridian Bank opened 40 branches last year.\n\nRegulators said Harlan Voss and Meridian had misled investors.");
        assertEquals(List.of("harlan-voss", "meridian-bank"), last(a).targets(), show(a));
    }

    @Test
    void theOnePenalisedBySanctionsOrAnEmbargoIsBlamed() {
        Article a = annotate("The European Commission said it would impose new sanctions on Russia over the attack.");
        assertEquals(List.of("russia"), last(a).targets(), show(a));
        a = annotate(FORCES + "Activists said the world must impose an arms embargo and cut off the supply of fuel to the military.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
    }

    @Test
    void anAccusedLeftAtTheHeadOfTheContentAndTheOneSuppliedAreTargeted() {
        Article a = annotate("The Houthis attacked ships in the Red Sea.\n\nWashington accuses Iran of supplying the Houthis with weapons.");
        Attribution c = a.attributions().stream().filter(x -> a.body().substring(x.content().begin(), x.content().end()).contains("supplying")).findFirst().orElseThrow(() -> new AssertionError(show(a)));
        assertTrue(c.targets().contains("iran"), show(a));
    }

    @Test
    void aStateOfficialDenyingWithANegatedArmedActAnswersForItsForces() {
        Article a = annotate(FORCES + "A Ukrainian defence official said the armed forces had struck depots. \"We do not target civilians,\" the official said.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
        a = annotate(FORCES + "Ukraine said the armed forces had struck depots. \"We do not target civilians,\" a Ukraine army official said.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
    }

    @Test
    void whoIsToldToStopBlamesTheSubject() {
        Article a = annotate("Harlan Voss sells herbal cures online.\n\n\"He is not a doctor, and he should stop calling himself one,\" said Anna Lindqvist.");
        assertTrue(last(a).targets().contains("harlan-voss"), show(a));
    }

    @Test
    void policeDetainingSomeoneNotNamedAreBlamed() {
        Article a = annotate("The Veltrax police patrol the capital.\n\nActivists said police had held a freelance monitor who filmed the buses.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("police")), show(a));
        a = annotate("Activists said police had detained two students.\n\nAnna Lindqvist said her brother had been questioned by the police after the march.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("police")), show(a));
    }

    @Test
    void whoAnswersAHarmDidNotDoIt() {
        Article a = annotate("Veltrax spokesman Harlan Voss said that Veltrax would respond to the strikes on its depots.");
        assertEquals(List.of(), last(a).targets(), show(a));
        a = annotate("Activists said that Meridian Bank had burned the archive in retaliation for the raid.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("meridian")), show(a));
    }

    @Test
    void theGovernmentAccusedBeforeAQuoteIsItsState() {
        Article a = annotate("Veltrax Lindqvist lives in exile in Norway.\n\nLindqvist accused the government of Ukraine of \"running the mines like a prison camp.\"");
        assertTrue(last(a).targets().contains("ukraine"), show(a));
    }

    @Test
    void theOnesHeldAccountableAreBlamedAndADutyBlamesNoOne() {
        Article a = annotate("Harlan Voss said that the European Commission must hold Meridian Bank accountable for the losses.");
        assertEquals(List.of("meridian-bank"), last(a).targets(), show(a));
        a = annotate("Harlan Voss said that the European Commission has a responsibility to get to the bottom of this.");
        assertEquals(List.of(), last(a).targets(), show(a));
    }

    @Test
    void aBareGovernmentNounStandsForTheArticlesCountry() {
        Article a = annotate("Ukraine exports grain.\n\nUkraine sells steel.\n\nActivists said that the state relies on forced labour in the quarries.");
        assertEquals(List.of("ukraine"), last(a).targets(), show(a));
        a = annotate("Ukraine exports grain.\n\nUkraine sells steel.\n\nAnna Lindqvist said that the government refuses to answer her questions.");
        assertEquals(List.of("ukraine"), last(a).targets(), show(a));
    }

    @Test
    void forcesDenyingWhatTheirStateDidAnswerForTheStateNamed() {
        Article a = annotate("The Israel Defense Forces denied that Israel had carried out any strikes in Yemen on Wednesday.");
        assertEquals(List.of("israel"), denialTargets(a), show(a));
    }

    @Test
    void theOneToldToRightAWrongIsBlamed() {
        Article a = annotate("Ukraine exports grain.\n\nUkraine sells steel.\n\nAnna Lindqvist called on the authorities to open a full investigation.");
        assertEquals(List.of("ukraine"), last(a).targets(), show(a));
        a = annotate("Harlan Voss demanded that Meridian Bank turn over all records of the transfers.");
        assertEquals(List.of("meridian-bank"), last(a).targets(), show(a));
        // an appeal for help blames no one
        a = annotate("Harlan Voss called on Meridian Bank to open a branch in Ghent.");
        assertEquals(List.of(), last(a).targets(), show(a));
    }

    @Test
    void theOneAllowedToDoTheWrongIsBlamedWithTheOneWhoAllowedIt() {
        Article a = annotate("Harlan Voss said that the European Commission had illegally allowed Meridian Bank to launder the money.");
        assertTrue(last(a).targets().contains("meridian-bank") && last(a).targets().stream().anyMatch(k -> k.contains("commission")),
                show(a) + last(a).targets());
    }

    @Test
    void theArmyAccusedByABareNounIsTheArticlesArmedForces() {
        Article a = annotate(FORCES + "The rights group Veltrax Watch accused the army of killing nine civilians in Krasne.");
        assertEquals(List.of(forcesKey(a)), last(a).targets(), show(a));
    }

    @Test
    void anAllegationSaidOfAnActorImplicatesIt() {
        Article a = annotate("The prosecutor, Anna Lindqvist, said Harlan Voss rewrote the tender rules so that only one bidder could qualify.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a) + last(a).targets());
        a = annotate("The prosecutor, Anna Lindqvist, said Harlan Voss \"sold his office\" to the contractor.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a) + last(a).targets());
        // a bad actor's plight accuses no one
        a = annotate("Anna Lindqvist said ISIS now has one foot in the grave.");
        assertEquals(List.of(), last(a).targets(), show(a));
    }

    @Test
    void aWrongNamedWithoutItsDoerImplicatesWhomTheSameSpeakerJustAccused() {
        Article a = annotate("Senator Maria Olsen said the Harwick Group had misled regulators for years. "
                + "\"Safety reports were deliberately buried for years,\" Olsen said.\n\n"
                + "\"The weather was fine that week,\" Olsen said.");
        List<Attribution> c = a.attributions();
        assertEquals(3, c.size(), show(a));
        String harwick = c.get(0).targets().get(0);
        assertTrue(harwick.contains("harwick"), show(a));
        // the second names a wrong ("deliberately", "buried") but not who did it: the same speaker's target just before
        assertEquals(List.of(harwick), c.get(1).targets(), show(a));
        // the third names no wrong: it accuses no one
        assertEquals(List.of(), c.get(2).targets(), show(a));
    }

    @Test
    void aSpokesmanNamedByTheHeadNounOfHisBodySpeaksForIt() {
        Article a = annotate("The Northern Shield Coalition has flown missions over the valley since May.\n\n"
                + "\"We have carried out no raids in that district,\" a coalition spokesman, Major Tom Reyes, wrote on Twitter.");
        String coalition = a.entities().stream().filter(e -> e.label().contains("Northern Shield")).findFirst()
                .orElseThrow(() -> new AssertionError(show(a))).key();
        assertEquals(List.of(coalition), denialTargets(a), show(a));
    }

    @Test
    void aBodyNamedWithoutItsStateBelongsToTheDatelinesState() {
        String quote = "\"Russian troops have killed civilians in the border villages,\" Foreign Ministry spokesperson Anna Petrova told a briefing.";
        // with no dateline, the unqualified ministry belongs to no state: Russia is the agent of the killing
        Article a = annotate(quote);
        assertTrue(last(a).targets().contains("russia"), show(a) + last(a).targets());
        // datelined in Moscow, the ministry is Russia's own, and a speaker does not accuse its own side
        a = annotate("MOSCOW, May 3 (Interfax) -- " + quote);
        assertTrue(!last(a).targets().contains("russia"), show(a) + last(a).targets());
    }

    @Test
    void theOneUrgedInsideAQuoteToStopAWrongIsBlamed() {
        Article a = annotate("\"We urge the Norwegian side to stop harassing our fishing boats,\" the spokesperson Anna Petrova said.");
        assertTrue(last(a).targets().contains("norway"), show(a) + last(a).targets());
        // urged to do what is no stop or remedy: not blamed
        a = annotate("\"We urge the Norwegian side to join the talks next week,\" the spokesperson Anna Petrova said.");
        assertTrue(!last(a).targets().contains("norway"), show(a) + last(a).targets());
    }

    @Test
    void aPronounOpeningTheNextClaimStandsForWhomTheSameSpeakerJustAccused() {
        Article a = annotate("Senator Maria Olsen said Harlan Voss had misled regulators for years.\n\n"
                + "\"He treated the agency like his own bank,\" Olsen said.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("voss")), show(a) + last(a).targets());
        // the pronoun stands for someone else, whom the speaker did not accuse
        a = annotate("Senator Maria Olsen said Harlan Voss had misled regulators for years. She thanked the auditor Anna Berg.\n\n"
                + "\"She treated the agency like her own family,\" Olsen said.");
        assertEquals(List.of(), last(a).targets(), show(a));
    }

    @Test
    void doubleStandardsAndSmearsBlameWhoseTheyAre() {
        targetsInclude(annotate("Analysts said the ruling exposed Norway's double standards on fishing quotas."), "norway");
        targetsInclude(annotate("Anna Petrova said Norway was smearing the fishermen of Murmansk."), "norway");
    }

    @Test
    void whatAnAttackIsAimedAtIsNotAccusedByItsLinks() {
        Article a = annotate("Spokesman Karim Kerrigan said the group would continue its operations against ships linked to Norway.");
        assertTrue(!last(a).targets().contains("norway"), show(a) + last(a).targets());
        targetsInclude(annotate("Anna Petrova said the smuggling ring was linked to Norway."), "norway");
    }

    @Test
    void theSubjectOfAPassiveUndergoesTheActAndIsNotAccused() {
        Article a = annotate("Anna Petrova said Harlan Voss was granted a large bonus by the board.");
        assertEquals(List.of(), last(a).targets(), show(a));
        // the active subject of the same kind of claim is still its target
        targetsInclude(annotate("Anna Petrova said Harlan Voss granted himself a large bonus."), "voss");
    }
    @Test
    void aDefenceLawyersLateDenialAnswersForTheClient() {
        // the lawyer's words accuse no one, so they are found a denial only after targets: they answer for the client
        Article a = annotate("Lead paragraph of the report.\n\n"
                + "Prosecutors said Peter Hollis took bribes from a contractor.\n\n"
                + "Hollis's lawyer, Thomas Brenner, told the jury the payments were personal loans between old friends.");
        Attribution c = a.attributions().stream().filter(x -> x.speaker().equals("thomas-brenner")).findFirst().orElseThrow(() -> new AssertionError(show(a)));
        assertEquals(Stance.DENIES, c.stance(), show(a));
        assertEquals(List.of("peter-hollis"), c.targets(), show(a));
    }

    @Test
    void aHeadlineDenierAnswersForThemselfButAnOfficialForNoSide() {
        Article a = ClaimsTestSupport.PIPE.annotate(Article.of("t2", org.claimgraph.model.Source.file("t2.txt"),
                "Author Nina Vosk insisted on Friday that she interviewed the minister twice.\n\n"
                        + "\"I spoke to him after the election, yes,\" Vosk said.\n\n" + "Background paragraph without any quotes at all. ".repeat(8),
                org.claimgraph.model.ArticleMeta.EMPTY.withTitle("Nina Vosk rejects ministry claim"), List.of()));
        for (Attribution c : a.attributions()) assertEquals(List.of("nina-vosk"), c.targets(), show(a));
        // must NOT: a spokesperson named in the headline rejecting a claim is given no side (it often defends another)
        Article b = ClaimsTestSupport.PIPE.annotate(Article.of("t3", org.claimgraph.model.Source.file("t3.txt"),
                "Health Ministry spokeswoman Lena Oduya said on Friday that every vaccine batch had been tested twice.\n\n"
                        + "Background paragraph without any quotes at all. ".repeat(8),
                org.claimgraph.model.ArticleMeta.EMPTY.withTitle("Lena Oduya rejects vaccine claim"), List.of()));
        assertEquals(Stance.DENIES, last(b).stance(), show(b));
        for (Attribution c : b.attributions()) assertTrue(c.targets().isEmpty(), show(b) + c.targets());
    }
    /** The body named in the speaker's title is no target while the role is held; a former holder may accuse it. */
    static void speaksForBodyWhileHeld(String lead, String holder, String former, String part) {
        Article a = annotate(lead + holder);
        assertTrue(last(a).targets().isEmpty(), show(a) + last(a).targets());
        // must NOT: a role held no longer leaves the body open to blame
        targetsInclude(annotate(lead + former), part);
    }

    @Test
    void anUnnamedSourceSpeaksForTheBodyItsOwnWordsName() {
        speaksForBodyWhileHeld("The European Commission opened an inquiry into the Velor Shipping cargo last week.\n\n",
                "A Commission spokesperson told reporters that the Commission was following the case closely.",
                "A former Commission official said the Commission had ignored the warnings for months.", "european-commission");
    }

    @Test
    void aRolePhraseBeforeTheNameGivesTheSpeakersBody() {
        speaksForBodyWhileHeld("The US-led coalition has flown over the valley of Karsa since May.\n\n",
                "A spokesman for the coalition, Colonel Dan Mirren, said the coalition had been aware of other air activity.",
                "A former adviser to the coalition, Dan Mirren, said the coalition had ignored the civilian casualties.", "coalition");
    }
    @Test
    void aMilitarySpokesmanSpeaksForTheForceNamedMilitary() {
        // beside a rebel "… Forces", "a military spokesman" speaks for the one actor called military, and denies for it
        Article a = annotate("Fighting between the Myanmar military and the Arakan Defence Forces reached Sittwe on Monday.\n\n"
                + "Military spokesman Brigadier Omar Salih denied that the armed forces had bombed the market.");
        assertEquals(Stance.DENIES, last(a).stance(), show(a));
        assertEquals(List.of("tatmadaw"), last(a).targets(), show(a)); // (the Myanmar military)
    }

    @Test
    void anAllegationWithNoAccusedFoundTakesTheSubjectOfItsClause() {
        // the last resort: the actor before a clause's finite verb, even behind an opening phrase
        targetsInclude(annotate("Senator Mara Quill said that over the past year, in secret talks, Russia quietly sold drones to the rebels."), "russia");
    }

    @Test
    void theSubjectFallbackTakesNoObjectNoPlaceAndNoOutlet() {
        // "combating ISIS" (an object after its verb), "in Ukraine" (a place after a preposition), "Reuters" (an outlet)
        List<String> t = last(annotate("Senator Mara Quill said the new budget had done little for combating ISIS in Ukraine.")).targets();
        assertTrue(t.stream().noneMatch(k -> k.contains("islamic-state") || k.contains("ukraine")), t.toString());
        t = last(annotate("Senator Mara Quill said the new budget had been shown to Reuters before the vote.")).targets();
        assertTrue(t.stream().noneMatch(k -> k.contains("reuters")), t.toString());
    }

    @Test
    void aGenericBodyWordBeforeARoleDoesNotMakeTheSourceSpeakForANamedBody() {
        // "a union official" is no official of the European Union, nor "a bank official" of the World Bank
        targetsInclude(annotate("A union official said the European Union had ignored warnings from workers about the new rules."), "european-union");
        targetsInclude(annotate("A bank official said the World Bank had delayed the loan for two years."), "world-bank");
        targetsInclude(annotate("A court official said the International Criminal Court had lost key evidence in the case."), "icc");
    }

    @Test
    void aRolePhraseThatIsAPrepositionsObjectIsNotTheSpeakersRole() {
        // "After talks with a spokesman for the coalition, X said …": X does not speak for the coalition
        targetsInclude(annotate("After talks with a spokesman for the coalition, Mohammed Saleh said the Saudi-led coalition had bombed a school in Saada."), "coalition");
    }

    @Test
    void anArmyTitleWordIsNoCharityNamedWithIt() {
        // "an army spokesman" does not speak for the Salvation Army
        Article a = annotate("An army spokesman said the Salvation Army had ignored curfew orders in Goma. The spokesman said M23 rebels had attacked a convoy.");
        assertTrue(a.attributions().get(0).targets().stream().anyMatch(k -> k.contains("salvation")), show(a) + a.attributions());
    }

    @Test
    void aLawyerAnswersForAClientOnlyWhenTheClientStandsAccused() {
        // a plaintiff's lawyer defends the client against nothing
        Article a = annotate("A lawyer for the National Farmers Union, Jane Doe, said farmers had lost millions because of the flooding.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("farmers")), show(a) + last(a).targets());
        // a charged client's lawyer answers for the client
        a = annotate("Tom Quill was charged with fraud on Monday.\n\nQuill's lawyer, Jane Doe, told reporters the payments were personal loans.");
        assertEquals(List.of("tom-quill"), last(a).targets(), show(a));
    }

    /** Every claim's targets, in order, with the claims shown on failure. */
    static String allTargets(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Attribution c : a.attributions()) sb.append(c.stance()).append(c.targets()).append(' ');
        return sb.toString().trim();
    }

    @Test
    void aSpokesmansAccusationNamingNoOneContinuesTheBodysThread() {
        // the body accused, then its spokesman names the wrong but no one: the same side's thread
        Article a = annotate("The Veltrax Defence Ministry said Norwegian troops had shelled the village of Krasne.\n\n"
                + "\"This was a deliberate provocation,\" Veltrax Defence Ministry spokesman Arvid Lund said.");
        assertTrue(last(a).targets().contains("norway"), show(a) + allTargets(a));
        // must NOT: a different body's spokesman does not continue the ministry's thread
        a = annotate("The Veltrax Defence Ministry said Norwegian troops had shelled the village of Krasne.\n\n"
                + "\"This was a deliberate provocation,\" Red Cross spokesman Arvid Lund said.");
        assertTrue(!last(a).targets().contains("norway"), show(a) + allTargets(a));
    }

    @Test
    void aDenialNamingNoOneAnswersForWhomTheSideJustDefended() {
        // the answer given with a rejection, made a denial after the targets were found, answers for the rejecting body
        Article a = annotate("The Harbour Authority denied reports of bribery at the port, calling them rumours. \u201cEvery tender is public,\u201d it said.");
        assertEquals(Stance.DENIES, last(a).stance(), show(a));
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("harbour-authority")), show(a) + allTargets(a));
        // must NOT: an allegation after the denial takes none of the denial's targets
        a = annotate("The Harbour Authority rejected the accusations of bribery.\n\n"
                + "Harbour Authority spokeswoman Lina Marsh said the new terminal would open in June.");
        assertEquals(List.of(), last(a).targets(), show(a) + allTargets(a));
    }

    @Test
    void anExpertWithNoSideRejectingAClaimAnswersForNoOne() {
        // must NOT: a scientist with no side who calls a claim impossible defends no one when the article accused no one
        Article a = annotate("A blogger claimed that the vaccine contains tracking chips.\n\n"
                + "Professor Ama Boateng, an engineer at the University of Accra, said the claim was \"physically impossible\".");
        assertEquals(List.of(), last(a).targets(), show(a) + allTargets(a));
    }

    /** The claim of the text whose content starts with start has no target. */
    static void noTarget(String text, String start) {
        Article a = annotate(text);
        assertEquals(List.of(), targetsOf(a, start), show(a) + allTargets(a));
    }

    /** The targets of the claim whose content starts with start. */
    static List<String> targetsOf(Article a, String start) {
        for (Attribution c : a.attributions()) if (a.body().substring(c.content().begin(), c.content().end()).startsWith(start)) return c.targets();
        throw new AssertionError("no claim '" + start + "': " + show(a));
    }

    @Test
    void aWeakOrNegatedWordGivesNoOneTheMostAccused() {
        // must NOT: ordinary words of the harm and critical lists ("unable", "strike", "failed") are no wrong of the accused
        noTarget("The regulator said Northgate Bank had overcharged customers for years. The regulator said Northgate Bank misled customers about the fees.\n\n"
                + "Analyst Tom Baker said the bank would probably fail to meet its profit target this year.\n\n"
                + "Another analyst said investors were unable to price the risk and the shares could fall further.", "investors were unable");
        noTarget("Nurses accused the Health Ministry of breaking its promise on pay. Nurses said the Health Ministry had also ignored staff shortages for years.\n\n"
                + "Hospital managers said the strike had forced them to postpone 300 operations.", "the strike had forced");
        noTarget("Prosecutors said Atletico Norte had evaded taxes on player transfers. Prosecutors said Atletico Norte had also falsified its accounts.\n\n"
                + "After Sunday's match, goalkeeper Diego Ruiz said the team had failed to take its chances and the defending was not good enough.", "the team had failed");
        // must NOT: a negated wrong, even by two distinct accusers before
        noTarget("Workers said the owner of the Rana textile factory locked the emergency exits. Inspectors said the owner, Karim Rana, had ignored cracks in the walls.\n\n"
                + "Fire chief Abdul Malik said the fire was not an attack.", "the fire was not");
    }

    @Test
    void aWrongSaidOfAProcedureIsNotTheAccusedsWrong() {
        // must NOT: criticism of the procedure against the accused ("the arrest was an attack") accuses whoever ran it
        noTarget("Prosecutors accused journalist Omar Nabil of spreading false news. Prosecutors said Nabil had also insulted state institutions in his articles.\n\n"
                + "The Committee to Protect Journalists said the arrest was an outrageous attack on press freedom.", "the arrest was");
        noTarget("The anti-doping agency said Maria Petrova tested positive for a banned substance in March. The agency said Petrova had also missed three tests last year.\n\n"
                + "The Russian Olympic Committee said the decision was a disgrace and the investigation had been politically motivated.", "the decision was");
        noTarget("Coach Luis Moreno said Brandon Keane dived to win the penalty. Moreno said Keane had also elbowed a defender in the first half.\n\n"
                + "Former referee Mark Halsey said the contact was clear and the penalty was not a mistake.", "the contact was");
    }

    @Test
    void oneSpeakersRepeatedAllegationsMakeNoOneTheMostAccused() {
        // must NOT: one speaker accusing twice is one accuser (the most accused needs two distinct accusers)
        Article a = annotate("The Veltrax Defence Ministry said Norwegian troops had shelled the village of Krasne. "
                + "The ministry said Norwegian artillery had also destroyed the school.\n\n"
                + "\"This was a deliberate provocation,\" said Anna Lind, a teacher in the village.");
        assertEquals(List.of(), last(a).targets(), show(a) + allTargets(a));
    }

    @Test
    void aWrongInAnotherPlaceIsAnotherIncident() {
        // must NOT: a round-up's other incident ("in Shebekino after a drone attack") is not the accused's
        noTarget("Ukraine's Energy Ministry said Russia attacked power plants in three regions overnight. Ukrainian officials said Russia had also shelled the city of Kherson.\n\n"
                + "Vyacheslav Gladkov, the governor of Belgorod region, said two civilians were killed and a school was damaged in Shebekino after a drone attack.", "two civilians");
    }

    @Test
    void aRebuttalOfTheAccusedsDenialOrOfAnotherClaimDefendsNoOne() {
        // must NOT: a witness rebutting the accused's own denial does not defend the accused
        Article a = annotate("Police said Tom Hale robbed the petrol station on Main Street. Police said Hale also threatened the cashier with a gun.\n\n"
                + "Hale denied being there and said he was at home that night.\n\n"
                + "A witness, Lucy Grant, said that was not true and that she saw him outside the station.");
        assertTrue(!targetsOf(a, "that was not true").contains("tom-hale"), show(a) + allTargets(a));
        // must NOT: an expert rebutting another claim than the allegations ("claims that …", "there was no evidence")
        a = annotate("Opposition lawmakers accused the Health Ministry of wasting millions on unused vaccines. The opposition also said the ministry had misled parliament about supplies.\n\n"
                + "Dr. Helen Park, an immunologist, said there was no evidence that the vaccine causes infertility.\n\n"
                + "Dr. Park said claims that the shots alter DNA were false.");
        assertEquals(List.of(), targetsOf(a, "there was no evidence"), show(a) + allTargets(a));
        assertEquals(List.of(), targetsOf(a, "claims that the shots"), show(a) + allTargets(a));
    }

    @Test
    void anotherVoiceOfTheSideDoesNotCutTheSpeakersThread() {
        // the ministry's second allegation continues its own first, past its spokesman's denial
        Article a = annotate("The Defence Ministry said the rebels attacked the village of Tell Abyad with chlorine gas. "
                + "A ministry spokesman, Colonel Sami Kerrigan, said the army had not used any chemical weapons. The ministry said the attack was a war crime.");
        assertTrue(targetsOf(a, "the attack was").stream().anyMatch(k -> k.contains("rebel")), show(a) + allTargets(a));
    }

    @Test
    void anotherVoiceOfTheSideOnANewTopicTakesNoTarget() {
        // must NOT: a briefing's next topic ("the flooding in Libya") does not continue the body's accusation
        noTarget("The State Department said Iran had supplied attack drones to Russia. "
                + "State Department spokesman Matthew Miller said the devastating flooding in Libya was a tragedy and the destruction was a humanitarian catastrophe.", "the devastating flooding");
    }

    @Test
    void theSubjectOfAPassiveHarmOrOfDyingIsTheVictimNotTheAgent() {
        // must NOT: the demonym of the killed or the dead names no agent of the harm after it
        assertEquals(List.of(), last(annotate("Villagers said Syrian civilians were killed by the strikes.")).targets());
        assertEquals(List.of(), last(annotate("Officials said Turkish soldiers were killed in an attack near the border.")).targets());
        // the agent after "by" is still blamed, without the victims
        assertEquals(List.of("russia"), last(annotate("Villagers said Syrian civilians were killed by Russian jets in the attack.")).targets());
        // a passive of a relative clause leaves the subject the agent of the main clause's harm
        targetsInclude(annotate("Villagers said Russian troops who were deployed last week shelled the market in an attack."), "russia");
        targetsInclude(annotate("Villagers said Russian troops, who were deployed last week, shelled the market."), "russia");
        targetsInclude(annotate("Russian troops that were deployed last week shelled the market in an attack, villagers said."), "russia");
    }

    @Test
    void theOfPhraseOfACrimeIsItsAgentAndOfAKillingItsVictim() {
        // "the crimes of X", "the aggression of X": the "of" phrase names who did the wrong
        assertEquals(List.of("azerbaijan"), last(annotate("Rebel commanders said the crimes of Azerbaijan against civilians would not go unpunished.")).targets());
        assertEquals(List.of("russia"), last(annotate("Rebel commanders said the shelling showed the aggression of Russia against the people of the valley.")).targets());
        targetsInclude(annotate("The ministry said the attacks of NATO on civilian areas were war crimes."), "nato");
        // must NOT: the "of" phrase of a killing or a shelling is the victim
        assertEquals(List.of(), last(annotate("Rebel commanders said the killing of Armenian civilians would not go unpunished.")).targets());
        assertEquals(List.of(), last(annotate("Rebel commanders said the shelling of Armenia's border villages was a war crime.")).targets());
        assertEquals(List.of("russia"), last(annotate("Activists said the killing of Syrian civilians by Russian jets was a war crime.")).targets());
    }

    @Test
    void theAgentOfAPassiveHarmAfterItsObjectOrAnIrregularParticipleIsBlamed() {
        // "were shot dead by X soldiers", "was struck with missiles by X forces": the by-phrase of the passive harm
        assertEquals(List.of("russia"), last(annotate("Health officials said three teenagers were shot dead by Russian soldiers in the city.")).targets());
        assertEquals(List.of("russia"), last(annotate("Health officials said the convoy was struck with missiles by Russian forces near the city.")).targets());
        // must NOT: an active harm's by-phrase after its object is another verb's ("bombed a convoy sent by X")
        assertEquals(List.of("russia"), last(annotate("Health officials said Russian jets bombed the convoy sent by Turkey to the city.")).targets());
        // after a noun or adjective trigger, the participle's by-phrase is the wrong's own
        targetsInclude(annotate("A ministry spokesman said Iran firmly opposes the illegal sanctions imposed by Canada."), "canada");
    }

    @Test
    void aHarmSaidToBeTheWorkOfAnActorBlamesIt() {
        assertEquals(List.of("israel"), last(annotate("Officials said the strike was the work of Israel.")).targets());
        targetsInclude(annotate("Opposition activists said the attack on the market bore the hallmarks of Russia's air force."), "russia");
        // must NOT: the noun of authorship in another clause than the harm's
        assertEquals(List.of(), last(annotate("Officials said the attack came while the ceasefire was the work of Turkey.")).targets());
    }

    @Test
    void aCompanyNounAfterAPrepositionIsNoAgent() {
        // must NOT: "on the group" is where the act is, not who does it; the article's company is not blamed
        assertEquals(List.of(), last(annotate("Veltrax Holdings announced a merger on Monday.\n\n"
                + "The minister said that \"any boats that threaten our ships on the group should be immediately destroyed.\"")).targets());
        // the company noun as the subject still names the company
        targetsInclude(annotate("Delta Group announced a merger on Monday.\n\nThe minister said the group destroyed evidence of the merger."), "delta-group");
    }

    @Test
    void aPersonWhoHarmsHerOrHimIsStillTheAccused() {
        // review: the person who does the harm to "her"/"him" (or to "her daughter") is the accused, not a victim
        targetsInclude(annotate("Prosecutors said Daniel Morrow shot her twice in the back before fleeing the scene."), "daniel-morrow");
        targetsInclude(annotate("The victim's mother said Jason Reed shot her daughter in front of witnesses."), "jason-reed");
        targetsInclude(annotate("Anna Kowal said her former boss, Richard Stone, harassed her for months."), "richard-stone");
        targetsInclude(annotate("Police said her ex-boyfriend, Jason Reed, kidnapped her from a parking lot."), "jason-reed");
        // a state that acts in the other clause is blamed
        targetsInclude(annotate("Villagers said Ukraine was preparing for peace talks when Russian jets bombed the market."), "russia");
    }

    @Test
    void aRaisingOrControlPassiveOrAnEarlierConjunctLeavesTheSubjectTheAgent() {
        // review: "are suspected of shelling", "were deployed to shell", "were stationed … and shelled": the subject acts
        targetsInclude(annotate("The ministry said Russian forces are suspected of shelling the hospital in the city."), "russia");
        targetsInclude(annotate("The ministry said Russian units were deployed to shell the city."), "russia");
        targetsInclude(annotate("The ministry said Russian troops were stationed near the plant and shelled the town."), "russia");
        targetsInclude(annotate("The ministry said Russian troops are trained to torture prisoners."), "russia");
    }

    @Test
    void theOfPhraseOfAnAgentiveWrongIsItsAgent() {
        // review: "the cheating of X", "the lying of X": no patient, the "of" phrase is who does it
        targetsInclude(annotate("The agency said the systematic cheating of Russian athletes undermined the sport."), "russia");
        targetsInclude(annotate("The spokeswoman said the constant lying of Washington had destroyed trust."), "united-states");
    }

    @Test
    void staffAtTheCompanyNameTheCompany() {
        // review: "executives at the company" heads the subject; the company is blamed
        targetsInclude(annotate("Veltrax Holdings faces a fraud probe. Veltrax Holdings shares fell 20 percent. "
                + "Regulators said executives at the company concealed losses from auditors for three years."), "veltrax-holdings");
    }

    @Test
    void theOfPhraseOfACrimeIsNoAgentPastAPrepositionADateOrAGerund() {
        // review: "the crimes of October 7 in X" (X is where), "the crime of insulting President X" (X is the offended)
        assertTrue(!last(annotate("The minister said those responsible for the crimes of October 7 in Israel must be brought to justice.")).targets().contains("israel"));
        assertTrue(last(annotate("Prosecutors charged the journalist with the crime of insulting President Tom Reyes, his lawyer said.")).targets().stream().noneMatch(k -> k.contains("tom-reyes")));
    }

    @Test
    void theWorkOfAnActorBlamesOnlyAHarmThatHeadsTheSubject() {
        // review: a gerund or prepositional subject ("rebuilding after the shelling") is not the harm that is the work of X
        assertTrue(last(annotate("The minister said rebuilding after the shelling will be the work of the European Union and Ukraine.")).targets()
                .stream().noneMatch(k -> k.contains("european-union") || k.equals("ukraine")));
        // an agent already on the harm ("Russian aggression") is kept
        targetsInclude(annotate("Tom Reyes said deterring Russian aggression is the work of NATO and its members."), "russia");
    }

    @Test
    void evasionAndFaultedConductBlameTheirSubject() {
        // critical words: "dodge", "flawed", "a sham", "cruel"
        targetsInclude(annotate("Senator Mara Quill said Governor Tom Ashby's bid to dodge the inquiry had failed."), "ashby");
        targetsInclude(annotate("Senator Mara Quill said the budget analysis of Governor Tom Ashby was deeply flawed."), "ashby");
        targetsInclude(annotate("Senator Mara Quill said the consultancy deal signed by Governor Tom Ashby was a sham."), "ashby");
    }

    @Test
    void faultedThingsWithNoActorBlameNoOne() {
        // near case: a cruel winter, a flawed survey with no one's name: nobody is targeted, not the victims named after
        assertTrue(last(annotate("Farmer Tom Ashby said the winter had been cruel to the farmers of Norway.")).targets().isEmpty());
    }

    @Test
    void piracyContaminationAndImprisonmentAreHarms() {
        targetsInclude(annotate("The Russian Foreign Ministry said the seizure of the tanker was an act of piracy by Denmark."), "denmark");
        targetsInclude(annotate("Villagers said the river below the dam was contaminated by Veltrax Holdings for years."), "veltrax");
        targetsInclude(annotate("Amnesty International said hundreds of critics had been imprisoned by Belarus since the election."), "belarus");
    }

    @Test
    void aHarmSufferedIsNotBlamedOnItsVictim() {
        // near case: the victim of an imprisonment or contamination is not its agent
        assertTrue(last(annotate("Amnesty International said hundreds of critics had been imprisoned in Belarus by the police.")).targets().stream().noneMatch(k -> k.contains("amnesty")));
    }

    @Test
    void aDiplomaticProtestBlamesTheStateProtestedAt() {
        targetsInclude(annotate("The Polish Foreign Ministry said it had summoned the Belarusian ambassador over the border incident."), "belarus");
        targetsInclude(annotate("A ministry source told TASS that the Russian ambassador would hand a note of protest to the Finnish side."), "finland");
    }

    @Test
    void aProtestByAStateOrAnEnvoyOfNoStateBlamesNoOne() {
        // near cases: a state's own envoy recalled, street protests, a protest made by the actor after it
        assertTrue(last(annotate("The Polish Foreign Ministry said it had summoned its own ambassador for consultations.")).targets().isEmpty());
        assertTrue(last(annotate("Police said a protest with Ukrainian flags had passed off peacefully in Warsaw.")).targets().stream().noneMatch(k -> k.contains("ukraine")));
        assertTrue(last(annotate("Officials said protests by Finland over the fishing quota were expected.")).targets().isEmpty());
    }

    @Test
    void envoysCalledToConferAndProtestsJoinedBlameNoOne() {
        // summoned to a meeting, not in protest; a protest joined with others; the state protested at after "against"
        assertTrue(last(annotate("The prime minister said he had summoned the Norwegian envoy and the Danish envoy to a meeting on the fishing talks.")).targets()
                .stream().noneMatch(k -> k.contains("norway") || k.contains("denmark")));
        assertTrue(annotate("Union leaders said they would hold a protest with teachers from Poland to demand higher pay.").attributions().stream()
                .flatMap(c -> c.targets().stream()).noneMatch(k -> k.contains("poland")));
        assertTrue(last(annotate("The Latvian Foreign Ministry said it had lodged a protest with Germany against the Russian decision.")).targets()
                .stream().noneMatch(k -> k.contains("germany")));
        // still: a protest lodged with a state blames it
        assertTrue(last(annotate("The Lebanese Foreign Ministry said it had lodged a protest with Israel over the border incident.")).targets()
                .stream().anyMatch(k -> k.contains("israel")));
    }

    @Test
    void aHarmNamedByANounOfItsOwnTargetsItsAgent() {
        // "assassination", "abduction", "deportation" are nouns of their own, not the -ing form of a harmful verb
        targetsInclude(annotate("The United Nations condemned the assassination of the mayor by Hamas."), "hamas");
        targetsInclude(annotate("The United Nations condemned the abduction of the aid workers by Hamas."), "hamas");
        targetsInclude(annotate("Amnesty International condemned the deportation of the refugees by Turkey."), "turkey");
        // "the execution of the plan" names no wrong
        Article b = annotate("The mayor said the execution of the plan by Brindle Construction was flawless.");
        assertTrue(last(b).targets().isEmpty(), show(b));
        // a neutral noun names no wrong: "the inspection of the site by Iran" blames no one
        Article a = annotate("The United Nations said the inspection of the site by Iran was complete.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void aBodysBareHeadNounBeforeAHarmNounNamesItsAgent() {
        String coalition = "The US-led coalition has flown hundreds of sorties over the desert.\n\n";
        targetsInclude(annotate(coalition + "The foreign ministry said coalition strikes on a market had killed 20 people."), "coalition");
        targetsInclude(annotate(coalition + "The foreign ministry said coalition air strikes had destroyed a bridge."), "coalition");
    }

    @Test
    void aBodysHeadNounAfterTheHarmIsNoAgent() {
        // the coalition's positions were struck: it is the victim, the militants the agent
        Article a = annotate("The US-led coalition has flown hundreds of sorties over the desert.\n\n"
                + "Activists said the strikes on coalition positions had been launched by militants.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("coalition")), show(a));
        // a head noun of no armed or governing body: strikes by a health service's staff are not the service's
        a = annotate("The National Health Service faces strikes by nurses.\n\nThe minister said service strikes would cost hospitals millions.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void aDemonymTheGazetteerLacksNamesItsCountryAsAgent() {
        // "Andorran", "Guinean": regular demonyms of countries of the article, absent from lexicon/demonyms.tsv
        targetsInclude(annotate("Andorra and Spain signed a tax deal last year.\n\nSpanish police said Andorran banks had laundered money for drug gangs."), "andorra");
        targetsInclude(annotate("Guinea and Sierra Leone quarrel over a border village.\n\nSierra Leone's government said Guinean soldiers had attacked the village."), "guinea");
    }

    @Test
    void aDemonymOfVictimsOrOfNoHarmNamesNoAgent() {
        String border = "Guinea and Sierra Leone quarrel over a border village.\n\n";
        Article a = annotate(border + "Sierra Leone's government said Guinean soldiers had been attacked near the village.");
        assertTrue(a.attributions().stream().allMatch(c -> !c.targets().contains("guinea")), show(a));
        a = annotate(border + "Sierra Leone's government said Guinean traders had visited the village.");
        assertTrue(a.attributions().stream().allMatch(c -> !c.targets().contains("guinea")), show(a));
    }

    static final String ARMY = "The Burkinabe armed forces are fighting jihadists in the north.\n\n";

    @Test
    void bareSoldiersAFewVerbsBackAreTheArticlesArmedForce() {
        targetsInclude(annotate(ARMY + "Witnesses said soldiers seized traders at the bazaar and executed them."), "armed-forces");
        targetsInclude(annotate(ARMY + "Witnesses said soldiers entered the village at dawn and burned dozens of homes."), "armed-forces");
    }

    @Test
    void bareSoldiersWhoUnderwentTheHarmAreNotBlamedForIt() {
        Article a = annotate(ARMY + "Witnesses said soldiers were ambushed near the market and two were killed.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("armed-forces")), show(a));
        a = annotate(ARMY + "Witnesses said soldiers guarding the market were killed in an attack.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("armed-forces")), show(a));
    }

    @Test
    void aJournalistTakenIntoCustodyIsTheVictimAndTheOneHoldingIsAccused() {
        Article a = annotate("The Press Freedom Fund said Turkish authorities had detained the reporter Mehmet Aslanoglu in Ankara.");
        assertTrue(last(a).targets().contains("turkey"), show(a));
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("aslanoglu")), show(a));
        a = annotate("The Press Freedom Fund said officers detained Anna Kovac, an editor at the weekly Nova, at her home.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("kovac")), show(a));
    }

    @Test
    void aJournalistHeldOnSuspicionOrAnyoneElseHeldStaysTheAccused() {
        targetsInclude(annotate("Prosecutors said police detained the journalist Anna Kovac on suspicion of spying."), "kovac");
        targetsInclude(annotate("Prosecutors said police arrested Anna Kovac at her home in Leeds."), "kovac");
    }

    @Test
    void aCovertOperationNamedByItsStatesDemonymBlamesThatState() {
        String denial = "Russia denies meddling in foreign elections.\n\n";
        targetsInclude(annotate(denial + "Senator Mara Quill said the country must defend itself against Russian cyberattacks."), "russia");
        targetsInclude(annotate(denial + "Senator Mara Quill said the way to blunt Russian information campaigns is to publicize them."), "russia");
    }

    @Test
    void aStatesOwnInformationCampaignInItsOfficialsWordsBlamesNoOne() {
        Article a = annotate("Canada plans a vaccine drive this spring.\n\nCanadian health minister Paul Denis said the Canadian information campaign on vaccines had reached millions of parents.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void whatAWordOfAlarmIsAboutBlamesTheActorOpeningIt() {
        targetsInclude(annotate("Senator Mara Quill said she remained concerned about Russia's actions in the Black Sea."), "russia");
        targetsInclude(annotate("Japan said it was alarmed by Chinese naval drills near its islands."), "china");
    }

    @Test
    void aWordOfAlarmAboutAStatesPeopleOrTheirSafetyBlamesNoOne() {
        Article a = annotate("The United Nations said it was concerned about the safety of Ukrainian civilians.");
        assertTrue(last(a).targets().isEmpty(), show(a));
        a = annotate("The United Nations said it was deeply concerned about Ukrainian refugees in Poland.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void theAgentOfAPassiveWithAnActorSubjectIsImplicatedNotTheSubject() {
        // "the rebels were armed by X": the by-phrase did it, the subject underwent it (also with "are being")
        Article a = annotate("The Kremlin said the rebels were armed by the United States.");
        assertEquals(List.of("united-states"), last(a).targets(), show(a));
        a = annotate("The Kremlin said the rebels are being funded by the United States.");
        assertEquals(List.of("united-states"), last(a).targets(), show(a));
        // must NOT: a passive with no by-phrase leaves no subject as the one implicated
        a = annotate("The Kremlin said the rebels were armed and ready to move.");
        assertTrue(last(a).targets().isEmpty(), show(a));
        // must NOT: a subject that is no actor gives its by-phrase nothing either ("the agreement was signed by X")
        a = annotate("Senator Mark Dunn said the agreement was signed by Russia and Ukraine in 2015.");
        assertTrue(last(a).targets().isEmpty(), show(a));
        // must NOT: the agent of praise or of a neutral act is no one implicated
        a = annotate("The Kremlin said the rebels were praised by the United States.");
        assertTrue(last(a).targets().isEmpty(), show(a));
        a = annotate("The Kremlin said the rebels were invited by the United States to the talks.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void aBodyTheSpeakerCallsOurIsTheSpeakersOwnSide() {
        // "our border police held three vans": the speaker's own side, no target
        Article a = annotate("The Bulgarian Foreign Ministry said our border police held three vans at the checkpoint on Friday.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("police")), show(a));
        // must NOT: "their police" is someone else's, still implicated
        a = annotate("Opposition leader Ana Reyes said the Belarus police tortured detainees in the capital.");
        targetsInclude(a, "belarus");
        // must NOT: the own side as the subject of the act is admitted, still implicated
        a = annotate("The Interior Ministry said our Border Guard Service had fired on civilians, and the officers would be punished.");
        assertTrue(last(a).targets().stream().anyMatch(k -> k.contains("border-guard")), show(a));
    }

    @Test
    void aSubjectThatSufferedAfterAuxiliariesIsAVictim() {
        // "Ukraine had suffered heavy losses": the subject of a verb of suffering is no one implicated
        Article a = annotate("Senator Mark Dunn said Ukraine had suffered heavy losses in the east.");
        assertTrue(last(a).targets().isEmpty(), show(a));
        // must NOT: the subject of a harmful act after auxiliaries is still the one implicated
        a = annotate("Senator Mark Dunn said Russia had shelled villages in the east.");
        targetsInclude(a, "russia");
    }

    @Test
    void theOneAnAccusedActedForIsImplicatedToo() {
        // "laundered the money on behalf of Iran", "at the behest of the Iranian government": the principal too
        Article a = annotate("Prosecutors said Orion Bank laundered the money on behalf of Iran.");
        assertTrue(last(a).targets().containsAll(List.of("orion-bank", "iran")), show(a));
        a = annotate("Prosecutors said Orion Bank laundered the money at the behest of the Iranian government.");
        assertTrue(last(a).targets().containsAll(List.of("orion-bank", "iran")), show(a));
        // "under secret orders from London": a capital for its state, with words inside the phrase
        a = annotate("The United Kingdom has not commented.\n\nTehran said Greece attacked the ship under secret orders from London.");
        assertTrue(last(a).targets().contains("united-kingdom"), show(a));
        // must NOT: past the clause of the accused act ("took bribes, and thanked voters on behalf of the party")
        a = annotate("Prosecutors said Governor Paul Stray accepted bribes, and thanked voters on behalf of the Liberal Party.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("liberal")), show(a));
        // must NOT: a claim that accuses no one gives its "on behalf of" no target
        a = annotate("The ministry said the minister signed the agreement on behalf of the European Union.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void theAccusedNamedByTheHeadNounOfTheOneBodyOfThatNameIsThatBody() {
        // "accused the federation of …": the article's one organisation whose name ends with the noun
        Article a = annotate("The International Rowing Federation banned Tom Hale for four years. "
                + "His lawyer, Sam Kirk, accused the federation of disregarding papers filed by the defence.");
        targetsInclude(a, "international-rowing-federation");
        // must NOT: two bodies of that head noun ("the council" of two councils) name neither
        a = annotate("The Greenfield Council and the Harbour Council met on Monday. "
                + "Residents accused the council of ignoring their complaints.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("council")), show(a));
        // must NOT: a word for a kind of body ("the bank") names no one body
        a = annotate("The Central Bank of Arvia raised rates on Monday. Traders accused the bank of moving too late.");
        assertTrue(last(a).targets().isEmpty(), show(a));
    }

    @Test
    void aSecondAccusedAfterAndTheIsAccusedToo() {
        // "X and the opposition Y": lower-case modifiers between "the" and the name
        Article a = annotate("Lena Ross accused both the Unity Party and the opposition Green League of wasting public money.");
        assertTrue(last(a).targets().containsAll(List.of("unity-party", "green-league")), show(a));
        // "the rebels and the security forces": a bare armed-force noun for the article's one armed actor, a state's
        a = annotate("The Sudanese Armed Forces took the town in May.\n\n"
                + "Rights groups accused both the Free Front and the security forces of abuses against civilians.");
        assertTrue(last(a).targets().containsAll(List.of("free-front", "sudanese-armed-forces")), show(a));
        // must NOT: the one armed actor a rebel group (no state's force): "the security forces" are not the rebels' own
        a = annotate("Clashes broke out in Tarvo between the United Liberation Forces and the army. "
                + "Amnesty International accused the rebels and the security forces of killing civilians.");
        assertEquals(List.of("rebels"), last(a).targets(), show(a));
        // must NOT: a force noun modifying another noun ("the army commanders") names no force
        a = annotate("The Kandor Armed Forces took the town in May.\n\n"
                + "Rights groups accused the Free Front and the army commanders of hoarding food.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("kandor")), show(a));
    }

    @Test
    void themAfterAnAccusingParticipleIsTheGroupNamedBeforeNotWhoTheyServed() {
        // "added A and B to its list, accusing them of supplying … to Iran": A and B, not Iran
        Article a = annotate("The Treasury Department on Monday added Orlan Trading Ltd and Vesta Parts Inc to its sanctions list, "
                + "accusing them of supplying drone engines to Iran.");
        assertTrue(last(a).targets().containsAll(List.of("orlan-trading-ltd", "vesta-parts-inc")), show(a));
        assertTrue(!last(a).targets().contains("iran"), show(a));
        // "accusing it of": the one organisation
        a = annotate("The Treasury Department on Monday added Orlan Trading Ltd to its sanctions list, accusing it of supplying drone engines to Iran.");
        assertEquals(List.of("orlan-trading-ltd"), last(a).targets(), show(a));
        // must NOT: with no actor before the pronoun ("two men"), the ones supplied are not taken for it
        a = annotate("Police in Lagos arrested two men on Monday, accusing them of selling weapons to Boko Haram.");
        assertTrue(last(a).targets().stream().noneMatch(k -> k.contains("boko")), show(a));
    }

    @Test
    void anEmbassyOrMinistryNamedWithItsStateDeniesForTheState() {
        // the accusation rebutted was made against the state; its embassy or foreign ministry answers for it
        Article a = annotate("Prosecutors in Lisbon accused Brazil of covering up the fraud. The Brazilian embassy rejected the allegations as unfounded.");
        assertEquals(List.of("brazil"), denialTargets(a), show(a));
        Article b = annotate("A rights group said Vietnam had jailed dozens of bloggers. Vietnam's Foreign Ministry denied the report, calling it biased.");
        assertEquals(List.of("vietnam"), denialTargets(b), show(b));
    }

    @Test
    void aStateBodyFoundInItsOwnDenialGivesWayToItsState() {
        // the embassy, found at the head of its own words, answers for its state: the state alone, not the body beside it
        Article a = annotate("Prosecutors in Oslo accused Iran of plotting an attack on a dissident. The Iranian embassy called the accusations baseless.");
        assertEquals(List.of("iran"), denialTargets(a), show(a));
    }

    @Test
    void aHarmNounWithAFromPhraseHasItsActorAsAgent() {
        // "hybrid attacks from Belarus", "a missile attack from Russia": the from-phrase's actor did it, not the clause's subject
        Article a = annotate("The minister said Germany would help Poland defend its border against hybrid attacks from Belarus.");
        targetsInclude(a, "belarus");
        noTargetContaining(a, "germany");
        targetsInclude(annotate("The governor said Ukraine had suffered a massive missile attack from Russia overnight."), "russia");
    }

    @Test
    void aFromPhraseAfterAVerbOrAHarmlessNounIsNoAgent() {
        // must NOT: after a verb ("had stolen data from X") X is the victim; after a noun that is no harm ("aid from X") no one is blamed
        noTargetContaining(annotate("The ministry said hackers had stolen data from the Pentagon."), "pentagon");
        noTargetContaining(annotate("The minister said aid from Germany had reached the flooded towns."), "germany");
    }

    @Test
    void peopleHeldForTheirNationalityAreNotTheirState() {
        // "detained two Canadians", "arrested three French nationals": the holder is blamed, the nationals' state is not
        Article a = annotate("The foreign minister said Canada would not be intimidated by China after Beijing detained two Canadians.");
        targetsInclude(a, "china");
        noTargetContaining(a, "canada");
        a = annotate("The ministry said Ottawa had detained two Chinese nationals without explanation.");
        targetsInclude(a, "canada");
        noTargetContaining(a, "china");
    }

    @Test
    void nationalsHeldOnANamedChargeDoNotBlameTheHolder() {
        // must NOT blame the police who arrest suspects: a charge or suspicion named keeps the holder blameless
        noTargetContaining(annotate("Police in Lagos said they had arrested two Britons suspected of smuggling cocaine through the port."), "police");
        // nor when a relative clause tells the wrong of the one held: the spy's state stays implicated, the police do not
        Article a = annotate("Prosecutors said German police had arrested a Russian spy who had photographed military bases near Kiel.");
        noTargetContaining(a, "police");
        targetsInclude(a, "russia");
    }

    @Test
    void aSubjectHarmedInALaterClauseIsTheVictim() {
        // "X was walking away when he was shot", "X was feeding his goats when they shot him": X is the victim
        noTargetContaining(annotate("The villagers said Omar Kerrigan was feeding his goats when they shot him."), "omar");
        noTargetContaining(annotate("Police in Millbrook shot dead Daniel Cole, 24, on Friday. Attorney Mia Grant, who represents the Cole family, "
                + "said Cole was walking away from the officers when he was shot."), "cole");
    }

    @Test
    void aSubjectWhoHarmsInALaterClauseIsStillTheAgent() {
        // must NOT spare the subject when the later clause has him act ("when he attacked the cyclist")
        targetsInclude(annotate("Prosecutors said Carl Dorsey was driving home when he attacked the cyclist."), "dorsey");
    }

    @Test
    void theSubjectOfAWelcomeOrPraiseIsNotImplicated() {
        // "the EU had welcomed the agreement": the last-resort subject rule passes over a benign act (lexicon BENIGN)
        noTargetContaining(annotate("The spokesman said the European Union had welcomed the agreement between Serbia and Kosovo."), "european-union");
    }

    @Test
    void theSubjectOfAnyOtherActIsStillTakenAsLastResort() {
        // must NOT pass over a verb that is no welcome or praise
        targetsInclude(annotate("The spokesman said the European Union had blocked the agreement between Serbia and Kosovo."), "european-union");
    }

    @Test
    void aBodyOfNoStateOrNamingNoStateDeniesForItself() {
        // must NOT lift a public service or a port authority to the country in its name, nor a ministry named without its state
        Article a = annotate("Residents said the water was poisoned by the Halmer Chemicals plant. The Ghana Health Service dismissed the claims as baseless.");
        assertTrue(denialTargets(a).stream().noneMatch(k -> k.equals("ghana")), show(a));
        Article b = annotate("Nurses said the hospital had ignored safety warnings. The Ministry of Health denied the claims.");
        assertTrue(denialTargets(b).stream().allMatch(k -> k.contains("ministry")), show(b));
    }

    @Test
    void whomACaseIsMadeAgainstIsAccused() {
        targetsInclude(annotate("Judge Mary Olsen told the court that the evidence against Peter Vance, 52, was overwhelming."), "vance");
        targetsInclude(annotate("Prosecutors said the case against Halbrook Mining rested on documents seized in March."), "halbrook");
    }

    @Test
    void whatACampaignIsAgainstIsNotAccusedByIt() {
        // must NOT read "against" after a noun of a fight or a campaign: the Taliban are fought, not accused here
        Article a = annotate("Analysts said the campaign against the Taliban had stalled.");
        assertTrue(a.attributions().stream().allMatch(c -> c.targets().stream().noneMatch(k -> k.contains("taliban"))), show(a));
    }

    @Test
    void peopleHeldByAnActorOrInACountryBlameTheHolder() {
        targetsInclude(annotate("Amnesty International said fishermen held by the Houthis had been tortured."), "houthi");
        targetsInclude(annotate("Senator Ann Doyle called for the immediate release of three aid workers being held in Iran."), "iran");
    }

    @Test
    void peopleHeldInANeutralOrFavourableLineBlameNoOne() {
        // must NOT blame the holder when the claim says nothing harmful and asks for no release
        Article a = annotate("The Red Cross said fishermen held by the Houthis were in good health and had received visits.");
        assertTrue(a.attributions().stream().allMatch(c -> c.targets().stream().noneMatch(k -> k.contains("houthi"))), show(a));
    }

    @Test
    void talksHeldInACountryBlameNoOne() {
        // must NOT read a meeting held in a country as people held there
        Article a = annotate("The foreign minister said talks held in Qatar had made progress.");
        assertTrue(a.attributions().stream().allMatch(c -> c.targets().stream().noneMatch(k -> k.contains("qatar"))), show(a));
    }

    static void noTargetContaining(Article a, String part) {
        assertTrue(a.attributions().stream().allMatch(c -> c.targets().stream().noneMatch(k -> k.contains(part))), show(a));
    }

    @Test
    void aFigureStatedOfItsSubjectAccusesNoOne() {
        // the subject of a clause with a verb of a figure and a number after it: a quantity, no blame
        noTargetContaining(annotate("Analysts said that in the third quarter, Arlo Motors posted 2.1 billion dollars in revenue."), "arlo");
        noTargetContaining(annotate("The league said that this season, Riverton FC won 24 of their 30 matches."), "riverton");
        noTargetContaining(annotate("Officials said that after the vote, the Unity Party won more than 55 percent of the seats."), "unity");
    }

    @Test
    void aFigureOfWrongsOrAnotherVerbStillAccuses() {
        // must NOT stop: a figure of wrongs, a negated figure verb, a verb of wrongdoing before the number
        targetsInclude(annotate("Amnesty said that by March, the junta had 300 political prisoners in its jails."), "junta");
        targetsInclude(annotate("Officials said that by March, the rebels had not made 3 payments promised to the villagers."), "rebels");
        targetsInclude(annotate("The regulator said that since 2019, Halwick Power had made 14 false filings and misled customers."), "halwick");
        targetsInclude(annotate("Officials said that after the vote, the Unity Party stole more than 55 percent of the seats."), "unity");
    }

    @Test
    void fightersDescribedAsAgentBlameTheArticlesOneArmedGroup() {
        // "the militants", "the rebels" as agent of a harm: the one armed group of the article tied to no state
        targetsInclude(annotate("The Northern Liberation Army attacked a village in Kardo province on Sunday. A provincial official, Amir Tahan, "
                + "said the militants had used farmers as human shields."), "northern-liberation-army");
        targetsInclude(annotate("The Northern Liberation Army attacked a village in Kardo province on Sunday. Amir Tahan said dozens of "
                + "homes were burned by the rebels."), "northern-liberation-army");
    }

    @Test
    void fightersDescribedWithTwoGroupsOrAsVictimsBlameNoGroup() {
        // must NOT pick one of two armed groups, nor fighters who underwent the harm, nor a state's army group
        noTargetContaining(annotate("The Kardo Liberation Front and the Tamsin People's Front both operate in Kardo. Amir Tahan said the "
                + "militants had used farmers as human shields."), "front");
        noTargetContaining(annotate("The Kardo Liberation Front attacked a village in Kardo province. Amir Tahan said the militants "
                + "were killed by an air strike."), "front");
        noTargetContaining(annotate("The Kardo Liberation Front attacked a village in Kardo province. Amir Tahan said the rebels "
                + "said government jets had bombed the town."), "front");
        noTargetContaining(annotate("The Northern Army Group fought in Kardo province. Amir Tahan said the militants had used farmers "
                + "as human shields."), "army");
    }

    @Test
    void aFactoryOrPlantAsAgentBlamesTheCompany() {
        targetsInclude(annotate("Villagers in Tamsin have complained about Orlin Chemicals Ltd for years. Farmer Ravi Das said the factory "
                + "had poisoned the wells."), "orlin");
        // must NOT: a plant that is only where a harm happened, done by something else
        noTargetContaining(annotate("Villagers in Tamsin have complained about Orlin Chemicals Ltd for years. Farmer Ravi Das said the wells "
                + "near the plant had been poisoned by a flood."), "orlin");
    }

    @Test
    void aPlantBlamesTheCompanyTiedToItNotARegulator() {
        // the company that owns or runs the plant, not the agency the article names most
        String a0 = "The Coastal Protection Agency said it was looking into complaints from Pellham. The Coastal Protection Agency will "
                + "publish its findings in May. Fishermen in Pellham said the plant had poisoned the estuary. ";
        Article a = annotate(a0 + "The plant is operated by Velden Chemicals Ltd.");
        targetsInclude(a, "velden");
        noTargetContaining(a, "agency");
        targetsInclude(annotate("Fishermen in Pellham said the mill had poisoned the estuary. The union has long fought its owner, Harrow Pulp Ltd."), "harrow");
        // must NOT: with no company tied to it, a regulator or ministry is no plant's owner
        noTargetContaining(annotate(a0 + "The Coastal Protection Agency declined to comment."), "agency");
    }

    @Test
    void fightersDescribedBesideANamedGroupDoNotBlameThatGroup() {
        // the group named in the claim is the fighters' opponent there, not the fighters
        noTargetContaining(annotate("The Kardo Liberation Front holds the hills. Amir Tahan said the militants had used farmers as human "
                + "shields in the fighting with the Kardo Liberation Front."), "front");
        // still: the group named only outside the claim
        targetsInclude(annotate("The Kardo Liberation Front holds the hills. Amir Tahan said the militants had used farmers as human "
                + "shields in the fighting."), "kardo-liberation-front");
    }

    @Test
    void artilleryBlamesTheArticlesOneArmedForce() {
        targetsInclude(annotate("The Tesmarian Army launched an offensive in the north. The Ridge Front said artillery killed eleven "
                + "civilians in Korvash."), "tesmarian-army");
    }

    @Test
    void theSubjectOfAPassiveOrUndergoneHarmIsItsVictim() {
        String a0 = "Guinea and Sierra Leone quarrel over a border village. The Guinea Border Police patrol the area. ";
        // the subject of "had been beaten by", of an irregular participle ("were shot", "had been beaten") or of "came under
        // attack" underwent the harm: not the accused
        noTargetContaining(annotate(a0 + "Guinea's interior minister said border police officers had been beaten by smugglers."), "border-police");
        noTargetContaining(annotate(a0 + "Guinea's interior minister said border police officers had been detained by smugglers."), "border-police");
        noTargetContaining(annotate(a0 + "Guinea's interior minister said Sierra Leone's soldiers were shot near the crossing."), "sierra-leone");
        noTargetContaining(annotate(a0 + "Guinea's interior minister said Sierra Leone's soldiers had been beaten near the crossing."), "sierra-leone");
        noTargetContaining(annotate(a0 + "Guinea's interior minister said Sierra Leone's soldiers came under attack near the crossing."), "sierra-leone");
        // "came under fire from X": the from-phrase is the agent, the subject the victim
        Article a = annotate(a0 + "Guinea's interior minister said the Guinea Border Police came under fire from Sierra Leonean troops.");
        targetsInclude(a, "sierra-leone");
        noTargetContaining(a, "border-police");
    }

    @Test
    void theSubjectOfAnActiveHarmIsStillItsAgent() {
        String a0 = "Guinea and Sierra Leone quarrel over a border village. The Guinea Border Police patrol the area. ";
        // must NOT spare the subject of the active verb
        targetsInclude(annotate(a0 + "Sierra Leone's defence minister said border police officers had beaten three traders."), "guinea-border-police");
        targetsInclude(annotate(a0 + "Guinea's interior minister said Sierra Leone's soldiers had shot two farmers near the crossing."), "sierra-leone");
    }

    @Test
    void theSubjectOfAPassiveAccusationIsAccusedNotTheAccuser() {
        String a0 = "Guinea and Sierra Leone quarrel over a border village. ";
        // "X was accused/blamed/criticised by Y (of/for …)": X is the target, never Y
        Article a = annotate(a0 + "Guinea's interior minister said Sierra Leone's army was accused by the Rights Monitor of looting.");
        targetsInclude(a, "sierra-leone");
        noTargetContaining(a, "rights-monitor");
        a = annotate(a0 + "Guinea's interior minister said Sierra Leone had been blamed by the Rights Monitor for burning villages.");
        targetsInclude(a, "sierra-leone");
        noTargetContaining(a, "rights-monitor");
        a = annotate("Brannock Foods runs a plant in Pellham. The mayor said Brannock Foods was sued by the Consumer Council for misleading labels.");
        targetsInclude(a, "brannock-foods");
        noTargetContaining(a, "consumer-council");
        // "faced accusations from Y", "came under criticism from Y": the from-phrase is the accuser
        a = annotate(a0 + "Guinea's interior minister said Sierra Leone's army faced accusations from the Rights Monitor of looting.");
        targetsInclude(a, "sierra-leone");
        noTargetContaining(a, "rights-monitor");
    }

    @Test
    void aPassiveOfPraiseOrHarmIsNoAccusationBySubject() {
        String a0 = "Guinea and Sierra Leone quarrel over a border village. ";
        // must NOT: praise accuses no one; a subject after a verb ("troops fighting X") is not X
        Article a = annotate(a0 + "Guinea's interior minister said Sierra Leone's army was praised by the Rights Monitor for its restraint.");
        noTargetContaining(a, "sierra-leone");
        noTargetContaining(a, "rights-monitor");
        noTargetContaining(annotate(a0 + "Guinea's interior minister said troops fighting Sierra Leone were accused by villagers of looting."), "sierra-leone");
        // the by-phrase of a harm is still its agent
        targetsInclude(annotate(a0 + "Guinea's interior minister said Guinean traders were shelled by Sierra Leonean troops near the crossing."), "sierra-leone");
    }

    @Test
    void theVictimsOfAWoundingAreNotTheAgentOfTheWhenClause() {
        String a0 = "Guinea and Sierra Leone quarrel over a border village. The Ridge Front fights Sierra Leone in the east. ";
        // "X soldiers were wounded when its fighters ambushed a patrol": "its" does not stand for the victims' state
        noTargetContaining(annotate(a0 + "The Ridge Front said three Sierra Leonean soldiers were wounded when its fighters ambushed a patrol."), "sierra-leone");
        // must NOT: the agent named in the when-clause, or a subject who acted, stays accused
        targetsInclude(annotate(a0 + "Sierra Leone's army said three soldiers were wounded when Ridge Front fighters ambushed a patrol."), "ridge-front");
        targetsInclude(annotate(a0 + "The Ridge Front said Sierra Leonean soldiers killed two farmers when they raided a village."), "sierra-leone");
    }
}
