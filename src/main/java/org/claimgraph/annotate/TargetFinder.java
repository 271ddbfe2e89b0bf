package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Span;

/**
 * The actors a claim accuses: the object of an accusing cue ("accused Y", "blasted Y", "condemned Y"),
 * and the agent of a harmful act in the content — the actor a clause puts before "killing civilians",
 * "destroying", "war crimes", or after "committed by"; support acts ("helping", "arming", "evacuating")
 * count as harmful when a bad actor ("ISIS", "terrorists", "militants") follows them. The one told to stop or to right a
 * wrong ("called on the authorities to open an investigation") and the one allowed to do a wrong ("allowed Y to
 * smuggle …") are blamed too. Places, the
 * addressee of the cue, actors in locative or victim phrases ("in Syria", "against the army") and the
 * speaker are never targets. Word lists: {@code lexicon/target-words.tsv} (the acts: harm, support, critical, …) and
 * {@code lexicon/words-targets.tsv} (the word classes the rules read: roles, armed acts, ward-off words, …).
 */
final class TargetFinder {
    /** The open-class word lists of the rules below (lexicon/words-targets.tsv). */
    private static final WordClasses W = WordClasses.load("words-targets.tsv");
    private final Map<String, List<String[]>> harm = new HashMap<>(), support = new HashMap<>(), critical = new HashMap<>();
    private final Set<String> stopActs = new HashSet<>();
    /** What an addressee is told to do to right a wrong ("open an investigation", "turn over"), by first lemma. */
    private final Map<String, List<String[]>> remedies = new HashMap<>();
    private final Set<String> bad = new HashSet<>();
    /** Weapons and craft ("jets", "warplanes"): a state's craft blame the state, as the gold has it. */
    private final Set<String> means = new HashSet<>();
    /** Legal actions whose patient is the accused ("was arrested", "charged X with"). */
    private final Set<String> legal = new HashSet<>();

    private static final class Holder {
        static final TargetFinder INSTANCE = new TargetFinder();
    }

    static TargetFinder get() { return Holder.INSTANCE; }

    private TargetFinder() {
        for (String[] r : LexiconFile.rows("target-words.tsv", true)) {
            String kind = r[0].trim();
            String[] words = r[1].trim().toLowerCase(Locale.ROOT).split("\\s+");
            switch (kind) {
                case "harm" -> harm.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                case "support" -> support.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                case "bad" -> bad.add(String.join(" ", words));
                case "critical" -> critical.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                case "stop" -> stopActs.add(String.join(" ", words));
                case "remedy" -> remedies.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                case "means" -> means.add(String.join(" ", words));
                case "legal" -> legal.add(String.join(" ", words));
                default -> throw new IllegalStateException("target-words.tsv: bad kind " + kind);
            }
        }
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "into", "across", "inside", "within",
            "against", "to", "toward", "towards", "around", "outside", "over", "throughout", "on", "with");

    /** Verbs whose object is the one addressed, not accused ("telling CNN", "urged the Council"). */
    private static final Set<String> ADDRESSING = W.set("ADDRESSING");

    List<String> find(TextView v, AttributionAnnotator.Draft d, Speakers sp) {
        List<String> out = new ArrayList<>();
        sp.titleSides.clear();
        if (d.accuses && d.object != null) {
            int b = v.tokenAtOrAfter(d.object.begin());
            for (int i = b; i < v.n && v.begin(i) < d.object.end(); i++) {
                Mention m = v.actorAt[i];
                if (m != null) { add(v, out, m, d, sp); addConjoined(v, out, m, d, sp); break; }
                // "accused him of lying": the one the pronoun stands for
                if (OBJECT_PRONOUNS.contains(v.lower[i])) { accusedPronoun(v, out, i, d, sp); break; }
                // "accused the army of …", "blamed the authorities for …": a bare noun for the armed forces or the
                // government stands for the article's one armed force or main country
                if (i > b && (FORCE_NOUNS.contains(v.lower[i]) || GOVERNMENT.contains(v.lower[i]) || oppositionHead(v, i)) && v.lower[i - 1].equals("the")) {
                    told(v, out, i, i + 1, d, sp);
                    break;
                }
                // "accused the federation of …": a bare head noun of the name of the article's one organisation of that head
                if (i > b && v.lower[i - 1].equals("the") && v.pos[i].equals("NOUN") && Character.isLowerCase(v.word[i].charAt(0))
                        && (i + 1 >= v.n || !v.pos[i + 1].equals("NOUN"))) {
                    String key = headNamed(sp, v.lower[i], d.speaker);
                    if (key != null) {
                        if (!out.contains(key) && !affiliated(v, sp, d.speaker, key, 3)) out.add(key);
                        break;
                    }
                }
                // "Baku accused Yerevan of …": a city accused stands for the state it is the seat of
                String state = seatOf(v, v.placeAt[i], sp);
                if (state != null) {
                    if (!state.equals(d.speaker) && !out.contains(state) && !affiliated(v, sp, d.speaker, state, 3)) out.add(state);
                    break;
                }
            }
        }
        // "called on X to stop …", "urged X to withdraw": the one told to stop is blamed
        if (d.object != null && d.addressee || d.object != null && !d.accuses) {
            int b = v.tokenAtOrAfter(d.object.end());
            if (toStop(v, b) || toRemedy(v, b, d.content.end())) told(v, out, v.tokenAtOrAfter(d.object.begin()), b, d, sp);
        }
        Span c = d.content;
        int cb = v.tokenAtOrAfter(c.begin());
        // "urged Russia to immediately stop …", with the one told left at the head of the content
        if (d.object == null && cb + 1 < v.n && v.actorAt[cb] != null) {
            int k = v.lastTokenOf(v.actorAt[cb]) + 1;
            if (v.end(k) <= c.end() && toStop(v, k)) add(v, out, v.actorAt[cb], d, sp);
        }
        // "called on the authorities to open an investigation", "demanded that X turn over the documents": the one
        // told to right a wrong is blamed for it
        if (!denies(d)) demandedOf(v, out, cb, c.end(), d, sp);
        if (!denies(d)) urgedInside(v, out, cb, c.end(), d, sp);

        // "Washington accuses Iran of supplying …" with no comma: the accused left at the head of the content, before "of"
        if (d.accuses && d.object == null && cb < v.n && v.actorAt[cb] != null && v.end(cb) <= c.end()) {
            int k = v.lastTokenOf(v.actorAt[cb]) + 1;
            if (k < v.n && v.end(k) <= c.end() && v.lower[k].equals("of")) { add(v, out, v.actorAt[cb], d, sp); addConjoined(v, out, v.actorAt[cb], d, sp); }
        }
        // 'accused the government of President X of "running …"': the quoted content leaves the accused before it
        if (d.accuses && d.cue != null) accusedBeforeQuote(v, out, d, sp);
        // "he should stop calling himself one", "they must end the blockade": the one who must stop is blamed
        if (!denies(d)) modalStop(v, out, cb, c.end(), d, sp);
        // "accused him of lying", with the pronoun left at the head of the content
        if (d.accuses && d.object == null && cb < v.n && OBJECT_PRONOUNS.contains(v.lower[cb])) accusedPronoun(v, out, cb, d, sp);
        boolean denies = d.stance == org.claimgraph.model.Stance.DENIES;
        if (denies) denied(v, out, d, sp, cb);
        // "X was accused by Y of looting", "X faced accusations from Y": X is accused, Y never is
        Set<String> accusers = accusedByPassive(v, denies ? null : out, cb, c.end(), d, sp);
        int addrB = d.addressee && d.object != null ? d.object.begin() : -1, addrE = d.addressee && d.object != null ? d.object.end() : -1;
        int legalSentence = -1;
        // an allegation does not accuse the speaker's own side: such an actor is no agent, the next one may be
        Predicate<Mention> own = denies ? null : m -> {
            Entity e = sp.entities.get(m.entityKey());
            return e != null && (e.key().equals(d.speaker) || affiliated(v, sp, d.speaker, e.key(), 3));
        };
        for (int i = cb; i < v.n && v.end(i) <= c.end(); i++) {
            // "had been questioned by the police", "police beat the protesters": coercion by a bare police blames it
            if (!denies && (POLICE_ACTS.contains(v.lemma[i]) || POLICE_ACTS.contains(v.lower[i]))) {
                String pol = policeAgent(v, i, c, sp);
                if (pol != null && !pol.equals(d.speaker) && !out.contains(pol) && !affiliated(v, sp, d.speaker, pol, 3)) out.add(pol);
            }
            if (legal.contains(v.lemma[i]) || legal.contains(v.lower[i])) {
                Mention p = legalPatient(v, i, c);
                // "detained the journalist X", "arrested X, an editor at …": the one held is a victim, the one holding is accused
                if (p != null && !denies && civicPatient(v, p, i, c.end())) {
                    Mention agent = passive(v, i) ? byAgent(v, i + 1, c.end()) : firstActorInClause(v, i, c.begin(), addrB, addrE, false, false, own);
                    if (agent != null && agent != p) add(v, out, agent, d, sp);
                    else {
                        String pol = policeAgent(v, i, c, sp);
                        if (pol == null && !passive(v, i)) pol = bareGovernment(v, i, c.begin(), sp);
                        if (pol != null && !pol.equals(d.speaker) && !out.contains(pol) && !affiliated(v, sp, d.speaker, pol, 3)) out.add(pol);
                    }
                    continue;
                }
                // "charged two Britons with smuggling": people named by nationality are not their state
                if (p != null && nationals(v, p)) continue;
                if (p != null) { add(v, out, p, d, sp); addConjoined(v, out, p, d, sp); legalSentence = v.sent[i]; continue; }
                // "police had detained an independent observer": held without a name, the one holding is blamed
                if (!denies) { String pol = policeAgent(v, i, c, sp); if (pol != null && !pol.equals(d.speaker) && !out.contains(pol) && !affiliated(v, sp, d.speaker, pol, 3)) out.add(pol); }
            }
            // "the SEC charged X with fraudulent sales": the wrongs after a legal action are the accused's, found above
            if (v.sent[i] == legalSentence) continue;
            if (PENALTIES.contains(v.lemma[i]) || PENALTIES.contains(v.lower[i])) penalised(v, out, i, c.end(), d, sp);
            int len = match(v, i, critical);
            // "has a responsibility to investigate": a duty, no blame; "goes beyond trade": an extent, no overreach
            if (len > 0 && (duty(v, i, c.end()) || !overreach(v, i, len, c.end()))) { i += len - 1; continue; }
            // "hold the group and its backers accountable": the ones held, not the subject, are blamed
            if (len > 0 && (v.lower[i].equals("accountable") || v.lower[i].equals("responsible"))) {
                Mention held = heldAccountable(v, i, c.begin());
                if (held != null) { add(v, out, held, d, sp); addConjoined(v, out, held, d, sp); continue; }
            }
            if (len > 0) {
                // a critical predicate: its subject, or the actor it is said of ("aggression of X", "X's crimes")
                Mention agent = restsWith(v, i + len, c.end());
                if (agent == null) agent = byAgent(v, i + len, c.end());
                if (agent == null && !denies) {
                    String org = byShortForm(v, i + len, c.end(), sp, d.speaker);
                    if (org != null) { if (!out.contains(org) && !affiliated(v, sp, d.speaker, org, 3)) out.add(org); i += len - 1; continue; }
                }
                if (agent == null) agent = ofActor(v, i + len, c.end());
                if (agent == null) agent = possessor(v, i, c.begin());
                if (agent == null && strippedPossessor(v, out, i, c.begin(), d, sp)) { i += len - 1; continue; }
                if (agent == null) agent = firstActorInClause(v, i, c.begin(), addrB, addrE, false, denies, own);
                // "the government refuses to answer": a bare government noun is the main country, as for a harm
                if (agent == null) {
                    String g = bareGovernment(v, i, c.begin(), sp);
                    if (g != null && !g.equals(d.speaker) && !out.contains(g) && (denies || !affiliated(v, sp, d.speaker, g, 3))) { out.add(g); i += len - 1; continue; }
                }
                if (agent != null && selfDenied(v, out, agent, d, sp)) { i += len - 1; continue; }
                if (agent != null) { add(v, out, agent, d, sp); addConjoined(v, out, agent, d, sp); }
                i += len - 1;
                continue;
            }
            len = match(v, i, harm);
            // "this aggression", "such crimes": a harm named by reference has its agent elsewhere (see anaphoricHarm)
            if (len > 0 && demonstrativeBefore(v, i, c.begin())) { i += len - 1; continue; }
            boolean isSupport = false;
            if (len == 0) {
                len = match(v, i, support);
                if (len == 0) continue;
                if (!badNear(v, i, len, c.begin(), c.end())) continue;
                isSupport = true;
            } else if (d.stance == org.claimgraph.model.Stance.ALLEGES && badObject(v, i + len, c.end())) {
                // "the army targeted terrorist gatherings", "jets struck an Islamic State position": fighting a bad actor accuses no one
                i += len - 1;
                continue;
            }
            Mention agent = byAgent(v, i + len, c.end());
            // "came under fire from X", "were under attack from X": the from-phrase of a harm undergone is its agent
            if (agent == null && !isSupport && i > 0 && v.lower[i - 1].equals("under")) agent = fromAgent(v, i + len, c.end());
            // "hybrid attacks from Belarus", "threats from Russia", "a missile attack from X": a harm noun with "from"
            // right after it has the from-phrase's actor as its agent; not "the killing of a man from X" (the "of"
            // phrase between is the victim, whose origin the from-phrase gives), nor "stolen data from X" (a verb)
            if (agent == null && !isSupport && v.pos[i + len - 1].equals("NOUN") && i + len < v.n && v.end(i + len) <= c.end()
                    && v.lower[i + len].equals("from")) agent = actorAfterPreposition(v, i + len, 4, c.end());
            // "the crimes of X", "the aggression of X": a wrong named by a noun whose "of" phrase is its agent (AGENT_OF);
            // not "the killing of X", "the shelling of X", whose "of" phrase is the victim or the place
            if (agent == null && !isSupport && v.pos[i + len - 1].equals("NOUN") && AGENT_OF.contains(v.lemma[i + len - 1])) agent = agentOf(v, i + len, c.end());
            if (agent == null && !isSupport && headsSubject(v, i, c.begin())) agent = authoredBy(v, i + len, c.end());
            if (agent == null && !isSupport && !denies) {
                String org = byShortForm(v, i + len, c.end(), sp, d.speaker);
                if (org != null) { if (!out.contains(org) && !affiliated(v, sp, d.speaker, org, 3)) out.add(org); i += len - 1; continue; }
            }
            // "with direct support from the Turkish regime"
            if (agent == null && isSupport) agent = ofActor(v, i + len, c.end());
            if (agent != null && isSupport && isBadMention(v, agent)) agent = null;
            if (agent == null && !isSupport) agent = possessor(v, i, c.begin());
            if (agent == null && !isSupport) agent = attributive(v, i, c.begin());
            // "coalition strikes", "Lorvian shelling": a body's bare head noun or a demonym the gazetteer lacks, before the harm
            if (agent == null && !isSupport) {
                String key = attributiveKey(v, i, c.begin(), sp, d.speaker);
                if (key != null) { addKey(v, out, key, d, sp, denies); i += len - 1; continue; }
            }
            if (agent == null && !isSupport && strippedPossessor(v, out, i, c.begin(), d, sp)) { i += len - 1; continue; }
            if (!isSupport) suppliers(v, out, i + len, c.end(), d, sp);
            // "would respond to the strikes", "in retaliation for the attack": the subject answers a harm, it did not do it
            if (agent == null && !isSupport && answered(v, i, c.begin())) { i += len - 1; continue; }
            if (agent == null) agent = firstActorInClause(v, i, c.begin(), addrB, addrE, isSupport, denies, own);
            if (agent == null && !isSupport) {
                String key = demonymSubject(v, i, c.begin(), sp, d.speaker);
                if (key != null) { addKey(v, out, key, d, sp, denies); i += len - 1; continue; }
            }
            if (agent == null && !isSupport && !denies) {
                String org = describedOrganization(v, i, len, c, sp, d.speaker);
                if (org != null) { if (!out.contains(org) && !affiliated(v, sp, d.speaker, org, 3)) out.add(org); i += len - 1; continue; }
            }
            if (agent == null && !isSupport && !denies) agent = badAntecedent(v, i, c.begin());
            // "the rebels burned the homes", "the militants had used villagers as human shields": a description of
            // armed fighters as the agent stands for the article's one armed group that belongs to no state
            if (agent == null && !isSupport && !denies) {
                String g = describedArmedGroup(v, i, len, c, sp, d.speaker);
                if (g != null) { if (!out.contains(g) && !affiliated(v, sp, d.speaker, g, 3)) out.add(g); i += len - 1; continue; }
            }
            if (agent == null && !isSupport && !denies) {
                String f = bareForces(v, i, len, c, sp);
                if (f != null && !f.equals(d.speaker) && !out.contains(f) && !affiliated(v, sp, d.speaker, f, 3)) out.add(f);
                // "troops had evacuated the residents before the final assault", said by their commander: the harm is
                // the speaker's own side's, so the thread's accused is not lent to it (see discourse)
                else if (f != null && (f.equals(d.speaker) || affiliated(v, sp, d.speaker, f, 3))) sp.ownActs.add(c);
            }
            if (agent == null && !isSupport) {
                // "the state uses forced labour", "the authorities had tortured …": a bare government noun is the main country
                String g = bareGovernment(v, i, c.begin(), sp);
                if (g != null && !g.equals(d.speaker) && !out.contains(g) && (denies || !affiliated(v, sp, d.speaker, g, 3))) { out.add(g); i += len - 1; continue; }
            }
            if (agent == null && denies && pronounSubject(v, i, c.begin()) >= 0) { String key = side(v, sp, d.speaker); if (key != null && !out.contains(key)) out.add(key); }
            if (agent != null && selfDenied(v, out, agent, d, sp)) { i += len - 1; continue; }
            if (agent != null) {
                add(v, out, agent, d, sp);
                addConjoined(v, out, agent, d, sp);
            }
            i += len - 1;
        }
        if (!denies) accusingThem(v, out, cb, c.end(), d, sp);
        if (!denies) worriedAbout(v, out, cb, c.end(), d, sp);
        // "the release of three aid workers held in Lorvia", "activists detained by the junta were beaten": who holds them
        if (!denies) heldBy(v, out, cb, c.end(), d, sp);
        if (!denies && !out.isEmpty()) allowedTo(v, out, cb, c.end(), d, sp);
        // ("Syria will repel this aggression": whoever answers a harm named by reference is no agent of it)
        if (!denies && out.isEmpty() && !anaphoricHarm(v, c)) subjectOfAllegation(v, out, cb, c.end(), d, sp);
        if (!denies && !out.isEmpty()) principal(v, out, cb, c.end(), d, sp);
        if (!denies) protestedAt(v, out, cb, c.end(), d, sp);
        if (!denies) linkedTo(v, out, cb, c.end(), d, sp);
        if (!denies) branded(v, out, cb, c.end(), d, sp);
        // "reports … were fabricated by terrorist media": a denial that accuses the accusers of lying still answers
        // for the speaker's own side
        if (denies && !out.isEmpty() && deceit(v, cb, c.end())) {
            String key = deniedSide(v, sp, d.speaker);
            if (key != null && !out.contains(key)) out.add(key);
        }
        // a denial with no accused party in its words rebuts what was said of the speaker's own side, or of the speaker
        // "my client never took a bribe": a lawyer speaks for the one the article is about
        if (out.isEmpty() && client(v, cb, c.end())) {
            String p = sp.mostMentionedPerson(d.speaker);
            if (p != null) out.add(p);
        }
        // "prosecutors said Pellam rewrote the bids", "the footage shows the suspect …": in a report of a prosecution,
        // whoever stands charged is the accused of every claim that names them
        defendantNamed(v, out, cb, c.end(), d, sp);
        // "dismissed the Armenian account as fabrication": whose account is rebutted accuses; it is not the accused
        if (denies) { String accuser = accuser(v, cb, c.end(), sp); if (accuser != null) out.remove(accuser); }
        if (denies && armedAct(v, d.content)) forcesForSide(v, out, d, sp);
        // "The Front claimed responsibility for the attack, saying its fighters had seized weapons": the claimant owns
        // the act it claims; whoever the content names beside it are its victims
        if (!denies && claimsResponsibility(v, cb)) {
            String key = side(v, sp, d.speaker);
            out.clear();
            out.add(key == null ? d.speaker : key);
        }
        // (after every rule: the last resort of an allegation with no accused found)
        if (!denies && out.isEmpty()) subjectInContent(v, out, cb, c.end(), d, sp);
        // "the evidence against X was overwhelming", "the case against X rests on …": whom a case is made against is
        // accused, when nothing else is ("when authorities made the case against X, Y blocked it" accuses Y)
        if (out.isEmpty()) caseAgainst(v, out, cb, c.end(), d, sp);
        if (denies && out.isEmpty()) {
            String key = defended(v, d, sp, cb, c.end());
            if (key != null) out.add(key);
        }
        if (!accusers.isEmpty()) out.removeAll(accusers);
        if (denies) ownBodyToState(v, out, d, sp);
        if (!denies) sp.accused.addAll(out);
        return out;
    }

    /** Verbs of accusing whose passive subject is the accused and whose by-phrase is the accuser (lexicon/words-targets.tsv). */
    private static final Set<String> ACCUSED_PASSIVE = W.set("ACCUSED_PASSIVE");
    /** Nouns of an accusation whose "from" phrase is the accuser ("accusations from Y"; lexicon/words-targets.tsv). */
    private static final Set<String> ACCUSATION_NOUNS = W.set("ACCUSATION_NOUNS");

    /**
     * "Sierra Leone's army was accused by Y of looting", "X had been blamed by Y for …": the subject of a passive verb
     * of accusing (ACCUSED_PASSIVE) is the accused, added to out (an allegation's; null for a denial); the actor of its
     * by-phrase, and the actor of the "from" or "by" phrase right after a noun of accusation (ACCUSATION_NOUNS: "X
     * faced accusations from Y", "came under criticism from Y"), is the accuser, returned so that no rule makes it a
     * target of the claim. Must NOT take: the by-phrase of a harm ("was attacked by Y": Y is accused), a subject after a
     * preposition or a verb ("troops fighting X were accused": X is no subject), the subject of praise.
     */
    private Set<String> accusedByPassive(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        Set<String> accusers = new HashSet<>(), accused = new HashSet<>();
        for (int i = cb; i < v.n && v.end(i) <= end; i++) {
            Mention accuser = null;
            if (accusingPassive(v, i)) {
                accuser = byAgent(v, i + 1, end);
                Mention m = passiveSubject(v, i, cb);
                if (m != null) {
                    accused.add(m.entityKey());
                    if (out != null) { add(v, out, m, d, sp); addConjoined(v, out, m, d, sp); }
                }
            } else if (v.pos[i].equals("NOUN") && ACCUSATION_NOUNS.contains(v.lemma[i]) && i + 1 < v.n && v.end(i + 1) <= end) {
                if (v.lower[i + 1].equals("from")) accuser = fromAgent(v, i + 1, end);
                else if (v.lower[i + 1].equals("by") && i + 2 < v.n && v.end(i + 2) <= end) accuser = byAgent(v, i + 1, end);
            }
            if (accuser != null) accusers.add(accuser.entityKey());
        }
        accusers.removeAll(accused);
        return accusers;
    }

    /** The word at i is the participle of a passive verb of accusing ("was accused", "had been sharply criticised"), whatever the tagger made of it. */
    private static boolean accusingPassive(TextView v, int i) {
        String w = v.lower[i];
        if (!w.endsWith("ed") || v.pos[i].equals("NOUN")) return false;
        if (!(ACCUSED_PASSIVE.contains(v.lemma[i]) || ACCUSED_PASSIVE.contains(w.substring(0, w.length() - 1))
                || ACCUSED_PASSIVE.contains(w.substring(0, w.length() - 2)) || w.length() > 4 && ACCUSED_PASSIVE.contains(w.substring(0, w.length() - 3)))) return false;
        int k = i - 1;
        while (k >= 0 && v.pos[k].equals("ADV")) k--;
        return k >= 0 && (v.lemma[k].equals("be") || v.lemma[k].equals("get") || BE.contains(v.lower[k]));
    }

    /**
     * The actor that is the subject of the passive participle at i: the one right before its auxiliaries and adverbs,
     * its head nouns allowed between ("Sierra Leone's army was", "Guinean soldiers were"), opening its clause (no
     * preposition or verb right before it); else null.
     */
    private static Mention passiveSubject(TextView v, int i, int cb) {
        int k = i - 1;
        while (k >= cb && (v.pos[k].equals("ADV") || v.pos[k].equals("AUX") || v.lemma[k].equals("be") || v.lemma[k].equals("have")
                || v.lemma[k].equals("get") || BE.contains(v.lower[k]))) k--;
        int heads = 0;
        while (k >= cb && v.actorAt[k] == null && heads < 4 && (v.pos[k].equals("NOUN") || v.pos[k].equals("ADJ") || v.pos[k].equals("PROPN")
                || v.pos[k].equals("PART") && (v.lower[k].equals("'s") || v.lower[k].equals("’s")))) { k--; heads++; }
        if (k < cb || v.actorAt[k] == null) return null;
        Mention m = v.actorAt[k];
        int p = v.firstToken(m) - 1;
        while (p >= cb && (v.pos[p].equals("DET") || v.pos[p].equals("ADJ") || v.pos[p].equals("NUM"))) p--;
        if (p >= cb && (v.pos[p].equals("ADP") || v.isVerb(p) || LOCATIVE.contains(v.lower[p]))) return null;
        return m;
    }

    /**
     * Whom a denial that names no accused party answers for: the speaker's own side, or a person speaker rebutting
     * what is said of themself ("I never took …", "he insisted he had …"); null when neither.
     */
    private static String defended(TextView v, AttributionAnnotator.Draft d, Speakers sp, int cb, int end) {
        String key = deniedSide(v, sp, d.speaker);
        Entity s = sp.entities.get(d.speaker);
        if (key == null && s != null && s.type() == EntityType.PERSON && selfSubject(v, cb, end)) {
            // '"He never left the house," his mother said': in a speaker's own words "he" or "she" is someone else
            if (d.quote == null || openingThirdPerson(v, cb, end) < 0) key = s.key();
        }
        return key;
    }

    /**
     * {@link #defended} for a claim found to be a denial only after its targets were found (a defence lawyer's words, a
     * headline's denier), or null. With selfOnly, only a person with no side rebutting what is said of themself ('Author
     * rejects claim' … he said he had interviewed …): measured on held-out text, a late denial by an official or a body
     * named in a headline ('Ministry rejects …') as often defends someone else (its staff, a product, an ally) as its own
     * side, so it is given none.
     */
    String defendedLate(TextView v, AttributionAnnotator.Draft d, Speakers sp, boolean selfOnly) {
        sp.titleSides.clear();
        sp.decidedLate.add(d.content);
        if (selfOnly && side(v, sp, d.speaker) != null) return null;
        String key = defended(v, d, sp, v.tokenAtOrAfter(d.content.begin()), d.content.end());
        // a lawyer answers for a client only when the client stands accused: the lawyer's title says defence, an
        // allegation of the article accuses the client, or the article reports the client charged. Must NOT give a plaintiff's or a victim's lawyer's client ("A lawyer for
        // the farmers' union said farmers had lost millions"): that client is defended against nothing.
        if (key != null && !key.equals(d.speaker) && !selfOnly && !defenceTitle(sp, d.speaker) && !sp.accused.contains(key) && !defendants(v, sp).contains(key)) return null;
        return key;
    }

    /** The speaker is titled as defence counsel ("defence lawyer X", "X, a defense attorney"). */
    private static boolean defenceTitle(Speakers sp, String speaker) {
        Entity e = sp.entities.get(speaker);
        if (e == null) return false;
        for (String n : Speakers.names(e)) if (DEFENCE.matcher(n).find()) return true;
        return false;
    }

    /** Words of a title that make its holder defence counsel ("defence lawyer X", "X, a public defender"). */
    private static final java.util.regex.Pattern DEFENCE = java.util.regex.Pattern.compile("(?i)\\b(?:" + W.alternation("DEFENCE_TITLE") + ")\\b");

    /**
     * An allegation with no accused party found that opens with an actor as the subject of its verb ("the ministry
     * was trying to …", "Pellam rewrote the specifications …") is said of that actor, which it implicates; a bad actor
     * ("ISIS has one foot in the grave") and outlets aside.
     */
    private void subjectOfAllegation(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        int k = cb;
        while (k < v.n && k < cb + 3 && v.end(k) <= end && v.actorAt[k] == null && (v.pos[k].equals("DET") || v.pos[k].equals("ADJ") || v.isQuote(k))) k++;
        // "the coalition has ignored …": the head noun of one organisation's name, after "the", stands for it
        String shortForm = k < v.n && v.end(k) <= end ? shortFormAt(v, k, sp, d.speaker) : null;
        if (shortForm != null && k + 1 < v.n && v.end(k + 1) <= end && (v.isVerb(k + 1) || v.pos[k + 1].equals("AUX"))) {
            if (!out.contains(shortForm) && !affiliated(v, sp, d.speaker, shortForm, 3)) out.add(shortForm);
            return;
        }
        if (k >= v.n || v.end(k) > end || v.actorAt[k] == null) return;
        Mention m = v.actorAt[k];
        int a = v.lastTokenOf(m) + 1;
        // (Pellam "sold his office")
        while (a < v.n && v.isQuote(a)) a++;
        boolean verb = a < v.n && v.end(a) <= end
                && (v.isVerb(a) || v.pos[a].equals("AUX") || a + 1 < v.n && v.pos[a].equals("ADV") && v.isVerb(a + 1));
        Entity e = sp.entities.get(m.entityKey());
        if (!verb || e == null || e.type() == EntityType.OUTLET || isBadMention(v, m) || passiveAt(v, a, end)) return;
        // "Ukraine had suffered heavy losses", "the farmers have fled": the subject of a verb of suffering is no one implicated
        int main = participle(v, a, end);
        if (v.isVerb(main) && SUFFER.contains(v.lemma[main])) return;
        // "the EU welcomed the deal", "Kyiv thanked its allies": a benign act implicates its subject in nothing
        if (v.isVerb(main) && BENIGN.contains(v.lemma[main])) return;
        // "the rebels were armed by X": the subject of a passive underwent the act; the agent of its by-phrase did it
        int pp = passiveAfter(v, a, end);
        if (pp >= 0) {
            passiveAgent(v, out, pp, end, d, sp);
            return;
        }
        // "X has a responsibility to act": a duty laid on X, no blame
        for (int i = a; i < v.n && v.end(i) <= end; i++) if (duty(v, i, end)) return;
        // "Cole was walking away when he was shot": the subject is the victim of a later clause
        if (harmedInLaterClause(v, a - 1, end, e)) return;
        add(v, out, m, d, sp);
    }

    /**
     * The participle of a passive verb group right at a ("were armed", "had been steered", "are being funded"), read
     * by its form: a be-form, then a word in -ed whatever the tagger made of it but a noun, or a verb in -en ('taken', not 'keen'); -1 when none.
     */
    private static int passiveAfter(TextView v, int a, int end) {
        int k = a;
        while (k < v.n && k < a + 3 && v.end(k) <= end && (v.lower[k].equals("has") || v.lower[k].equals("have") || v.lower[k].equals("had")
                || v.pos[k].equals("ADV") || v.pos[k].equals("AUX") && !BE.contains(v.lower[k]))) k++;
        if (k >= v.n || v.end(k) > end || !BE.contains(v.lower[k])) return -1;
        k++;
        if (k < v.n && v.end(k) <= end && v.lower[k].equals("being")) k++;
        while (k < v.n && v.end(k) <= end && v.pos[k].equals("ADV")) k++;
        return k < v.n && v.end(k) <= end && (v.lower[k].endsWith("ed") && !v.pos[k].equals("NOUN") || v.lower[k].endsWith("en") && v.pos[k].equals("VERB")) ? k : -1;
    }

    /**
     * The agent after "by" of the passive participle at pp is implicated when the participle names a harm, a support or
     * a criticised act ("were armed by X", "was shelled by X"). Must NOT take the agent of praise, election or any
     * neutral act ("was praised by the UN", "was elected by parliament").
     */
    private void passiveAgent(TextView v, List<String> out, int pp, int end, AttributionAnnotator.Draft d, Speakers sp) {
        // (the lemma, or the -ed form's stem when the tagger read the participle as an adjective: "armed", "shelled")
        String w = v.lower[pp];
        boolean accusing = false;
        for (String lemma : new String[] {v.lemma[pp], w, w.endsWith("ed") ? w.substring(0, w.length() - 2) : w,
                w.endsWith("ed") ? w.substring(0, w.length() - 1) : w, w.endsWith("ed") && w.length() > 4 ? w.substring(0, w.length() - 3) : w})
            accusing |= harm.containsKey(lemma) || support.containsKey(lemma) || critical.containsKey(lemma);
        if (!accusing) return;
        Mention agent = pp + 1 < v.n && v.lower[pp + 1].equals("by") ? byAgent(v, pp + 1, end) : null;
        Entity ae = agent == null ? null : sp.entities.get(agent.entityKey());
        if (ae != null && ae.type() != EntityType.OUTLET && !isBadMention(v, agent) && !ownCountry(v, sp, d.speaker, ae)) add(v, out, agent, d, sp);
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being");

    /** A passive verb group at a ("has been asked", "were granted"): its subject undergoes the act, it does not do it. */
    private static boolean passiveAt(TextView v, int a, int end) {
        int k = a;
        while (k < v.n && k < a + 2 && v.end(k) <= end && (v.lower[k].equals("has") || v.lower[k].equals("have") || v.lower[k].equals("had")
                || v.pos[k].equals("ADV"))) k++;
        if (k >= v.n || !BE.contains(v.lower[k])) return false;
        k++;
        while (k < v.n && v.end(k) <= end && v.pos[k].equals("ADV")) k++;
        // (an irregular participle too: "were shot", "had been beaten", "were taken hostage", "was hit by")
        return k < v.n && v.end(k) <= end && v.pos[k].equals("VERB") && !v.lower[k].endsWith("ing") && (v.lower[k].endsWith("ed")
                || !v.lower[k].equals(v.lemma[k]) || v.lower[k].endsWith("n") || SAME_PARTICIPLES.contains(v.lower[k]) || k + 1 < v.n && v.lower[k + 1].equals("by"));
    }

    private static final Set<String> PERMIT = W.set("PERMIT");

    /**
     * "X allowed Y to smuggle drugs", "X let Y launder money": when the one who allowed it is blamed, the one who did
     * it is blamed too.
     */
    private void allowedTo(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = cb; k + 2 < v.n && v.end(k + 2) <= end; k++) {
            if (!PERMIT.contains(v.lemma[k]) || !v.isVerb(k)) continue;
            // the one who allowed it must be among the blamed
            int subj = k - 1;
            while (subj >= cb && (v.pos[subj].equals("ADV") || v.pos[subj].equals("AUX") || v.pos[subj].equals("PART"))) subj--;
            if (subj < cb || v.actorAt[subj] == null || !out.contains(v.actorAt[subj].entityKey())) continue;
            int j = k + 1;
            while (j < v.n && v.actorAt[j] == null && (v.pos[j].equals("DET") || v.pos[j].equals("ADJ"))) j++;
            if (j >= v.n || v.actorAt[j] == null) continue;
            int a = v.lastTokenOf(v.actorAt[j]) + 1;
            if (a < v.n && v.lower[a].equals("to")) a++;
            if (a < v.n && v.end(a) <= end && v.isVerb(a)) add(v, out, v.actorAt[j], d, sp);
        }
    }

    /** Nouns of a state's envoy whose summoning protests at that state ("summoned the Turkish ambassador"). */
    private static final Set<String> ENVOYS = W.set("ENVOYS");

    /** Nouns of a diplomatic protest whose "to"/"with" phrase names the state protested at ("a note of protest to X"). */
    private static final Set<String> PROTEST_NOUNS = W.set("PROTEST_NOUNS");

    /** Nouns of a meeting an envoy may be summoned to, which blames no one ("summoned the envoys to talks"). */
    private static final Set<String> CONFERRING = W.set("CONFERRING");

    /** Verbs that lodge a protest with someone ("lodged a protest with X"), unlike joining one ("a protest with X"). */
    private static final Set<String> LODGE = W.set("LODGE");

    private static final Set<String> SUMMON = Set.of("summon", "summons", "summoned", "summoning");

    /**
     * A diplomatic protest blames the state protested at: the state whose envoy is summoned ("had summoned the Turkish
     * ambassador", "summoned Estonia's envoy") or to or with whom a protest is lodged ("handed a note of protest to the
     * Estonian side"). Must NOT take an envoy of no named state ("summoned its own ambassador for consultations"), a
     * protest by the actor after it ("protests by Turkey"), nor street protests ("a protest in Tallinn", "a protest
     * with banners": an actor must follow "to"/"with" at once, after at most a determiner).
     */
    private void protestedAt(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int i = cb; i < v.n && v.end(i) <= end; i++) {
            // (the lemmatizer may leave "summoned" as "summone")
            if ((v.lemma[i].equals("summon") || SUMMON.contains(v.lower[i])) && v.isVerb(i) && !passive(v, i)) {
                int k = i + 1;
                if (k < v.n && v.pos[k].equals("DET")) k++;
                if (k >= v.n || v.end(k) > end || v.actorAt[k] == null) continue;
                Mention m = v.actorAt[k];
                int r = v.lastTokenOf(m) + 1;
                if (r < v.n && (v.lower[r].equals("'s") || v.lower[r].equals("’s") || v.lower[r].equals("'"))) r++;
                if (r >= v.n || v.end(r) > end || !ENVOYS.contains(v.lower[r])) continue;
                // ("summoned the Israeli envoy and the Egyptian envoy to a meeting on the talks": called to confer)
                boolean conferring = false;
                for (int q = r + 1; q < v.n && q <= r + 8 && v.end(q) <= end && !conferring; q++) {
                    if (!v.lower[q].equals("to") && !v.lower[q].equals("for")) continue;
                    int n = q + 1;
                    while (n < v.n && (v.pos[n].equals("DET") || v.pos[n].equals("ADJ"))) n++;
                    conferring = n < v.n && CONFERRING.contains(v.lemma[n]);
                }
                if (!conferring) add(v, out, m, d, sp);
            } else if (PROTEST_NOUNS.contains(v.lower[i]) && v.pos[i].equals("NOUN") && i + 1 < v.n
                    && (v.lower[i + 1].equals("to") || v.lower[i + 1].equals("with") && lodged(v, i, cb))) {
                int k = i + 2;
                if (k < v.n && v.pos[k].equals("DET")) k++;
                if (k >= v.n || v.end(k) > end || v.actorAt[k] == null) continue;
                // ("a protest with Ukrainian flags": a demonym before a noun names no one protested at)
                int r = v.lastTokenOf(v.actorAt[k]) + 1;
                if (r < v.n && v.end(r) <= end && v.pos[r].equals("NOUN")) continue;
                // ("lodged a protest with Germany against the Russian decision": the one protested against is after "against")
                boolean against = false;
                for (int q = r; q < v.n && q <= r + 3 && v.end(q) <= end; q++) if (v.lower[q].equals("against")) against = true;
                if (!against) add(v, out, v.actorAt[k], d, sp);
            }
        }
    }

    /** A protest noun at i is lodged, not joined: a lodging verb stands within three words before it, and it is not "joint". */
    private static boolean lodged(TextView v, int i, int from) {
        if (i > 0 && v.lower[i - 1].equals("joint")) return false;
        for (int q = i - 1; q >= from && q >= i - 3; q--) if (v.isVerb(q) && LODGE.contains(v.lemma[q])) return true;
        return false;
    }

    /** Words before a noun phrase that make it what is attacked ("operations against ships linked to X"). */
    private static final Set<String> AIMED_AT = W.set("AIMED_AT");

    /** The phrase ending in "linked" at l is what an act is aimed at ("against ships linked to Israel"): its links accuse no one. */
    private static boolean attackedLinked(TextView v, int l, int from) {
        int q = l - 1;
        while (q > from && q > l - 5 && (v.pos[q].equals("NOUN") || v.pos[q].equals("ADJ") || v.pos[q].equals("DET") || v.pos[q].equals("PROPN"))) q--;
        return q >= from && q < l - 1 && AIMED_AT.contains(v.lower[q]);
    }

    /**
     * "individuals affiliated to North Korean banks", "employees linked to Iran's missile programme": an allegation of
     * ties implicates the actor tied to (bad actors aside: there the accused is the one tied, found elsewhere).
     */
    private void linkedTo(TextView v, List<String> out, int from, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = from + 1; k + 1 < v.n && v.end(k + 1) <= end; k++) {
            if (!(v.lower[k].equals("to") || v.lower[k].equals("with")) || !AFFILIATED.contains(v.lower[k - 1])) continue;
            if (attackedLinked(v, k - 1, from)) continue;
            for (int j = k + 1; j < v.n && j < k + 5 && v.end(j) <= end; j++) {
                Mention m = v.actorAt[j];
                if (m != null) { if (!isBadMention(v, m)) add(v, out, m, d, sp); break; }
                if (v.isPunct(j) || v.isVerb(j)) break;
            }
        }
    }

    /** Common nouns by which business and court reports name the company they are about ("the firm had misled …"). */
    private static final Set<String> FIRM_NOUNS = W.set("FIRM_NOUNS");

    /** Nouns of a company's staff, whose acts are the company's ("executives at the company"). */
    private static final Set<String> STAFF_NOUNS = W.set("STAFF_NOUNS");

    /**
     * "the company misled investors", "investors were defrauded by the firm": a harm whose agent is a company named by
     * a common noun (as subject of its clause or after "by") blames the organisation the article names most, preferring
     * one whose name holds that noun. Null when there is no such description or organisation.
     */
    private static String describedOrganization(TextView v, int i, int len, Span c, Speakers sp, String speaker) {
        String noun = null;
        int k = i - 1;
        for (; k >= 0 && k >= i - 6 && v.begin(k) >= c.begin(); k--) {
            if (v.isPunct(k) || v.pos[k].equals("SCONJ") || v.actorAt[k] != null) break;
            if (FIRM_NOUNS.contains(v.lower[k]) && k > 0 && (v.lower[k - 1].equals("the") || v.lower[k - 1].equals("its"))) {
                // (not a noun governed by a preposition: "targets … on the group should be destroyed" is where, not who;
                // but the company of its staff is who acts: "executives at the company concealed", "employees of the bank")
                if (k > 1 && v.pos[k - 2].equals("ADP") && !(k > 2 && STAFF_NOUNS.contains(v.lower[k - 3]))) break;
                noun = v.lower[k];
                break;
            }
        }
        if (noun == null) {
            int b = i + len;
            if (b + 2 < v.n && v.end(b + 2) <= c.end() && v.lower[b].equals("by") && v.lower[b + 1].equals("the") && FIRM_NOUNS.contains(v.lower[b + 2])) noun = v.lower[b + 2];
        }
        if (noun == null) return null;
        boolean site = SITE_NOUNS.contains(noun);
        if (site) {
            String owner = siteOwner(v, sp, speaker);
            if (owner != null) return owner;
        }
        Map<String, Integer> count = new HashMap<>();
        for (Mention m : v.a.mentions()) {
            Entity e = sp.entities.get(m.entityKey());
            if (e == null || e.type() != EntityType.ORGANIZATION || e.key().equals(speaker)) continue;
            // (a plant or mill is a company's: not a regulator, ministry or campaign group the article also names)
            if (site && (notFirm(e) || stateTied(sp, e, 2))) continue;
            count.merge(e.key(), e.label().toLowerCase(Locale.ROOT).contains(noun) ? 1000 : 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> x : count.entrySet()) if (best == null || x.getValue() > count.get(best)) best = x.getKey();
        return best;
    }

    /** Nouns of a company's works (a subset of FIRM_NOUNS): "the plant had poisoned the bay". */
    private static final Set<String> SITE_NOUNS = W.set("SITE_NOUNS");
    /** Participles before "by" that tie a site to its company ("owned by", "operated by"). */
    private static final Set<String> SITE_OWNING = W.set("SITE_OWNING");
    /** Nouns in apposition to a site's company ("its owner, X"). */
    private static final Set<String> SITE_OWNER = W.set("SITE_OWNER");
    /** Label words of a public body or civil-society group, which is no company. */
    private static final Set<String> NOT_FIRM_WORDS = W.set("NOT_FIRM_WORDS");

    private static boolean notFirm(Entity e) {
        for (String w : LABEL_WORDS.split(e.label().toLowerCase(Locale.ROOT))) if (NOT_FIRM_WORDS.contains(w)) return true;
        return false;
    }

    /**
     * The organisation the article ties to a site: "the plant is owned by X", "the mill, operated by X", "its owner,
     * X", "X, the plant's operator". Null when none or several are tied.
     */
    private static String siteOwner(TextView v, Speakers sp, String speaker) {
        String one = null;
        for (int k = 0; k < v.n; k++) {
            Mention m = null;
            if (SITE_OWNING.contains(v.lower[k]) && k + 1 < v.n && v.lower[k + 1].equals("by")) {
                int j = k + 2;
                while (j < v.n && j < k + 5 && v.actorAt[j] == null && (v.pos[j].equals("DET") || v.pos[j].equals("ADJ"))) j++;
                if (j < v.n) m = v.actorAt[j];
            } else if (SITE_OWNER.contains(v.lower[k]) && v.pos[k].equals("NOUN")) {
                int j = k + 1;
                if (j < v.n && v.word[j].equals(",")) j++;
                if (j < v.n && v.actorAt[j] != null) m = v.actorAt[j];
                else {
                    // "X, the plant's owner": the name before the apposition
                    int b = k - 1;
                    while (b > 0 && b > k - 5 && v.actorAt[b] == null && !v.word[b].equals(",")) b--;
                    if (b > 0 && v.word[b].equals(",") && v.actorAt[b - 1] != null) m = v.actorAt[b - 1];
                }
            }
            if (m == null) continue;
            Entity e = sp.entities.get(m.entityKey());
            if (e == null || e.type() != EntityType.ORGANIZATION || e.key().equals(speaker) || notFirm(e)) continue;
            if (one != null && !one.equals(e.key())) return null;
            one = e.key();
        }
        return one;
    }

    /** "a base of People's Defence Force terrorists", "YPG militants": an actor branded with a bad actor's name is accused. */
    private void branded(TextView v, List<String> out, int from, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = from; k < v.n && v.end(k) <= end; k++) {
            Mention m = v.actorAt[k];
            if (m == null) continue;
            int after = v.lastTokenOf(m) + 1;
            if (after < v.n && v.end(after) <= end && v.actorAt[after] == null && v.pos[after].equals("NOUN") && isBad(v, after) && !isBadMention(v, m))
                add(v, out, m, d, sp);
            k = Math.max(k, after - 1);
        }
    }

    private static final Set<String> DECEIT = W.set("DECEIT");

    private static boolean deceit(TextView v, int from, int end) {
        for (int k = from; k < v.n && v.end(k) <= end; k++) if (DECEIT.contains(v.lower[k]) || DECEIT.contains(v.lemma[k])) return true;
        return false;
    }

    private static final Set<String> PENALTIES = W.set("PENALTIES");

    /** "sanctions on Russia", "an arms embargo against the junta", "cut off fuel to the military": the one penalised is blamed. */
    private void penalised(TextView v, List<String> out, int i, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = i + 1; k < v.n && k < i + 14 && v.end(k) <= end; k++) {
            if (v.word[k].equals(".") || v.word[k].equals(";")) return;
            if (!(v.lower[k].equals("on") || v.lower[k].equals("against") || v.lower[k].equals("to"))) continue;
            int j = k + 1;
            while (j < v.n && (v.pos[j].equals("DET") || v.pos[j].equals("ADJ")) && v.actorAt[j] == null) j++;
            if (j < v.n && v.end(j) <= end && (v.actorAt[j] != null || FORCE_NOUNS.contains(v.lower[j]))) {
                told(v, out, j, j + 1, d, sp);
                return;
            }
        }
    }

    /** Cues of demanding whose content may open with the one told ("demanded that X turn over …"). */
    private static final Set<String> DEMANDING = W.set("DEMANDING");

    /**
     * The content of a demand opens with the one told, then a remedy ("the authorities to open an investigation",
     * "X turn over all documents", "X must release …"): an actor, or a bare government or armed-forces noun.
     */
    private void demandedOf(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        if (d.cue == null) return;
        int cue = v.tokenAtOrAfter(d.cue.begin());
        if (cue >= v.n || !DEMANDING.contains(v.lemma[cue])) return;
        int k = cb;
        if (k < v.n && v.lower[k].equals("that")) k++;
        int head = k;
        while (k < v.n && v.end(k) <= end && v.actorAt[k] == null && (v.pos[k].equals("DET") || v.pos[k].equals("ADJ"))) k++;
        if (k >= v.n || v.end(k) > end) return;
        int after;
        if (v.actorAt[k] != null) after = v.lastTokenOf(v.actorAt[k]) + 1;
        else if ((GOVERNMENT.contains(v.lower[k]) || FORCE_NOUNS.contains(v.lower[k])) && k > head) after = k + 1;
        else return;
        if (after < v.n && (v.lower[after].equals("should") || v.lower[after].equals("must"))) after++;
        else if (after < v.n && v.lower[after].equals("to")) after++;
        while (after < v.n && v.pos[after].equals("ADV")) after++;
        if (after >= v.n || v.end(after) > end) return;
        if (!(stopActs.contains(v.lemma[after]) || remedyAt(v, after, end))) return;
        if (v.actorAt[k] != null) { add(v, out, v.actorAt[k], d, sp); return; }
        told(v, out, k, k + 1, d, sp);
    }

    /** Verbs of demanding inside a quote whose object is the one told ("we urge X to stop …", "called on X to end …"). */
    private static final Set<String> URGING = W.set("URGING");

    /**
     * "We call on the U.S. side to quit slandering China", "they called on Israel to end the siege": inside the content, the one
     * told to stop a wrong or to right it is blamed, as when the cue itself is the demand.
     */
    private void urgedInside(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int i = cb; i + 2 < v.n && v.end(i + 2) <= end; i++) {
            if (!URGING.contains(v.lemma[i]) || !v.isVerb(i)) continue;
            int k = i + 1;
            if (k < v.n && (v.lower[k].equals("on") || v.lower[k].equals("upon"))) k++;
            if (k < v.n && v.lower[k].equals("the")) k++;
            if (k >= v.n || v.end(k) > end || v.actorAt[k] == null) continue;
            Mention m = v.actorAt[k];
            int after = v.lastTokenOf(m) + 1;
            // "the U.S. side", "the Israeli government": one head noun after the actor's name
            if (after < v.n && v.pos[after].equals("NOUN") && !v.lower[after].equals("to")) after++;
            if (after < v.n && v.end(after) <= end && (toStop(v, after) || toRemedy(v, after, end))) add(v, out, m, d, sp);
        }
    }

    /** "to open an independent investigation", "to turn over" at b. */
    private boolean toRemedy(TextView v, int b, int end) {
        if (b >= v.n || !v.lower[b].equals("to")) return false;
        int k = b + 1;
        while (k < v.n && v.pos[k].equals("ADV")) k++;
        return k < v.n && remedyAt(v, k, end);
    }

    /** A remedy phrase starts at k, its later words each within four words of the one before. */
    private boolean remedyAt(TextView v, int k, int end) {
        List<String[]> cands = remedies.get(v.lemma[k]);
        if (cands == null) cands = remedies.get(v.lower[k]);
        if (cands == null) return false;
        for (String[] w : cands) {
            int at = k;
            boolean ok = true;
            for (int j = 1; j < w.length && ok; j++) {
                ok = false;
                for (int q = at + 1; q < v.n && q <= at + 4 && v.end(q) <= end; q++) {
                    if (v.isPunct(q)) break;
                    if (w[j].equals(v.lemma[q]) || w[j].equals(v.lower[q])) { at = q; ok = true; break; }
                }
            }
            if (ok) return true;
        }
        return false;
    }

    /** "to stop", "to immediately withdraw" at b: what the one told must do blames them. */
    private boolean toStop(TextView v, int b) {
        if (b >= v.n || !v.lower[b].equals("to")) return false;
        int k = b + 1;
        while (k < v.n && v.pos[k].equals("ADV")) k++;
        return k < v.n && stopActs.contains(v.lemma[k]);
    }

    private static boolean denies(AttributionAnnotator.Draft d) { return d.stance == org.claimgraph.model.Stance.DENIES; }

    private static final Set<String> MODALS = Set.of("should", "must", "need", "needs", "ought", "has", "have");

    /** "he should stop …", "Russia must withdraw …": the subject of a modal of obligation before a stop act, blamed. */
    private void modalStop(TextView v, List<String> out, int from, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = from + 1; k + 1 < v.n && v.end(k + 1) <= end; k++) {
            if (!MODALS.contains(v.lower[k])) continue;
            int j = k + 1;
            if (j < v.n && v.lower[j].equals("to")) j++;
            while (j < v.n && v.pos[j].equals("ADV")) j++;
            if (j >= v.n || v.end(j) > end || !stopActs.contains(v.lemma[j])) continue;
            int s = k - 1;
            if (v.actorAt[s] != null) { add(v, out, v.actorAt[s], d, sp); continue; }
            if (IT.contains(v.lower[s]) || v.lower[s].equals("he") || v.lower[s].equals("she")) {
                Mention m = antecedent(v, s, -1, -1);
                if (m != null) add(v, out, m, d, sp);
            }
        }
    }

    /** Bare nouns for a state's government as the accused ("the government", "the authorities", "the regime"). */
    private static final Set<String> GOVERNMENT = W.set("GOVERNMENT");

    /**
     * 'accused the government of President X of "…"': the actors named between the cue and the "of" before the
     * quote, and for a bare government noun the state of the person named with it, or else the article's one country.
     */
    private void accusedBeforeQuote(TextView v, List<String> out, AttributionAnnotator.Draft d, Speakers sp) {
        if (d.content.begin() < d.cue.end()) return;
        int from = v.tokenAtOrAfter(d.object != null ? d.object.begin() : d.cue.end());
        int of = -1;
        for (int k = from; k + 1 < v.n && k < from + 14 && v.end(k) <= d.content.end(); k++) {
            if (v.lower[k].equals("of") && (v.isQuote(k + 1) || v.lower[k + 1].endsWith("ing") || v.begin(k + 1) >= d.content.begin() && d.quote != null)) { of = k; break; }
            if (v.isPunct(k) && !v.isQuote(k) || v.isVerb(k)) break;
        }
        if (of < 0) return;
        boolean government = false;
        for (int k = from; k < of; k++) {
            if (v.isPunct(k) || v.isVerb(k)) return;
            if (GOVERNMENT.contains(v.lower[k]) && v.actorAt[k] == null) government = true;
        }
        String person = null;
        for (int k = from; k < of; k++) {
            Mention m = v.actorAt[k];
            if (m == null) continue;
            add(v, out, m, d, sp);
            Entity e = sp.entities.get(m.entityKey());
            if (e != null && e.type() == EntityType.PERSON) person = e.key();
            k = lastToken(v, m, k);
        }
        if (!government) return;
        String state = person == null ? null : countryOf(sp, person, 3);
        if (state == null) state = soleCountry(v, sp);
        if (state != null && !state.equals(d.speaker) && !out.contains(state) && !affiliated(v, sp, d.speaker, state, 3)) out.add(0, state);
    }

    /** The country a bare "the government", "the state" or "the authorities" before the act at i stands for, or null. */
    private static String bareGovernment(TextView v, int i, int contentBegin, Speakers sp) {
        for (int k = i - 1; k >= 1 && k >= i - 8 && v.begin(k - 1) >= contentBegin; k--) {
            if (v.isPunct(k) || v.pos[k].equals("SCONJ") || v.actorAt[k] != null) return null;
            if (GOVERNMENT.contains(v.lower[k]) && v.lower[k - 1].equals("the")) return soleCountry(v, sp);
        }
        return null;
    }

    /** The country the article names most often, strictly more than any other, or null. */
    private static String soleCountry(TextView v, Speakers sp) {
        Map<String, Integer> n = new HashMap<>();
        for (Mention m : v.a.mentions()) {
            Entity e = sp.entities.get(m.entityKey());
            if (e != null && e.type() == EntityType.COUNTRY) n.merge(e.key(), 1, Integer::sum);
        }
        String best = null;
        int top = 0, second = 0;
        for (Map.Entry<String, Integer> x : n.entrySet()) {
            if (x.getValue() > top) { second = top; top = x.getValue(); best = x.getKey(); }
            else if (x.getValue() > second) second = x.getValue();
        }
        return top > second ? best : null;
    }

    /** "a responsibility to act", "the duty to": responsibility followed by "to" and a verb is a duty. */
    private static boolean duty(TextView v, int i, int end) {
        if (!(v.lower[i].equals("responsibility") || v.lower[i].equals("responsibilities"))) return false;
        return i + 2 < v.n && v.end(i + 2) <= end && v.lower[i + 1].equals("to") && v.isVerb(i + 2);
    }

    /** Nouns of the bounds of a power ("beyond his authority", "beyond its mandate"): going beyond them is overreach. */
    private static final Set<String> OVERREACH = W.set("OVERREACH");

    /**
     * False for a "go beyond" at i (of len tokens) with no bound of a power within three tokens after it ("goes
     * beyond trade" measures an extent; "goes beyond his authority" is overreach); true for any other critical word.
     */
    private static boolean overreach(TextView v, int i, int len, int end) {
        if (!(v.lemma[i].equals("go") && v.lower[i + len - 1].equals("beyond"))) return true;
        for (int k = i + len; k < v.n && k < i + len + 3 && v.end(k) <= end; k++) if (OVERREACH.contains(v.lower[k])) return true;
        return false;
    }

    /** The first actor after "hold" before "accountable"/"responsible" at i ("hold Russia accountable"), or null. */
    private static Mention heldAccountable(TextView v, int i, int contentBegin) {
        for (int k = i - 1; k >= 0 && k >= i - 12 && v.begin(k) >= contentBegin; k--) {
            if (v.word[k].equals(".") || v.word[k].equals(";")) return null;
            if (!v.lemma[k].equals("hold")) continue;
            for (int j = k + 1; j < i; j++) if (v.actorAt[j] != null) return v.actorAt[j];
            return null;
        }
        return null;
    }

    /** Words of answering a harm: "respond to", "in response to", "retaliate for", "in revenge for", "avenge". */
    private static final Set<String> ANSWER = W.set("ANSWER");
    /** Words of warding off a harm: "deter", "prevent", "repel", "avert", "resist", "counter". */
    private static final Set<String> WARD_OFF = W.set("WARD_OFF");
    /** Words of failing to act ("did nothing to", "failed to", "was unable to", "never tried to"). */
    private static final Set<String> FAILURE = Set.of("fail", "nothing", "not", "n't", "never", "refuse", "unable");

    /**
     * The harm at i is what someone answers ("would respond to the strikes", "in retaliation for the killing") or wards
     * off ("to deter further aggression", "acted to prevent the massacre"); not a harm someone failed to ward off ("did
     * nothing to prevent the massacre", "failed to avert"): that failure is blamed.
     */
    private static boolean answered(TextView v, int i, int contentBegin) {
        int k = i - 1;
        while (k >= 0 && v.begin(k) >= contentBegin && (v.pos[k].equals("DET") || v.pos[k].equals("ADJ") || v.pos[k].equals("NUM") || v.pos[k].equals("ADV"))) k--;
        if (k >= 0 && v.begin(k) >= contentBegin && ANSWER.contains(v.lemma[k])) return true;
        if (k >= 0 && v.begin(k) >= contentBegin && WARD_OFF.contains(v.lemma[k])) {
            for (int j = k - 1; j >= 0 && j >= k - 3 && v.begin(j) >= contentBegin; j--) if (FAILURE.contains(v.lemma[j]) || FAILURE.contains(v.lower[j])) return false;
            return true;
        }
        return k >= 1 && v.begin(k - 1) >= contentBegin && (v.lower[k].equals("to") || v.lower[k].equals("for")) && ANSWER.contains(v.lemma[k - 1]);
    }

    /** The one told to stop, named from token f up to {@code to}: an actor, or armed forces named by a bare noun. */
    private void told(TextView v, List<String> out, int f, int to, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = f; k < to; k++) {
            if (v.actorAt[k] != null) { add(v, out, v.actorAt[k], d, sp); return; }
            if (GOVERNMENT.contains(v.lower[k]) && k > 0 && v.lower[k - 1].equals("the")) {
                String g = soleCountry(v, sp);
                if (g != null && !g.equals(d.speaker) && !out.contains(g) && !affiliated(v, sp, d.speaker, g, 3)) out.add(g);
                return;
            }
            // "accused the opposition of …": the one party the article calls the opposition (none or several: read on)
            if (oppositionHead(v, k) && k > 0 && v.lower[k - 1].equals("the")) {
                String o = soleOpposition(v, sp);
                if (o == null) continue;
                if (!o.equals(d.speaker) && !out.contains(o) && !affiliated(v, sp, d.speaker, o, 3)) out.add(o);
                return;
            }
            if (FORCE_NOUNS.contains(v.lower[k])) {
                String a = soleArmedActor(sp);
                if (a != null && !a.equals(d.speaker) && !out.contains(a) && !affiliated(v, sp, d.speaker, a, 3)) out.add(a);
                return;
            }
        }
    }

    /**
     * "opposition" at k is the head noun of its phrase ("the opposition of …", "the opposition, which …", "the
     * opposition has …"), not a modifier ("the opposition leader X", "the opposition party").
     */
    private static final Set<String> HEAD_OF = Set.of("of", "for", "to");

    private static boolean oppositionHead(TextView v, int k) {
        if (!v.lower[k].equals("opposition")) return false;
        int n = k + 1;
        return n >= v.n || v.isPunct(n) || v.isVerb(n) || v.pos[n].equals("AUX") || HEAD_OF.contains(v.lower[n]);
    }

    /**
     * The one organisation or group the article calls the opposition: named with "opposition" immediately before it
     * ("the opposition X party") or in its name; null when none or several.
     */
    private static String soleOpposition(TextView v, Speakers sp) {
        String one = null;
        for (Mention m : v.a.mentions()) {
            Entity e = sp.entities.get(m.entityKey());
            if (e == null || !(e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP)) continue;
            boolean called = e.label().toLowerCase(Locale.ROOT).contains("opposition");
            int f = v.firstToken(m);
            called |= f > 0 && v.sent[f - 1] == v.sent[f] && v.lower[f - 1].equals("opposition");
            if (!called) continue;
            if (one != null && !one.equals(e.key())) return null;
            one = e.key();
        }
        return one;
    }

    private int match(TextView v, int i, Map<String, List<String[]>> lex) {
        List<String[]> cands = lex.get(v.lemma[i]);
        if (cands == null) cands = lex.get(v.lower[i]);
        if (cands == null) {
            String w = v.lower[i];
            // forms the lemmatizer left inflected ("massacred")
            if (w.endsWith("ed")) cands = lex.getOrDefault(w.substring(0, w.length() - 1), lex.get(w.substring(0, w.length() - 2)));
            else if (w.endsWith("ing")) cands = lex.getOrDefault(w.substring(0, w.length() - 3), lex.get(w.substring(0, w.length() - 3) + "e"));
            else if (w.endsWith("s")) cands = lex.get(w.substring(0, w.length() - 1));
        }
        if (cands == null) return 0;
        for (String[] w : cands) {
            boolean ok = true;
            for (int k = 1; k < w.length; k++) {
                if (i + k >= v.n || !(w[k].equals(v.lemma[i + k]) || w[k].equals(v.lower[i + k]))) { ok = false; break; }
            }
            if (ok) return w.length;
        }
        return 0;
    }

    /** A bad actor ("ISIS", "terrorists") within eight words of a support act, in the same clause. */
    private boolean badNear(TextView v, int i, int len, int begin, int end) {
        for (int k = i + len; k < v.n && k < i + len + 8 && v.end(k) <= end; k++) {
            if (v.word[k].equals(";") || v.word[k].equals(".")) break;
            if (isBad(v, k) && !opposed(v, k)) return true;
        }
        for (int k = i - 1; k >= 0 && k >= i - 8 && v.begin(k) >= begin; k--) {
            if (v.word[k].equals(";") || v.word[k].equals(".")) break;
            if (isBad(v, k) && !opposed(v, k)) return true;
        }
        return false;
    }

    private static final Set<String> AGAINST = W.set("AGAINST");

    /** The bad actor at k is the one fought ("liberated from ISIS forces", "the fight against terrorists"), not helped. */
    private static boolean opposed(TextView v, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            if (AGAINST.contains(v.lower[j]) || AGAINST.contains(v.lemma[j])) return true;
            if (!(v.pos[j].equals("DET") || v.pos[j].equals("ADJ"))) break;
        }
        return false;
    }

    /** A mention naming a bad actor ("Islamic State", "the terrorist group"). */
    private boolean isBadMention(TextView v, Mention m) {
        if (bad.contains(v.body.substring(m.span().begin(), m.span().end()).toLowerCase(Locale.ROOT))) return true;
        for (int j = v.firstToken(m); j < v.n && v.begin(j) < m.span().end(); j++) if (isBad(v, j)) return true;
        return false;
    }

    private boolean isBad(TextView v, int k) {
        // the tokenizer sometimes keeps a sentence's full stop on its last word ("ISIS.")
        return bad.contains(v.lemma[k]) || bad.contains(v.lower[k]) || bad.contains(v.lower[k].replaceAll("[.,;:!?]+$", ""));
    }

    /**
     * "the aggression of the Turkish regime", "pressures from the White House", "the illegitimate presence of U.S.
     * forces": the actor of an "of" or "from" phrase right after.
     */
    private Mention ofActor(TextView v, int from, int end) {
        // "illegitimate presence of U.S. forces": one noun may stand between the word and its "of"
        if (from + 1 < v.n && v.pos[from].equals("NOUN") && (v.lower[from + 1].equals("of") || v.lower[from + 1].equals("from"))) from++;
        if (from >= v.n || v.end(from) > end || !(v.lower[from].equals("of") || v.lower[from].equals("from"))) return null;
        for (int j = from + 1; j < v.n && j < from + 5 && v.end(j) <= end; j++) {
            if (v.actorAt[j] != null) return v.actorAt[j];
            if (v.isPunct(j) || v.isVerb(j)) break;
        }
        return null;
    }

    /**
     * A denial's target is whom the denied accusation blamed: the actor the content names first ("Russian jets
     * had struck"), the speaker itself for "its aircraft", its organisation for "his fighters".
     */
    private void denied(TextView v, List<String> out, AttributionAnnotator.Draft d, Speakers sp, int cb) {
        // "denied supplying the rebels with arms", "denied having targeted civilians": the speaker's own side is accused
        if (cb < v.n && v.lower[cb].endsWith("ing") && v.isVerb(cb)) {
            String key = deniedSide(v, sp, d.speaker);
            if (key != null && !out.contains(key)) out.add(key);
            return;
        }
        for (int k = cb; k < v.n && k < cb + 6 && v.end(k) <= d.content.end(); k++) {
            if (v.isVerb(k)) break;
            if (v.actorAt[k] != null) {
                Entity e = sp.entities.get(v.actorAt[k].entityKey());
                if (e != null && e.type().isActor() && e.type() != EntityType.UNNAMED_SOURCE) {
                    e = stateOfMeans(v, v.actorAt[k], e, sp);
                    if (!out.contains(e.key())) out.add(e.key());
                }
                return;
            }
            String w = v.lower[k];
            if (w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her")) {
                String key = side(v, sp, d.speaker);
                if (key != null && !out.contains(key)) out.add(key);
                return;
            }
        }
    }

    /** Before the content at cb, its sentence has the claimant "claim responsibility" or "claim credit" for an act. */
    /** A negating word among the four tokens before {@code k}, in its sentence. */
    private static boolean negatedBefore(TextView v, int k) {
        for (int j = Math.max(v.sentFirst[v.sent[k]], k - 4); j < k; j++) {
            switch (v.lower[j]) {
                case "no", "not", "n't", "nobody", "none", "never", "yet" -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    private static boolean claimsResponsibility(TextView v, int cb) {
        if (cb >= v.n) return false;
        for (int k = v.sentFirst[v.sent[cb]]; k < cb; k++) {
            if (!v.lemma[k].equals("claim") && !v.lower[k].equals("claimed")) continue;
            if (negatedBefore(v, k)) continue; // "No group has claimed responsibility", "has not yet claimed"
            for (int j = k + 1; j <= cb && j <= k + 2; j++) if (v.lower[j].equals("responsibility") || v.lower[j].equals("credit")) return true;
        }
        return false;
    }

    /** The one an accused pronoun stands for ("accused him of lying"): its antecedent, passing over the speaker. */
    private void accusedPronoun(TextView v, List<String> out, int p, AttributionAnnotator.Draft d, Speakers sp) {
        Mention ante = antecedentNotSpeaker(v, p, d.speaker);
        if (ante == null) return;
        // "added A, B and C to its list, accusing them of …": "them" stands for the whole conjoined group
        if (v.lower[p].equals("them")) {
            List<Mention> group = new ArrayList<>();
            for (int f = v.firstToken(ante); f - 2 >= v.sentFirst[v.sent[f]]; ) {
                String w = v.lower[f - 1];
                Mention m = v.actorAt[f - 2];
                if (!(w.equals("and") || w.equals(",")) || m == null) break;
                group.add(0, m);
                f = v.firstToken(m);
            }
            for (Mention m : group) add(v, out, m, d, sp);
        }
        add(v, out, ante, d, sp);
    }

    /** The antecedent of the pronoun at p, passing over the speaker, or null. */
    private Mention antecedentNotSpeaker(TextView v, int p, String speaker) {
        Mention ante = antecedent(v, p, -1, -1);
        for (int tries = 0; ante != null && tries < 3 && speaker.equals(ante.entityKey()); tries++) ante = antecedent(v, v.firstToken(ante), -1, -1);
        return ante;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it");

    /** Phrases naming the one an act was done for or ordered by (lexicon/words-targets.tsv PRINCIPAL), lower case. */
    private static final List<String[]> PRINCIPAL = W.set("PRINCIPAL").stream().map(w -> w.split(" ")).toList();

    /**
     * "acts on behalf of X", "on the orders of X", "acting on direct orders from London", "at the behest of X": in an
     * allegation that already accuses someone, the one the accused acted for is implicated too. Must NOT take the
     * phrase in a claim that accuses no one ("signed the deal on behalf of the government"), nor an actor more than
     * two words (an article, adjectives) after the phrase.
     */
    private void principal(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int k = cb; k < v.n && v.end(k) <= end; k++) {
            // (within the first clause: "X took bribes, and thanked voters on behalf of the party" implicates no party)
            if (v.word[k].equals(";") || v.word[k].equals(",") && k + 1 < v.n && (v.lower[k + 1].equals("and") || v.lower[k + 1].equals("but"))) break;
            for (String[] ph : PRINCIPAL) {
                int j = k, w = 0;
                while (w < ph.length && j < v.n && v.end(j) <= end) {
                    if (v.lower[j].equals(ph[w])) { j++; w++; }
                    // ("on direct orders from", "on the explicit instructions of": an article or adjective inside the phrase)
                    else if (w > 0 && (v.pos[j].equals("DET") || v.pos[j].equals("ADJ")) && j < k + ph.length + 2) j++;
                    else break;
                }
                if (w < ph.length) continue;
                for (int a = j; a < v.n && a < j + 3 && v.end(a) <= end; a++) {
                    if (v.actorAt[a] != null) { add(v, out, v.actorAt[a], d, sp); break; }
                    String state = seatOf(v, v.placeAt[a], sp);
                    if (state != null) { if (!state.equals(d.speaker) && !out.contains(state) && !affiliated(v, sp, d.speaker, state, 3)) out.add(state); break; }
                    if (!(v.pos[a].equals("DET") || v.pos[a].equals("ADJ"))) break;
                }
                break;
            }
        }
    }

    /** The country of a city named where an actor is expected (a capital standing for its government), or null. */
    private static String seatOf(TextView v, Mention place, Speakers sp) {
        Entity p = v.entityOf(place);
        if (p == null || p.country() == null || p.lat() == null) return null;
        Entity c = sp.entities.get(p.country());
        if (c == null) c = v.entity(p.country());
        return c != null && c.type() == EntityType.COUNTRY ? c.key() : null;
    }

    /** "my client", "his client": a lawyer's way of naming the accused. */
    private static boolean client(TextView v, int cb, int end) {
        for (int k = cb + 1; k < v.n && v.end(k) <= end; k++) {
            if ((v.lower[k].equals("client") || v.lower[k].equals("clients")) && POSSESSIVE.contains(v.lower[k - 1])) return true;
        }
        return false;
    }

    private static final Set<String> POSSESSIVE = Set.of("my", "his", "her", "our", "their");

    /** What a denial rebuts when it names whose it was ("the Armenian account", "Moscow's claims"). */
    private static final Set<String> ACCOUNT = W.set("ACCOUNT");

    /** The actor whose account a denial's content opens by naming ("the Armenian account", "the junta's claims"), or null. */
    private static String accuser(TextView v, int cb, int end, Speakers sp) {
        for (int k = cb; k < v.n && k < cb + 4 && v.end(k) <= end; k++) {
            Mention m = v.actorAt[k];
            if (m == null) continue;
            int after = v.lastTokenOf(m) + 1;
            if (after < v.n && (v.lower[after].equals("'s") || v.lower[after].equals("’s"))) after++;
            if (after < v.n && ACCOUNT.contains(v.lower[after])) {
                Entity e = sp.entities.get(m.entityKey());
                return e == null ? null : e.key();
            }
            return null;
        }
        return null;
    }

    private static final Set<String> SELF = Set.of("i", "we", "he", "she", "it", "i’ve", "i've", "i’m", "i'm", "we’ve", "we've");

    /** The content's first words have the speaker as subject: a first-person pronoun, or "he"/"she" opening it. */
    private static boolean selfSubject(TextView v, int cb, int end) {
        for (int k = cb; k < v.n && k < cb + 3 && v.end(k) <= end; k++) {
            if (v.isQuote(k)) continue;
            return SELF.contains(v.lower[k]);
        }
        return false;
    }

    /**
     * The token of a "He" or "She" opening a quote that stands as its own sentence ('"He never left the house," his
     * mother said'), or -1; a quote run on from the cue ('insisted "he had done nothing wrong"', 'denied that "he
     * ever took …"') has the speaker's own "he".
     */
    private static int openingThirdPerson(TextView v, int cb, int end) {
        for (int k = cb; k < v.n && k < cb + 3 && v.end(k) <= end; k++) {
            if (v.isQuote(k)) continue;
            if (!(v.word[k].equals("He") || v.word[k].equals("She"))) return -1;
            int p = k - 1;
            while (p >= 0 && v.isQuote(p)) p--;
            return p < 0 || v.sent[p] != v.sent[k] || v.word[p].equals(".") || v.word[p].equals(":") ? k : -1;
        }
        return -1;
    }

    /** Subjects that stand for the speaker; "it" for a company or body the recogniser took for a person ("Carmaker X denied it would …"). */
    private static final Set<String> IT = Set.of("it", "they", "it’s", "it's", "they’re", "they're", "its", "their");

    /** "it’s been helping ISIS", "they killed civilians": a pronoun stands in the clause before the act at i. */
    private int pronounSubject(TextView v, int i, int contentBegin) {
        for (int k = i - 1; k >= 0 && k >= i - 8 && v.begin(k) >= contentBegin; k--) {
            if (clauseBreak(v, k)) break;
            if (IT.contains(v.lower[k])) {
                // "it was a massacre": "it" with a predicate noun names the event, not its agent
                boolean copula = k + 2 < v.n && v.lemma[k + 1].equals("be") && (v.pos[k + 2].equals("DET") || v.pos[k + 2].equals("ADJ"));
                return copula && (v.lower[k].equals("it") || v.lower[k].startsWith("it’") || v.lower[k].startsWith("it'")) ? -1 : k;
            }
        }
        return -1;
    }

    /**
     * What "it" or "they" at token p stands for: the nearest actor before it in its sentence, else in the previous
     * sentence — skipping actors after "by", "of" or a locative word ("the coalition led by Washington"), the
     * addressee and bad actors.
     */
    private Mention antecedent(TextView v, int p, int addrB, int addrE) {
        int s = v.sent[p];
        for (int ss = s; ss >= 0 && ss >= s - 1; ss--) {
            int from = ss == s ? p - 1 : v.sentEnd[ss] - 1;
            for (int k = from; k >= v.sentFirst[ss]; k--) {
                Mention m = v.actorAt[k];
                if (m == null) continue;
                int f = v.firstToken(m);
                k = f;
                if (m.span().begin() >= addrB && m.span().end() <= addrE) continue;
                if (isBadMention(v, m)) continue;
                int q = f - 1;
                while (q >= 0 && (v.pos[q].equals("DET") || v.pos[q].equals("ADJ"))) q--;
                if (q >= 0 && (LOCATIVE.contains(v.lower[q]) || ADDRESSING.contains(v.lemma[q]) || v.lower[q].equals("by") || v.lower[q].equals("of"))) continue;
                Entity e = v.entityOf(m);
                // "…,” Zakharova told RIA. “They lied …”: the outlet is not what "they" stands for
                if (e == null || e.type() == EntityType.UNNAMED_SOURCE || e.type() == EntityType.OUTLET) continue;
                return m;
            }
        }
        return null;
    }

    private static final Set<String> HARMED_PRONOUNS = Set.of("he", "she", "they");

    /**
     * After token {@code from}, in its sentence and before {@code end}, a clause opened by a subordinating word says a
     * pronoun was harmed: "… when he was shot", "… as they beat him", "… before soldiers killed her". The subject of
     * the clause before is that victim, doing something else ("Cole was walking away from the officers when he was
     * shot"), not an agent; with an object pronoun, only a person's "him" or "her". Must NOT fire on a harm whose
     * object is no pronoun ("… when they shelled the town"), nor on "them" ("police chased the men when they beat them").
     */
    private boolean harmedInLaterClause(TextView v, int from, int end, Entity subject) {
        boolean person = subject != null && subject.type() == EntityType.PERSON;
        boolean opened = false;
        for (int k = from + 1; k < v.n && v.end(k) <= end && v.sent[k] == v.sent[from]; k++) {
            if (v.pos[k].equals("SCONJ") || CLAUSE_OPENERS.contains(v.lower[k])) { opened = true; continue; }
            if (!opened || !(harm.containsKey(v.lemma[k]) || harm.containsKey(v.lower[k]) || match(v, k, harm) > 0)) continue;
            // (a person's "him" or "her": "police were chasing the men when they beat them" keeps the police)
            if (person && k + 1 < v.n && (v.lower[k + 1].equals("him") || v.lower[k + 1].equals("her"))) return true;
            int q = k - 1;
            while (q > from && v.pos[q].equals("ADV")) q--;
            if (q > from && (BE.contains(v.lower[q]) || v.lemma[q].equals("get"))) {
                while (q > from && (v.pos[q].equals("ADV") || v.pos[q].equals("AUX") || BE.contains(v.lower[q]) || v.lemma[q].equals("get"))) q--;
                if (q > from && HARMED_PRONOUNS.contains(v.lower[q])) return true;
            }
        }
        return false;
    }

    /** The object right after a harmful act names a bad actor ("targeted terrorist gatherings", "struck an Islamic State position"). */
    private boolean badObject(TextView v, int from, int end) {
        int limit = from + 4;
        for (int k = from; k < v.n && k < limit && v.end(k) <= end; k++) {
            if (v.pos[k].equals("ADP") && (v.lower[k].equals("on") || v.lower[k].equals("against") || v.lower[k].equals("at"))) continue;
            // "struck a base of People's Defence Force terrorists": what belongs to the bad actor
            if (v.lower[k].equals("of") && k > from) { limit = Math.min(k + 5, v.n); continue; }
            if (v.isQuote(k)) continue;
            if (v.isPunct(k) || v.isVerb(k) || v.pos[k].equals("ADP")) return false;
            if (isBad(v, k)) return true;
            if (v.actorAt[k] != null) {
                int after = v.lastTokenOf(v.actorAt[k]) + 1;
                return isBadMention(v, v.actorAt[k]) || after < v.n && v.actorAt[after] == null && v.pos[after].equals("NOUN") && isBad(v, after);
            }
        }
        return false;
    }

    /**
     * A denial whose act has the speaker or its own side as agent ("the US denied that it had been helping ISIS"):
     * the speaker's side is the one the denied accusation blames, so it is the target (true when handled).
     */
    private boolean selfDenied(TextView v, List<String> out, Mention agent, AttributionAnnotator.Draft d, Speakers sp) {
        if (d.stance != org.claimgraph.model.Stance.DENIES) return false;
        Entity e = sp.entities.get(agent.entityKey());
        if (e == null || !(e.key().equals(d.speaker) || affiliated(v, sp, d.speaker, e.key(), 3))) return false;
        // "the Israeli military said Israel had not carried out any strikes": the state named is the one answered for
        String key = e.key().equals(d.speaker) || e.type() != EntityType.COUNTRY ? deniedSide(v, sp, d.speaker) : e.key();
        if (key != null && !out.contains(key)) out.add(key);
        return true;
    }

    /** Nouns of a case made against someone, whose "against" phrase names the accused ("the evidence against X", "charges against X"; lexicon/words-targets.tsv CASE_AGAINST). */
    private static final Set<String> CASE_AGAINST = W.set("CASE_AGAINST");

    /**
     * "the evidence against Tomas Arden was overwhelming", "the allegations against the governor are false": the actor
     * right after "against" following a noun of a case made (CASE_AGAINST) is the accused, in an allegation or a denial.
     * Must NOT read "against" after other nouns ("the campaign against the Taliban", "protests against the war"), nor
     * an actor further than three words (determiners, adjectives, numbers, titles) after "against".
     */
    private void caseAgainst(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int i = cb; i + 2 < v.n && v.end(i + 1) <= end; i++) {
            if (!v.lower[i + 1].equals("against") || !v.pos[i].equals("NOUN") || !(CASE_AGAINST.contains(v.lemma[i]) || CASE_AGAINST.contains(v.lower[i]))) continue;
            for (int j = i + 2; j < v.n && j <= i + 5 && v.end(j) <= end; j++) {
                if (v.actorAt[j] != null) { add(v, out, v.actorAt[j], d, sp); addConjoined(v, out, v.actorAt[j], d, sp); break; }
                if (!(v.pos[j].equals("DET") || v.pos[j].equals("ADJ") || v.pos[j].equals("NUM") || v.pos[j].equals("PROPN"))) break;
            }
        }
    }

    /** Participles of holding someone captive ("held", "detained", "jailed"; lexicon/words-targets.tsv HOLDING), lower case. */
    private static final Set<String> HOLDING = W.set("HOLDING");

    /**
     * "called for the release of three aid workers held in Lorvia", "activists detained by the junta were beaten":
     * people (CIVIC or PEOPLE nouns) held by an actor, or held in a country, blame the holder when the claim says
     * something harmful or critical, or demands a remedy or their release (see harmOrRelease). Must NOT read what is
     * held that is no one ("talks held in Qatar", "a summit held in Ghana"), nor people held in a place that is no
     * country ("held in Evin prison"), nor a denial, nor a neutral or favourable line ("the UN said fishermen held by
     * the rebels were in good health").
     */
    private void heldBy(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        if (!harmOrRelease(v, cb, end)) return;
        for (int i = cb + 1; i + 2 < v.n && v.end(i + 1) <= end; i++) {
            if (!HOLDING.contains(v.lower[i])) continue;
            boolean by = v.lower[i + 1].equals("by");
            if (!by && !v.lower[i + 1].equals("in")) continue;
            boolean people = false;
            for (int k = i - 1; k >= cb && k >= i - 5 && !people; k--) {
                if (CIVIC.contains(v.lower[k]) || PEOPLE.contains(v.lower[k])) people = true;
                else if (v.isPunct(k) || v.isVerb(k) && !v.lower[k].equals("being") && !v.lower[k].equals("been")) break;
            }
            if (!people) continue;
            int j = i + 2;
            while (j < v.n && v.end(j) <= end && v.actorAt[j] == null && (v.pos[j].equals("DET") || v.pos[j].equals("ADJ"))) j++;
            if (j >= v.n || v.end(j) > end || v.actorAt[j] == null) continue;
            Entity e = sp.entities.get(v.actorAt[j].entityKey());
            if (e == null || !by && e.type() != EntityType.COUNTRY) continue;
            add(v, out, v.actorAt[j], d, sp);
        }
    }

    /** Words of setting someone free, said of the people held ("the release of", "free the hostages"). */
    private static final Set<String> FREEING = W.set("FREEING");

    /**
     * The claim from cb to end names a harm, a critical word or a remedy, or demands a release ("were beaten", "called
     * for the release of", "must free"), other than the participle of holding itself ("held", "kidnapped").
     */
    private boolean harmOrRelease(TextView v, int cb, int end) {
        for (int k = cb; k < v.n && v.end(k) <= end; k++) {
            if (HOLDING.contains(v.lower[k])) continue;
            if (FREEING.contains(v.lower[k]) || match(v, k, harm) > 0 || match(v, k, critical) > 0 || remedyAt(v, k, end)) return true;
        }
        return false;
    }

    /** The speaker's side: an organisation or state itself, a person's or unnamed source's first affiliation. */
    private static String side(TextView v, Speakers sp, String speaker) {
        Entity s = sp.entities.get(speaker);
        if (s == null) return null;
        // "a spokesman for Veltrax" speaks for Veltrax; a bare "a source" for no one
        if (s.type() == EntityType.PERSON || s.type() == EntityType.UNNAMED_SOURCE)
            return s.memberOf().isEmpty() ? titleSide(v, sp, speaker, false) : s.memberOf().get(0);
        return s.key();
    }

    /**
     * The side a denial answers for: as {@link #side}, but a state's diplomatic or governing body named with its state
     * ("the Lorvian embassy", "China's Foreign Ministry", "the Ministry of Foreign Affairs of Pellora") answers for the
     * state itself, as the accusation it rebuts was made against the state. Must NOT lift a body whose label names no
     * country of the article ("the Foreign Ministry"), or names two, nor a body of no state (lexicon STATE_VOICE_BODY:
     * not "the port authority of Marden", "the Ghana Health Service").
     */
    private static String deniedSide(TextView v, Speakers sp, String speaker) {
        String key = side(v, sp, speaker);
        if (key == null) return null;
        String state = stateOfBody(v, sp, key);
        return state != null ? state : key;
    }

    /**
     * A denial whose targets hold the speaker's own state body ("the Lorvian embassy said the accusations were baseless",
     * the embassy found at the head of its own words) answers for the state the body speaks for, as {@link #deniedSide}
     * does: the body gives way to its state. Must NOT touch a body that is not the speaker's own (a ministry of another
     * country the denial names), nor a body of no state (STATE_VOICE_BODY: not "the Ghana Health Service").
     */
    private static void ownBodyToState(TextView v, List<String> out, AttributionAnnotator.Draft d, Speakers sp) {
        String own = side(v, sp, d.speaker);
        for (int k = 0; k < out.size(); k++) {
            String key = out.get(k);
            if (!key.equals(d.speaker) && !key.equals(own)) continue;
            String state = stateOfBody(v, sp, key);
            if (state == null) continue;
            if (out.contains(state)) { out.remove(k); k--; }
            else out.set(k, state);
        }
    }

    /** The one single-word organisation of the article a demonym the gazetteer lacks spells by a regular ending (see demonymCountry), taken for a state it names; else null. */
    private static String demonymState(Speakers sp, String w, String speaker) { return demonymOf(sp, w, speaker, EntityType.ORGANIZATION); }

    /** Words of a state's diplomatic or governing body that speaks for the state (lexicon/words-targets.tsv STATE_VOICE_BODY). */
    private static final Set<String> STATE_VOICE_BODY = W.set("STATE_VOICE_BODY");

    /** The one country of the article that the label of the organisation key names, by name or demonym, when the label is that of a state body (STATE_VOICE_BODY); else null. */
    static String stateOfBody(TextView v, Speakers sp, String key) {
        Entity s = sp.entities.get(key);
        if (s == null || s.type() != EntityType.ORGANIZATION) return null;
        String[] w = LABEL_WORDS.split(s.label().trim());
        boolean body = false;
        for (String x : w) if (STATE_VOICE_BODY.contains(x.toLowerCase(Locale.ROOT))) body = true;
        if (!body) return null;
        String padded = " " + String.join(" ", w).toLowerCase(Locale.ROOT) + " ";
        String one = null;
        for (Entity c : sp.entities.values()) {
            if (c.type() != EntityType.COUNTRY) continue;
            boolean named = padded.contains(" " + c.label().toLowerCase(Locale.ROOT) + " ");
            for (String a : c.altLabels()) if (!named && a.length() > 1 && padded.contains(" " + a.toLowerCase(Locale.ROOT) + " ")) named = true;
            if (!named) continue;
            if (one != null && !one.equals(c.key())) return null;
            one = c.key();
        }
        Map<String, String> dem = Gazetteer.get().lexicon.demonyms;
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) continue;
            String c = dem.get(x.toLowerCase(Locale.ROOT));
            if (c != null && sp.entities.get(c) == null) c = null;
            if (c == null) c = demonymCountry(sp, x, key);
            // "the Lorvian embassy" of a state the recogniser took for an organisation: an embassy's demonym names a state
            if (c == null) c = demonymState(sp, x, key);
            if (c == null) continue;
            if (one != null && !one.equals(c)) return null;
            one = c;
        }
        return one;
    }

    /** Nouns of a role held for a body ("junta spokesman X", "Pellam's lawyer, X", "X, a lawyer for Y"). */
    private static final Set<String> ROLES = W.set("ROLES");

    /** Words before a role that say it is no longer held ("former", "onetime"; "ex-" is matched as a prefix). */
    private static final Set<String> FORMER = Set.of("former", "onetime", "one-time", "erstwhile", "ex");

    private static boolean former(TextView v, int k) {
        return FORMER.contains(v.lower[k]) || v.lower[k].startsWith("ex-");
    }

    /**
     * As {@link #scanTitleSide}, remembered in the article's {@link Speakers#titleSides} until the next {@link #find}
     * call: the article is scanned once per speaker, not once per candidate target.
     */
    private static String titleSide(TextView v, Speakers sp, String speaker, boolean inOffice) {
        String key = (inOffice ? "o\t" : "a\t") + speaker;
        if (!sp.titleSides.containsKey(key)) {
            String own = labelSide(sp, speaker, inOffice);
            sp.titleSides.put(key, own != null ? own : scanTitleSide(v, sp, speaker, inOffice));
        }
        return sp.titleSides.get(key);
    }

    /**
     * The body an unnamed source's own words name before its role ("a Commission spokesperson", "a health ministry
     * official", "a senior military officer"): a capitalised word naming one of the article's actors, or a lower-case
     * compound ending the name of one organisation, or an armed-forces word for the article's one armed force; null
     * otherwise. Must NOT read a role held no longer ("a former Commission official", with inOffice) nor a role not
     * right after the name ("an official close to the Commission": nothing before the role), nor a named person.
     */
    private static String labelSide(Speakers sp, String speaker, boolean inOffice) {
        Entity s = sp.entities.get(speaker);
        if (s == null || s.type() != EntityType.UNNAMED_SOURCE || !s.memberOf().isEmpty()) return null;
        String[] w = s.label().trim().split("\\s+");
        int r = -1;
        for (int i = 1; i < w.length && r < 0; i++) if (ROLES.contains(w[i].toLowerCase(Locale.ROOT))) r = i;
        if (r < 0) return null;
        int f = 0;
        while (f < r && (LABEL_DETERMINERS.contains(w[f].toLowerCase(Locale.ROOT)) || FORMER.contains(w[f].toLowerCase(Locale.ROOT)) || w[f].toLowerCase(Locale.ROOT).startsWith("ex-"))) {
            if (inOffice && !LABEL_DETERMINERS.contains(w[f].toLowerCase(Locale.ROOT))) return null;
            f++;
        }
        // the longest run of words right before the role that names a body ("health ministry", then "ministry")
        for (int b = f; b < r; b++) {
            String compound = String.join(" ", java.util.Arrays.copyOfRange(w, b, r)).toLowerCase(Locale.ROOT);
            String named = b == r - 1 && Character.isUpperCase(w[b].charAt(0)) ? namedActor(sp, w[b], speaker) : null;
            if (named == null && b == r - 1 && FORCES.contains(compound)) named = armedActorCalled(sp, compound);
            // (an armed-forces word is read as such only: "an army spokesman" is not of the "Salvation Army")
            if (named == null && !GOVERNMENT.contains(compound) && !FORCES.contains(compound)) named = headNamed(sp, compound, speaker);
            if (named != null) return named;
        }
        return null;
    }

    /** Words opening an unnamed source's label before its description ("a", "an", "the", "one", "two"). */
    private static final Set<String> LABEL_DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "several", "some");

    /** Relations of a role to the body held for ("a lawyer for Y", "the head of Y", "a spokesman at Y"). */
    private static final Set<String> ROLE_OF = Set.of("for", "of", "at", "to");
    /** Of those, the ones by which the holder speaks for the body (not "the ambassador to Y", "an adviser to Y"). */
    private static final Set<String> OFFICIAL_OF = Set.of("for", "of", "at");

    /**
     * The body a person speaks for, read from the words around one of its names when no affiliation was recorded:
     * "Junta spokesman Major General X" (the actor before a role noun and titles), "Pellam's lawyer, X", or
     * "X, a lawyer for Y". With inOffice, only a role held now (not "a former lawyer for Y", "ex-adviser") and not
     * held "to" Y ("the ambassador to Y", "an adviser to Y"): only such a holder speaks for Y, so does not accuse it.
     * Null when none.
     */
    private static String scanTitleSide(TextView v, Speakers sp, String speaker, boolean inOffice) {
        for (int k = 0; k < v.n; k++) {
            Mention m = v.actorAt[k];
            if (m == null || !m.entityKey().equals(speaker)) continue;
            int f = v.firstToken(m), last = v.lastTokenOf(m);
            // before: [actor]['s] role [titles] NAME
            int p = f - 1;
            boolean role = false;
            for (int steps = 0; p >= 0 && steps < 5 && v.actorAt[p] == null; steps++, p--) {
                // "Junta spokesman": a capitalised word before the role that names one of the article's actors
                String named = role ? namedActor(sp, v.lower[p], speaker) : null;
                // "a coalition spokesman", "an army spokesman": a common noun before the role is the head of one actor's
                // name, or the article's one armed force
                if (named == null && role && Character.isLowerCase(v.word[p].charAt(0)) && v.pos[p].equals("NOUN") && !GOVERNMENT.contains(v.lower[p])
                        || named == null && role && v.pos[p].equals("ADJ") && FORCES.contains(v.lower[p])) {
                    // the whole lower-case compound before the role names the body ("a health ministry spokesman")
                    String compound = v.lower[p];
                    for (int q = p - 1; q >= 0 && q >= p - 2 && Character.isLowerCase(v.word[q].charAt(0)) && (v.pos[q].equals("NOUN") || v.pos[q].equals("ADJ")); q--)
                        compound = v.lower[q] + " " + compound;
                    named = FORCES.contains(v.lower[p]) && compound.equals(v.lower[p]) ? armedActorCalled(sp, v.lower[p]) : headNamed(sp, compound, speaker);
                }
                if (named != null) return inOffice && p > 0 && former(v, p - 1) ? null : named;
                if (inOffice && former(v, p)) break;
                if (ROLES.contains(v.lower[p])) role = true;
                else if (!(v.lower[p].equals(",") || v.lower[p].equals("'s") || v.lower[p].equals("’s") || Character.isUpperCase(v.word[p].charAt(0)))) break;
            }
            if (role && p >= 0 && v.actorAt[p] != null && !(inOffice && v.firstToken(v.actorAt[p]) > 0 && former(v, v.firstToken(v.actorAt[p]) - 1))) {
                String key = keyOf(v, sp, v.actorAt[p], speaker);
                if (key != null) return key;
            }
            // before, the role phrase first: "A spokesman for the coalition, Colonel X" (Y an actor, or a lower-case head noun
            // naming one organisation or the article's one armed force)
            String lead = roleForBefore(v, sp, f, speaker, inOffice);
            if (lead != null) return lead;
            // after: NAME, a|the [adjectives] role for|of|at Y
            int q = last + 1;
            // (a scraper may have stripped the comma: "X a lawyer for Y")
            boolean comma = q < v.n && v.word[q].equals(",");
            if (comma || q < v.n && (v.lower[q].equals("a") || v.lower[q].equals("an"))) {
                if (comma) q++;
                boolean past = false;
                while (q < v.n && (v.pos[q].equals("DET") || v.pos[q].equals("ADJ") || former(v, q))) past |= former(v, q++);
                if (q + 1 < v.n && !(inOffice && past) && ROLES.contains(v.lower[q]) && (inOffice ? OFFICIAL_OF : ROLE_OF).contains(v.lower[q + 1])) {
                    for (int j = q + 2; j < v.n && j < q + 6; j++) {
                        if (v.actorAt[j] != null) { String key = keyOf(v, sp, v.actorAt[j], speaker); if (key != null) return key; break; }
                        if (v.isPunct(j) || v.isVerb(j)) break;
                    }
                }
            }
            k = Math.max(k, last); // a mention that ends inside a token must not send the scan back
        }
        return null;
    }

    /**
     * "A spokesman for the coalition, Colonel X", "the head of Veltrax, X": the body of a role phrase set before the
     * name at f with a comma and at most three capitalised titles between; null otherwise. Must NOT read a role held no
     * longer ("a former adviser to the coalition, X", with inOffice), nor a phrase with no role noun ("a critic of the
     * coalition, X"), nor one with words between it and the name other than titles, nor one after other words of its
     * sentence ("After talks with a spokesman for Y, X said": the one X met).
     */
    private static String roleForBefore(TextView v, Speakers sp, int f, String speaker, boolean inOffice) {
        int j = f - 1;
        for (int steps = 0; j >= 0 && steps < 3 && v.actorAt[j] == null && Character.isUpperCase(v.word[j].charAt(0)); steps++) j--;
        if (j < 3 || !v.word[j].equals(",")) return null;
        j--;
        String named;
        int y0;
        if (v.actorAt[j] != null) {
            named = keyOf(v, sp, v.actorAt[j], speaker);
            y0 = v.firstToken(v.actorAt[j]);
        } else if (Character.isLowerCase(v.word[j].charAt(0)) && v.pos[j].equals("NOUN") && !GOVERNMENT.contains(v.lower[j])) {
            named = FORCES.contains(v.lower[j]) ? armedActorCalled(sp, v.lower[j]) : headNamed(sp, v.lower[j], speaker);
            y0 = j;
        } else return null;
        if (named == null) return null;
        int k = y0 - 1;
        if (k >= 0 && v.lower[k].equals("the")) k--;
        if (k < 1 || !(inOffice ? OFFICIAL_OF : ROLE_OF).contains(v.lower[k]) || !ROLES.contains(v.lower[k - 1])) return null;
        // the role phrase opens its sentence or a quote: "After talks with a spokesman for the coalition, X said" is
        // whom X met, not X's role
        int r = k - 2;
        while (r >= 0 && (v.pos[r].equals("DET") || v.pos[r].equals("ADJ") || former(v, r))) r--;
        if (r >= 0 && v.sent[r] == v.sent[k] && !v.isQuote(r)) return null;
        return inOffice && k >= 2 && former(v, k - 2) ? null : named;
    }

    /** The one organisation or group (not the speaker) whose label or an alias ends with the common noun or compound w ("coalition", "health ministry"), or null. */
    private static String headNamed(Speakers sp, String w, String speaker) {
        // ("a union official", "a bank official": a word for a kind of body, not the last word of one body's name)
        if (w.length() < 4 || GENERIC_BODY.contains(w)) return null;
        String one = null;
        for (Entity e : sp.entities.values()) {
            if (!(e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP) || e.key().equals(speaker)) continue;
            boolean ends = e.label().toLowerCase(Locale.ROOT).endsWith(" " + w)
                    || e.altLabels().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).endsWith(" " + w) || a.equalsIgnoreCase(w));
            if (!ends) continue;
            if (one != null && !one.equals(e.key())) return null;
            one = e.key();
        }
        return one;
    }

    /** Words for a kind of body that end many bodies' names ("union", "bank", "court"): alone before a role they name none. */
    private static final Set<String> GENERIC_BODY = W.set("GENERIC_BODY");

    /** The actor (not the speaker) whose label or alias is the single word w, or null. */
    private static String namedActor(Speakers sp, String w, String speaker) {
        for (Entity e : sp.entities.values()) {
            if (!e.type().isActor() || e.type() == EntityType.UNNAMED_SOURCE || e.key().equals(speaker)) continue;
            if (e.label().equalsIgnoreCase(w) || e.altLabels().stream().anyMatch(a -> a.equalsIgnoreCase(w))) return e.key();
        }
        return null;
    }

    /** The organisation whose name opens with the word w ("GAW" for "GAW Miners"), when only one does; else null. */
    private static String shortFormOf(Speakers sp, String w, String speaker) {
        if (w.length() < 2) return null;
        String one = null;
        for (Entity e : sp.entities.values()) {
            if (e.type() != EntityType.ORGANIZATION || e.key().equals(speaker)) continue;
            if (!e.label().startsWith(w + " ")) continue;
            if (one != null) return null;
            one = e.key();
        }
        return one;
    }

    private static String keyOf(TextView v, Speakers sp, Mention m, String speaker) {
        Entity e = sp.entities.get(m.entityKey());
        return e == null || !e.type().isActor() || e.type() == EntityType.UNNAMED_SOURCE || e.key().equals(speaker) ? null : e.key();
    }

    /**
     * A denial whose target is the speaker's state, or that names no one, blames that state's armed forces when the
     * article names them: the state itself (or its ministry) gives way to its forces.
     */
    private static void forcesForSide(TextView v, List<String> out, AttributionAnnotator.Draft d, Speakers sp) {
        String forces = forcesOfSide(sp, d.speaker);
        if (forces == null) return;
        // only the speaker or its side stood in for the accused; a state named by its craft ("Russian jets") stays
        String side = side(v, sp, d.speaker);
        boolean replaced = out.removeIf(k -> k.equals(side) || k.equals(d.speaker));
        if ((replaced || out.isEmpty()) && !out.contains(forces)) out.add(forces);
    }

    /** Acts of armed force ("fired", "shelled", "targeted", "struck") and the craft and troops that do them. */
    private static final Set<String> ARMED = W.set("ARMED");

    /**
     * The content speaks of armed force: a denial about it answers for the forces, not for the state's policy. ARMED
     * also holds "fabrication"/"fabricate": a state denying an account as a fabrication answers for its forces too.
     */
    private static boolean armedAct(TextView v, Span c) {
        for (int i = v.tokenAtOrAfter(c.begin()); i < v.n && v.end(i) <= c.end(); i++) {
            if (ARMED.contains(v.lemma[i]) || ARMED.contains(v.lower[i])) return true;
        }
        return false;
    }

    /**
     * The one a legal action falls on, who stands accused: the subject of a passive ("Voss was arrested", "the two men
     * have been charged") or the object of an active form ("charged former CEO Voss with fraud", "indicted Voss").
     */
    private static Mention legalPatient(TextView v, int i, Span c) {
        boolean passive = i > 0 && (v.lemma[i - 1].equals("be") || v.lemma[i - 1].equals("get")) && v.lower[i].endsWith("ed");
        if (passive) {
            for (int k = i - 2; k >= 0 && k >= i - 6 && v.begin(k) >= c.begin(); k--) {
                if (v.actorAt[k] != null) return v.actorAt[k];
                if (v.isPunct(k) || v.pos[k].equals("SCONJ")) return null;
            }
            return null;
        }
        if (!v.isVerb(i)) return null;
        // the object: titles and descriptions may stand before the name ("former GAW Miners CEO Josh Garza")
        for (int k = i + 1; k < v.n && k < i + 7 && v.end(k) <= c.end(); k++) {
            Mention m = v.actorAt[k];
            if (m != null) {
                // "charged GAW Miners CEO Josh Garza": an organisation inside a title gives way to the person named after it
                return titled(v, m);
            }
            if (v.isPunct(k) || v.isVerb(k) || v.pos[k].equals("ADP")) return null;
        }
        return null;
    }

    /** Acts of a prosecution that make their patient the accused of the whole report ("was charged with", "indicted X"). */
    private static final Set<String> CHARGES = W.set("CHARGES");

    private static final Set<String> NATIONALS = W.set("NATIONALS");

    /**
     * The mention p names people by their nationality, not a state: a plural demonym ("two Canadians", "three Britons")
     * or a demonym before a plural noun of people (lexicon NATIONALS: "two French nationals", "Canadian citizens").
     * Not a country's name ("detained Canada's envoy"), nor a singular demonym ("the Canadian embassy").
     */
    private static boolean nationals(TextView v, Mention p) {
        Map<String, String> dem = Gazetteer.get().lexicon.demonyms;
        String w = v.body.substring(p.span().begin(), p.span().end()).trim();
        if (w.isEmpty() || w.indexOf(' ') >= 0) return false;
        String n = Speakers.norm(w);
        if (dem.get(n) == null && n.endsWith("s") && dem.get(n.substring(0, n.length() - 1)) != null) return true;
        int l = v.lastTokenOf(p);
        return dem.get(n) != null && l + 1 < v.n && NATIONALS.contains(v.lower[l + 1]);
    }

    /** Common nouns by which a crime report names its accused ("the suspect", "the defendant"). */
    private static final Set<String> ACCUSED_NOUNS = W.set("ACCUSED_NOUNS");

    /**
     * The people the article reports as prosecuted: the patients of a charge, indictment or arraignment ("Pellam was
     * charged", "indicted Voss"), and the subject of a plea ("Pellam, 61, has pleaded not guilty"); keyed by entity,
     * in order of first mention. Arrests and detentions alone do not count: their patient is as often a victim.
     */
    private static List<String> defendants(TextView v, Speakers sp) {
        List<String> out = new ArrayList<>();
        Span all = new Span(0, v.body.length());
        for (int i : chargeWords(v)) {
            Mention m = null;
            if (CHARGES.contains(v.lower[i]) || CHARGES.contains(v.lemma[i])) m = legalPatient(v, i, all);
            else if (v.lemma[i].equals("plead") || v.lower[i].equals("pleaded") || v.lower[i].equals("pled")) {
                // the sentence's first actor, when the plea has no other subject between ("X, 58, who …, has pleaded")
                for (int k = v.sentFirst[v.sent[i]]; k < i; k++) if (v.actorAt[k] != null) { m = v.actorAt[k]; break; }
            }
            if (m == null) continue;
            Entity e = sp.entities.get(m.entityKey());
            // (a company may stand charged too: "the SEC charged GAW Miners and its CEO")
            if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) && !out.contains(e.key())) out.add(e.key());
        }
        return out;
    }

    /** The tokens (from the second) that {@link #defendants} reads: a charge word, or a form of "plead". */
    private record ChargeWords(String[] lower, String[] lemma, int[] at) {}

    /** The article's last {@link ChargeWords}, per thread: each claim that names a defendant asks again. */
    private static final ThreadLocal<ChargeWords> CHARGE_WORDS = new ThreadLocal<>();

    private static int[] chargeWords(TextView v) {
        ChargeWords c = CHARGE_WORDS.get();
        if (c != null && c.lower() == v.lower && c.lemma() == v.lemma) return c.at();
        int[] at = new int[8];
        int k = 0;
        for (int i = 1; i < v.n; i++) {
            if (CHARGES.contains(v.lower[i]) || CHARGES.contains(v.lemma[i])
                    || v.lemma[i].equals("plead") || v.lower[i].equals("pleaded") || v.lower[i].equals("pled")) {
                if (k == at.length) at = java.util.Arrays.copyOf(at, k * 2);
                at[k++] = i;
            }
        }
        at = java.util.Arrays.copyOf(at, k);
        CHARGE_WORDS.set(new ChargeWords(v.lower, v.lemma, at));
        return at;
    }

    /**
     * A defendant the content names, by name or as "the suspect"/"the defendant" (then the first one charged), is its
     * target; not when the defendant speaks of themself or their counsel alleges, nor when the content names no one on trial.
     */
    private void defendantNamed(TextView v, List<String> out, int from, int end, AttributionAnnotator.Draft d, Speakers sp) {
        List<String> accused = null;
        for (int i = from; i < v.n && v.end(i) <= end; i++) {
            Mention m = v.actorAt[i];
            boolean noun = m == null && ACCUSED_NOUNS.contains(v.lower[i]) && i > 0 && v.lower[i - 1].equals("the");
            if (m == null && !noun) continue;
            if (accused == null) accused = defendants(v, sp);
            if (accused.isEmpty()) return;
            String key = noun ? accused.get(0) : m.entityKey();
            // (the defence's own words for its client are no allegation against it: "Pellam's lawyer, X, said the money was savings")
            boolean defence = d.stance == org.claimgraph.model.Stance.ALLEGES && key.equals(side(v, sp, d.speaker));
            if (accused.contains(key) && !key.equals(d.speaker) && !defence && !out.contains(key)) out.add(key);
            if (m != null) i = Math.max(i, v.lastTokenOf(m));
        }
    }

    /** Coercive acts of police that are no legal action ("questioned", "interrogated", "beat", "summoned"). */
    private static final Set<String> POLICE_ACTS = W.set("POLICE_ACTS");

    private static final Set<String> DETAINING = W.set("DETAINING"), CIVIC = W.set("CIVIC");

    /**
     * The patient p of the custody verb at i is held for a civic role ("detained the journalist X", "the activist X was
     * arrested", "arrested X, an editor at the weekly"), with no charge or suspicion named after the verb in the clause
     * ("arrested the journalist X on suspicion of spying" keeps X the accused).
     */
    private static boolean civicPatient(TextView v, Mention p, int i, int end) {
        if (!DETAINING.contains(v.lemma[i])) return false;
        for (int k = i + 1; k < v.n && v.end(k) <= end && !v.word[k].equals(".") && !v.word[k].equals(";"); k++)
            if (CHARGES.contains(v.lower[k]) || v.lower[k].equals("suspicion") || v.lower[k].equals("suspected")
                    || v.lower[k].equals("accused")
                    // (a wrong of the held told in a relative clause: "a Russian saboteur who set fire to buses")
                    || v.lower[k].equals("who") && k > i + 1) return false;
        // "Beijing detained two Canadians", "arrested three French nationals": held for their nationality, with no charge named
        if (nationals(v, p)) return true;
        // "Russia detained Ukraine's consul": the state owns what is held, it holds no one
        int h = v.lastTokenOf(p);
        if (h + 2 < v.n && v.end(h + 1) <= end && (v.lower[h + 1].equals("'s") || v.lower[h + 1].equals("’s"))) return true;
        int f = v.tokenAtOrAfter(p.span().begin()), l = v.lastTokenOf(p);
        for (int k = f - 1; k >= 0 && k >= f - 3; k--) {
            if (CIVIC.contains(v.lower[k])) return true;
            if (!(v.pos[k].equals("NOUN") || v.pos[k].equals("ADJ") || v.pos[k].equals("PROPN"))) break;
        }
        int k = l + 1;
        if (k + 1 >= v.n || !v.word[k].equals(",")) return false;
        k++;
        if (v.pos[k].equals("DET")) k++;
        while (k < v.n && v.pos[k].equals("ADJ")) k++;
        return k < v.n && v.end(k) <= end && CIVIC.contains(v.lower[k]);
    }

    private static final Set<String> POLICE = W.set("POLICE");

    /**
     * The article's one police body, when a bare "police" is the agent of a legal act at i whose patient is no actor
     * ("police had detained an independent observer", "activists were arrested by police"); else null.
     */
    private static String policeAgent(TextView v, int i, Span c, Speakers sp) {
        boolean found = false;
        for (int k = i - 1; k >= 0 && k >= i - 4 && v.begin(k) >= c.begin(); k--) {
            if (v.isPunct(k) || v.pos[k].equals("SCONJ")) break;
            // (not police who underwent the act: "border police officers had been beaten by smugglers", "police were
            // attacked and beaten")
            if (POLICE.contains(v.lower[k])) { found = !passive(v, i) && !sufferedBefore(v, k, i); break; }
        }
        for (int k = i + 1; !found && k + 1 < v.n && k < i + 4 && v.end(k + 1) <= c.end(); k++) {
            if (!v.lower[k].equals("by")) continue;
            int j = k + 1;
            if (v.pos[j].equals("DET")) j++;
            found = j < v.n && POLICE.contains(v.lower[j]);
            break;
        }
        if (!found) return null;
        String one = null;
        for (Entity e : sp.entities.values()) {
            if (!e.type().isActor() || e.type() == EntityType.PERSON || e.type() == EntityType.UNNAMED_SOURCE) continue;
            if (!List.of(LABEL_WORDS.split(e.label().toLowerCase(Locale.ROOT))).contains("police")) continue;
            if (one != null) return null;
            one = e.key();
        }
        return one;
    }

    /** Nouns for armed forces or their craft named without their state ("military jets", "the air force", "the military"). */
    private static final Set<String> FORCE_NOUNS = W.set("FORCE_NOUNS");

    /**
     * "military jets bombed the village", "civilians have been killed by the military": a harmful act whose agent is
     * armed forces named by a bare noun blames the article's one armed actor (null when it names none or several).
     */
    private static String bareForces(TextView v, int i, int len, Span c, Speakers sp) {
        boolean found = false;
        // (a subject a few verbs back: "soldiers seized traders at the bazaar and executed them"; not soldiers who
        // underwent the harm: "soldiers were ambushed near the market", "soldiers guarding it were killed in an attack")
        for (int k = i - 1; k >= 0 && k >= i - 12 && v.begin(k) >= c.begin(); k--) {
            if (v.isPunct(k) || v.pos[k].equals("SCONJ") || v.actorAt[k] != null) break;
            if (FORCE_NOUNS.contains(v.lower[k])) { found = !passive(v, i) && !sufferedBefore(v, k, i); break; }
        }
        int k = i + len;
        if (!found && k < v.n && v.end(k) <= c.end() && v.lower[k].equals("by")) {
            for (int j = k + 1; j < v.n && j < k + 4 && v.end(j) <= c.end() && v.actorAt[j] == null; j++) {
                if (FORCE_NOUNS.contains(v.lower[j])) { found = true; break; }
                if (!(v.pos[j].equals("DET") || v.pos[j].equals("ADJ"))) break;
            }
        }
        return found ? soleArmedActor(sp) : null;
    }

    /** The article's only actor named as armed forces or a junta, or null. */
    private static String soleArmedActor(Speakers sp) {
        String one = null;
        for (Entity e : sp.entities.values()) {
            if (!e.type().isActor() || e.type() == EntityType.PERSON || e.type() == EntityType.UNNAMED_SOURCE) continue;
            if (!armedName(e.label()) && e.altLabels().stream().noneMatch(TargetFinder::armedName)) continue;
            if (one != null) return null;
            one = e.key();
        }
        return one;
    }

    /**
     * The armed force a title word names ("a military spokesman", "an army officer"): the article's one armed actor whose
     * name holds that word ("Sudanese military" beside "Rapid Support Forces"), else the article's one armed actor, else
     * null; only a state's force (a body that belongs to a country) either way. Must NOT pick one of two actors both
     * named with the word ("Sudanese Army", "Liberation Army"), nor a body tied to no state ("Salvation Army", "Navy
     * Federal", and so also a rebel "X Army": an untitled "army spokesman" is not taken to speak for it).
     */
    private static String armedActorCalled(Speakers sp, String word) {
        String one = null;
        for (Entity e : sp.entities.values()) {
            if (!e.type().isActor() || e.type() == EntityType.PERSON || e.type() == EntityType.UNNAMED_SOURCE) continue;
            if (!hasWord(e.label(), word) && e.altLabels().stream().noneMatch(l -> hasWord(l, word))) continue;
            // ("Salvation Army", "Navy Federal": a name holding the word, of a body tied to no state, is no state's force)
            if (!ofState(e)) continue;
            if (one != null) return null;
            one = e.key();
        }
        if (one != null) return one;
        String sole = soleArmedActor(sp);
        return sole != null && ofState(sp.entities.get(sole)) ? sole : null;
    }

    /** A country, or a body that belongs to one (a state's army, ministry). */
    private static boolean ofState(Entity e) {
        return e.type() == EntityType.COUNTRY || !e.memberOf().isEmpty();
    }

    private static boolean hasWord(String label, String word) {
        for (String w : LABEL_WORDS.split(label.toLowerCase(Locale.ROOT))) if (w.equals(word)) return true;
        return false;
    }

    private static boolean armedName(String label) {
        for (String w : LABEL_WORDS.split(label.toLowerCase(Locale.ROOT))) if (FORCES.contains(w) || w.equals("junta")) return true;
        return false;
    }

    /** Words of a state's armed forces' name ("Azerbaijani armed forces", "Myanmar military", "Armed Forces of Ukraine"). */
    private static final Set<String> FORCES = W.set("FORCES");

    /**
     * A denial by a state or one of its bodies or officials, in an article that names that state's armed forces: the
     * forces are the ones the denied account blames ("its troops had fired first", "no civilians had been targeted").
     * Null when the speaker has no state or the article names no forces of it.
     */
    private static String forcesOfSide(Speakers sp, String speaker) {
        if (!stateVoice(sp.entities.get(speaker))) return null;
        String country = countryOf(sp, speaker, 3);
        if (country == null) return null;
        for (Entity e : sp.entities.values()) {
            if (e.key().equals(speaker) || !e.memberOf().contains(country)) continue;
            for (String w : LABEL_WORDS.split(e.label().toLowerCase(Locale.ROOT))) if (FORCES.contains(w)) return e.key();
        }
        return null;
    }

    private static final java.util.regex.Pattern LABEL_WORDS = java.util.regex.Pattern.compile("[\\s'’]+");

    /** Words naming a state's own bodies ("Defence Ministry", "the junta"), as opposed to alliances and companies. */
    private static final Set<String> STATE_BODY = W.set("STATE_BODY");

    /** A state speaks: the country itself, one of its bodies, or a person (an official of it, judged by memberOf). */
    private static boolean stateVoice(Entity s) {
        if (s == null) return false;
        if (s.type() == EntityType.COUNTRY || s.type() == EntityType.PERSON) return true;
        // "a U.S. defense official", "a senior military officer": an unnamed official of a state
        if (s.type() == EntityType.UNNAMED_SOURCE) {
            for (String w : LABEL_WORDS.split(s.label().toLowerCase(Locale.ROOT))) if (OFFICIALS.contains(w)) return true;
            return false;
        }
        for (String w : LABEL_WORDS.split(s.label().toLowerCase(Locale.ROOT))) if (STATE_BODY.contains(w)) return true;
        return false;
    }

    private static final Set<String> OFFICIALS = W.set("OFFICIALS");

    /** The one country whose name or alias is written in an unnamed source's label ("a U.S. defense official"), or null. */
    private static String countryInLabel(Speakers sp, String label) {
        String l = " " + String.join(" ", LABEL_WORDS.split(label.toLowerCase(Locale.ROOT))) + " ";
        String one = null;
        for (Entity c : sp.entities.values()) {
            if (c.type() != EntityType.COUNTRY) continue;
            boolean named = l.contains(" " + c.label().toLowerCase(Locale.ROOT) + " ")
                    || c.altLabels().stream().anyMatch(x -> x.length() > 2 && l.contains(" " + x.toLowerCase(Locale.ROOT) + " "));
            if (!named) continue;
            if (one != null && !one.equals(c.key())) return null;
            one = c.key();
        }
        return one;
    }

    private static String countryOf(Speakers sp, String key, int depth) {
        Entity e = sp.entities.get(key);
        if (e == null || e.type() == EntityType.UNNAMED_SOURCE && (depth < 3 || !stateVoice(e))) return null;
        if (e.type() == EntityType.COUNTRY) return e.key();
        if (depth == 0) return null;
        if (e.type() == EntityType.UNNAMED_SOURCE && e.memberOf().isEmpty()) return countryInLabel(sp, e.label());
        for (String m : e.memberOf()) {
            String c = countryOf(sp, m, depth - 1);
            if (c != null) return c;
        }
        return null;
    }

    /**
     * "committing a crime with American weapons and British support": the actors whose weapons or support a harmful
     * act used share the blame.
     */
    private void suppliers(TextView v, List<String> out, int from, int end, AttributionAnnotator.Draft d, Speakers sp) {
        int k = from;
        while (k < v.n && k < from + 8 && v.end(k) <= end && !v.lower[k].equals("with")) {
            if (clauseBreak(v, k) || v.isVerb(k)) return;
            k++;
        }
        if (k >= v.n || k >= from + 8 || v.end(k) > end) return;
        for (int j = k + 1; j < v.n && j < k + 10 && v.end(j) <= end; j++) {
            if (v.word[j].equals(";") || v.word[j].equals(".") || v.isVerb(j)) return;
            Mention m = v.actorAt[j];
            if (m == null) continue;
            int after = v.tokenAtOrAfter(m.span().end());
            while (after < v.n && v.pos[after].equals("ADJ")) after++;
            if (after < v.n && (support.containsKey(v.lemma[after]) || means.contains(v.lemma[after]) || v.lemma[after].equals("weapon") || v.lemma[after].equals("arm")))
                add(v, out, m, d, sp);
            j = lastToken(v, m, j);
        }
    }

    /** "the Turkish regime's crimes", "Russia’s aggression": the possessor right before the word at i (adjectives between). */
    private Mention possessor(TextView v, int i, int contentBegin) {
        int k = i - 1;
        while (k >= 0 && v.begin(k) >= contentBegin && v.pos[k].equals("ADJ")) k--;
        if (k < 1 || v.begin(k) < contentBegin) return null;
        String w = v.lower[k];
        if (!(w.endsWith("'s") || w.endsWith("’s") || w.equals("'") || w.equals("’"))) return null;
        // "Russia's" split or whole; "the Turkish regime's" — a demonym and its head noun in one token with the clitic
        Mention m = w.length() > 2 && v.actorAt[k] != null ? v.actorAt[k] : v.actorAt[k - 1];
        return m == null || isBadMention(v, m) ? null : m;
    }

    /**
     * "Russias aggression", "NATOs deployment": text whose apostrophes a scraper stripped leaves the possessor as a
     * capitalised word ending in "s" that the recogniser does not take for a name; when the word without its "s" is
     * the one-word name of an actor of the article, that actor is the agent (true when one was added).
     */
    private static boolean strippedPossessor(TextView v, List<String> out, int i, int contentBegin, AttributionAnnotator.Draft d, Speakers sp) {
        int k = i - 1;
        while (k >= 0 && v.begin(k) >= contentBegin && v.actorAt[k] == null && v.pos[k].equals("ADJ") && Character.isLowerCase(v.word[k].charAt(0))) k--;
        if (k < 0 || v.begin(k) < contentBegin || v.actorAt[k] != null) return false;
        String w = v.word[k];
        if (w.length() < 4 || !w.endsWith("s") || !Character.isUpperCase(w.charAt(0))) return false;
        String key = namedActor(sp, w.substring(0, w.length() - 1), d.speaker);
        if (key == null || out.contains(key) || d.stance == org.claimgraph.model.Stance.ALLEGES && affiliated(v, sp, d.speaker, key, 3)) return false;
        out.add(key);
        return true;
    }

    /** "Russian strikes", "coalition air strikes", "killed in Azerbaijani shelling": the actor named right before a harm noun. */
    private static Mention attributive(TextView v, int i, int contentBegin) {
        if (!v.pos[i].equals("NOUN")) return null;
        int k = i - 1;
        while (k >= 0 && v.begin(k) >= contentBegin && v.actorAt[k] == null && (v.pos[k].equals("ADJ") || v.pos[k].equals("NOUN") && k == i - 1)) k--;
        if (k < 0 || v.begin(k) < contentBegin) return null;
        Mention m = v.actorAt[k];
        return m != null && m.span().end() == v.end(k) ? m : null;
    }

    /**
     * "coalition strikes", "the coalition air strikes", "Lorvian shelling": the actor a word right before the harm noun
     * at i names though it is no mention (one adjective or noun may stand between): a lower-case noun of an alliance,
     * armed force, government or police that ends the name of the article's one organisation or group of that head
     * (see headNamed; not "service strikes" for a health service), or a capitalised demonym the
     * gazetteer lacks whose stem is the name of a country of the article (see demonymCountry); else null.
     */
    private static String attributiveKey(TextView v, int i, int contentBegin, Speakers sp, String speaker) {
        if (!v.pos[i].equals("NOUN")) return null;
        for (int k = i - 1; k >= 0 && k >= i - 3 && v.begin(k) >= contentBegin; k--) {
            if (v.actorAt[k] != null || v.placeAt[k] != null || v.isPunct(k)) return null;
            String w = v.word[k];
            if (Character.isUpperCase(w.charAt(0))) return demonymCountry(sp, w, speaker);
            if (v.pos[k].equals("NOUN")) {
                // (only a word of an alliance, armed force, government or police: "service strikes" are no health service's)
                String h = v.lower[k];
                boolean armedHead = ALLIANCE.contains(h) || FORCES.contains(h) || GOVERNMENT.contains(h) || POLICE.contains(h);
                String key = armedHead ? headNamed(sp, h, speaker) : null;
                if (key != null) return key;
                if (k != i - 1) return null;
            } else if (!v.pos[k].equals("ADJ")) return null;
        }
        return null;
    }

    /**
     * "Guinean soldiers had attacked the village": a clause that opens with a demonym the gazetteer lacks and a noun
     * ("Guinean soldiers", "the Lorvian patrol boats") and goes on to the harm at i is that country's act (see
     * demonymCountry); not when the harm is passive or suffered ("Guinean soldiers were attacked").
     */
    private String demonymSubject(TextView v, int i, int contentBegin, Speakers sp, String speaker) {
        if (passive(v, i)) return null;
        int s = i;
        while (s - 1 >= 0 && v.begin(s - 1) >= contentBegin && !clauseBreak(v, s - 1)) s--;
        if (sufferedBefore(v, s, i)) return null;
        if (s < i && v.pos[s].equals("DET")) s++;
        if (s + 1 >= i || v.actorAt[s] != null || v.placeAt[s] != null || !v.pos[s + 1].equals("NOUN")) return null;
        return demonymCountry(sp, v.word[s], speaker);
    }

    /** Endings of demonyms and what each stem needs to spell its country ("Lorvian" → "Lorvia", "Kelmosian" → "Kelmos", "Ombarese" → "Ombar", "Ostani" → "Ostan"). */
    private static final String[][] DEMONYM_ENDINGS = { {"ian", "ia"}, {"ian", ""}, {"ean", "ea"}, {"an", "a"}, {"ese", ""}, {"i", ""} };

    /**
     * The one country of the article (not the speaker) that a capitalised word spells as a demonym by a regular ending
     * ("Lorvian" for Lorvia, "Kelmosian" for Kelmos), for demonyms the gazetteer does not know; else null.
     */
    static String demonymCountry(Speakers sp, String w, String speaker) { return demonymOf(sp, w, speaker, EntityType.COUNTRY); }

    /**
     * The one actor of the given type (not the speaker) that the capitalised word w spells as a demonym by a regular
     * ending: a country by its label or an alternative label in any case, a single-word organisation by its label as
     * written; else null.
     */
    private static String demonymOf(Speakers sp, String w, String speaker, EntityType type) {
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) return null;
        String one = null;
        for (String[] e : DEMONYM_ENDINGS) {
            if (!w.endsWith(e[0])) continue;
            String stem = w.substring(0, w.length() - e[0].length()) + e[1];
            if (stem.length() < 3) continue;
            for (Entity c : sp.entities.values()) {
                if (c.type() != type || c.key().equals(speaker)) continue;
                boolean spelled = type == EntityType.COUNTRY
                        ? c.label().equalsIgnoreCase(stem) || c.altLabels().stream().anyMatch(x -> x.equalsIgnoreCase(stem))
                        : c.label().equals(stem);
                if (!spelled) continue;
                if (one != null && !one.equals(c.key())) return null;
                one = c.key();
            }
        }
        return one;
    }

    /** Lemmas of an accusing participle whose "them" stands for those the sentence acted on ("… , accusing them of …"; lexicon/words-targets.tsv). */
    private static final Set<String> ACCUSING_PARTICIPLE = W.set("ACCUSING_PARTICIPLE");

    /**
     * "added Orlan Trading and Vesta Parts to its blacklist, accusing them of shipping drones to Iran": "them"
     * after an accusing participle in the content stands for the actors named before it in the sentence (see
     * accusedPronoun: the nearest and those conjoined with it), who are the claim's accused in place of anyone the
     * "of" phrase names (those supplied are no accused).
     */
    private void accusingThem(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int i = cb; i + 1 < v.n && v.end(i + 1) <= end; i++) {
            if (!ACCUSING_PARTICIPLE.contains(v.lemma[i]) || !v.lower[i].endsWith("ing") || !(v.lower[i + 1].equals("them") || v.lower[i + 1].equals("it"))) continue;
            List<String> found = new ArrayList<>();
            accusedPronoun(v, found, i + 1, d, sp);
            if (found.isEmpty()) return;
            out.clear();
            out.addAll(found);
            return;
        }
    }

    /** Adds the actor key unless already there or, in an allegation, of the speaker's own side. */
    private static void addKey(TextView v, List<String> out, String key, AttributionAnnotator.Draft d, Speakers sp, boolean denies) {
        if (!out.contains(key) && (denies || !affiliated(v, sp, d.speaker, key, 3))) out.add(key);
    }

    private static final Set<String> WORRY = W.set("WORRY");

    /** Nouns for a state's ordinary people ("Palestinian children", "Ukrainian refugees"): not the state acting. */
    private static final Set<String> PEOPLE = W.set("PEOPLE");

    /**
     * "remains concerned about Russia's actions", "alarmed by Chinese military drills": an actor that opens the
     * "about/over/at/by" phrase of a word of alarm as possessor or modifier of its head is blamed; not one after
     * another preposition ("concerned about the safety of Ukrainian civilians"), nor a state's people ("Ukrainian refugees").
     */
    private void worriedAbout(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        for (int i = cb; i + 2 < v.n && v.end(i + 2) <= end; i++) {
            if (!WORRY.contains(v.lower[i])) continue;
            String p = v.lower[i + 1];
            if (!(p.equals("about") || p.equals("over") || p.equals("at") || p.equals("by"))) continue;
            int j = i + 2;
            if (v.pos[j].equals("DET")) j++;
            if (j >= v.n || v.actorAt[j] == null) continue;
            Mention m = v.actorAt[j];
            // ("Russia's" may be one token holding the mention)
            int after = Math.max(j, v.lastTokenOf(m)) + 1;
            if (after >= v.n || v.end(after) > end) continue;
            String w = v.lower[after];
            boolean possessive = w.equals("'s") || w.equals("’s") || v.lower[after - 1].endsWith("'s") || v.lower[after - 1].endsWith("’s");
            if (!possessive && (!(v.pos[after].equals("NOUN") || v.pos[after].equals("ADJ")) || PEOPLE.contains(w))) continue;
            Entity e = sp.entities.get(m.entityKey());
            if (e == null || e.type() == EntityType.PERSON && !possessive) continue;
            add(v, out, m, d, sp);
        }
    }

    private static final Set<String> RESTS = W.set("RESTS");

    /** "responsibility lies with X", "the blame rests squarely on X": the actor the responsibility is laid on. */
    private static Mention restsWith(TextView v, int from, int end) {
        for (int k = from; k + 1 < v.n && k < from + 8 && v.end(k + 1) <= end; k++) {
            if (v.word[k].equals(".") || v.word[k].equals(";")) return null;
            if (!RESTS.contains(v.lemma[k])) continue;
            int p = k + 1;
            while (p < v.n && v.pos[p].equals("ADV")) p++;
            if (p >= v.n || !(v.lower[p].equals("with") || v.lower[p].equals("on") || v.lower[p].equals("upon"))) return null;
            for (int j = p + 1; j < v.n && j < p + 8 && v.end(j) <= end; j++) {
                if (v.actorAt[j] != null) return v.actorAt[j];
                if (v.isPunct(j) || v.isVerb(j)) return null;
            }
            return null;
        }
        return null;
    }

    /**
     * The organisation or group a bare common noun at k stands for ("the coalition", "the so-called coalition"): the
     * one actor whose name ends with that noun, when "the" stands before it and it is no part of a mention; else null.
     */
    private static String shortFormAt(TextView v, int k, Speakers sp, String speaker) {
        if (v.actorAt[k] != null || v.placeAt[k] != null || v.isVerb(k) || !Character.isLowerCase(v.word[k].charAt(0))) return null;
        int p = k - 1;
        // ("so-called" as one token or three)
        if (p >= 0 && v.lower[p].equals("so-called")) p--;
        else if (p >= 2 && v.lower[p].equals("called") && v.lower[p - 1].equals("-") && v.lower[p - 2].equals("so")) p -= 3;
        if (p < 0 || !v.lower[p].equals("the")) return null;
        if (k + 1 < v.n && (v.pos[k + 1].equals("NOUN") || v.pos[k + 1].equals("PROPN"))) return null;
        return headNamed(sp, v.lower[k], speaker);
    }

    /** "committed by the coalition", "by the Lorvian side": the organisation a bare noun after "by" stands for (see shortFormAt), or the country of a demonym (see demonymCountry); else null. */
    private static String byShortForm(TextView v, int from, int end, Speakers sp, String speaker) {
        for (int k = from; k + 2 < v.n && k < from + 4 && v.end(k) <= end; k++) {
            if (v.isPunct(k)) return null;
            if (!v.lower[k].equals("by")) continue;
            for (int j = k + 2; j < v.n && j <= k + 5 && v.end(j) <= end && !v.word[j].equals(","); j++) {
                String key = shortFormAt(v, j, sp, speaker);
                // "by the Lorvian side": a demonym the gazetteer lacks, of a country of the article
                if (key == null && v.actorAt[j] == null && v.placeAt[j] == null) key = demonymCountry(sp, v.word[j], speaker);
                if (key != null) return key;
            }
            return null;
        }
        return null;
    }

    /** "committed by X", "borne by X". */
    private Mention byAgent(TextView v, int from, int end) {
        // (a passive participle's by-phrase is its agent: "were shot dead by X soldiers")
        boolean verb = from - 1 >= 0 && v.pos[from - 1].equals("VERB") && !v.lower[from - 1].endsWith("ed") && !passive(v, from - 1);
        boolean active = from - 1 >= 0 && v.isVerb(from - 1) && !passive(v, from - 1), noun = false;
        for (int k = from; k < v.n && k < from + 6 && v.end(k) <= end; k++) {
            // "exceeds anything authorized by Congress": the by-phrase of another verb, after the trigger's object
            if (verb && (v.pos[k].equals("NOUN") || v.pos[k].equals("PRON") || v.pos[k].equals("PROPN"))) return null;
            // "bombed the convoy sent by X": a participle after an active verb's object takes the by-phrase (X sent
            // it, did not bomb it); after a noun or adjective trigger it is the wrong's own ("illegal sanctions imposed by X")
            if (active && noun && v.isVerb(k)) return null;
            noun |= v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN");
            if (v.lower[k].equals("by")) return actorAfterPreposition(v, k, 5, end);
            if (v.isPunct(k)) return null;
        }
        return null;
    }

    /** The actor of a "from" phrase within three words after {@code from} ("under fire from X troops"), or null. */
    private static Mention fromAgent(TextView v, int from, int end) {
        for (int k = from; k < v.n && k < from + 3 && v.end(k) <= end; k++) {
            if (v.isPunct(k) || v.isVerb(k)) return null;
            if (v.lower[k].equals("from")) return actorAfterPreposition(v, k, 4, end);
        }
        return null;
    }

    /** The first actor within {@code words} words after the preposition at k, before a punctuation mark or a verb; or null. */
    private static Mention actorAfterPreposition(TextView v, int k, int words, int end) {
        for (int j = k + 1; j < v.n && j <= k + words && v.end(j) <= end; j++) {
            if (v.actorAt[j] != null) return titled(v, v.actorAt[j]);
            if (v.isPunct(j) || v.isVerb(j)) break;
        }
        return null;
    }

    /** The first actor of the clause that holds token i, before i; else the first actor of the content. */
    private Mention firstActorInClause(TextView v, int i, int contentBegin, int addrB, int addrE, boolean support, boolean denies,
            Predicate<Mention> own) {
        // "two soldiers were killed": the subject of a passive harm is its victim, not its agent
        if (!support && passive(v, i)) return null;
        int cb = i;
        while (cb - 1 >= 0 && v.begin(cb - 1) >= contentBegin && !clauseBreak(v, cb - 1)) cb--;
        // "Syrian civilians were killed by the strikes", "Turkish soldiers died in an attack": a harm after the
        // clause's passive verb or verb of dying is what its subject underwent; the subject is the victim, not the
        // agent. Not "Russian jets struck … in an attack" (no passive before the harm noun: the subject acted).
        if (!support && sufferedBefore(v, cb, i)) return null;
        Mention m = firstActor(v, cb, i, addrB, addrE, own);
        if (m != null) return m;
        int pro = pronounSubject(v, i, contentBegin);
        if (pro >= 0) {
            if (denies) return null;
            Mention a = antecedent(v, pro, addrB, addrE);
            // "Israeli soldiers were wounded when its fighters ambushed a patrol": "its" before the agent's noun does not
            // stand for the victims of the clause before
            boolean possessive = (v.lower[pro].equals("its") || v.lower[pro].equals("their")) && pro + 1 < v.n
                    && (v.pos[pro + 1].equals("NOUN") || v.pos[pro + 1].equals("ADJ"));
            return a != null && possessive && victimBefore(v, a, cb) ? null : a;
        }
        int s0 = v.tokenAtOrAfter(contentBegin);
        return firstActor(v, s0, i, addrB, addrE, own);
    }

    /** "were wounded", "was injured": a word in -ed right after a form of "be" or "get" (adverbs between), whatever the tagger or lemmatiser made of it but a noun. */
    private static boolean edParticiple(TextView v, int i) {
        if (v.pos[i].equals("NOUN") || !v.lower[i].endsWith("ed")) return false;
        int k = i - 1;
        while (k >= 0 && v.pos[k].equals("ADV")) k--;
        return k >= 0 && (v.lemma[k].equals("be") || v.lemma[k].equals("get"));
    }

    /**
     * The mention m is the subject of a passive or undergone verb right after it and before to ("three Israeli soldiers
     * were wounded [when …]", "the soldiers died [when …]"): only its head nouns, auxiliaries and adverbs between. The
     * victim of that clause, not the agent of the next; not a raising participle ("were deployed to shell …").
     */
    private static boolean victimBefore(TextView v, Mention m, int to) {
        int k = v.lastTokenOf(m) + 1, heads = 0;
        while (k < to && heads < 4 && v.actorAt[k] == null && (v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN")
                || v.pos[k].equals("PART") && (v.lower[k].equals("'s") || v.lower[k].equals("’s")))) { k++; heads++; }
        while (k < to && (v.pos[k].equals("ADV") || v.pos[k].equals("AUX") || BE.contains(v.lower[k]) || v.lower[k].equals("had")
                || v.lower[k].equals("have") || v.lower[k].equals("has"))) k++;
        return k < to && (passive(v, k) || edParticiple(v, k) || undergoes(v, k)) && !raising(v, k);
    }

    /**
     * A passive verb ("were killed", "was wounded") or a verb of dying stands in the clause from cb up to i; not one
     * of a relative clause ("troops who were deployed last week shelled …": the troops still act).
     */
    private static boolean sufferedBefore(TextView v, int cb, int i) {
        for (int k = cb; k < i; k++) {
            if (RELATIVE.contains(v.lower[k])) return false;
            if ((passive(v, k) || undergoes(v, k)) && !raising(v, k) && !actsInConjunct(v, k, i)) return true;
        }
        return false;
    }

    /**
     * The verb at k says its subject undergoes a harm: a verb of suffering ("died in an attack", "fled the shelling")
     * or "came under" ("came under fire", "came under attack from X").
     */
    private static boolean undergoes(TextView v, int k) {
        if (!v.isVerb(k)) return false;
        return SUFFER.contains(v.lemma[k]) || v.lemma[k].equals("come") && k + 1 < v.n && v.lower[k + 1].equals("under");
    }

    /**
     * The passive participle at k raises or controls what follows ("are believed to have bombed", "are suspected of
     * shelling", "were deployed to shell", "are trained to torture"): its subject is the agent of the verb after it.
     */
    private static boolean raising(TextView v, int k) {
        if (k + 1 >= v.n) return false;
        String next = v.lower[k + 1];
        return next.equals("to") || next.equals("of") || next.endsWith("ing") && v.isVerb(k + 1);
    }

    /**
     * A coordinated verb with the same subject comes after the participle at k and before to ("were stationed near
     * the plant and shelled the town", "were pushed back and then shelled"): the subject acts in that conjunct. Not
     * "were killed and wounded" (two participles side by side share the passive).
     */
    private static boolean actsInConjunct(TextView v, int k, int to) {
        for (int j = k + 2; j < to && j < v.n; j++) {
            if (!(v.lower[j].equals("and") || v.lower[j].equals("but") || v.lower[j].equals("or"))) continue;
            int q = j + 1;
            while (q < to && v.pos[q].equals("ADV")) q++;
            if (q < v.n && q <= to && v.isVerb(q)) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "that");

    /** The participle of the verb group at verb ("are believed", "have been deployed"): past auxiliaries and adverbs. */
    private static int participle(TextView v, int verb, int end) {
        int k = verb;
        while (k + 1 < v.n && v.end(k + 1) <= end && (v.pos[k].equals("AUX") || v.pos[k].equals("ADV") || v.lemma[k].equals("be")
                || v.lemma[k].equals("get") || v.lemma[k].equals("have"))) k++;
        return k;
    }

    /** The token after the last of the clause that holds k, within end. */
    private int clauseEnd(TextView v, int k, int end) {
        int e = k;
        while (e + 1 < v.n && v.end(e + 1) <= end && !clauseBreak(v, e)) e++;
        return e + 1;
    }

    private static final Set<String> AUTHORSHIP = W.set("AUTHORSHIP");

    /**
     * "the strike was the work of X", "the attack bore the hallmarks of X": a noun of authorship after the harm, in its
     * clause (a form of "be" or "bear" right before "the"), names the agent by its "of" phrase; not "the work of
     * rescuers" with no actor, nor a noun of authorship in another clause.
     */
    private Mention authoredBy(TextView v, int from, int end) {
        for (int k = from; k + 3 < v.n && k < from + 8 && v.end(k + 3) <= end; k++) {
            if (v.isPunct(k) || CLAUSE_OPENERS.contains(v.lower[k]) || v.pos[k].equals("SCONJ")) return null;
            if (!(v.lemma[k].equals("be") || v.lemma[k].equals("bear")) || !v.lower[k + 1].equals("the")) continue;
            int n = k + 2;
            while (n < v.n && v.pos[n].equals("ADJ")) n++;
            if (n < v.n && v.end(n) <= end && AUTHORSHIP.contains(v.lemma[n])) return ofActor(v, n + 1, end);
            return null;
        }
        return null;
    }

    /**
     * The actor of the "of" phrase at from that names who did a wrong ("the crimes of X", "the aggression of the X
     * regime"): only a determiner, adjective, possessive or name may stand before it. Not past a preposition, a number
     * or an "-ing" word: "the crimes of October 7 in X" (X is where), "the crime of insulting X" (X is offended).
     */
    private static Mention agentOf(TextView v, int from, int end) {
        if (from >= v.n || v.end(from) > end || !v.lower[from].equals("of")) return null;
        for (int j = from + 1; j < v.n && j < from + 5 && v.end(j) <= end; j++) {
            if (v.lower[j].endsWith("ing")) return null;
            if (v.actorAt[j] != null) return v.actorAt[j];
            String t = v.pos[j];
            if (!(t.equals("DET") || t.equals("ADJ") || t.equals("PRON") || t.equals("PROPN") || t.equals("PART"))) return null;
        }
        return null;
    }

    /**
     * The harm noun at i heads its clause's subject: only determiners, adjectives, numbers and possessives stand
     * before it in the clause ("the strike", "the deadly attack"). Not a gerund's or a preposition's object ("deterring
     * X aggression is …", "rebuilding after the shelling will be …"), nor a harm with its agent already on it ("X
     * aggression", "X's strike").
     */
    private boolean headsSubject(TextView v, int i, int contentBegin) {
        if (!v.pos[i].equals("NOUN")) return false;
        int cb = i;
        while (cb - 1 >= 0 && v.begin(cb - 1) >= contentBegin && !clauseBreak(v, cb - 1)) cb--;
        // ("after the shelling": an opener the tagger calls a preposition governs the harm)
        if (cb - 1 >= 0 && v.begin(cb - 1) >= contentBegin && v.pos[cb - 1].equals("ADP")) return false;
        for (int k = cb; k < i; k++) {
            String t = v.pos[k];
            if (v.actorAt[k] != null || v.lower[k].endsWith("ing")) return false;
            if (!(t.equals("DET") || t.equals("ADJ") || t.equals("NUM") || t.equals("PRON") || t.equals("PART"))) return false;
        }
        return true;
    }

    /** Nouns of a wrong whose "of" phrase names who did it ("the crimes of X"), unlike "the killing of X". */
    private static final Set<String> AGENT_OF = W.set("AGENT_OF");

    /** Verbs whose subject undergoes a harm ("died in an attack", "perished in the shelling"). */
    private static final Set<String> SUFFER = W.set("SUFFER");

    /** Verbs of welcoming, thanking or praising, which implicate their subject in nothing (lexicon/words-targets.tsv BENIGN). */
    private static final Set<String> BENIGN = W.set("BENIGN");

    /**
     * Past participles spelled like their base form, or left as they are by the lemmatiser ("were shot", "was hit"):
     * the list words-attribution.tsv IRREGULAR_PARTICIPLES, which the attribution rules read too.
     */
    private static final Set<String> SAME_PARTICIPLES = WordClasses.load("words-attribution.tsv").set("IRREGULAR_PARTICIPLES");

    /** The word at i is a participle after a form of "be" or "get" ("were killed", "had been badly shelled"). */
    private static boolean passive(TextView v, int i) {
        if (!v.isVerb(i) || v.lower[i].endsWith("ing")) return false;
        // (a participle the lemmatiser leaves as it is, "were beaten", "was slain", "were hit by": an -n form or a
        // by-phrase right after it; not a base form, "they attack")
        if (v.lower[i].equals(v.lemma[i]) && !(v.lower[i].endsWith("n") || SAME_PARTICIPLES.contains(v.lower[i])
                || i + 1 < v.n && v.lower[i + 1].equals("by"))) return false;
        int k = i - 1;
        while (k >= 0 && v.pos[k].equals("ADV")) k--;
        return k >= 0 && (v.lemma[k].equals("be") || v.lemma[k].equals("get"));
    }

    /**
     * The first actor from {@code from} to {@code to} that can be an agent; actors {@code own} names (the speaker's
     * own side, which an allegation does not accuse) are passed over for the next one.
     */
    private Mention firstActor(TextView v, int from, int to, int addrB, int addrE, Predicate<Mention> own) {
        for (int k = from; k < to; k++) {
            Mention m = v.actorAt[k];
            if (m == null) continue;
            if (m.span().begin() >= addrB && m.span().end() <= addrE) continue;
            if (own != null && own.test(m)) { k = lastToken(v, m, k); continue; }
            int f = v.firstToken(m);
            int p = f - 1;
            while (p >= 0 && (v.pos[p].equals("DET") || v.pos[p].equals("ADJ") || v.pos[p].equals("NUM"))) p--;
            int after = v.tokenAtOrAfter(m.span().end());
            // the object of a verb ("left Syria on …"), not the agent
            if (f - 1 >= 0 && v.isVerb(f - 1) && (after >= v.n || v.pos[after].equals("ADP") || v.isPunct(after))) { k = lastToken(v, m, k); continue; }
            if (p >= 0 && (LOCATIVE.contains(v.lower[p]) && !affiliation(v, p) || ADDRESSING.contains(v.lemma[p]))) { k = lastToken(v, m, k); continue; }
            // "the port of X", "the village of X": a place the recogniser took for an actor is where, not who
            if (p > 0 && v.lower[p].equals("of") && SITES.contains(v.lower[p - 1])) { k = lastToken(v, m, k); continue; }
            if (harmedOf(v, p)) { k = lastToken(v, m, k); continue; }
            if (isBad(v, f) && !(p >= 0 && affiliation(v, p))) { k = lastToken(v, m, k); continue; }
            if (dateline(v, m)) { k = lastToken(v, m, k); continue; }
            return m;
        }
        return null;
    }

    /**
     * The word at p is the "of" after a noun of harming ("the killing of X civilians", "the shelling of X's
     * villages"): the actor after it is the victim, not the agent; not a noun whose "of" names the agent ("the
     * crimes of X", "the attacks of X").
     */
    private boolean harmedOf(TextView v, int p) {
        if (p < 1 || !v.lower[p].equals("of") || !v.pos[p - 1].equals("NOUN")) return false;
        // only a noun of an act done to someone (PATIENT_OF: "the destruction of", "the killing of"); "the attacks of the
        // coalition", "the crimes of X" name the agent, and so does the "-ing" noun of a wrong with no victim ("the
        // cheating of X athletes", "the lying of X")
        return PATIENT_OF.contains(v.lower[p - 1]) || PATIENT_OF.contains(v.lemma[p - 1]);
    }

    /** Nouns of a harm whose "of" phrase is its victim ("the destruction of X", "the murder of X"). */
    private static final Set<String> PATIENT_OF = W.set("PATIENT_OF");

    /** Nouns of a site named by "of" and a name ("the port of X", "the town of X"). */
    private static final Set<String> SITES = W.set("SITES");

    private static final Set<String> AFFILIATED = W.set("AFFILIATED");

    /** "terrorist groups affiliated to X", "militias loyal to X", "fighters linked with X": X answers for the group's acts. */
    private static boolean affiliation(TextView v, int prep) {
        return prep > 0 && (v.lower[prep].equals("to") || v.lower[prep].equals("with")) && AFFILIATED.contains(v.lower[prep - 1]);
    }

    /**
     * "the terrorists fired …", "the militants attacked …": a bad actor named by a common noun before the act at i
     * stands for the bad actor the text named last (within the paragraph before, up to 600 characters back).
     */
    private Mention badAntecedent(TextView v, int i, int contentBegin) {
        int noun = -1;
        for (int k = i - 1; k >= 0 && k >= i - 6 && v.begin(k) >= contentBegin; k--) {
            if (clauseBreak(v, k)) break;
            if (v.actorAt[k] == null && (v.pos[k].equals("NOUN") || v.pos[k].equals("ADJ")) && isBad(v, k)) { noun = k; break; }
        }
        if (noun < 0) return null;
        int d = noun - 1;
        while (d >= 0 && v.pos[d].equals("ADJ")) d--;
        if (d < 0 || !(v.lower[d].equals("the") || v.lower[d].equals("these") || v.lower[d].equals("those"))) return null;
        int floor = Math.max(0, v.begin(noun) - 600);
        for (int k = d - 1; k >= 0 && v.begin(k) >= floor; k--) {
            Mention m = v.actorAt[k];
            if (m != null && isBadMention(v, m)) return m;
        }
        return null;
    }

    /** Common nouns describing the fighters of an armed group ("the militants", "the rebels", "the gunmen"). */
    private static final Set<String> FIGHTER_NOUNS = W.set("FIGHTER_NOUNS");
    /** Words of the name of an armed group that belongs to no state ("Front", "Brigades", "Militia", "Liberation Army"). */
    private static final Set<String> ARMED_GROUP_NAME = W.set("ARMED_GROUP_NAME");

    /**
     * "the militants had used villagers as human shields", "homes burned by the rebels": a harm whose agent is a
     * definite description of fighters (the subject of its clause, or after "by") blames the article's one armed group
     * tied to no state; null when there is no such description, or no group, or several.
     */
    private String describedArmedGroup(TextView v, int i, int len, Span c, Speakers sp, String speaker) {
        int noun = -1;
        // (the subject before the verb: a noun after it is its object, "had used farmers as human shields"; another
        // noun before it is another subject, "the rebels said government jets had bombed the town")
        boolean verb = v.isVerb(i);
        for (int k = i - 1; k >= 0 && k >= i - 6 && v.begin(k) >= c.begin(); k--) {
            if (clauseBreak(v, k) || v.actorAt[k] != null) break;
            if (FIGHTER_NOUNS.contains(v.lower[k])) { noun = k; break; }
            if (verb && (v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN"))) break;
            verb |= v.isVerb(k);
        }
        // (fighters who underwent a harm are no agent of it: "the militants were killed by an air strike")
        if (noun >= 0 && passive(v, i)) noun = -1;
        for (int k = noun + 1; noun >= 0 && k < i; k++) if (v.lower[k].equals("by") || v.isVerb(k) && passive(v, k)) noun = -1;
        if (noun < 0) {
            int b = i + len;
            if (b + 2 < v.n && v.end(b + 2) <= c.end() && v.lower[b].equals("by") && FIGHTER_NOUNS.contains(v.lower[b + 2])) noun = b + 2;
        }
        if (noun < 1) return null;
        int det = noun - 1;
        while (det > 0 && v.pos[det].equals("ADJ")) det--;
        if (!(v.lower[det].equals("the") || v.lower[det].equals("these") || v.lower[det].equals("those"))) return null;
        String one = null;
        for (Entity e : sp.entities.values()) {
            if (!(e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP) || e.key().equals(speaker) || stateTied(sp, e, 2)) continue;
            // (a group named as a bad actor, "al-Nusra Front", is left to badAntecedent, which takes it only near the
            // description; it still makes a second candidate)
            boolean armed = false, badNamed = bad.contains(e.label().toLowerCase(Locale.ROOT));
            for (String w : LABEL_WORDS.split(e.label().toLowerCase(Locale.ROOT))) { armed |= ARMED_GROUP_NAME.contains(w); badNamed |= bad.contains(w); }
            if (badNamed) return null;
            if (!armed) continue;
            if (one != null) return null;
            one = e.key();
        }
        // (a group named in the claim itself is another party to it, often the fighters' opponent: "the militants had
        // used villagers as human shields in the fighting with the X Front"; the description is not that group)
        if (one != null) for (Mention m : v.a.mentions())
            if (one.equals(m.entityKey()) && m.span().begin() >= c.begin() && m.span().end() <= c.end()) return null;
        return one;
    }

    /** The entity belongs to a country, directly or through a body that does ("Southern Front" of a rebel alliance does not). */
    private static boolean stateTied(Speakers sp, Entity e, int depth) {
        for (String m : e.memberOf()) {
            Entity o = sp.entities.get(m);
            if (o == null) continue;
            if (o.type() == EntityType.COUNTRY || depth > 1 && stateTied(sp, o, depth - 1)) return true;
        }
        return false;
    }

    private static boolean demonstrativeBefore(TextView v, int i, int contentBegin) {
        int k = i - 1;
        while (k >= 0 && v.begin(k) >= contentBegin && v.pos[k].equals("ADJ")) k--;
        return k >= 0 && v.begin(k) >= contentBegin && (v.lower[k].equals("this") || v.lower[k].equals("these") || v.lower[k].equals("such"));
    }

    /** The content names its harm only by reference ("this aggression", "such crimes", "these attacks"). */
    boolean anaphoricHarm(TextView v, Span content) {
        for (int i = v.tokenAtOrAfter(content.begin()); i + 1 < v.n && v.end(i + 1) <= content.end(); i++) {
            if (!(v.lower[i].equals("this") || v.lower[i].equals("these") || v.lower[i].equals("such"))) continue;
            int k = i + 1;
            while (k < v.n && v.pos[k].equals("ADJ")) k++;
            if (k < v.n && v.end(k) <= content.end() && (match(v, k, harm) > 0 || match(v, k, critical) > 0)) return true;
        }
        return false;
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

    /** "BEIRUT (Reuters) -", "DAMASCUS, Nov 3 (SANA) —": the place and outlet of a dateline at the head of a paragraph name no agent. */
    private static boolean dateline(TextView v, Mention m) {
        int f = v.firstToken(m);
        int f0 = v.tokenAtOrAfter(v.paragraphs.get(v.paragraphOf(m.span().begin())).begin());
        // a dateline opens with its place in capitals and ends in a free-standing dash
        if (f0 >= v.n || v.word[f0].length() < 2 || !v.word[f0].equals(v.word[f0].toUpperCase(Locale.ROOT))) return false;
        for (int k = f0; k < v.n && k < f0 + 12; k++) {
            if (DASHES.contains(v.word[k]) && v.begin(k) > 0 && v.end(k) < v.body.length()
                    && Character.isWhitespace(v.body.charAt(v.begin(k) - 1)) && Character.isWhitespace(v.body.charAt(v.end(k)))) return f < k;
            // a scraper may have stripped the dash: "KHARTOUM (AP) An air strike …", the outlet in brackets and a new sentence after
            if (v.word[k].equals(")") && k + 1 < v.n && k - 3 >= f0 && v.word[k - 2].equals("(") && !DASHES.contains(v.word[k + 1])
                    && Character.isUpperCase(v.word[k + 1].charAt(0))) return f < k;
            if (v.isVerb(k) || v.word[k].equals(".")) return false;
        }
        return false;
    }

    private int lastToken(TextView v, Mention m, int k) {
        while (k + 1 < v.n && v.begin(k + 1) < m.span().end()) k++;
        return k;
    }

    private boolean clauseBreak(TextView v, int k) {
        String w = v.word[k];
        return w.equals(";") || w.equals(".") || w.equals(",") && !(k + 1 < v.n && v.actorAt[k + 1] != null)
                || v.pos[k].equals("SCONJ") || CLAUSE_OPENERS.contains(v.lower[k]);
    }

    /** Words that open a new clause whatever the tagger calls them ("… were killed when X opened fire"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "but", "when", "whereas", "because", "although", "though", "after", "before", "until");

    /** The speaker belongs to the target (a minister to his government): a speaker does not accuse its own side. */
    private static boolean affiliated(Speakers sp, String speaker, String target, int depth) {
        Entity s = sp.entities.get(speaker);
        if (s == null || depth == 0) return false;
        for (String m : s.memberOf()) if (m.equals(target) || affiliated(sp, m, target, depth - 1)) return true;
        return false;
    }

    /**
     * As {@link #affiliated(Speakers, String, String, int)}, and also: a body named without its state ("Foreign Ministry
     * spokesperson X" in a story datelined "BEIJING, March 12 (Xinhua) --") belongs to the state of the dateline.
     */
    private static boolean affiliated(TextView v, Speakers sp, String speaker, String target, int depth) {
        if (affiliated(sp, speaker, target, depth)) return true;
        // "the Foreign Ministry's spokeswoman X" with no membership recorded: the body named in the title, and its state
        Entity se = sp.entities.get(speaker);
        if (depth > 0 && se != null && se.memberOf().isEmpty() && (se.type() == EntityType.PERSON || se.type() == EntityType.UNNAMED_SOURCE)) {
            String body = titleSide(v, sp, speaker, true);
            if (body != null && (body.equals(target) || affiliated(v, sp, body, target, depth - 1))) return true;
        }
        Entity t = sp.entities.get(target);
        if (t == null) t = v.entity(target);
        // (the speaker's body first: the dateline is looked up only for a state body named without its state)
        if (t == null || t.type() != EntityType.COUNTRY || !unqualifiedBody(sp, speaker, depth)) return false;
        return target.equals(datelineCountry(v, sp));
    }

    /** The speaker is, or belongs to, a state body named without its state (no country in its name, no membership). */
    private static boolean unqualifiedBody(Speakers sp, String speaker, int depth) {
        Entity s = sp.entities.get(speaker);
        if (s == null || depth < 0) return false;
        if (s.type() == EntityType.ORGANIZATION && s.memberOf().isEmpty() && s.country() == null) {
            for (String w : LABEL_WORDS.split(s.label().toLowerCase(Locale.ROOT))) if (STATE_BODY.contains(w)) return true;
        }
        for (String m : s.memberOf()) if (unqualifiedBody(sp, m, depth - 1)) return true;
        return false;
    }

    /**
     * The country of the place that opens the article as its dateline ("BEIJING, March 12 (Xinhua) --"): a place the
     * recogniser marked, or words in capitals that name a country or its capital among the article's actors; or null.
     */
    private static String datelineCountry(TextView v, Speakers sp) {
        int k = 0;
        while (k < v.n && k < 4 && v.word[k].length() > 1 && Character.isLetter(v.word[k].charAt(0)) && v.word[k].equals(v.word[k].toUpperCase(Locale.ROOT))) k++;
        if (k == 0 || k >= v.n || !(v.word[k].equals(",") || v.word[k].equals("(") || DASHES.contains(v.word[k]))) return null;
        if (v.placeAt[0] != null) return seatOf(v, v.placeAt[0], sp);
        String name = v.body.substring(v.begin(0), v.end(k - 1)).toLowerCase(Locale.ROOT);
        for (Entity e : sp.entities.values()) {
            if (e.type() != EntityType.COUNTRY) continue;
            if (e.label().toLowerCase(Locale.ROOT).equals(name)) return e.key();
            for (String a : e.altLabels()) if (a.toLowerCase(Locale.ROOT).equals(name)) return e.key();
        }
        // a city the article names only in its dateline: the most populous gazetteer place of that name
        Gazetteer g = Gazetteer.get();
        Gazetteer.Place best = null;
        for (Gazetteer.Target t : g.names.get(Words.normalized(name))) {
            Gazetteer.Place p = t.kind() == Gazetteer.Kind.PLACE ? g.places.get(t.ref()) : null;
            if (p != null && p.iso2() != null && (best == null || p.population() > best.population())) best = p;
        }
        return best == null ? null : g.countryByIso2.get(best.iso2());
    }

    private void addConjoined(TextView v, List<String> out, Mention m, AttributionAnnotator.Draft d, Speakers sp) {
        int k = v.tokenAtOrAfter(m.span().end());
        if (k + 1 < v.n && (v.lower[k].equals("and") || v.lower[k].equals("&")) && v.actorAt[k + 1] != null) {
            add(v, out, v.actorAt[k + 1], d, sp);
        } else if (k + 1 < v.n && v.lower[k].equals("and") && Character.isUpperCase(v.word[k + 1].charAt(0))) {
            // "Garza and GAW": a short form the recogniser left unmarked, when it names one of the article's actors
            String key = namedActor(sp, v.word[k + 1], d.speaker);
            if (key == null) key = shortFormOf(sp, v.word[k + 1], d.speaker);
            if (key != null && !out.contains(key) && !(d.stance == org.claimgraph.model.Stance.ALLEGES && affiliated(v, sp, d.speaker, key, 3))) out.add(key);
        } else if (k + 2 < v.n && v.lower[k].equals("and") && v.lower[k + 1].equals("the")) {
            // "the Unity Party and the opposition Renewal Bloc": a name after "the" and at most two lower-case
            // modifiers; "the jihadists and the security forces": a bare armed-force noun for the article's one armed
            // actor, only a state's force (a rebel group is no "security forces" or "army" named bare), not the first
            // conjunct's own
            int j = k + 2;
            while (j < v.n && j <= k + 3 && v.actorAt[j] == null && Character.isLowerCase(v.word[j].charAt(0))
                    && (v.pos[j].equals("ADJ") || v.pos[j].equals("NOUN")) && !FORCE_NOUNS.contains(v.lower[j])) j++;
            if (j >= v.n) return;
            if (v.actorAt[j] != null && v.begin(j) == v.actorAt[j].span().begin()) { add(v, out, v.actorAt[j], d, sp); return; }
            // (the noun heads its phrase: "the army of …", "the army had …", not "the army commanders")
            boolean head = j + 1 >= v.n || v.isPunct(j + 1) || v.isVerb(j + 1) && v.lower[j + 1].endsWith("ed") || v.pos[j + 1].equals("AUX")
                    || v.pos[j + 1].equals("ADP") || v.pos[j + 1].equals("CCONJ");
            if (FORCE_NOUNS.contains(v.lower[j]) && head) {
                String a = soleArmedActor(sp);
                if (a != null && ofState(sp.entities.get(a)) && !a.equals(m.entityKey()) && !a.equals(d.speaker) && !out.contains(a) && !(d.stance == org.claimgraph.model.Stance.ALLEGES && affiliated(v, sp, d.speaker, a, 3))) out.add(a);
            }
        }
    }

    private static final Set<String> ALLIANCE = W.set("ALLIANCE");

    /**
     * "Clinton aide Huma Abedin", "GAW Miners CEO Josh Garza": an actor inside a title gives way to the one named
     * right after the title's noun.
     */
    private static Mention titled(TextView v, Mention m) {
        int last = v.lastTokenOf(m);
        if (last + 2 < v.n && v.actorAt[last + 1] == null && v.pos[last + 1].equals("NOUN") && v.actorAt[last + 2] != null)
            return v.actorAt[last + 2];
        return m;
    }

    /** Troops named by their state ("Azerbaijani forces", "Russian troops") are that state's armed forces when the article names them. */
    private static Entity forcesNamed(TextView v, Mention m, Entity e, Speakers sp) {
        if (e.type() != EntityType.COUNTRY) return e;
        int after = v.tokenAtOrAfter(m.span().end());
        if (after >= v.n || !TROOPS.contains(v.lower[after])) return e;
        for (Entity f : sp.entities.values()) {
            if (!f.memberOf().contains(e.key()) || f.type() == EntityType.PERSON) continue;
            for (String w : LABEL_WORDS.split(f.label().toLowerCase(Locale.ROOT))) if (FORCES.contains(w)) return f;
        }
        return e;
    }

    private static final Set<String> TROOPS = W.set("TROOPS");

    /** "Russian jets", "regime helicopters": craft or weapons of a state stand for the state. */
    private Entity stateOfMeans(TextView v, Mention m, Entity e, Speakers sp) {
        int last = v.tokenEndingBy(m.span().end());
        if (last < 0 || !(means.contains(v.lemma[last]) || means.contains(v.lower[last]))) return e;
        // "coalition aircraft": an alliance's craft are the alliance's, not its leading state's
        for (String w : LABEL_WORDS.split(e.label().toLowerCase(Locale.ROOT))) if (ALLIANCE.contains(w)) return e;
        for (String k : e.memberOf()) {
            Entity c = sp.entities.get(k);
            if (c == null) c = v.entity(k);
            if (c != null && c.type() == EntityType.COUNTRY) return c;
        }
        return e;
    }

    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");

    /** The actor a third-person pronoun opening the content stands for ("She put …", "They didn't even look"), not the speaker; or null. */
    private String pronounAntecedent(TextView v, AttributionAnnotator.Draft d) {
        Span c = d.content;
        int k = v.tokenAtOrAfter(c.begin());
        while (k < v.n && v.end(k) <= c.end() && (v.isQuote(k) || v.isPunct(k))) k++;
        if (k >= v.n || v.end(k) > c.end() || !THIRD_PERSON.contains(v.lower[k])) return null;
        Mention ante = antecedentNotSpeaker(v, k, d.speaker);
        return ante == null ? null : ante.entityKey();
    }

    /** The content names a wrong: a harm, a criticism, a legal action or deceit. */
    boolean accusatory(TextView v, Span c) {
        for (int i = v.tokenAtOrAfter(c.begin()); i < v.n && v.end(i) <= c.end(); i++) {
            if (match(v, i, harm) > 0 || match(v, i, critical) > 0 || legal.contains(v.lemma[i]) || DECEIT.contains(v.lower[i])) return true;
        }
        return false;
    }

    /** The content opens by referring back to the earlier claim: "this/that/it/such …", or "the" and a word of that claim. */
    private static boolean refersBack(TextView v, Span c, Span earlier) {
        int k = v.tokenAtOrAfter(c.begin());
        while (k < v.n && v.end(k) <= c.end() && (v.isQuote(k) || v.isPunct(k))) k++;
        if (k >= v.n || v.end(k) > c.end()) return false;
        if (ANAPHORS.contains(v.lower[k])) return true;
        if (!v.lower[k].equals("the") || k + 1 >= v.n || v.end(k + 1) > c.end()) return false;
        for (int i = v.tokenAtOrAfter(earlier.begin()); i < v.n && v.end(i) <= earlier.end(); i++) if (v.lemma[i].equals(v.lemma[k + 1])) return true;
        return false;
    }

    private static final Set<String> ANAPHORS = Set.of("this", "that", "it", "such", "these", "those");

    /**
     * Targets from the discourse, after each claim's own. The thread of a claim is its speaker's, or its speaker's side's
     * (a body and whoever speaks for it: "the ministry said …", then "its spokesman X said …").
     * <ul>
     * <li>A claim that names a wrong but no one who did it ("They serially ripped apart this entire effort") implicates
     * whom the thread's claim just before accused, in the same or the previous paragraph (another voice of the side only
     * when the content refers back to it: "This was …", "the attack …"; a same-side claim that gives nothing is passed
     * over, the speaker's own ends the search). An allegation naming a wrong and no actor outside the thread takes no
     * target from the article: given the most accused actor, it attached the accused to ordinary sentences ("investors
     * were unable to price the risk", "the arrest was an attack on press freedom"), and a tight version (strong wrong
     * words only, no negation, no procedure subject, near an allegation, two distinct accusers) kept nothing on held-out
     * text.</li>
     * <li>A denial accusing no one ("It was all in accordance with the law") answers for whom the thread's denial just
     * before it answered, in the same or the previous paragraph; failing that, a claim made a denial only after the
     * targets were found (the answer to a denial, a rebuttal by an accused side) answers for the speaker's side, or for
     * a person speaker rebutting what is said of themself, as a denial found at once does ({@link #defended}), unless
     * {@link #defendedLate} examined it. A denial naming no actor takes no target from the article's most accused
     * actor: it made witnesses, experts and the accuser's own side defend the accused ("a witness said that was not true"),
     * and a tight version (the allegations as subject, no accuser of it, no denial of its own between) kept nothing on
     * held-out text.</li>
     * </ul>
     * Must NOT take: targets across a change of stance (an allegation after a denial of the same speaker, or the
     * reverse), from more than a paragraph back, for a relay (it takes what it relays), the side of a person speaker who
     * has none ("a biomedical engineer said the claim was impossible" answers for no one).
     */
    void discourse(TextView v, List<AttributionAnnotator.Draft> sorted, Speakers sp) {
        List<List<String>> own = new ArrayList<>();
        for (AttributionAnnotator.Draft d : sorted) own.add(d.targets);
        sp.titleSides.clear();
        Map<String, String> sides = new HashMap<>();
        for (AttributionAnnotator.Draft d : sorted) if (!sides.containsKey(d.speaker)) sides.put(d.speaker, side(v, sp, d.speaker));
        for (int k = 0; k < sorted.size(); k++) {
            AttributionAnnotator.Draft d = sorted.get(k);
            if (!d.targets.isEmpty()) continue;
            boolean denies = d.stance == org.claimgraph.model.Stance.DENIES;
            if (!denies && sp.ownActs.contains(d.content)) continue;
            for (int j = k - 1; j >= 0; j--) {
                AttributionAnnotator.Draft b = sorted.get(j);
                boolean self = b.speaker.equals(d.speaker);
                if (!self && (sides.get(d.speaker) == null || !sides.get(d.speaker).equals(sides.get(b.speaker)))) continue;
                boolean near = v.paragraphOf(d.content.begin()) - v.paragraphOf(b.content.begin()) <= 1;
                // (an allegation's targets are the other side, a denial's the speaker's own: never one for the other)
                if (!own.get(j).isEmpty() && !denies && b.stance == org.claimgraph.model.Stance.ALLEGES && near) {
                    // another voice of the side must refer back to the claim ("This was …", "the shelling …"): a briefing
                    // changes topic from one sentence to the next ("the flooding in Libya was a tragedy" is no one's wrong)
                    if (accusatory(v, d.content) && (self || refersBack(v, d.content, b.content))) d.targets = own.get(j);
                    else {
                        // "She put …", "They didn't even look": the pronoun stands for one the speaker just accused
                        String ante = pronounAntecedent(v, d);
                        if (ante != null && own.get(j).contains(ante)) d.targets = List.of(ante);
                    }
                }
                if (!own.get(j).isEmpty() && denies && b.stance == org.claimgraph.model.Stance.DENIES && near && d.relays < 0) d.targets = own.get(j);
                // the thread is the speaker's own: another voice of the side whose claim gives nothing (a spokesman's
                // denial between the ministry's two allegations) does not cut it
                if (self || !d.targets.isEmpty()) break;
            }
            if (d.targets.isEmpty() && denies && d.relays < 0 && !sp.decidedLate.contains(d.content)) {
                String key = defended(v, d, sp, v.tokenAtOrAfter(d.content.begin()), d.content.end());
                if (key != null) d.targets = List.of(key);
            }
        }
    }

    private void add(TextView v, List<String> out, Mention m, AttributionAnnotator.Draft d, Speakers sp) {
        // "Brightcoin CEO Harlan Voss": an organisation inside a title gives way to the person named after it
        Mention t = titled(v, m);
        Entity te = t == m ? null : sp.entities.get(t.entityKey());
        if (te != null && te.type() == EntityType.PERSON && v.actorAt[v.lastTokenOf(m)] == m) m = t;
        Entity e = sp.entities.get(m.entityKey());
        if (e == null || !e.type().isActor() || e.type() == EntityType.UNNAMED_SOURCE) return;
        // (not the subject of a harm: "our Border Guard Service had fired on civilians" is the own side's admitted act)
        boolean subject = false;
        for (int k = v.lastTokenOf(m) + 1; k < v.n && k <= v.lastTokenOf(m) + 3 && !subject && (v.isVerb(k) || v.pos[k].equals("AUX")); k++)
            subject = v.isVerb(k) && harm.containsKey(v.lemma[k]);
        if (d.stance == org.claimgraph.model.Stance.ALLEGES && firstPersonOwned(v, m) && !subject) return;
        e = stateOfMeans(v, m, e, sp);
        e = forcesNamed(v, m, e, sp);
        if (e.key().equals(d.speaker) || out.contains(e.key()) 
                || d.stance == org.claimgraph.model.Stance.ALLEGES && affiliated(v, sp, d.speaker, e.key(), 3)) return;
        out.add(e.key());
        sp.addAlt(e.key(), v.body.substring(m.span().begin(), m.span().end()));
    }

    /**
     * "our border police", "our own army": a body the speaker calls its own (a first-person plural possessive before
     * it, adjectives between) is the speaker's side, which an allegation does not accuse. Not "their police", "its army".
     */
    private static boolean firstPersonOwned(TextView v, Mention m) {
        int k = v.firstToken(m) - 1;
        while (k >= 0 && k >= v.firstToken(m) - 3 && (v.pos[k].equals("ADJ") || v.lower[k].equals("own"))) k--;
        return k >= 0 && v.lower[k].equals("our");
    }

    /**
     * An allegation with no target found by the rules above names its accused as the subject of one of its clauses
     * ("said that in recent weeks Russia had moved …", "claimed the deal, in which NATO had …"): the first actor before
     * a clause's finite verb, with no verb between the clause's start and it. Measured on held-out text, every actor in
     * the content overreaches (objects and places: "combating ISIS", "aid to Ukraine", "in Syria"), while the subject of
     * a clause generalizes. Must NOT take: an actor after a verb of its clause (an object: "combating X", "granting X
     * …"), after a preposition ("in Syria", "from the Kurds", "against X"), an outlet ("…, Reuters reported"), the
     * speaker's own side, nor a body of the speaker's own country ("the Syrian army" in a Syrian minister's words).
     */
    private void subjectInContent(TextView v, List<String> out, int cb, int end, AttributionAnnotator.Draft d, Speakers sp) {
        int prevLast = -9;
        boolean prevGoverned = false;
        for (int i = cb; i < v.n && v.end(i) <= end && out.isEmpty(); i++) {
            Mention m = v.actorAt[i];
            if (m == null) continue;
            int last = Math.max(i, v.lastTokenOf(m));
            int p = i - 1;
            while (p >= cb && (v.pos[p].equals("DET") || v.pos[p].equals("ADJ") || v.pos[p].equals("NUM"))) p--;
            Entity e = sp.entities.get(m.entityKey());
            // (a mention after a preposition is a place, a partner or a patient: "in Syria", "between X and Y", "by X")
            boolean governed = p >= cb && (LOCATIVE.contains(v.lower[p]) || v.pos[p].equals("ADP") && !v.lower[p].equals("of") || harmedOf(v, p))
                    // ("between Russia and China": a conjunct shares the first one's preposition)
                    || i - 2 == prevLast && prevGoverned && (v.lower[i - 1].equals("and") || v.lower[i - 1].equals("or"));
            prevLast = last;
            prevGoverned = governed;
            int verb = governed || e == null || e.type() == EntityType.OUTLET ? -1 : clauseVerb(v, cb, i, last, end);
            // "the rebels were armed by X", "the contracts had been steered by X": the subject of a passive underwent
            // the act; the agent of its by-phrase did it (a participle the tagger read as an adjective included)
            int pp = governed ? -1 : passiveAfter(v, last + 1, end);
            if (pp >= 0) {
                passiveAgent(v, out, pp, end, d, sp);
                i = last;
                continue;
            }
            // ("Syrian civilians were killed", "Turkish soldiers died": a passive or dying subject is a victim, even
            // with its head noun between it and the verb; not a relative clause's verb: "X troops, who were sent …, shelled")
            // ("Ukraine had suffered heavy losses": a verb of suffering after auxiliaries too)
            int main = verb < 0 ? verb : participle(v, verb, end);
            // ("Guinea's border police officers had been beaten": the subject's head nouns may stand between)
            if (verb >= 0 && (verb <= last + 2 || headNouns(v, last + 1, verb)) && (passiveAt(v, verb, end) || passive(v, verb) || verb + 1 < v.n && passive(v, verb + 1) || undergoes(v, verb)
                    || main != verb && main <= Math.max(last + 4, verb + 2) && undergoes(v, main))
                    // (not one followed by the subject's own act, "were recruited from prisons and executed civilians")
                    && !actsInConjunct(v, participle(v, verb, end), clauseEnd(v, verb, end))) verb = -1;
            if (verb >= 0 && !ownCountry(v, sp, d.speaker, e) && !isBadMention(v, m) && !passiveAt(v, last + 1, end) && !wardsOff(v, verb, end) && !figure(v, verb, end)
                    && !harmedInLaterClause(v, last, end, e) && !(main >= 0 && v.isVerb(main) && BENIGN.contains(v.lemma[main]))) {
                boolean owes = false;
                for (int k = verb; k < v.n && v.end(k) <= end && !owes; k++) owes = duty(v, k, end);
                if (!owes) add(v, out, m, d, sp);
            }
            i = last;
        }
    }

    /** Tokens from a to b (exclusive) are at most four nouns or adjectives: the head of a noun phrase ("border police officers"). */
    private static boolean headNouns(TextView v, int a, int b) {
        if (b - a > 4) return false;
        for (int k = a; k < b; k++) if (!(v.pos[k].equals("NOUN") || v.pos[k].equals("ADJ") || v.pos[k].equals("PROPN"))) return false;
        return true;
    }

    /**
     * The finite verb of the clause whose subject the mention [i, last] is, or -1: the mention stands before the verb: no verb between the clause's start (the content's
     * start, a subordinating word, "that", a semicolon, or an "and" right before it) and the mention, and a verb after
     * it before the clause ends.
     */
    private static int clauseVerb(TextView v, int cb, int i, int last, int end) {
        for (int j = i - 1; j >= cb; j--) {
            if (v.pos[j].equals("SCONJ") || CLAUSE_OPENERS.contains(v.lower[j]) || v.word[j].equals(";") || v.lower[j].equals("that")
                    || v.lower[j].equals("and") && j + 1 == i) break;
            if (v.isVerb(j)) return -1;
        }
        for (int a = last + 1; a < v.n && v.end(a) <= end; a++) {
            if (v.word[a].equals(";") || v.word[a].equals(".") || v.pos[a].equals("SCONJ")) return -1;
            // ("called on X to open …": an infinitive, not the clause's finite verb)
            if (v.isVerb(a)) return v.lower[a - 1].equals("to") ? -1 : a;
        }
        return -1;
    }

    /** The clause's verb at a, or a word within three after it, wards off or answers a harm ("acted to prevent …"), with no failure before it. */
    private static boolean wardsOff(TextView v, int a, int end) {
        for (int k = a; k < v.n && k <= a + 3 && v.end(k) <= end; k++) {
            if (!WARD_OFF.contains(v.lemma[k]) && !ANSWER.contains(v.lemma[k])) continue;
            for (int j = a; j < k; j++) if (FAILURE.contains(v.lemma[j]) || FAILURE.contains(v.lower[j])) return false;
            return true;
        }
        return false;
    }

    private static final Set<String> FIGURE_VERBS = W.set("FIGURE_VERBS");

    /**
     * The clause's verb at a reports a figure: a verb of FIGURE_VERBS (after at most two auxiliaries or adverbs) with a
     * number after it, only hedges, prepositions, adjectives or a currency sign between ("made 48.3 bln yen", "won more
     * than 57.4 percent", "had just 3.1 nurses"); a quantity stated of its subject accuses no one. Must NOT stop: a
     * negated verb ("has not made 3 payments"), a number after another word ("made false claims about 3 deals"), a
     * figure of wrongs ("has 300 political prisoners", "made 40 illegal payments": see wrongAfter). Used by
     * subjectInContent only: the same stop on the content's opening subject (subjectOfAllegation) lost a right target
     * on held-out text.
     */
    private boolean figure(TextView v, int a, int end) {
        for (int k = a; k < v.n && k <= a + 2 && v.end(k) <= end; k++) {
            // (not "have" as an auxiliary: "had reached 50 points" is read at "reached")
            boolean aux = k + 1 < v.n && (v.isVerb(k + 1) || v.pos[k + 1].equals("AUX") || v.pos[k + 1].equals("ADV") && k + 2 < v.n && v.isVerb(k + 2));
            if (FIGURE_VERBS.contains(v.lemma[k]) && (v.isVerb(k) || v.pos[k].equals("AUX")) && !aux) {
                // (a hedge or a preposition before the number: "had just 2.7", "won more than 60 percent", "made about 300")
                for (int j = k + 1; j < v.n && j <= k + 4 && v.end(j) <= end; j++) {
                    if (v.pos[j].equals("NUM")) return !wrongAfter(v, j + 1, end);
                    if (FAILURE.contains(v.lower[j]) || !(v.pos[j].equals("ADV") || v.pos[j].equals("ADP") || v.pos[j].equals("ADJ") || v.pos[j].equals("SYM"))) return false;
                }
                return false;
            }
            // (auxiliaries and adverbs before the main verb: "has now reached 40 percent")
            if (!v.pos[k].equals("AUX") && !v.pos[k].equals("ADV") || FAILURE.contains(v.lower[k])) return false;
        }
        return false;
    }

    /** A harm, critical, legal or bad-actor word in the eight words from k, within the sentence ("… 300 political prisoners"). */
    private boolean wrongAfter(TextView v, int k, int end) {
        for (int j = k; j < v.n && j < k + 8 && v.end(j) <= end; j++) {
            if (v.word[j].equals(";") || v.word[j].equals(".")) break;
            if (match(v, j, harm) > 0 || match(v, j, critical) > 0 || legal.contains(v.lemma[j]) || legal.contains(v.lower[j]) || isBad(v, j)) return true;
        }
        return false;
    }

    /** The actor belongs to a country the speaker is, or belongs to: a minister's own country's army or ministry. */
    private static boolean ownCountry(TextView v, Speakers sp, String speaker, Entity e) {
        for (String c : e.memberOf()) {
            Entity ce = sp.entities.get(c);
            if (ce == null) ce = v.entity(c);
            if (ce != null && ce.type() == EntityType.COUNTRY && (c.equals(speaker) || affiliated(v, sp, speaker, c, 3))) return true;
        }
        return false;
    }
}
