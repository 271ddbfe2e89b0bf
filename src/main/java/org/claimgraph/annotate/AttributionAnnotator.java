package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Mention;
import org.claimgraph.vocab.Ids;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;

/**
 * Attributed claims: direct quotes (speaker before, after or between the halves), indirect speech
 * ("X said that …", "X told Y …", "X accused Y of …"), "according to X", reports and relays ("Sputnik
 * reported that a source said …", one claim per level, the outer relaying the inner), continuation
 * quotes (a quoted paragraph with no cue after an attributed one), cues that introduce the next
 * paragraph ("According to the source,"), participial cues ("…, stressing that …"), passive agents
 * ("a question asked by the Russians on …") and sentence-final speakers with or without commas
 * ("… killing four civilians residents said"). Speakers resolve through {@link Speakers}; targets
 * through {@link TargetFinder}. Stance comes from the cue and from denial wording in the content.
 */
final class AttributionAnnotator implements Annotator {
    private final CueLexicon lexicon;
    private final TargetFinder targets;
    /** {@link Work#rejecting} by word, remembered (it depends on the word and the lexicon alone); bounded. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> rejectingWords = new java.util.concurrent.ConcurrentHashMap<>(4096);
    private static final int REJECTING_WORDS_MAX = 50_000;

    AttributionAnnotator() { this(CueLexicon.get(), TargetFinder.get()); }

    AttributionAnnotator(CueLexicon lexicon, TargetFinder targets) {
        this.lexicon = lexicon;
        this.targets = targets;
    }

    @Override public String name() { return "attributions"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.PARAGRAPHS, Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.ATTRIBUTIONS); }

    @Override
    public Article annotate(Article a) {
        return new Work(a).run();
    }

    /** Degrees and suffixes after a name (lexicon/credentials.txt). */
    private static final Set<String> CREDENTIALS = LexiconFile.rows("credentials.txt", false).stream().map(r -> r[0].strip())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.regex.Pattern SOURCE_PHRASE = java.util.regex.Pattern.compile("(?i)(citing|quoting)\\b[^,;:\"“”]*$");
    private static final Pattern ANONYMITY = Pattern.compile(
            "(?i)\\W*(?:(?:his|her|their|its|the\\s+\\w+['’]s)\\s+)?(?:full\\s+|real\\s+)?(?:names?|identity|identities)\\s+(?:should\\s+|would\\s+)?(?:not|never)\\s+be\\b");
    /** Open-class word lists of these rules (lexicon/words-attribution.tsv); loaded first, DENIAL reads INTENSIFIER. */
    private static final WordClasses WORDS = WordClasses.load("words-attribution.tsv");
    /** A negated act closed by "before", "until now" or "previously": the act is new, not denied ("we had not struck these trucks before"). */
    static final Pattern NOT_BEFORE = Pattern.compile("(?i)\\b(?:not|n[’']t|never)\\s+(?:[\\w’'-]+\\s+){1,6}(?:before|previously|until\\s+now|until\\s+(?:this|last)\\s+\\w+)\\W*$");
    /** Denial wording at the start of a reported clause ("it was not responsible", "the reports were false"). */
    static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(?:(?:was|were|is|are|had been|has been|have been)\\s+(?:(?:" + WORDS.alternation("INTENSIFIER") + ")\\s+)?(?:not|never)\\s+(?:responsible|involved|behind|true|accurate)"
                    // "That is simply not the case", "that's not true": a statement of the other side called untrue (not
                    // a comparison: "that is not the case in Germany")
                    + "|\\b(?:that|this|it)(?:\\s+(?:is|was)|['’]s)\\s+(?:(?:" + WORDS.alternation("INTENSIFIER") + ")\\s+)?not\\s+(?:the\\s+case|true)\\b(?!\\s+(?:in|for|at|with|everywhere|anymore)\\b)"
                    // "the claims are without foundation", "the lawsuit is wholly without merit": no grounds
                    + "|\\b(?:was|were|is|are)\\s+(?:(?:" + WORDS.alternation("INTENSIFIER") + "|wholly|utterly)\\s+)?without\\s+(?:any\\s+)?(?:foundation|basis|merit)\\b"
                    + "|(?:had|has|have)\\s+nothing\\s+to\\s+do\\s+with"
                    + "|(?:did|does|do|had|has|have)\\s*(?:not|n[’']t|never)\\s+(?:carr(?:y|ied)\\s+out|conduct(?:ed)?|launch(?:ed)?|target(?:ed)?|use[d]?|commit(?:ted)?|kill(?:ed)?|bomb(?:ed)?|strike|struck|attack(?:ed)?|shell(?:ed)?|help(?:ed)?|support(?:ed)?"
                    + "|fl(?:y|ew|own)|fired?|enter(?:ed)?|cross(?:ed)?|violated?|participated?|t(?:ake|ook|aken)\\s+part|order(?:ed)?"
                    + "|mislead|misled|deceived?|defraud(?:ed)?|lie|lied|breach(?:ed)?|br(?:eak|oke|oken)|st(?:eal|ole|olen)|bribed?|manipulated?|falsif(?:y|ied)|conceal(?:ed)?|hid(?:e|den)?)"
                    + "|(?:had|has|have|did)\\s+(?:carried\\s+out|conducted|launched|made|flown)\\s+no\\b"
                    + "|(?:was|were|is|are|had|has|have)\\s+(?:not|never)\\s+been\\s+(?:active|present|involved|operating|deployed)\\b"
                    + "|no\\s+(?:\\w+\\s+)?(?:involvement|role|connection|link|evidence|proof)\\b|no\\s+(?:\\w+\\s+)?(?:roles|connections|links)\\s+(?:to|with|in)\\s+any\\b|\\bnot\\s+guilty\\b"
                    // "no civilians had been targeted", "no civilian targets were hit": the harm itself is negated
                    + "|no\\s+(?:\\w+\\s+){0,2}(?:had\\s+been|has\\s+been|have\\s+been|were|was)\\s+(?:targeted|hit|struck|attacked|killed|harmed|hurt|injured|shelled|bombed|fired\\s+(?:on|at|upon))\\b"
                    // "I don't believe it", "he did not believe the report": the speaker disbelieves what is claimed
                    + "|(?:\\bI|\\bwe|^\\W*(?:he|she|they))\\s+(?:do|does|did)\\s*(?:not|n[’']t)\\s+believe\\s+(?:(?:it|this|them)\\s*(?:[,.!?\"”]|$)|(?:any\\s+of\\s+)?(?:the|these|those|such|their|its)\\s+(?:[\\w’']+\\s+){0,2}(?:reports?|claims?|allegations?|accusations?|review|assessments?|findings?|story|stories|account|evidence)(?=\\s*(?:[,.!?;:\"”–—]|$|of\\b|about\\b))(?![,\\s]*but\\b))"
                    // "My client never sold anything", "we never took": the speaker's side never did it
                    + "|(?:\\bI|\\bwe|\\bmy\\s+\\w+|\\bour\\s+\\w+)\\s+(?:have\\s+|has\\s+|had\\s+)?never\\s+\\w+"
                    + "|\\b(?:accusations?|allegations?|claims?|charges|reports?|story|article|so-called\\s+evidence)\\b[^.;]{0,80}?\\b(?:were|are|is|was)\\s+(?:part\\s+of\\s+|nothing\\s+but\\s+|just\\s+|merely\\s+|pure\\s+)?[^.;]{0,40}?"
                    + "\\b(?:campaign|fabricat\\w*|lies?|provocation|fake|propaganda|false|baseless|groundless|unfounded|unsubstantiated|reckless|ridiculous|absurd|nonsense|disinformation|hoax|slander|smear|inaccurate|misleading|untrue|incorrect|distorted|defamatory|errors|impossible)\\b"
                    // "That is simply untrue", "that's completely false", "it's an outright lie": an intensifier or a
                    // pronoun's contracted "is" changes nothing (not a possessive: "Moscow's false claims" is no denial)
                    + "|(?:\\b(?:was|were|is|are)|\\b(?:that|it|this)['’]s)\\s+(?:(?:" + WORDS.alternation("INTENSIFIER") + ")\\s+)?"
                    + "(?:false|baseless|groundless|unfounded|fabricated|fake|untrue|lies|(?:a|an)\\s+(?:(?:" + WORDS.alternation("LIE_ADJECTIVE") + ")\\s+)?(?:lie|fabrication|falsehood))\\b"
                    // "my remarks were taken out of context", "the email was quoted wildly out of context": words attributed to
                    // the speaker's side are disowned (a passive of taking or quoting; not "out of context" alone)
                    + "|\\b(?:taken|quoted|lifted|pulled|ripped|twisted|cited|presented|used)\\s+(?:(?:" + WORDS.alternation("INTENSIFIER") + "|" + WORDS.alternation("CONTEXT_ADVERB") + ")\\s+)?out\\s+of\\s+context\\b"
                    // "there was no camp", "there had been no fighters in the village": the thing alleged did not exist
                    // (not inside a relative clause: "struck a quarter where there were no militants" accuses)
                    + "|(?<!\\bwhere\\s)(?<!\\bwhich\\s)(?<!\\bwhen\\s)\\bthere\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:no|never)\\b"
                    // (not the absence of fighters: "there were no fighters in that street, only families" accuses whoever
                    // struck it; the accused side's own such answer is still a rebuttal by rebuttingSide)
                    + "(?!\\s+(?:armed\\s+)?(?:" + WORDS.alternation("ABSENT_COMBATANTS") + ")\\b)"
                    // "he had never taken a bribe", "she has never met him": the speaker's side never did it (reported)
                    + "|^\\W*(?:he|she|they|it)\\s+(?:had\\s+|has\\s+|have\\s+)?[\"“]?never\\s+\\w+"
                    // "it is not a party to the conflict and has never supplied weapons": a second verb of the same subject
                    + "|^\\W*(?:he|she|they|it)\\s+[^.;,]{0,60}?\\band\\s+(?:had|has|have)\\s+never\\s+\\w+"
                    // "was in full compliance", "did nothing wrong", "acted lawfully": conduct defended as proper
                    + "|\\bin\\s+(?:full|complete|total)\\s+compliance\\b|\\b(?:did|done|doing)\\s+nothing\\s+(?:wrong|illegal|improper|unlawful)"
                    + "|\\bacted\\s+(?:lawfully|legally|properly|appropriately|in\\s+accordance|within\\s+the\\s+law)"
                    // "Every shipment we make obeys Chinese law", "it has always complied with the sanctions": the speaker's
                    // own side (first person, or the reported subject opening the clause) keeps the rules
                    + "|(?:\\bwe|\\bour\\s+\\w+|^\\W*(?:he|she|it|they|its\\s+\\w+|their\\s+\\w+))\\s+(?:have\\s+|has\\s+|had\\s+)?(?:always\\s+|fully\\s+|strictly\\s+)?(?:compl(?:y|ies|ied)\\s+with|abided?\\s+by|abides\\s+by)\\b"
                    // "officers had arrested the wrong man", "… and he never left the house": the accused's side answers with a mistaken
                    // identity or an alibi ("was at home when …" is left out: witnesses of an attack say it too)
                    + "|\\b(?:arrested|charged|detained|blamed|accused|convicted|got|have|has|had)\\s+the\\s+wrong\\s+(?:man|woman|person|people|suspect|guy|boy)\\b"
                    + "|\\bnever\\s+left\\s+(?:the\\s+house|home)\\b|\\bnever\\s+left\\W*$"
                    // "no increase in fertility problems has been recorded", "no link was found": the effect alleged was not seen
                    + "|\\bno\\s+(?:\\w+\\s+)?(?:increase|rise|link|evidence|connection|correlation|abnormalit\\w*)\\b[^.;]{0,60}?\\b(?:has|have|had|was|were)\\s+(?:been\\s+)?(?:recorded|found|reported|detected|observed|documented|seen)\\b"
                    // "the book is accurate", "its reporting was correct": a contested writing defended
                    + "|\\b(?:book|report|reporting|story|article|account|claims?|figures?|statement)\\s+(?:is|was|are|were|remains?)\\s+(?:entirely\\s+|completely\\s+|fully\\s+|totally\\s+)?(?:accurate|correct|true)\\b)");

    /**
     * Words one of which every match of {@link #DENIAL} contains, in lower case: each alternative of it has a negation
     * ("not", "nothing", "n't", "never", or "no" as a whole word), or one of these words. Text without any is not
     * tried: most claims have none.
     */
    private static final String[] DENIAL_NEEDS = {"not", "no", "never", "n't", "n’t", "campaign", "fabricat", "lie", "provocation",
            "fake", "propaganda", "false", "baseless", "groundless", "unfounded", "unsubstantiated", "reckless", "ridiculous", "absurd",
            "nonsense", "disinformation", "hoax", "slander", "smear", "misleading", "distorted", "defamatory", "errors", "accurate",
            "correct", "true", "compl", "abid", "wrong", "home", "acted", "impossible", "context", "without"};
    private static final String[][] DENIAL_NEEDS_BY_FIRST = new String[128][];
    static {
        for (String w : DENIAL_NEEDS) {
            String[] l = DENIAL_NEEDS_BY_FIRST[w.charAt(0)];
            l = l == null ? new String[1] : java.util.Arrays.copyOf(l, l.length + 1);
            l[l.length - 1] = w;
            DENIAL_NEEDS_BY_FIRST[w.charAt(0)] = l;
        }
    }

    /**
     * Whether text holds one of {@link #DENIAL_NEEDS} (ASCII letters in either case, as the pattern's {@code (?i)}
     * matches them; "no" followed by no word character, as its {@code no\b} and {@code no\s}): when not, the pattern
     * cannot match.
     */
    static boolean mayDeny(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= 128) continue;
            String[] ws = DENIAL_NEEDS_BY_FIRST[c >= 'A' && c <= 'Z' ? c + 32 : c];
            if (ws == null) continue;
            for (String w : ws) {
                int e = i + w.length();
                if (e > n || !asciiLowerEquals(t, i, w)) continue;
                if (w.equals("no") && e < n && (Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '_')) continue;
                return true;
            }
        }
        return false;
    }

    private static boolean asciiLowerEquals(String t, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = t.charAt(from + k);
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }

    private static final Set<String> AUXILIARY = Set.of("have", "be", "do", "will", "would", "can", "could", "may", "might",
            "must", "shall", "should", "not", "n't", "also", "reportedly", "later", "earlier");


    private static final Set<String> TIME_UNITS = WORDS.set("TIME_UNITS");
    private static final Set<String> IRREGULAR_PARTICIPLES = WORDS.set("IRREGULAR_PARTICIPLES");
    /** Nouns of people (words-targets PEOPLE and CIVIC: "children", "tourists", "bloggers"), read by peopleHead. */
    private static final Set<String> PEOPLE_NOUNS = peopleNouns();
    private static Set<String> peopleNouns() {
        WordClasses t = WordClasses.load("words-targets.tsv");
        Set<String> s = new java.util.HashSet<>(t.set("PEOPLE"));
        s.addAll(t.set("CIVIC"));
        return Set.copyOf(s);
    }
    /** Endings of agent nouns of people ("commuter", "trawlerman", "cyclist", "investor"), read by peopleHead. */
    private static final java.util.List<String> AGENT_ENDINGS = java.util.List.of("er", "or", "ist", "man", "men", "ian");
    /** Heads of a subject that inquires and reports its findings ("the research team", "investigators"). */
    private static final Set<String> INQUIRY_HEADS = WORDS.set("INQUIRY_HEADS");
    private static final Set<String> INQUIRY_GROUPS = WORDS.set("INQUIRY_GROUPS");
    private static final Set<String> INQUIRY_MODIFIERS = WORDS.set("INQUIRY_MODIFIERS");
    /** Verbs by which a study, poll, data or footage reports what it found ("a poll found that …", "footage shows …"). */
    private static final Set<String> FINDING_CUES = WORDS.set("FINDING_CUES");
    /** Head nouns, besides the documents, of a subject that reports what it found ("the data show", "an exposé uncovered"). */
    private static final Set<String> FINDING_SOURCES = WORDS.set("FINDING_SOURCES");
    /** News items that speak for the outlet carrying them ("according to a report in X", "a story on X"). */
    private static final Set<String> CARRIED_REPORTS = WORDS.set("CARRIED_REPORTS");
    /** Finding cues whose subject may be a body that inquired ("the audit office found that …"). */
    private static final Set<String> INQUIRING_CUES = WORDS.set("INQUIRING_CUES");
    /** Relatives that end a finding source's phrase ("the study that …"). */
    private static final Set<String> FINDING_RELATIVES = Set.of("that", "which", "who", "whose");
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "this", "next", "earlier", "later", "past", "previous", "the", "that", "same", "late", "early", "following", "preceding");
    private static final Set<String> PART_OF_DAY = WORDS.set("PART_OF_DAY");

    /** A rejecting name given to a claim in quotation marks ("called the reports “absurd”", "termed it “a lie”"). */
    private static final Pattern REJECTING_NAME = Pattern.compile("(?i)[\"“]\\s*(?:an?\\s+|pure\\s+|complete\\s+|total\\s+|utter\\s+)?(?:"
            + WORDS.alternation("REJECTING_NAME") + "|(?:" + WORDS.alternation("REJECTING_STEM") + ")\\w*)\\b");
    /** Verb endings a pronoun is contracted with ("it's", "we're", "they've", "I'm", "she'll", "he'd"). */
    private static final Set<String> CONTRACTED_VERB = Set.of("'s", "'re", "'ve", "'m", "'ll", "'d");
    /** Nouns naming a claim whose author may follow ("claims by X that …", "allegations circulated by X about …"). */
    private static final Set<String> CLAIM_NOUNS = WORDS.set("CLAIM_NOUNS");
    /** Words of compliance by which a defending party's statement rejects besides a negation ("in accordance with the law"). */
    private static final Set<String> REBUTTAL = WORDS.set("REBUTTAL");
    private static final Set<String> WITH_ACCUSING = WORDS.set("WITH_ACCUSING");
    /** Personal pronouns that, as a subject, are the speaker or its side. */
    private static final Set<String> PERSONAL = Set.of("i", "we", "he", "she", "it", "they");
    /** REBUTTAL_PHRASE rows as lower-case word sequences; "*" stands for any one word ("followed * training"). */
    private static final List<String[]> REBUTTAL_PHRASES = WORDS.set("REBUTTAL_PHRASE").stream().map(r -> r.split(" ")).toList();
    /** CONDUCT_PHRASE rows as lower-case word sequences: conduct defended in so many words ("passed every inspection"). */
    private static final List<String[]> CONDUCT_PHRASES = WORDS.set("CONDUCT_PHRASE").stream().map(r -> r.split(" ")).toList();
    /** Another cause put forward ("could come from") and an alibi ("was at home"): rebuttals of the accused side (words-attribution.tsv OTHER_CAUSE, ALIBI). */
    /** The accuser's evidence attacked as bad ("the study was flawed", "the samples had been tampered with"): words-attribution.tsv BAD_EVIDENCE. */
    private static final List<String[]> BAD_EVIDENCE_PHRASES = WORDS.set("BAD_EVIDENCE").stream().map(r -> r.split(" ")).toList();
    private static final List<String[]> OTHER_CAUSE_PHRASES = java.util.stream.Stream.concat(WORDS.set("OTHER_CAUSE").stream(), WORDS.set("ALIBI").stream()).map(r -> r.split(" ")).toList();
    private static final Set<String> REJECTING_NAMES = WORDS.set("REJECTING_NAME");
    /** Nouns of those who speak for a party: its lawyer, spokesperson or relative. */
    private static final Set<String> AGENTS = WORDS.set("AGENTS");
    /** Nouns by which a lawyer names the one it speaks for ("his client"): no other party (words-attribution.tsv CLIENT). */
    private static final Set<String> CLIENTS = WORDS.set("CLIENT");
    private static final Set<String> BODY_ANAPHOR = WORDS.set("BODY_ANAPHOR");
    private static final Lexicon DEMONYMS = Gazetteer.get().lexicon;
    private static final Set<String> RECENT_CHECK = WORDS.set("RECENT_CHECK");
    private static final Set<String> GONE = WORDS.set("GONE");
    private static final Set<String> GENUINE = WORDS.set("GENUINE");
    private static final Set<String> REPLY_BACK = WORDS.set("REPLY_BACK");
    private static final Set<String> STATE_ORGANS = WORDS.set("STATE_ORGANS");
    private static final Set<String> DENIAL_NOUNS = WORDS.set("DENIAL_NOUNS");
    private static final Set<String> DEFENDED_PLACES = WORDS.set("DEFENDED_PLACES");
    /** A possessive ending ("officers'", "army's"), cut before a word-list lookup. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s?$");
    /** Fighters whose absence, said as "there were no X", charges whoever struck the place (words-attribution). */
    private static final Set<String> ABSENT_COMBATANTS = WORDS.set("ABSENT_COMBATANTS");
    /** Prepositions of a topic phrase, which marks no one ("a report on X was accused of bias"). */
    private static final Set<String> TOPIC_PREPS = Set.of("on", "about", "into");
    /** Prepositions of a place or unit phrase after a subject's head ("police in PLACE", "officers from the X unit"). */
    private static final Set<String> SUBJECT_PLACE_PREPS = Set.of("in", "from", "at", "across", "near", "inside", "within", "outside");

    /** Forms of "stand" as a copula before a passive participle ("stands accused of"), tagged a noun at times. */
    private static final Set<String> STAND_FORMS = Set.of("stand", "stands", "stood");
    /** Third-person personal pronouns and possessives, which may stand for an accused party named elsewhere. */
    private static final Set<String> THIRD_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs");
    private static final Set<String> CHECKED = WORDS.set("CHECKED");
    private static final Set<String> NO_GROUNDS = WORDS.set("NO_GROUNDS");
    private static final Set<String> PERMISSION = WORDS.set("PERMISSION");
    private static final Set<String> CHARGE_NOUNS = WORDS.set("CHARGE_NOUNS");
    /** Dashes that set off a parenthesis ("X – who … – said"). */
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> HARM_VERBS = WORDS.set("HARM_VERBS");
    private static final Set<String> ACCUSING_CLAIMS = WORDS.set("ACCUSING_CLAIMS");
    private static final Set<String> DOCUMENT_NOUNS = WORDS.set("DOCUMENT_NOUNS");
    /** Writings that speak for the body named after them ("a new note from bank X", "a report by X"). */
    private static final Set<String> BODY_DOCUMENTS = WORDS.set("BODY_DOCUMENTS");
    /** Verbs by which an actor puts out a document of its own ("issued a statement", "released a report"). */
    private static final Set<String> ISSUING = WORDS.set("ISSUING");
    /** "a letter from/by/of X": the prepositions that name a document's writer after its noun. */
    private static final Set<String> AUTHOR_PREPOSITIONS = Set.of("from", "by", "of");
    /** Words that open a clause inside another: a boundary between two finite verbs. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "which", "who");
    /** Collective heads that agree as plurals ("police say"): "police reports" is never subject and verb. */
    private static final Set<String> PLURAL_HEADS = WORDS.set("PLURAL_HEADS");
    private static final Set<String> NEW_OR_OTHERS_DOCUMENT = Set.of("a", "an", "their", "his", "her");
    /** Prepositions and relatives that end a document's title words before any name is reached. */
    private static final Set<String> TITLE_BREAKS = Set.of("of", "at", "in", "to", "for", "from", "by", "on", "with", "about",
            "against", "over", "into", "that", "which", "who", "whose");
    private static final Set<String> GENERIC_NAME_WORDS = WORDS.set("GENERIC_NAME_WORDS");
    private static final Set<String> HOSTILE_PARTIES = WORDS.set("HOSTILE_PARTIES");
    /** Cue verbs that concede ("admitted", "acknowledged") and the accused side's own people or instruments (words-attribution CONCEDING, OWN_MEMBERS). */
    private static final Set<String> CONCEDING = WORDS.set("CONCEDING");
    private static final Set<String> OWN_MEMBERS = WORDS.set("OWN_MEMBERS");
    /** Forms of BE before a participle: a passive ("would be fired", "had been executed"). */
    private static final Set<String> BE_FORMS = Set.of("be", "been", "being", "is", "are", "was", "were");
    private static final Set<String> REJECTED_OBJECTS = WORDS.set("REJECTED_OBJECTS");
    private static final Set<String> REBUTTED_NOUNS = WORDS.set("REBUTTED_NOUNS");
    private static final Set<String> NOT_ACTS = WORDS.set("NOT_ACTS");
    private static final Set<String> ADMIN_OBJECTS = WORDS.set("ADMIN_OBJECTS");
    /** Auxiliaries of a passive besides BE ("got rejected", "being denied"). */
    private static final Set<String> PASSIVE_AUX = Set.of("get", "gets", "got", "gotten", "being");
    /** Negations; pronouns a defending side speaks of itself with; modals of a threat ("would not hesitate"). */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "no", "nobody", "none", "nothing");
    private static final Set<String> SIDE_PRONOUNS = Set.of("we", "i", "he", "she", "they", "it", "our", "my", "his", "her", "their", "its");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"«»„]");
    /** A bare answer that denies what a yes-no question put ("No.", "Absolutely not", "Of course not"). */
    private static final Pattern ANSWER_NO = Pattern.compile("(?i)(?:no|not at all|never|(?:no,? )?(?:absolutely|certainly|definitely|of course) not)[.!]?");
    /** A bare answer that affirms it ("Yes.", "Absolutely", "Of course"). */
    private static final Pattern ANSWER_YES = Pattern.compile("(?i)(?:yes|(?:yes,? )?(?:absolutely|certainly|definitely|of course))[.!]?");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");
    private static final Set<String> MODAL_FUTURE = Set.of("will", "would", "shall", "wo");
    private static final Set<String> REJECTING_STEMS = WORDS.set("REJECTING_STEM");

    /** Grammar words that are no part of a role before a name ("said that …", "said to be …", "said he …"). */
    private static final Set<String> NOT_ROLE_WORDS = Set.of("the", "a", "an", "that", "this", "these", "those", "to", "of", "in",
            "on", "at", "by", "for", "with", "from", "as", "about", "into", "than", "after", "before", "he", "she", "it", "they",
            "we", "i", "you", "his", "her", "their", "its", "our", "my", "who", "which", "whom", "whose", "and", "or", "but", "nor",
            "not", "no", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
            "would", "can", "could", "may", "might", "must", "shall", "should", "there", "here", "then", "also", "when", "if");
    /** Words that open an embedded question ("not sure how many people"): no subject phrase runs through them. */
    private static final Set<String> WH = Set.of("how", "what", "why", "when", "where", "whether", "which");
    /** After these a cue word is a noun ("the states that offer …"). */
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "these", "those", "every", "each");
    /** Particles after which a cue verb of force describes an act ("ripped through", "slammed into"). */
    private static final Set<String> FORCE_PARTICLES = Set.of("through", "into", "apart", "across");
    /** Cue lemmas that are also common nouns and report only as a verb's past form or after a modal ("ruled that"). */
    private static final Set<String> VERB_ONLY_CUES = WORDS.set("VERB_ONLY_CUES");
    /** "alleged in its report that …": a possessive inside an adverbial before "that". */
    private static final Set<String> POSSESSIVE_PRON = Set.of("its", "his", "her", "their", "our", "my");

    /** A defence lawyer's description: lower-case "lawyer", "attorney" or "counsel" (not the prosecutors' "U.S. Attorney"). */
    private static final Pattern COUNSEL = Pattern.compile("(?:['’]s|\\bfor\\b.*|\\bdefen[cs]e|\\bchief|\\bgeneral|\\bhis|\\bher|\\btheir|\\bits)\\s+(?:lawyers?|attorneys?|counsel)\\b|\\b(?:lawyers?|attorneys?|counsel)\\s+for\\b|\\bpublic\\s+defenders?\\b");

    /**
     * Prepositions of place the subject phrase does not take in ("farmers along the canal", "residents near the plant");
     * not "within" or "inside", which name an affiliation ("sources within the ministry").
     */
    private static final Set<String> SPATIAL = Set.of("along", "near", "across", "around", "outside", "throughout", "beside", "behind", "off");
    /** Prepositions whose noun phrase, after an unnamed source's head, stays in its name ("an official with the ministry"). */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("with", "of");
    /** Cues that, inside a direct quotation, relay a named source ("“Witnesses told us that …”"). */
    private static final Set<String> RELAYING = WORDS.set("RELAYING");

    /** Sentences of an uncued passage after a cue ("X reported:" and a paragraph) taken as the source's own claims. */
    private static final int PASSAGE_CLAIMS = 3;

    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "must", "can");

    /** Words that open a subordinate clause after a sentence-final cue ("…, officials said on Tuesday, as …"). */
    private static final Set<String> SUBORDINATE = Set.of("as", "while", "whereas", "but", "although", "though", "after", "when", "because");

    /**
     * Words that, after the comma of a sentence-final cue (a clause before its speaker), open a clause that comments on
     * the claim before it ("…, the official stated, despite the fact that …", "…, officials point out, which explains
     * …"), not its content. Only after that comma: with none ("said despite the ban trade grew", "said since the war
     * began …") they open the content, and so they do after a subject-first cue ("The minister said, since …").
     */
    private static final Set<String> AFTER_COMMA_SUBORDINATE = Set.of("despite", "which", "since", "before", "unless");

    private static final Pattern CLAUSE_END = Pattern.compile(",\\s+(?:but|while|whereas|although)\\b|\\s+and\\s+that\\s|;|[.!?](?:\\s|$)");

    /** Cues whose object is the one addressed, never accused ("told Lavrov", "informed the council"). */
    private static final Set<String> ADDRESSING = WORDS.set("ADDRESSING");
    /** Cue lemmas that name their object "as" something ("described the detention as unlawful"). */
    private static final Set<String> NAMING_AS = WORDS.set("NAMING_AS");
    /** Neutral naming cues whose "as" name must be an adjective to be a claim ("described the detention as unlawful"). */
    private static final Set<String> NAMING_AS_ADJECTIVE = WORDS.set("NAMING_AS_ADJECTIVE");
    /** Nouns of those a statement is made to ("explained to reporters", "stated to the press"). */
    private static final Set<String> ADDRESSEE_NOUNS = WORDS.set("ADDRESSEE_NOUNS");

    /** "— Donald J. Trump (@realDonaldTrump) January 2, 2018" closing a paragraph: an embedded post's signature. */
    private static final Pattern EMBED_SIGNATURE = Pattern.compile(
            "\\s[—–-]{1,2}\\s*(?<name>[\\p{Lu}][^()\n—–]{1,60}?)\\s*\\((?<handle>@\\w{1,30})\\)\\s*(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})?\\s*$");

    /** A transcript's speaker label opening a paragraph: "DRAGANOVA:", "MS. PSAKI:", "Mr. Petkanov:", "SPOKESPERSON (Reuters):". */
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile(
            "(?<name>(?:(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr)\\.?\\s+)?\\p{Lu}[\\p{Lu}'’-]+(?:\\s+\\p{Lu}[\\p{Lu}'’-]+){0,3}|(?:Mr|Ms|Mrs|Dr)\\.?\\s+\\p{Lu}\\p{Ll}+(?:[-\\s]\\p{Lu}\\p{Ll}+)?)"
            + "\\s*(?:\\([^)\n]{0,40}\\))?:\\s");
    private static final Pattern TRANSCRIPT_REJECTION = Pattern.compile(
            "(?i)^(?:th(?:at|is) is (?:simply |absolutely |completely )?(?:not true|untrue|false|nonsense)|(?:we|i) (?:categorically |firmly |strongly )?(?:reject|deny|refute)\\b|no(?:,? (?:absolutely|certainly|definitely|of course))?(?: not)?[.!]?$)");
    private static final Pattern TRANSCRIPT_PROCEDURE = Pattern.compile("(?:I (?:will|would like to|want to|can only|cannot|can't|can’t) (?:begin|start|turn|go|comment|say more|add)\\b|I have (?:told|said)\\b|Th(?:at|is) is (?:all|the)\\b|Good (?:morning|afternoon|evening)\\b|Thank you\\b)");
    /** A bare "No." (or "No, absolutely not.") opening an answer. */
    private static final Pattern BARE_NO = Pattern.compile("(?i)no(?:,? (?:absolutely|certainly|definitely|of course))?(?: not)?[.!]?");
    /** Words by which a question reports an accusation or a claim (lexicon/words-attribution.tsv). */
    private static final Set<String> QUESTION_REPORTING = WORDS.set("QUESTION_REPORTING");
    /** Nouns of those who interview, whose name is not the interviewee's (lexicon/words-attribution.tsv). */
    private static final Set<String> INTERVIEWER_NOUNS = WORDS.set("INTERVIEWER_NOUNS");
    /** An interview's question and answer labels opening a paragraph: "Q:", "A:", "Question:", "ANSWER:". */
    private static final Pattern QA_LABEL = Pattern.compile("(?<qa>Q|A|Question|Answer|QUESTION|ANSWER)\\s*[:.]\\s");
    /** Labels of a transcript's questions and of its editors, which state nothing for a speaker. */
    private static final Set<String> NOT_SPEAKER_LABELS = WORDS.set("NOT_SPEAKER_LABELS");

    private static final Pattern GAP_TIGHT = Pattern.compile("[ \\t”\"’'»,.—–-]*");
    private static final Pattern GAP_SPEAKER = Pattern.compile("(?:[,.?!…][”\"»],?|[”\"»],)\\s(?:\\p{Lu}[\\p{L}-]{0,4}\\.|[^\n.;:?!“”\"«»])*");
    private static final Pattern GAP_TITLED_SPEAKER = Pattern.compile("[”\"»]\\s(?:\\p{Lu}[\\p{L}-]{0,4}\\.|[^\n.;:?!“”\"«»])*");
    private static final Pattern GAP_SECOND_HALF = Pattern.compile("[\\s,:;“\"«]*");
    private static final Pattern GAP_OPEN = Pattern.compile("[\\s“\"«„]*");

    /** Honorifics that open a person's name (closed class). */
    private static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "prof", "sir", "dame", "rev");

    /** One claim being built. */
    static final class Draft {
        String speaker;
        Span speakerSpan;
        Span cue;
        Span content;
        Span quote;
        Stance stance;
        boolean objectClaim; // "expressed full support for …": the object is the claim
        double confidence;
        boolean accuses;
        Span object;      // the object phrase of the cue (accused, or the addressee), or null
        boolean addressee; // object is who was told/asked, not accused
        boolean clauseCue; // the cue takes a content clause ("said that …"), not an object ("blasted Y …")
        boolean calledFalse; // a naming cue called a claim false with no quotation ("called the accusations baseless")
        int relays = -1;
        Draft continues; // for continuation quotes
        List<String> targets = List.of();
    }

    private final class Work {
        final Article a;
        final TextView v;
        final Speakers speakers;
        final List<Span> quotes;
        final List<Draft> drafts = new ArrayList<>();
        /** The bodies whose documents this rule made speak ("a note from X"): a later "the note says" is theirs only if one. */
        private final Set<String> documentBodies = new HashSet<>();
        /** The bodies said to issue a new document ("X issued a statement"), by the document's noun. */
        private final java.util.Map<String, Set<String>> issuedBodies = new java.util.HashMap<>();

        Work(Article a) {
            this.a = a;
            this.v = new TextView(a);
            this.speakers = new Speakers(v);
            this.quotes = Quotes.find(a.body());
        }

        Article run() {
            for (int s = 0; s < v.sentFirst.length; s++) {
                for (int i = v.sentFirst[s]; i < v.sentEnd[s]; i++) {
                    documentIssued(i, s);
                    int used = cueAt(i, s);
                    if (used > 0) i += used - 1;
                }
            }
            citedBeforeCue();
            tweets();
            transcript();
            colonStatements();
            dropCuesInsideQuotes();
            splitThatClauses();
            splitParticipleClauses();
            continuations();
            dropNonClaims();
            dropQuestions();
            relayedQuestions();
            relayedSaid();
            splitSentences();
            runOnSentences();
            titlesBeforeSpeaker();
            dedupe();
            parentheticalSubjects();
            relays();
            List<Draft> sorted = new ArrayList<>(drafts);
            sorted.sort(Comparator.comparing((Draft d) -> d.content).thenComparing(d -> d.cue == null ? d.content : d.cue));
            List<Attribution> out = new ArrayList<>();
            for (Draft d : sorted) {
                d.targets = targets.find(v, d, speakers);
            }
            for (Draft d : sorted) {
                if (d.continues != null && d.cue == null) {
                    List<String> t = new ArrayList<>(d.targets);
                    for (String x : d.continues.targets) if (!t.contains(x)) t.add(x);
                    d.targets = t;
                }
            }
            // a defendant's lawyer speaks against the charges: what the lawyer says, accusing nobody, is a denial, and
            // it answers for the client ("Pellam's lawyer, X": the payments "were personal loans")
            for (Draft d : sorted) {
                if (d.stance == Stance.ALLEGES && !d.accuses && d.relays < 0 && onlySpeaker(d) && defenceCounsel(d.speaker)) {
                    d.stance = Stance.DENIES;
                    lateDenial(d, false);
                }
            }
            // "X rejects Trump claim" as the headline: what X says in the first half of the article (the part the
            // headline sums up), accusing nobody, is that rejection
            String denier = headlineDenier(sorted);
            if (denier != null) {
                for (Draft d : sorted) {
                    if (d.speaker.equals(denier) && d.content.begin() < a.body().length() / 2 && d.stance == Stance.ALLEGES && !d.accuses && d.relays < 0 && onlySpeaker(d)
                            // (a counter-accusation is no rejection: "We oppose certain groups fabricating stories",
                            // "the rebels have been shelling the town")
                            && !chargesFabrication(d.content) && !counterAccuses(d.content, d.speaker, denier)) {
                        d.stance = Stance.DENIES;
                        lateDenial(d, true);
                    }
                }
            }
            answersAfterDenial(sorted);
            rebuttingSide(sorted);
            targets.discourse(v, sorted, speakers);
            for (Draft d : sorted) {
                // (a quote that mentions another's words answers them, it does not relay them)
                if (d.relays < 0 || d.cue == null || d.quote != null) continue;
                // a relay accuses whom the statement it relays accuses, and never the speaker it quotes
                Draft in = drafts.get(d.relays);
                List<String> t = new ArrayList<>();
                for (String x : d.targets) if (!x.equals(in.speaker) && !speakers.isNamedIn(x, in.speakerSpan)) t.add(x);
                for (String x : in.targets) if (!t.contains(x) && !x.equals(d.speaker)) t.add(x);
                d.targets = t;
            }
            // (a bare rejection has served the stance of what its side says around it; it is no claim itself)
            java.util.Set<Draft> bare = new java.util.HashSet<>();
            for (Draft d : sorted) if (d.quote == null && bareRejection(d)) bare.add(d);
            for (Draft d : sorted) {
                if (d.relays >= 0) bare.remove(drafts.get(d.relays));
                if (d.continues != null) bare.remove(d.continues);
            }
            // (and only when its speaker says something else here: a speaker is an actor of the story by its claims)
            bare.removeIf(d -> sorted.stream().noneMatch(o -> o != d && !bare.contains(o) && (o.speaker.equals(d.speaker) || o.targets.contains(d.speaker))));
            sorted.removeAll(bare);
            for (Draft d : sorted) d.content = withObjectCue(d);
            for (Draft d : sorted) {
                int r = d.relays < 0 ? -1 : sorted.indexOf(drafts.get(d.relays));
                out.add(new Attribution(d.speaker, d.speakerSpan, d.cue, d.content, d.quote, d.stance,
                        d.targets, List.of(), d.confidence, r));
            }
            return a.withAttributions(out, speakers.changedEntities());
        }

        /**
         * "accused the council of hiding the figures", "denied closing the depot", "demanded their release": the
         * object of a cue that takes an object (or a bare gerund or verbless phrase after any cue) is no statement
         * without its verb, so the claim's text begins at the cue (with the auxiliaries and adverbs between it and its
         * subject: "has always denied cheating"); an object of fewer than four words also takes the speaker right before
         * it ("Vance denies using the word"). Not a clause after the cue ("said the attack was planned", "denied that
         * …"), a quotation, nor content that does not follow the cue. Only the text changes: speaker, stance and targets
         * are already set.
         */
        Span withObjectCue(Draft d) {
            if (d.cue == null || d.quote != null || d.content.begin() < d.cue.end()) return d.content;
            String body = a.body();
            for (int i = d.cue.end(); i < d.content.begin(); i++) if (!Character.isWhitespace(body.charAt(i))) return d.content;
            int c = v.tokenAtOrAfter(d.cue.begin()), f = v.tokenAtOrAfter(d.content.begin());
            if (c >= v.n || f >= v.n || v.sent[c] != v.sent[f]) return d.content;
            if (v.isQuote(f) || v.isPunct(f) || v.lower[f].equals("that") || v.lower[f].equals("whether") || v.lower[f].equals("if")) return d.content;
            // ("quoted the senator as saying she was not worried": the object is the one quoted, and the claim is what
            // that one said, not the reporter's words; a passive cue, "students were told they could leave", "are left
            // alone and told they can go", has no object before its content)
            int ce = v.tokenEndingBy(d.cue.end());
            if (ce > c && v.lower[ce - 1].equals("as")) return d.content;
            if (passiveCue(c)) return d.content;
            // (after a cue that may take a clause, only a gerund or a phrase with no verb: "denied closing the depot",
            // "demanded their release"; not "said the attackers simply ran out", "rejects its servers were breached")
            boolean gerund = v.pos[f].equals("VERB") && v.lower[f].endsWith("ing");
            if (d.clauseCue && !gerund && hasVerb(d.content)) return d.content;
            int b = c, sb = v.sentFirst[v.sent[c]];
            while (b - 1 >= sb && (v.pos[b - 1].equals("AUX") || v.pos[b - 1].equals("ADV") || v.pos[b - 1].equals("PART")) && !v.isPunct(b - 1)) b--;
            if (words(d.content) < 4 && d.speakerSpan != null && d.speakerSpan.end() <= v.begin(b)) {
                int se = v.tokenEndingBy(d.speakerSpan.end());
                if (se >= 0 && se + 1 == b && v.sent[se] == v.sent[c] && v.begin(v.tokenAtOrAfter(d.speakerSpan.begin())) >= v.begin(sb)) b = v.tokenAtOrAfter(d.speakerSpan.begin());
            }
            return new Span(v.begin(b), d.content.end());
        }

        /**
         * The cue at token c is a passive participle: after a form of "be" or "get" ("were told", "had been urged",
         * "got told"), or joined by "and"/"or" to a passive participle before it ("are left in a room and told").
         */
        boolean passiveCue(int c) {
            if (v.lower[c].endsWith("ing")) return false; // a progressive ("is asking for"), no passive
            int sb = v.sentFirst[v.sent[c]], b = c - 1;
            while (b >= sb && v.pos[b].equals("ADV")) b--;
            if (b < sb) return false;
            if (BE_FORMS.contains(v.lower[b]) || v.lemma[b].equals("get")) return true;
            if (!v.lower[b].equals("and") && !v.lower[b].equals("or")) return false;
            for (int k = b - 1; k >= sb && k >= b - 10; k--) {
                if (v.isPunct(k) && !v.word[k].equals(",")) return false;
                if (!v.pos[k].equals("VERB") && !v.pos[k].equals("AUX")) continue;
                if (!v.pos[k].equals("VERB") || v.lower[k].endsWith("ing")) return false;
                int a = k - 1;
                while (a >= sb && v.pos[a].equals("ADV")) a--;
                return a >= sb && (BE_FORMS.contains(v.lower[a]) || v.lemma[a].equals("get"));
            }
            return false;
        }

        /**
         * "The coalition, the ministry said, had helped the militants": a speaker and cue set between commas inside the
         * sentence leave the subject of the claim before them; the claim is the whole sentence, so its subject (often
         * the one accused) is part of it.
         */
        void parentheticalSubjects() {
            for (Draft d : drafts) {
                if (d.cue == null || d.speakerSpan == null || d.quote != null || d.content.begin() < d.cue.end()) continue;
                int c = v.tokenAtOrAfter(d.cue.begin()), sp = v.tokenAtOrAfter(d.speakerSpan.begin());
                int s = v.sent[c], sb = v.sentFirst[s];
                // (past a title or description before the name: ", Foreign Minister Sergei Lavrov said,")
                for (int k = 0; k < 4 && sp - 1 > sb && !v.word[sp - 1].equals(",") && !v.isPunct(sp - 1) && !v.isVerb(sp - 1); k++) sp--;
                if (sp - 1 <= sb || !v.word[sp - 1].equals(",") || sp > c) continue;
                // the cue ends with a comma and the content follows it
                int after = v.tokenAtOrAfter(d.cue.end());
                if (after >= v.n || !v.word[after].equals(",") || v.tokenAtOrAfter(d.content.begin()) != after + 1) continue;
                // before the first comma: a noun phrase alone, no verb, no quote, no other claim
                boolean np = true;
                for (int k = sb; k < sp - 1; k++) if (v.isVerb(k) || v.pos[k].equals("AUX") || v.isQuote(k) || v.word[k].equals(",")) { np = false; break; }
                if (!np || sp - 1 - sb > 8) continue;
                Span whole = new Span(v.begin(sb), d.content.end());
                boolean taken = false;
                for (Draft o : drafts) if (o != d && o.content.begin() < d.content.begin() && o.content.end() > whole.begin()) { taken = true; break; }
                if (!taken) d.content = whole;
            }
        }

        /**
         * The content accuses a third party of harm: a verb of {@link #HARM_VERBS} ("shell", "kill", "attack") within its
         * first twelve tokens, with no negation before it and a subject that is not the side itself ("the militants
         * were continuing to shell the city", "the regime's artillery killed eleven civilians"). The subject before the
         * verb must name that third party: a mention of another actor or a hostile party's noun (HOSTILE_PARTIES:
         * "militants", "rebels"). Must NOT catch a denied harm ("our forces never targeted civilians", "no one was killed
         * by the army"), the side's own account of its act ("we fired only at armed men", "troops had fired only at armed
         * men", "soldiers had fired warning shots at suspects"), a passive ("the manager would be fired") nor a "fire"
         * that is no shooting at someone ("fired rubber bullets", "fired the coach").
         */
        boolean counterAccuses(Span content, String speaker, String side) {
            int b = v.tokenAtOrAfter(content.begin());
            if (b < v.n && v.isQuote(b)) b++;
            if (b >= v.n || SIDE_PRONOUNS.contains(v.lower[b])) return false;
            boolean third = false;
            for (int k = b; k < v.n && v.begin(k) < content.end() && k < b + 12; k++) {
                if (NEGATIONS.contains(v.lower[k]) || v.lower[k].equals("only") || v.isPunct(k) && !v.isQuote(k)) return false;
                if (v.actorAt[k] != null && (v.actorAt[k].entityKey().equals(speaker) || v.actorAt[k].entityKey().equals(side))) return false;
                if (v.actorAt[k] != null || HOSTILE_PARTIES.contains(v.lower[k].replaceAll("[’']s$", ""))) third = true;
                if (v.pos[k].equals("VERB") && HARM_VERBS.contains(v.lemma[k])) {
                    int a = k - 1;
                    while (a > b && v.pos[a].equals("ADV")) a--;
                    boolean passive = a >= b && BE_FORMS.contains(v.lower[a]);
                    boolean shotAt = !v.lemma[k].equals("fire") || k + 1 < v.n && (v.lower[k + 1].equals("at") || v.lower[k + 1].equals("on") || v.lower[k + 1].equals("upon"));
                    return third && !passive && shotAt;
                }
            }
            return false;
        }

        /**
         * "X denied the reports. “The situation is under control,” he said." and "The ministry denied that …, saying all
         * forms were signed": what a speaker says after its own denial, in the same paragraph, accusing and naming no
         * other actor, is the rebuttal itself.
         */
        void answersAfterDenial(List<Draft> sorted) {
            for (Draft den : sorted) {
                if (den.stance != Stance.DENIES || den.cue == null) continue;
                // a rejecting cue ("denied", "rejected"), or content that rejects a claim ("said the claim was baseless")
                if (!cueRejects(den) && !rejectsClaim(den.content) && !den.calledFalse) continue;
                int para = v.paragraphOf(den.content.begin());
                // the denier's side: itself and whoever the paragraph introduces as speaking for it
                Set<String> side = new HashSet<>();
                side.add(den.speaker);
                for (Draft d : sorted) {
                    if (d.content.begin() > den.content.begin() && v.paragraphOf(d.content.begin()) == para && speaksFor(d, den.speaker)) side.add(d.speaker);
                }
                for (Draft d : sorted) {
                    if (d == den || !side.contains(d.speaker) || d.stance != Stance.ALLEGES || d.accuses || d.relays >= 0) continue;
                    // (accusing nobody but the denier or the one its denial defends: "… said the army had only returned fire")
                    boolean defends = true;
                    for (String t : d.targets) if (!t.equals(d.speaker) && !t.equals(den.speaker) && !den.targets.contains(t)) defends = false;
                    if (!defends) continue;
                    // (the next paragraph too while the denier's side goes on speaking: "X added that …", "According to the service, …")
                    int dp = v.paragraphOf(d.content.begin());
                    boolean next = dp == para + 1 && noOtherSpeakerBetween(sorted, den, d, side);
                    // (naming the one the denial defends is no other actor: "… said the army had only returned fire")
                    if (d.content.begin() <= den.content.begin() || dp != para && !next || namesOther(d.content, d.speaker, den.speaker, den.targets)) continue;
                    // (a counter-accusation is no answer: "… added that the militants were continuing to shell the city")
                    if (counterAccuses(d.content, d.speaker, den.speaker)) continue;
                    // (nor a charge of fabricating: "We oppose certain groups fabricating stories")
                    if (chargesFabrication(d.content)) continue;
                    // (an appeal is no answer: "dismissed the claim and urged parents to …")
                    if (d.cue != null && d.quote == null && !d.clauseCue && !ADDRESSING.contains(v.lemma[v.tokenAtOrAfter(d.cue.begin())])) continue;
                    d.stance = Stance.DENIES;
                }
            }
        }

        /**
         * The defending side of an article: a party that rejects a claim in so many words ("X denied the reports",
         * "X called the claims baseless") or that another speaker accuses ("Y accused X of …"), and whoever is introduced
         * as speaking for it. What that side says elsewhere in the article, accusing nobody else, is part of its
         * rebuttal when the statement itself rejects: a negation ("we have never …", "nobody is arrested for …"),
         * a rejecting name ("a smear") or compliance
         * ("in accordance with the law", "legitimate", "proportionate"). It must NOT catch: an accused party's
         * statement that accuses a third party, an ordinary affirmative statement ("the talks will resume"), or a
         * statement of a party that neither denies nor is accused.
         */
        void rebuttingSide(List<Draft> sorted) {
            Set<String> defenders = new HashSet<>();
            for (Draft d : sorted) {
                // (a rejecting cue rejects a claim with a clause or a claim noun as its object: "denied that …", "denied
                // the reports"; not "dismissed head coach X", "denied the motion")
                boolean claimRejected = cueRejects(d) && (d.object == null || rejectedClaim(v.tokenAtOrAfter(d.object.begin())));
                if (d.stance == Stance.DENIES && d.cue != null && (claimRejected || d.calledFalse || rejectsClaim(d.content) || deniedIn(d.speaker, d.content))) defenders.add(d.speaker);
                // (an answer with no cue that denies: a transcript's "A: No. Our officers did not fire")
                if (d.stance == Stance.DENIES && d.cue == null && d.relays < 0) defenders.add(d.speaker);
                // the object of another speaker's accusing cue naming a wrongdoing ("Y accused X of …", "blamed X for …";
                // not "criticised X after the defeat")
                if (d.accuses && d.object != null && !d.addressee && wrongdoingAfter(v.tokenAtOrAfter(d.object.end()), v.lemma[v.tokenAtOrAfter(d.cue.begin())])) {
                    for (int k = v.tokenAtOrAfter(d.object.begin()); k < v.n && v.begin(k) < d.object.end(); k++) {
                        if (v.actorAt[k] != null && !v.actorAt[k].entityKey().equals(d.speaker)) defenders.add(v.actorAt[k].entityKey());
                    }
                }
            }
            // a rejecting verb with an actor as its subject and a claim or a wrongdoing as its object ("The company denied
            // any wrongdoing.", "X has always denied doping", "The federation rejected that criticism."); not a passive
            // subject ("An offer from X was rejected", "X was denied bail"), not an administrative refusal or a
            // dismissal ("dismissed head coach X", "rejected the bid", "denied the motion")
            for (int k = 1; k < v.n; k++) {
                if (!v.isVerb(k) || !rejecting(v.lower[k])) continue;
                int j = k - 1, sb = v.sentFirst[v.sent[k]];
                if (k == sb || !rejectedClaim(k + 1)) continue;
                boolean passive = false;
                while (j > sb && j > k - 4 && (v.pos[j].equals("ADV") || v.pos[j].equals("AUX"))) { passive |= BE.contains(v.lower[j]) || PASSIVE_AUX.contains(v.lower[j]); j--; }
                if (passive || BE.contains(v.lower[j]) || PASSIVE_AUX.contains(v.lower[j])) continue;
                // (past a short parenthesis: "the Security Service (SIS) rejected …")
                if (v.word[j].equals(")") && j - 2 > sb && v.word[j - 2].equals("(")) j -= 3;
                if (v.actorAt[j] != null && v.actorAt[j].span().end() == v.end(j)) defenders.add(v.actorAt[j].entityKey());
            }
            // the one accused of a wrongdoing, whether or not the accusation is a claim: "The federation accused NAME of
            // doping", "NAME was accused of …", "blamed NAME for …" (not "accused of" with no actor: "a man accused of
            // theft"; not a criticism with no wrongdoing named: "Fans criticised NAME after the defeat")
            for (int k = 1; k + 1 < v.n; k++) {
                // (by the cue's own lemma when the lemmatizer cut the form: "blamed" → "blam")
                String lemma = accusingLemma(k);
                if (!v.isVerb(k) || lemma == null) continue;
                int sb = v.sentFirst[v.sent[k]];
                // (a copula of standing, whatever its tag: "NAME stands accused of …", "NAME, who stood charged with …")
                if (BE.contains(v.lower[k - 1]) || STAND_FORMS.contains(v.lower[k - 1])) {
                    // (past auxiliaries and a relative pronoun: "NAME has been charged with", "NAME, who is accused of")
                    int j = accusedSubjectBefore(k - 1, sb);
                    extraAccused.clear();
                    String subject = j >= sb ? accusedSubjectKey(j, sb) : null;
                    if (subject != null && wrongdoingAfter(k + 1, lemma)) { defenders.add(subject); defenders.addAll(extraAccused); }
                } else {
                    int o = k + 1;
                    if (o < v.n && v.lower[o].equals("the")) o++;
                    // (past a title in apposition: "accused the mayor, NAME, of …")
                    int t = o;
                    while (t < v.n && t < o + 3 && !v.isPunct(t) && !v.isVerb(t) && !v.pos[t].equals("ADP")) t++;
                    if (t > o && t + 1 < v.n && v.word[t].equals(",")) {
                        int m = t + 1;
                        while (m < v.n && m < t + 4 && v.actorAt[m] == null && v.pos[m].equals("PROPN")) m++;
                        if (m < v.n && v.actorAt[m] != null) {
                            int after = v.tokenAtOrAfter(v.actorAt[m].span().end());
                            if (after < v.n && v.word[after].equals(",") && wrongdoingAfter(after + 1, lemma)) defenders.add(v.actorAt[m].entityKey());
                        }
                    }
                    // (past a title before the name: "accused Interior Minister NAME of …", "accused former coach NAME of …")
                    if (o < v.n && v.actorAt[o] == null) {
                        int m = o;
                        while (m < v.n && m < o + 3 && v.actorAt[m] == null && !v.isPunct(m) && !v.isVerb(m) && !v.pos[m].equals("ADP")) m++;
                        if (m > o && m < v.n && v.actorAt[m] != null && v.actorAt[m].span().begin() == v.begin(m)) o = m;
                    }
                    if (o < v.n && v.sent[o] == v.sent[k] && v.actorAt[o] != null && v.actorAt[o].span().begin() == v.begin(o)) {
                        // (a mention ending in an apposition closes with a comma: "accused the treasurer, NAME, of")
                        int after = v.tokenAtOrAfter(v.actorAt[o].span().end());
                        if (after + 1 < v.n && v.word[after].equals(",") && v.tokenAtOrAfter(v.actorAt[o].span().begin()) < after - 2) after++;
                        if (wrongdoingAfter(after, lemma)) defenders.add(v.actorAt[o].entityKey());
                    }
                }
            }
            // the one who answers back or defends ("TrackLink has hit back.", "X pushed back on …", "The union defended the
            // officer."), its subject an actor; not a passive ("was defended by"), not "defended the city" (a place); one
            // who hits back only after an earlier claim of another speaker accused it (not "Israel hit back with
            // air strikes" after an attack: retaliation answers no accusation)
            Map<String, Integer> hitBack = new HashMap<>();
            for (int k = 1; k + 1 < v.n; k++) {
                int sb = v.sentFirst[v.sent[k]];
                boolean back = REPLY_BACK.contains(v.lower[k]) && v.lower[k + 1].equals("back");
                boolean defend = v.lemma[k].equals("defend") && v.isVerb(k) && !v.lower[k + 1].equals("against")
                        && (v.actorAt[k + 1] != null || v.lower[k + 1].equals("the") || POSSESSIVE_PRON.contains(v.lower[k + 1])) && !placeObject(k + 1);
                if (!back && !defend) continue;
                int j = accusedSubjectBefore(k, sb);
                if (j < sb || BE.contains(v.lower[k - 1]) || v.lower[k - 1].equals("been")) continue;
                if (v.actorAt[j] == null || v.actorAt[j].span().end() != v.end(j)) continue;
                if (defend) defenders.add(v.actorAt[j].entityKey());
                else hitBack.merge(v.actorAt[j].entityKey(), v.begin(k), Math::min);
            }
            // the one who faces a charge ("NAME faces charges of …", "NAME, who faced allegations that …") and the one a
            // charge is against ("the allegations against NAME"); not a charge with no actor ("faces a fine")
            for (int k = 1; k + 1 < v.n; k++) {
                int sb = v.sentFirst[v.sent[k]];
                if (v.lemma[k].equals("face") && v.isVerb(k)) {
                    boolean charge = false;
                    for (int i = k + 1; i < v.n && i <= k + 3 && v.sent[i] == v.sent[k] && !v.isPunct(i); i++) if (CHARGE_NOUNS.contains(v.lemma[i])) charge = true;
                    int j = accusedSubjectBefore(k, sb);
                    if (charge && j >= sb && v.actorAt[j] != null && v.actorAt[j].span().end() == v.end(j)) defenders.add(v.actorAt[j].entityKey());
                }
                // (a passive on or over a charge naming the wrongdoing: "NAME was arraigned on charges of …", "NAME, who was
                // suspended over allegations that …"; not a charge with no subject actor: "the case was heard on charges of")
                if (CHARGE_NOUNS.contains(v.lemma[k]) && k - 3 >= sb && (v.lower[k - 1].equals("on") || v.lower[k - 1].equals("over"))
                        && v.isVerb(k - 2) && (BE.contains(v.lower[k - 3]) || v.lower[k - 3].equals("been"))
                        && (v.lower[k + 1].equals("of") || v.lower[k + 1].equals("that"))) {
                    int j = accusedSubjectBefore(k - 2, sb);
                    if (j >= sb && v.actorAt[j] != null && v.actorAt[j].span().end() == v.end(j)) defenders.add(v.actorAt[j].entityKey());
                }
                if (CHARGE_NOUNS.contains(v.lemma[k]) && v.lower[k + 1].equals("against")) {
                    int o = k + 2;
                    if (o < v.n && v.lower[o].equals("the")) o++;
                    if (o < v.n && v.sent[o] == v.sent[k] && v.actorAt[o] != null && v.actorAt[o].span().begin() == v.begin(o)) defenders.add(v.actorAt[o].entityKey());
                }
            }
            // the one a content claim of another speaker accuses (its targets), from that claim on ("Residents said the
            // army shelled the village. … The army said …"); not the object of an accusing cue, which the rule above
            // takes only with a wrongdoing named ("Fans criticised NAME after the defeat" accuses of nothing)
            Map<String, Integer> accusedFrom = new HashMap<>();
            for (Draft d : sorted) {
                if (d.stance != Stance.ALLEGES || d.relays >= 0 || d.accuses) continue;
                for (String t : d.targets) if (!t.equals(d.speaker) && !defenders.contains(t)) accusedFrom.merge(t, d.content.end(), Math::min);
            }
            defenders.addAll(accusedFrom.keySet());
            for (Map.Entry<String, Integer> h : hitBack.entrySet()) if (accusedInEarlierClaim(sorted, h.getKey(), h.getValue())) defenders.add(h.getKey());
            if (defenders.isEmpty()) return;
            // who speaks for a defender as its lawyer, spokesperson or relative ("Her lawyer, NAME, said", "NAME's mother")
            Map<String, String> agents = new HashMap<>();
            for (Draft d : sorted) {
                if (d.speakerSpan == null || defenders.contains(d.speaker) || agents.containsKey(d.speaker)) continue;
                String owner = agentOf(d.speakerSpan, defenders);
                if (owner != null && !owner.equals(d.speaker)) agents.put(d.speaker, owner);
            }
            // who is introduced once as speaking for a defender speaks for it in each of its claims ("the company's
            // general manager, NAME, told …" and then "He said …"); a body named after a defender state's demonym
            // speaks for that state ("the Lithuanian Navy" for Lithuania)
            for (Draft d : sorted) {
                if (defenders.contains(d.speaker) || agents.containsKey(d.speaker)) continue;
                for (String x : new java.util.TreeSet<>(defenders)) if (speaksFor(d, x)) { agents.put(d.speaker, x); break; }
                if (agents.containsKey(d.speaker)) continue;
                String state = demonymState(d.speaker);
                if (state != null && defenders.contains(state)) agents.put(d.speaker, state);
                if (agents.containsKey(d.speaker)) continue;
                String body = titledBody(d);
                if (body != null && defenders.contains(body)) agents.put(d.speaker, body);
            }
            for (Draft d : sorted) {
                if (d.stance != Stance.ALLEGES || d.accuses || d.relays >= 0) continue;
                // (an accusing cue accuses, whatever its object: "attacked the president's calling …")
                if (d.cue != null && accusing(v.lemma[v.tokenAtOrAfter(d.cue.begin())])) continue;
                String side = null;
                if (defenders.contains(d.speaker)) side = d.speaker;
                else if (agents.containsKey(d.speaker)) side = agents.get(d.speaker);
                if (side == null) {
                    // a speaker not known as the accused side that defends conduct in so many words, naming and accusing
                    // no other actor, rebuts all the same ("the crews are treated in full accordance with the law", "He
                    // followed his training", "the track had been inspected three weeks ago", "our wagons had passed
                    // every inspection"); not by a negation or a rejecting name, which such a speaker may use to accuse
                    // ("Nobody from X has come to say sorry", "This was a deliberate provocation")
                    if (d.cue != null && d.quote == null && !d.clauseCue && !ADDRESSING.contains(v.lemma[v.tokenAtOrAfter(d.cue.begin())])) continue;
                    if (!accusesOther(d, d.speaker) && !namesOther(d.content, d.speaker, null) && defendsConduct(d.content) && !accuserSide(sorted, d)) d.stance = Stance.DENIES;
                    continue;
                }
                // (accused by an earlier claim only: an answer comes after the accusation)
                if (accusedFrom.containsKey(side) && d.content.begin() < accusedFrom.get(side)) continue;
                // (accusing nobody but the side itself)
                if (accusesOther(d, side) || !rebuts(d.content, d.speaker, side, concedes(d.cue))) continue;
                // (an appeal is no answer: "urged parents not to …")
                if (d.cue != null && d.quote == null && !d.clauseCue && !ADDRESSING.contains(v.lemma[v.tokenAtOrAfter(d.cue.begin())])) continue;
                d.stance = Stance.DENIES;
            }
        }

        /**
         * A claim of another speaker ending before {@code at} accuses the body {@code key} (its target): what the body
         * "hits back" at. A claim merely naming the body ("Hezbollah said it had fired rockets at Israel") accuses it
         * of nothing.
         */
        boolean accusedInEarlierClaim(List<Draft> sorted, String key, int at) {
            for (Draft d : sorted) {
                if (!d.speaker.equals(key) && d.stance == Stance.ALLEGES && d.content.end() <= at && d.targets.contains(key)) return true;
            }
            return false;
        }

        /**
         * The claim accuses someone other than its speaker and the side it speaks for: a target named in the claim or
         * one its third-person pronoun may stand for ("they shelled the village"). A target the claim neither names nor
         * points to by a pronoun came from the discourse around it ("There is no secret report." after an accuser
         * spoke) and does not make a rebuttal a counter-accusation.
         */
        boolean accusesOther(Draft d, String side) {
            int b = v.tokenAtOrAfter(d.content.begin());
            boolean pronoun = false;
            Set<String> named = new HashSet<>();
            int inPhrase = -1;
            for (int k = b; k < v.n && v.begin(k) < d.content.end(); k++) {
                if (v.actorAt[k] != null) named.add(v.actorAt[k].entityKey());
                // (a pronoun inside a phrase of defended conduct is the defended one's own: "looks forward to clearing
                // his name", "she followed her training")
                inPhrase = Math.max(inPhrase, k + phraseLength(CONDUCT_PHRASES, k, d.content.end()) - 1);
                // (nor is the one a lawyer calls "his client", nor the side's own lawyer: "his solicitor said …")
                if (THIRD_PRONOUNS.contains(v.lower[k]) && k > inPhrase && !(k + 1 < v.n && (CLIENTS.contains(v.lower[k + 1]) || AGENTS.contains(v.lower[k + 1])))) pronoun = true;
            }
            for (String t : d.targets) if (!t.equals(d.speaker) && !t.equals(side) && (pronoun || named.contains(t))) return true;
            return false;
        }

        /** A possessive: "'s" or a possessive pronoun of the third person. */
        static boolean possessiveWord(String w) {
            return w.equals("'s") || w.equals("’s") || w.equals("her") || w.equals("his") || w.equals("their") || w.equals("its");
        }

        /**
         * The defender a speaker's phrase names it the agent of: a noun of {@link #AGENTS} ("lawyer", "spokesperson",
         * "mother") after a possessive ("Her lawyer, NAME", "NAME's mother", "NAME, his attorney") or before "for X"
         * ("a lawyer for X"); "her/his/their" is the nearest defender named before, in this sentence or the one before.
         * Not an agent: a noun with no possessive ("a lawyer said"), or a possessive of someone who is no defender.
         */
        String agentOf(Span speakerSpan, Set<String> defenders) {
            int b = v.tokenAtOrAfter(speakerSpan.begin()), e = v.tokenAtOrAfter(speakerSpan.end());
            int s = v.sent[b], sb = v.sentFirst[s], se = v.sentEnd[s];
            int from = Math.max(sb, b - 5), to = e;
            if (to < se && v.word[to].equals(",")) to = Math.min(se, to + 5);
            for (int r = from; r < to; r++) {
                if (!AGENTS.contains(v.lower[r])) continue;
                if (r + 2 < se && v.lower[r + 1].equals("for") && v.actorAt[r + 2] != null && defenders.contains(v.actorAt[r + 2].entityKey())) return v.actorAt[r + 2].entityKey();
                if (r - 1 < sb) continue;
                // (a defender's name before the noun: "A TrackLink spokesman, NAME", "the Kremlin spokesman")
                if (v.actorAt[r - 1] != null && v.actorAt[r - 1].span().end() == v.end(r - 1) && defenders.contains(v.actorAt[r - 1].entityKey())
                        && speakers.type(v.actorAt[r - 1].entityKey()) != org.claimgraph.model.EntityType.PERSON) return v.actorAt[r - 1].entityKey();
                // (past one modifier: "Its plant manager, NAME", "his defence lawyer", "NAME's tennis coach")
                int pi = r - 1;
                if (pi - 1 >= sb && (v.pos[pi].equals("NOUN") || v.pos[pi].equals("ADJ")) && v.actorAt[pi] == null && possessiveWord(v.lower[pi - 1])) pi--;
                String p = v.lower[pi];
                if ((p.equals("'s") || p.equals("’s")) && pi - 1 >= sb && v.actorAt[pi - 1] != null) {
                    String k = v.actorAt[pi - 1].entityKey();
                    return defenders.contains(k) ? k : null;
                }
                if (p.equals("her") || p.equals("his") || p.equals("their") || p.equals("its")) {
                    int first = s > 0 ? v.sentFirst[s - 1] : sb;
                    // ("his"/"her" past the sentence before: the person who is the subject opening one of the three
                    // sentences before, "Orlan denied the charges. In court, he said he had only given advice … His
                    // barrister, NAME, said")
                    if (p.equals("her") || p.equals("his")) {
                        for (int t = s - 1; t >= Math.max(0, s - 3); t--) {
                            int f = v.sentFirst[t];
                            if (f < v.n && v.isQuote(f)) f++;
                            if (f < v.n && v.actorAt[f] != null && speakers.type(v.actorAt[f].entityKey()) == org.claimgraph.model.EntityType.PERSON && !v.actorAt[f].span().equals(speakerSpan)) {
                                String key = v.actorAt[f].entityKey();
                                if (defenders.contains(key)) return key;
                                break;
                            }
                        }
                    }
                    for (int k = pi - 1; k >= first; k--) {
                        if (v.actorAt[k] != null && !v.actorAt[k].span().equals(speakerSpan)) {
                            String key = v.actorAt[k].entityKey();
                            return defenders.contains(key) ? key : null;
                        }
                    }
                }
            }
            return null;
        }

        /**
         * The claim's first clause rejects: a rejecting name or a word of compliance anywhere in it (not "only"/"always":
         * "only adults over 60 will be offered", "its riders always train in May" are schedules and habits); a
         * negation of the side's own act (its name, a pronoun or possessive opening the clause, then a negated verb:
         * "we have never …", "its forces did not fire") or a quantifier subject ("nobody is arrested for …", "none of
         * its officers …"). Not a rejection: an expletive "it" ("it was not clear"), a negated state ("its hospitals
         * were not equipped"), a negation of knowing or deciding ("has not decided"), a
         * negation about something else ("markets are not targets", "this was not a fair process" accuse), a
         * negated threat ("would not hesitate to act").
         */
        boolean rebuts(Span content, String speaker, String side, boolean conceding) {
            String clause = firstClause(content);
            int b = v.tokenAtOrAfter(content.begin()), e = content.begin() + clause.length();
            if (b < v.n && v.isQuote(b)) b++;
            // (an expletive "it" is about nothing: "it was not immediately clear when …")
            boolean expletive = b + 1 < v.n && v.lower[b].equals("it") && BE.contains(v.lower[b + 1]);
            // (or a negative determiner on the subject: "no witness had seen …", "no such order exists"; "there is no …")
            int q = b + 2 < v.n && v.lower[b].equals("there") && BE.contains(v.lower[b + 1]) ? b + 2 : b;
            // ("there had been no …")
            if (q == b && b + 3 < v.n && v.lower[b].equals("there") && (v.lower[b + 1].equals("had") || v.lower[b + 1].equals("has") || v.lower[b + 1].equals("have")) && v.lower[b + 2].equals("been")) q = b + 3;
            boolean quantifier = q < v.n && (v.lower[q].equals("nobody") || v.lower[q].equals("none")
                    || v.lower[q].equals("no") && q + 1 < v.n && !v.isPunct(q + 1) && !v.lower[q + 1].equals("one") && (q > b ? noGrounds(q + 1) || absentCombatants(q + 1) : hasVerbAfter(q + 1, e) && !permissionDenied(q + 1, e)));
            boolean aboutSide = b < v.n && SIDE_PRONOUNS.contains(v.lower[b]) && !expletive;
            // (the side's own act called genuine, the side the clause's subject: "he had given them genuine advice";
            // not "there is a genuine risk", "the threat is genuine")
            boolean ownAct = aboutSide;
            // (a pledge is no defence of past conduct: "China will take all measures to safeguard its legitimate rights",
            // "we will act in accordance with the law": the clause's first verb group opens on a future modal)
            boolean pledge = false, ofDenial = false;
            for (int k = b; k < v.n && v.begin(k) < e; k++) {
                if (v.pos[k].equals("AUX") || v.pos[k].equals("VERB") || MODAL_FUTURE.contains(v.lower[k])) { pledge = MODAL_FUTURE.contains(v.lower[k]); break; }
            }
            for (int k = b; k < v.n && v.begin(k) < e; k++) {
                if (v.actorAt[k] != null && (v.actorAt[k].entityKey().equals(speaker) || v.actorAt[k].entityKey().equals(side))) aboutSide = true;
                String w = v.lower[k];
                // (not said of a denial: "Tehran's denial was guesswork", "called the denial hearsay")
                if (DENIAL_NOUNS.contains(w)) ofDenial = true;
                if (!ofDenial && (REBUTTAL.contains(w) && !pledge || GENUINE.contains(w) && ownAct && !pledge || rejectingWord(w) && !chargedAct(k) || rebuttalPhraseAt(k, e, conceding))) return true;
                int m = k - 1;
                if (m > b && v.isQuote(m)) m--;
                if (k == b && quantifier) return true;
                if (checkDone(k, b) || goneBefore(k, e)) return true;
                if (NEGATIONS.contains(w) && aboutSide && !(m >= b && MODAL_FUTURE.contains(v.lower[m])) && negatesAct(k, m >= b ? m : -1)) return true;
            }
            return false;
        }

        /**
         * The speaker of d, not known as the accused side, is on another side before d: it, or the state its body is
         * named after ("the Ruritanian Navy"), accused someone in an earlier claim ("Ruritania accused Freedonia of …"), or
         * it is introduced as the officer of a body that spoke before ("the trust's director" after "The Lake Trust said
         * …"). What such a speaker says of conduct checked or lawful is no rebuttal of the accusation.
         */
        boolean accuserSide(List<Draft> sorted, Draft d) {
            Set<String> own = new HashSet<>();
            own.add(d.speaker);
            String state = demonymState(d.speaker);
            if (state != null) own.add(state);
            for (Draft o : sorted) {
                if (o.content.begin() >= d.content.begin() || o.speaker.equals(d.speaker)) continue;
                // (in any of its claims: "the trust's director, NAME, told …" and then "He said …")
                if (own.contains(o.speaker)) continue;
                for (Draft x : sorted) if (x.speaker.equals(d.speaker) && (speaksFor(x, o.speaker) || officerAfterPossessive(x, o.speaker))) return true;
            }
            for (Draft o : sorted) {
                if (o.content.begin() >= d.content.begin() || !own.contains(o.speaker)) continue;
                if (o.accuses) return true;
                for (String t : o.targets) if (!own.contains(t)) return true;
            }
            return false;
        }

        /**
         * The speaker's phrase holds "the NOUN's" taken up as the body {@code key} just before its name, wherever the
         * phrase stands ("“…,” the trust's director, NAME, told reporters").
         */
        boolean officerAfterPossessive(Draft x, String key) {
            if (x.speakerSpan == null) return false;
            int b = v.tokenAtOrAfter(x.speakerSpan.begin()), e = v.tokenAtOrAfter(x.speakerSpan.end()), sb = v.sentFirst[v.sent[b]];
            for (int k = e; k >= sb && k > b - 6; k--) {
                // ("the NOUN's" with any noun here: the body must be one that spoke before, which the noun takes up)
                String w = v.lower[k];
                int noun = w.equals("'s") || w.equals("’s") ? k - 1 : (w.endsWith("'s") || w.endsWith("’s")) && w.length() > 2 ? k : -1;
                if (noun - 1 >= sb && v.lower[noun - 1].equals("the") && bodyTakenUp(noun - 1, key)) return true;
            }
            return false;
        }

        /**
         * The claim's first clause defends conduct in so many words, whoever says it: a word of compliance (REBUTTAL: "in
         * full accordance with the law", "lawful"; not in a pledge, "will act in accordance with the law"), a phrase of
         * CONDUCT_PHRASE ("followed his training", "passed every inspection", "pointing fingers"; not a motive attacked,
         * REBUTTAL_PHRASE, which critics say of others: "the ban was politically motivated") or a thorough or
         * recent check done (CHECKED: "had been inspected three weeks ago"). Not a negation, a rejecting name or an
         * alibi (a witness's "no soldiers came", an accuser's "a deliberate provocation"), nor a word said of a denial.
         */
        boolean defendsConduct(Span content) {
            String clause = firstClause(content);
            int b = v.tokenAtOrAfter(content.begin()), e = content.begin() + clause.length();
            if (b < v.n && v.isQuote(b)) b++;
            boolean pledge = false;
            for (int k = b; k < v.n && v.begin(k) < e; k++) {
                if (v.pos[k].equals("AUX") || v.pos[k].equals("VERB") || MODAL_FUTURE.contains(v.lower[k])) { pledge = MODAL_FUTURE.contains(v.lower[k]); break; }
            }
            for (int k = b; k < v.n && v.begin(k) < e; k++) {
                if (DENIAL_NOUNS.contains(v.lower[k]) || NEGATIONS.contains(v.lower[k])) return false;
                // (not in a relative clause, which describes others: "guards who followed protocol were praised")
                if (afterRelativePronoun(k, b)) continue;
                if (REBUTTAL.contains(v.lower[k]) && !pledge || phraseAt(CONDUCT_PHRASES, k, e) || checkDone(k, b)) return !negatedAfter(k, e);
            }
            return false;
        }

        /**
         * A negation follows token k in the clause ending before offset e, before an "and" that conjoins a further
         * statement: "officers who followed their training would not have fired" says what the accused should have
         * done; "had been scheduled long before and were not connected with it" still defends.
         */
        boolean negatedAfter(int k, int e) {
            for (int i = k + 1; i < v.n && v.begin(i) < e; i++) {
                if (v.lower[i].equals("and")) return false;
                if (DENIAL_NOUNS.contains(v.lower[i]) || NEGATIONS.contains(v.lower[i])) return true;
            }
            return false;
        }

        /**
         * Token k opens the verb group of a relative clause: a relative pronoun before it with only adverbs and
         * auxiliaries between ("officers who followed …", "the plant, which had passed …", "crews that have met all …");
         * "that" only after a noun (not "said that", "clear that").
         */
        boolean afterRelativePronoun(int k, int b) {
            int j = k - 1;
            while (j > b && (v.pos[j].equals("ADV") || v.pos[j].equals("AUX") || v.lower[j].equals("had") || v.lower[j].equals("has")
                    || v.lower[j].equals("have") || BE.contains(v.lower[j]))) j--;
            if (j < b || j >= k) return false;
            String w = v.lower[j];
            if (w.equals("who") || w.equals("which") || w.equals("whom")) return j > b;
            if (!w.equals("that") || j - 1 < b) return false;
            String p = v.pos[j - 1];
            return p.equals("NOUN") || p.equals("PROPN");
        }

        /** A rejecting word in the content is an active verb with an object (see {@link #chargedAct}): it charges someone. */
        boolean chargesFabrication(Span content) {
            for (int k = v.tokenAtOrAfter(content.begin()); k < v.n && v.begin(k) < content.end(); k++) if (rejectingWord(v.lower[k]) && chargedAct(k)) return true;
            return false;
        }

        /**
         * Token k, a rejecting word, is an active "-ing" verb with an object: an act charged to someone ("we oppose
         * certain groups fabricating stories", "media slandering our athletes"), not a claim called false ("the report
         * was fabricated", "fabricated stories", "a fabrication", "they are lying").
         */
        boolean chargedAct(int k) {
            // (a verb with an object after it: the active "-ing" form, which a tagger may take for a noun; "fabricated
            // stories" names a claim false)
            if (!v.lower[k].endsWith("ing") || k + 1 >= v.n) return false;
            String p = k > 0 ? v.lower[k - 1] : "";
            if (BE.contains(p) || p.equals("being") || p.equals("been")) return false;
            String n = v.pos[k + 1];
            return n.equals("NOUN") || n.equals("PROPN") || n.equals("DET") || n.equals("ADJ") || n.equals("PRON");
        }

        /**
         * An alibi: token k is a participle of leaving after "had" and "before" follows in the clause ("fighters had
         * withdrawn from the district a week before the raid began", "the crew had left the port before the fire"); not a
         * negated or future leaving ("had not left before", "will have left before").
         */
        boolean goneBefore(int k, int e) {
            if (!GONE.contains(v.lower[k]) || k < 1 || !v.lower[k - 1].equals("had")) return false;
            for (int i = k + 1; i < v.n && i <= k + 8 && v.begin(i) < e; i++) {
                if (v.isPunct(i) && !v.isQuote(i)) return false;
                if (v.lower[i].equals("before")) return true;
            }
            return false;
        }

        /**
         * Token k is a participle of a thorough check done after a perfect or passive auxiliary ("was tested every
         * month", "had been inspected every year", "had examined every document"), with no negation or future modal before it in the clause from b ("will be
         * inspected", "was not checked", "are being reviewed" are no defence).
         */
        boolean checkDone(int k, int b) {
            if (!CHECKED.contains(v.lower[k]) || k - 1 < b) return false;
            // (a thorough check only, "every"/"all"/"each" right after: "tested every month", "examined all the
            // documents"; not a result, "the water had tested high", nor a single check that informs, "was inspected on Monday")
            boolean thorough = false;
            for (int i = k + 1; i < v.n && i <= k + 2 && !v.isPunct(i); i++) {
                if (v.lower[i].equals("every") || v.lower[i].equals("all") || v.lower[i].equals("each")) thorough = true;
            }
            // (or a recent or regular check: "had been inspected barely a month ago", "is audited regularly")
            for (int i = k + 1; i < v.n && i <= k + 6 && !thorough && (!v.isPunct(i) || v.isQuote(i)); i++) if (RECENT_CHECK.contains(v.lower[i])) thorough = true;
            if (!thorough) return false;
            int m = k - 1;
            while (m > b && v.pos[m].equals("ADV") && !NEGATIONS.contains(v.lower[m])) m--;
            String aux = v.lower[m];
            if (!(aux.equals("been") || aux.equals("had") || aux.equals("has") || aux.equals("have") || aux.equals("was") || aux.equals("were")
                    || aux.equals("is") || aux.equals("are"))) return false;
            // (nor a check in a relative clause: "had received 12 complaints, all of which had been examined" informs)
            for (int i = b; i < k; i++) {
                String w = v.lower[i];
                if (NEGATIONS.contains(w) || MODAL_FUTURE.contains(w) || w.equals("being") || w.equals("which") || w.equals("who") || w.equals("whom")) return false;
            }
            return true;
        }

        /** The actors a place or unit phrase's object adds to the accused side (filled by accusedSubjectKey). */
        final List<String> extraAccused = new ArrayList<>();

        /**
         * The actor that heads the subject ending at token j: the actor ending there, or, past a place or unit phrase
         * after it, the actor before the preposition ("Police in NAME were accused", "The X Company in PLACE was
         * charged", "X in the capital have been accused"); the object of the phrase when its head is no actor
         * ("officers from the X unit"). Null when no actor ends the subject.
         */
        String accusedSubjectKey(int j, int sb) {
            Mention a = v.actorAt[j] != null && v.actorAt[j].span().end() == v.end(j) ? v.actorAt[j] : null;
            int from = a != null ? v.tokenAtOrAfter(a.span().begin()) - 1 : j;
            for (int i = from; i > sb && i >= from - 4; i--) {
                if (v.isPunct(i) || v.isVerb(i)) break;
                if (v.pos[i].equals("ADP")) {
                    if (SUBJECT_PLACE_PREPS.contains(v.lower[i]) && v.actorAt[i - 1] != null && v.actorAt[i - 1].span().end() == v.end(i - 1)) return v.actorAt[i - 1].entityKey();
                    // (a bare body noun opening the sentence, no mention of its own: "Police in PLACE were accused" marks
                    // the body its later speakers name, "police" or "police in PLACE")
                    if (a == null && SUBJECT_PLACE_PREPS.contains(v.lower[i]) && i - 1 == sb && v.pos[i - 1].equals("NOUN") && v.actorAt[i - 1] == null) {
                        StringBuilder whole = new StringBuilder();
                        for (int t = sb; t <= j; t++) whole.append(t > sb ? " " : "").append(v.word[t]);
                        extraAccused.add(Ids.slug(whole.toString()));
                        return Ids.slug(v.word[i - 1]);
                    }
                    // (the topic of a subject that is a thing: "A report on X was accused of bias" accuses the report)
                    if (a != null && TOPIC_PREPS.contains(v.lower[i])) return null;
                    break;
                }
            }
            return a == null ? null : a.entityKey();
        }

        /**
         * The last token of the subject before the verb group ending before token k: past adverbs, auxiliaries ("has been",
         * "had") and a relative pronoun between commas ("NAME, who is …"), at most five tokens; sb if none.
         */
        int accusedSubjectBefore(int k, int sb) {
            int j = k - 1;
            while (j > sb && j > k - 6 && (v.pos[j].equals("ADV") || v.pos[j].equals("AUX") || BE.contains(v.lower[j])
                    || v.lower[j].equals("has") || v.lower[j].equals("have") || v.lower[j].equals("had") || v.lower[j].equals("who"))) j--;
            if (j > sb && v.word[j].equals(",") && v.lower[j + 1].equals("who")) j--;
            return j;
        }

        /**
         * A passive of permission or provision follows token i before offset e ("no inspector had been allowed into the
         * plant", "no aid was given"): a complaint of what was withheld, not a rebuttal (words-attribution PERMISSION).
         */
        boolean permissionDenied(int i, int e) {
            for (int k = i + 1; k < v.n && k < i + 6 && v.begin(k) < e; k++)
                if (PERMISSION.contains(v.lower[k]) && BE.contains(v.lower[k - 1])) return true;
            return false;
        }

        /** Fighters whose absence the accused side states at i ("there were no (armed) militants in the building"): words-attribution ABSENT_COMBATANTS. */
        boolean absentCombatants(int i) {
            if (i < v.n && v.lower[i].equals("armed")) i++;
            return i < v.n && ABSENT_COMBATANTS.contains(v.lower[i]);
        }

        /** A claim noun or a word of NO_GROUNDS within two tokens from i: "(there is no) evidence", "secret report", "such order". */
        boolean noGrounds(int i) {
            for (int k = i; k < v.n && k < i + 2 && !v.isPunct(k); k++) if (CLAIM_NOUNS.contains(v.lemma[k]) || NO_GROUNDS.contains(v.lemma[k])) return true;
            return false;
        }

        /** A verb (not an auxiliary alone) follows token i before offset e: "no witness had seen …", not "no comment". */
        boolean hasVerbAfter(int i, int e) {
            for (int k = i; k < v.n && v.begin(k) < e && k < i + 6; k++) {
                // (a promise is no answer: "no unit will close before …")
                if (MODAL_FUTURE.contains(v.lower[k])) return false;
                if (v.pos[k].equals("VERB") || v.pos[k].equals("AUX")) return true;
            }
            return false;
        }

        /**
         * A phrase of REBUTTAL_PHRASE starts at token k and ends before offset e: conduct defended as checked or proper
         * ("had passed every inspection", "followed his training", "meets all norms"), the accuser's motive attacked
         * ("to score political points", "a witch hunt") or the accused's innocence asserted ("clearing his name").
         */
        boolean rebuttalPhraseAt(int k, int e, boolean conceding) {
            return phraseAt(REBUTTAL_PHRASES, k, e) || phraseAt(CONDUCT_PHRASES, k, e) || !conceding && phraseAt(OTHER_CAUSE_PHRASES, k, e) && !blamedAfter(k, e)
                    || !conceding && phraseAt(BAD_EVIDENCE_PHRASES, k, e) && !ownThingBefore(k);
        }

        /**
         * A possessive of the speaker's own side ("its", "our", "their", "my", "own") before token k in its clause: what
         * the side calls flawed is its own ("its own audit had been flawed", "our testing was flawed"), an admission, not
         * an attack on the accuser's evidence; a clause starts after a comma, "that" or a quotation mark.
         */
        boolean ownThingBefore(int k) {
            int sb = v.sentFirst[v.sent[k]];
            for (int i = k - 1; i >= sb && i >= k - 8; i--) {
                String w = v.lower[i];
                if (v.isPunct(i) || w.equals("that")) break;
                if (w.equals("its") || w.equals("our") || w.equals("their") || w.equals("my") || w.equals("own")) return true;
            }
            return false;
        }

        /**
         * The cue span concedes: one of its words, by lemma or form, is of CONCEDING ("Police admitted the injuries could
         * have been caused by …", "a spokesman conceded"); another cause put forward under it is a concession, no rebuttal.
         */
        boolean concedes(Span cue) {
            if (cue == null) return false;
            for (int i = v.tokenAtOrAfter(cue.begin()); i < v.n && v.begin(i) < cue.end(); i++)
                if (CONCEDING.contains(v.lower[i]) || CONCEDING.contains(v.lemma[i])) return true;
            return false;
        }

        /**
         * Another cause put forward at token k blames a party when an actor or a hostile party's noun follows it in the
         * clause ending before offset e ("the shells may have come from rebel positions", "could have come from NAME"):
         * a counter-accusation, no rebuttal; so do the side's own people or instruments (OWN_MEMBERS, "its own …", "our
         * own …": "could have been caused by officers' batons", "by the arresting officers"), which admit, no rebuttal;
         * "could come from smaller workshops upstream" blames no one, nor does "the victim's own fall".
         */
        boolean blamedAfter(int k, int e) {
            for (int i = k; i < v.n && v.begin(i) < e; i++) {
                String w = POSSESSIVE_END.matcher(v.lower[i]).replaceFirst("");
                if (v.actorAt[i] != null || HOSTILE_PARTIES.contains(w) || HOSTILE_PARTIES.contains(w + "s") || OWN_MEMBERS.contains(w)) return true;
                if (w.equals("own") && i > k && (v.lower[i - 1].equals("its") || v.lower[i - 1].equals("our"))) return true;
            }
            return false;
        }

        /** A phrase of the list (lower-case words, "*" any one word) starts at token k and ends before offset e. */
        boolean phraseAt(List<String[]> phrases, int k, int e) { return phraseLength(phrases, k, e) > 0; }

        /** The length in tokens of the longest phrase of the list starting at token k and ending before offset e, or 0. */
        int phraseLength(List<String[]> phrases, int k, int e) {
            int best = 0;
            for (String[] ph : phrases) {
                if (k + ph.length > v.n || v.begin(k + ph.length - 1) >= e) continue;
                boolean ok = true;
                for (int i = 0; i < ph.length && ok; i++) ok = ph[i].equals("*") ? !v.isPunct(k + i) : ph[i].equals(v.lower[k + i]);
                if (ok) best = Math.max(best, ph.length);
            }
            return best;
        }

        /**
         * The negation at k negates an act of the side ("had not fired", "never paid", "did not receive"): a verb follows
         * (past adverbs), not a state after BE ("its hospitals were not equipped", "was not clear"), nor a verb of knowing
         * or deciding ("did not yet know", "has not decided") — words of {@link #NOT_ACTS}. m is the token before it, or -1.
         */
        boolean negatesAct(int k, int m) {
            if (m >= 0 && (BE.contains(v.lower[m]) || v.lower[m].equals("being"))) return false;
            int f = k + 1;
            while (f < v.n && f < k + 3 && v.pos[f].equals("ADV")) f++;
            return f < v.n && v.pos[f].equals("VERB") && !BE.contains(v.lower[f]) && !NOT_ACTS.contains(v.lemma[f]);
        }

        /** Token i is "of" or "for", naming the wrongdoing after an accusing verb's object ("accused X of", "blamed X for"). */
        boolean ofOrFor(int i) { return i < v.n && (v.lower[i].equals("of") || v.lower[i].equals("for")); }

        /**
         * Token i names the wrongdoing after an accusing verb of lemma {@code lemma} and its object: "of"/"for", or "with"
         * after a verb of WITH_ACCUSING ("charged X with fraud", "X was charged with"; not "criticised X with strong words").
         */
        boolean wrongdoingAfter(int i, String lemma) {
            return ofOrFor(i) || i < v.n && v.lower[i].equals("with") && WITH_ACCUSING.contains(lemma);
        }

        /**
         * A rejecting verb's object, from token i, names a claim or a wrongdoing within three tokens ("any wrongdoing",
         * "the reports", "involvement in", "doping"); not "the motion", "head coach X", "a takeover bid", "the figures".
         */
        boolean rejectedClaim(int i) {
            for (int k = i; k < v.n && k < i + 3 && v.sent[k] == v.sent[i]; k++) {
                if (CLAIM_NOUNS.contains(v.lemma[k]) || REJECTED_OBJECTS.contains(v.lower[k])) return true;
                if (v.isPunct(k) || v.pos[k].equals("VERB")) return false;
            }
            return false;
        }

        /** The head of a one-word accusing cue at token k, found by its lemma or its form ({@link #cuesFor}); null if none. */
        String accusingLemma(int k) {
            for (CueLexicon.Cue cue : cuesFor(k)) if (cue.accuses() && cue.words().size() == 1) return cue.words().get(0);
            return null;
        }

        /** A one-word cue whose object is the one accused ("accuse", "blame"). */
        boolean accusing(String lemma) {
            for (CueLexicon.Cue cue : lexicon.candidates(lemma)) if (cue.accuses() && cue.words().size() == 1) return true;
            return false;
        }

        boolean rejectingWord(String w) {
            if (REJECTING_NAMES.contains(w)) return true;
            for (String s : REJECTING_STEMS) if (w.startsWith(s)) return true;
            return false;
        }

        /** No claim of a speaker outside the side lies between two claims. */
        boolean noOtherSpeakerBetween(List<Draft> sorted, Draft from, Draft to, Set<String> side) {
            for (Draft o : sorted) {
                if (o.content.begin() > from.content.begin() && o.content.begin() < to.content.begin() && !side.contains(o.speaker)) return false;
            }
            return true;
        }

        /** The content opens on a claim named as such ("the claim was …", "the reports are …"). */
        boolean rejectsClaim(Span content) {
            int k = v.tokenAtOrAfter(content.begin());
            for (int i = k; i < v.n && i < k + 3 && v.begin(i) < content.end(); i++) if (CLAIM_NOUNS.contains(v.lemma[i])) return true;
            return false;
        }

        /** An actor mention lies inside the span. */
        boolean namesActor(Span content) {
            for (int k = v.tokenAtOrAfter(content.begin()); k < v.n && v.begin(k) < content.end(); k++) if (v.actorAt[k] != null) return true;
            return false;
        }

        /** The claim's content names an actor other than its speaker (and the body it speaks for, when given). */
        boolean namesOther(Span content, String speaker, String body) { return namesOther(content, speaker, body, List.of()); }

        boolean namesOther(Span content, String speaker, String body, List<String> defended) {
            for (int k = v.tokenAtOrAfter(content.begin()); k < v.n && v.begin(k) < content.end(); k++) {
                if (v.actorAt[k] == null) continue;
                String x = v.actorAt[k].entityKey();
                if (!x.equals(speaker) && !x.equals(body) && !defended.contains(x)) return true;
            }
            return false;
        }

        /**
         * The speaker is introduced as speaking for the body {@code key}: a member of it, or described by it ("RSF adviser
         * Hamdi Osman", "the service's director", "Its commander, …" after the body spoke).
         */
        boolean speaksFor(Draft d, String key) {
            org.claimgraph.model.Entity e = speakers.entities.get(d.speaker), body = speakers.entities.get(key);
            if (e == null || body == null || body.type() == org.claimgraph.model.EntityType.PERSON || d.speakerSpan == null) return false;
            if (e.memberOf().contains(key)) return true;
            // the speaker's phrase: the name with the title words before it and an apposition after it
            int b = v.tokenAtOrAfter(d.speakerSpan.begin()), e0 = v.tokenAtOrAfter(d.speakerSpan.end());
            int se = v.sentEnd[v.sent[b]], sb = v.sentFirst[v.sent[b]];
            while (b > sb && b > v.tokenAtOrAfter(d.speakerSpan.begin()) - 4 && !v.isPunct(b - 1) && !v.pos[b - 1].equals("VERB") && !v.pos[b - 1].equals("ADP")) b--;
            int end = e0;
            if (end < se && v.word[end].equals(",")) {
                for (end = end + 1; end < se && end < e0 + 10 && !v.isPunct(end) && !v.pos[end].equals("VERB"); end++) {}
            }
            List<String> words = new ArrayList<>();
            for (int k = b; k < end; k++) {
                // (a state's demonym speaks for it only before a state organ: "the Russian Defence Ministry", "Russian Foreign
                // Ministry spokeswoman NAME"; not "The Russian opposition party NAME", "a Russian journalist")
                if (v.actorAt[k] != null && v.actorAt[k].entityKey().equals(key) && (!demonymWord(k) || stateOrganIn(k + 1, end))) return true;
                words.add(v.lower[k]);
            }
            if (!words.isEmpty() && (words.get(0).equals("its") || words.get(0).equals("their"))) return true;
            // (a title in apposition before the name: "Its president, NAME, said"; not "In its report, NAME said": the
            // possessive must open the sentence or follow punctuation, and only nouns stand between it and the comma)
            if (b - 1 > sb && v.word[b - 1].equals(",")) {
                int q = b - 2;
                while (q > sb && q > b - 5 && (v.pos[q].equals("NOUN") || v.pos[q].equals("ADJ") || v.pos[q].equals("PROPN"))) q--;
                if (q < b - 2 && (v.lower[q].equals("its") || v.lower[q].equals("their")) && (q == sb || v.isPunct(q - 1)) && possessiveOfBody(q, key)) return true;
                // ("the company's general manager, NAME", "The group's spokesman, NAME": a body taken up again by a
                // generic noun, the nearest body named before)
                for (int c = q; c < b - 1; c++) {
                    int t = bodyAnaphorBefore(c + 1);
                    if (t >= sb && (t == sb || v.isPunct(t - 1)) && bodyTakenUp(t, key)) return true;
                }
            }
            // (the same before the name with no comma: "the company's spokesman NAME said")
            for (int k = b; k < e0 && k < b + 3; k++) {
                int t = bodyAnaphorBefore(k + 1);
                if (t == b && (t == sb || v.isPunct(t - 1)) && bodyTakenUp(t, key)) return true;
            }
            // a distinctive word of the body's name before a clitic ("Corvane's general director"): not a generic word that
            // any body's name holds (GENERIC_NAME_WORDS: "The Health Ministry's spokesman" after "The Defence Ministry
            // denied …"), nor a word of another actor's mention
            Set<String> bodyWords = new HashSet<>();
            for (String n : Speakers.names(body)) for (String w : Speakers.norm(n).split(" ")) if (w.length() >= 4 && !GENERIC_NAME_WORDS.contains(w)) bodyWords.add(w);
            for (int k = b; k + 1 < end; k++) {
                if (v.actorAt[k] != null && !v.actorAt[k].entityKey().equals(key)) continue;
                if ((v.word[k + 1].equals("’s") || v.word[k + 1].equals("'s")) && bodyWords.contains(v.lower[k])) return true;
                // (a clitic the tokenizer kept on its word: "Corvane's general director")
                String w = v.lower[k];
                if ((w.endsWith("’s") || w.endsWith("'s")) && bodyWords.contains(w.substring(0, w.length() - 2))) return true;
            }
            return false;
        }

        /**
         * "the NOUN's" ends at token {@code i - 1} (the clitic split off or kept on its noun), NOUN a generic noun by which
         * a body is taken up again (words-attribution BODY_ANAPHOR: "company", "group", "ministry"): the index of "the",
         * else -1.
         */
        int bodyAnaphorBefore(int i) {
            int c = i - 1;
            if (c < 1 || c >= v.n) return -1;
            String w = v.lower[c];
            int noun;
            if ((w.equals("'s") || w.equals("’s")) && BODY_ANAPHOR.contains(v.lower[c - 1])) noun = c - 1;
            else if ((w.endsWith("'s") || w.endsWith("’s")) && BODY_ANAPHOR.contains(w.substring(0, w.length() - 2))) noun = c;
            else return -1;
            return noun - 1 >= 0 && v.lower[noun - 1].equals("the") ? noun - 1 : -1;
        }

        /**
         * "the NOUN" at token t stands for the body {@code key}: the nearest body before it that the noun belongs to is
         * {@code key}. The noun belongs to a body whose name ends in it ("Sunrise Leather Company"), that the article
         * introduced by it ("The rights group Justice Watch", "X, the company that …") or that the same words spoke for
         * before ("The group denied …" resolved to it). Must NOT take "The group's spokesman" for the accused Free Hills
         * Front after "The rights group Justice Watch accused …": the group is the accuser.
         */
        boolean bodyTakenUp(int t, String key) {
            String noun = v.lower[t + 1].endsWith("'s") || v.lower[t + 1].endsWith("’s") ? v.lower[t + 1].substring(0, v.lower[t + 1].length() - 2) : v.lower[t + 1];
            int best = -1;
            String owner = null;
            for (int k = 0; k < t; k++) {
                if (v.actorAt[k] == null || v.actorAt[k].span().begin() != v.begin(k)) continue;
                int first = k, last = v.tokenAtOrAfter(v.actorAt[k].span().end()) - 1;
                boolean of = v.lower[last].equals(noun) || v.lower[last].equals(noun + "s")
                        || first > 0 && v.lower[first - 1].equals(noun)
                        || appositiveNoun(last + 1, noun);
                if (!of) {
                    String[] w = Speakers.norm(speakers.entities.containsKey(v.actorAt[k].entityKey()) ? speakers.entities.get(v.actorAt[k].entityKey()).label() : "").split(" ");
                    of = w.length > 1 && w[w.length - 1].equals(noun);
                }
                if (of && k > best) { best = k; owner = v.actorAt[k].entityKey(); }
            }
            for (Draft o : drafts) {
                if (o.speakerSpan == null || o.speakerSpan.end() > v.begin(t)) continue;
                int k = v.tokenAtOrAfter(o.speakerSpan.begin());
                String[] w = Speakers.norm(a.body().substring(o.speakerSpan.begin(), o.speakerSpan.end())).split(" ");
                if (w.length == 2 && w[0].equals("the") && w[1].equals(noun) && k > best) { best = k; owner = o.speaker; }
            }
            return key.equals(owner);
        }

        /** ", the NOUN …" / ", a NOUN …" from token i: an appositive naming the body by the noun ("X, the company that runs …"). */
        boolean appositiveNoun(int i, String noun) {
            if (i + 2 >= v.n || !v.word[i].equals(",") || !(v.lower[i + 1].equals("the") || v.lower[i + 1].equals("a") || v.lower[i + 1].equals("an"))) return false;
            for (int k = i + 2; k < v.n && k < i + 5 && !v.isPunct(k); k++) if (v.lower[k].equals(noun)) return true;
            return false;
        }

        /**
         * The body a person speaker's title before the name names by a word of its name ("Police Chief NAME" for the
         * Corby Police Department, "Mining Corporation spokesman NAME"): a title of up to three nouns right before
         * the name, one of whose words (four letters or more) is a word of the name of one body of the article only.
         * Null when the word is in the names of two bodies ("Police Chief NAME" with a police department and a police
         * union), when the title holds another actor's mention ("Environment Agency inspector NAME" for another body),
         * or when the speaker is no person.
         */
        String titledBody(Draft d) {
            if (d.speakerSpan == null || speakers.type(d.speaker) != org.claimgraph.model.EntityType.PERSON) return null;
            int b = v.tokenAtOrAfter(d.speakerSpan.begin()), sb = v.sentFirst[v.sent[b]];
            // (the name's first token, the span holding the title or not)
            int last = v.tokenAtOrAfter(d.speakerSpan.end()) - 1;
            for (int k = b; k <= last; k++) if (v.actorAt[k] != null && v.actorAt[k].entityKey().equals(d.speaker)) { b = k; break; }
            String found = null;
            for (int k = b - 1; k >= sb && k >= b - 3; k--) {
                if (v.isPunct(k) || !(v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN"))) break;
                if (v.actorAt[k] != null) return null;
                String w = v.lower[k];
                if (w.length() < 4) continue;
                String owner = null;
                for (org.claimgraph.model.Entity e : speakers.entities.values()) {
                    org.claimgraph.model.EntityType t = e.type();
                    if (t == org.claimgraph.model.EntityType.PERSON || t == org.claimgraph.model.EntityType.COUNTRY || t == org.claimgraph.model.EntityType.PLACE
                            || t == org.claimgraph.model.EntityType.UNNAMED_SOURCE) continue;
                    boolean has = false;
                    for (String n : Speakers.names(e)) for (String x : Speakers.norm(n).split(" ")) if (x.equals(w)) has = true;
                    if (!has) continue;
                    if (owner != null && !owner.equals(e.key())) return null;
                    owner = e.key();
                }
                if (owner == null) continue;
                if (found != null && !found.equals(owner)) return null;
                found = owner;
            }
            return found;
        }

        /**
         * The state a body's name opens with the demonym of ("Lithuanian Navy", "the Lorvian Foreign Ministry"): a demonym
         * of lexicon/demonyms.tsv, or one spelling a country of the article by a regular ending; null for a person (a
         * "Russian journalist" speaks for no state) or a name with no demonym.
         */
        String demonymState(String key) {
            org.claimgraph.model.Entity e = speakers.entities.get(key);
            if (e == null || e.type() == org.claimgraph.model.EntityType.PERSON || e.type() == org.claimgraph.model.EntityType.COUNTRY
                    || e.type() == org.claimgraph.model.EntityType.UNNAMED_SOURCE) return null;
            String[] w = e.label().strip().split("\\s+");
            int i = w.length > 1 && w[0].equalsIgnoreCase("the") ? 1 : 0;
            if (w.length - i < 2) return null;
            // (a state's own body only, by its head noun: "the Russian Defence Ministry", "the Ministry of Defence", "the
            // Estonian Coast Guard"; not "the Russian opposition party X", "the American Chamber of Commerce")
            int h = w.length - 1;
            for (int j = i + 1; j < w.length; j++) if (w[j].equalsIgnoreCase("of")) { h = j - 1; break; }
            if (!STATE_ORGANS.contains(Speakers.norm(w[h]))) return null;
            String s = DEMONYMS.demonyms.get(Speakers.norm(w[i]));
            return s != null ? s : TargetFinder.demonymCountry(speakers, w[i], key);
        }

        /** Token k is a demonym ("Russian", "Estonian"), a country named by its adjective. */
        boolean demonymWord(int k) {
            return v.pos[k].equals("ADJ") || DEMONYMS.demonyms.get(Speakers.norm(v.word[k])) != null;
        }

        /** A head noun of a state's own body (words-attribution STATE_ORGANS) among tokens [from, end). */
        boolean stateOrganIn(int from, int end) {
            for (int k = from; k < end && k < v.n; k++) if (STATE_ORGANS.contains(v.lower[k])) return true;
            return false;
        }

        /** The object from token i is a place (a place mention, or "the city", "its positions"): "defended the town". */
        boolean placeObject(int i) {
            for (int k = i; k < v.n && k < i + 3 && !v.isPunct(k); k++) {
                if (v.actorAt[k] != null) return speakers.type(v.actorAt[k].entityKey()) == org.claimgraph.model.EntityType.PLACE;
                if (DEFENDED_PLACES.contains(v.lower[k])) return true;
            }
            return false;
        }

        /**
         * The fronted "its"/"their" at {@code q} can refer only to the body {@code key}: the body is mentioned before it and
         * nothing between may be the antecedent instead. Must NOT catch "X rejected the report. Its author, …" (a singular
         * claim or document noun for "its"), "X denied the allegations in the lawsuit. Their lawyer, …" (a claim noun
         * with a phrase after it: "in the lawsuit", "made by Y") nor "X denied the report by Y. Its director, …" (another
         * actor mentioned between).
         */
        boolean possessiveOfBody(int q, String key) {
            int m = q - 1;
            while (m >= 0 && (v.actorAt[m] == null || !v.actorAt[m].entityKey().equals(key))) m--;
            if (m < 0) return false;
            for (int t = m + 1; t < q; t++) {
                if (v.actorAt[t] != null && !v.actorAt[t].entityKey().equals(key)) return false;
                if (!CLAIM_NOUNS.contains(v.lemma[t]) && !DOCUMENT_NOUNS.contains(v.lemma[t])) continue;
                if (v.lower[q].equals("its") && v.lower[t].equals(v.lemma[t])) return false;
                if (t + 1 < q && (v.pos[t + 1].equals("ADP") || v.pos[t + 1].equals("VERB"))) return false;
            }
            return true;
        }

        /** The claim accuses nobody but, at most, its own speaker. */
        boolean onlySpeaker(Draft d) {
            for (String t : d.targets) if (!t.equals(d.speaker)) return false;
            return true;
        }

        /** A claim made a denial after its targets were found, with none, answers for whom it defends (TargetFinder#defendedLate). */
        void lateDenial(Draft d, boolean selfOnly) {
            if (!d.targets.isEmpty()) return;
            String o = targets.defendedLate(v, d, speakers, selfOnly);
            if (o != null) d.targets = List.of(o);
        }

        /** The speaker is named as someone's lawyer or counsel ("Pellam's lawyer", "a lawyer for the company", "chief counsel"). */
        boolean defenceCounsel(String key) {
            org.claimgraph.model.Entity e = speakers.entities.get(key);
            if (e == null || e.type() != org.claimgraph.model.EntityType.PERSON) return false;
            for (String n : Speakers.names(e)) if (COUNSEL.matcher(n).find()) return true;
            return false;
        }

        /** The speaker a headline names as the subject of a rejecting cue ("Author rejects claim", "Ministry denies …"). */
        String headlineDenier(List<Draft> drafts) {
            String title = a.meta().title();
            if (title == null || title.isBlank()) return null;
            String[] w = Speakers.norm(title).split(" ");
            int at = -1;
            // (not a passive or an administrative refusal: "X denied bail", "X is denied entry", "X refused visa")
            for (int i = 1; i < w.length && at < 0; i++) {
                if (rejecting(w[i]) && !BE.contains(w[i - 1]) && !(i + 1 < w.length && ADMIN_OBJECTS.contains(w[i + 1]))) at = i;
            }
            if (at < 0) return null;
            String subject = " " + String.join(" ", java.util.Arrays.copyOfRange(w, 0, at)) + " ";
            for (Draft d : drafts) {
                org.claimgraph.model.Entity e = speakers.entities.get(d.speaker);
                if (e == null || e.type() == org.claimgraph.model.EntityType.UNNAMED_SOURCE) continue;
                for (String n : Speakers.names(e)) {
                    String nn = Speakers.norm(n);
                    if (nn.length() >= 3 && subject.contains(" " + nn + " ")) return d.speaker;
                }
            }
            return null;
        }

        /** An inflected form of a rejecting cue of the lexicon ("rejects", "denied", "dismissing"). */
        /** word with the ending replaced, or word itself when it does not end so. */
        private static String cut(String word, String ending, String by) {
            return word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) + by : word;
        }

        /** The draft's cue is a word of rejecting ("denied", "dismissed"); no cue, no. */
        boolean cueRejects(Draft d) { return d.cue != null && rejecting(v.lower[v.tokenAtOrAfter(d.cue.begin())]); }

        boolean rejecting(String word) {
            Boolean known = rejectingWords.get(word);
            if (known != null) return known;
            boolean r = rejectingForm(word);
            if (rejectingWords.size() < REJECTING_WORDS_MAX) rejectingWords.put(word, r);
            return r;
        }

        private boolean rejectingForm(String word) {
            for (String c : new String[]{word, cut(word, "ies", "y"), cut(word, "ied", "y"), cut(word, "es", ""), cut(word, "s", ""),
                    cut(word, "ed", ""), cut(word, "d", ""), cut(word, "ing", ""), cut(word, "ing", "e")}) {
                for (CueLexicon.Cue cue : lexicon.candidates(c)) if (cue.stance() == Stance.DENIES && cue.words().size() == 1) return true;
            }
            return false;
        }

        /**
         * Reported content that says nothing: a source phrase set after the cue (", citing a medical source") or
         * the terms of anonymity ("she asked that her name not be published").
         */
        void dropNonClaims() {
            boolean removed = drafts.removeIf(d -> {
                if (d.cue == null) return false;
                if (cueInsideName(v.tokenAtOrAfter(d.cue.begin()))) return true;
                if (strandedCue(d) || whatObject(d) || danglingBeforeSpeaker(d)) return true;
                if (d.quote != null) return false;
                if (topicOnly(d) || coordinatedCue(d) || insideSubjectOf(d)) return true;
                String c = a.body().substring(d.content.begin(), d.content.end());
                // "condemned the attack and said …": condemning an act, naming nobody and calling it nothing, says nothing yet
                if (d.accuses && !hasVerb(d.content) && words(d.content) <= 3 && !namesActor(d.content)) return true;
                return SOURCE_PHRASE.matcher(c).matches() || ANONYMITY.matcher(c).lookingAt();
            });
            if (!removed) return;
            java.util.Set<Draft> left = new java.util.HashSet<>(drafts);
            for (Draft d : drafts) if (d.continues != null && !left.contains(d.continues)) d.continues = null;
        }

        /**
         * "Jones was commenting on the speech the senator gave", "She wrote about this at length", "Few people worry about
         * their data": a content that opens, right after its cue, with "on" or "about" and a noun phrase is the topic the
         * speaker spoke on, not anything the speaker said. Not a time ("said on Monday the plant would close", "reported on
         * the night of May 6 that …"), a number ("said about 1,200 people had fled"), a wh-clause ("wrote about how the town
         * was shelled"), nor a named place of publication ("wrote on Facebook the army had left": a proper noun).
         */
        boolean topicOnly(Draft d) {
            if (d.content.begin() < d.cue.end()) return false;
            int ce = v.tokenEndingBy(d.cue.end()), f = v.tokenAtOrAfter(d.content.begin());
            if (ce < 0 || f != ce + 1 || f + 1 >= v.n || v.sent[f] != v.sent[ce] || !(v.lower[f].equals("on") || v.lower[f].equals("about"))) return false;
            int se = v.sentEnd[v.sent[f]];
            if (WH.contains(v.lower[f + 1]) || v.lower[f + 1].equals("that")) return false;
            for (int k = f + 1; k < se && k <= f + 6; k++) {
                String t = v.pos[k];
                if (!(t.equals("DET") || t.equals("ADJ") || t.equals("NOUN") || t.equals("PROPN") || t.equals("PRON") || t.equals("NUM") || t.equals("PART"))) break;
                if (t.equals("PROPN") || t.equals("NUM") || timeWord(k) && !t.equals("DET") && !t.equals("PRON") || PART_OF_DAY.contains(v.lower[k]) || TIME_UNITS.contains(v.lemma[k])) return false;
            }
            // (testimony about a wrong done to someone says what was done: "testified about the beatings she suffered at the
            // hands of the guards", "spoke about the abuse inflicted by officers": an agent, or a relative clause with a pronoun
            // subject, follows the topic; "the speech the senator gave" stays a topic)
            for (int k = f + 2; k < se; k++) {
                if (v.lower[k].equals("by") || v.lower[k].equals("hands") && v.lower[k - 1].equals("the") || v.isVerb(k) && !v.pos[k].equals("AUX") && k > f + 2 && v.pos[k - 1].equals("PRON") && !v.pos[k - 2].equals("ADP")) return false;
            }
            return true;
        }

        /**
         * "A neighbour, who asked not to be named because she feared reprisals, said the man …": a cue inside the clause
         * set off right after another statement's speaker (", who …"), whose content runs over that statement's own cue,
         * is part of the speaker's description; the statement is the other one's. Not a cue whose content stops before the
         * other cue, nor one outside such a clause.
         */
        boolean insideSubjectOf(Draft d) {
            for (Draft e : drafts) {
                if (e == d || e.cue == null || e.speakerSpan == null) continue;
                if (!(e.speakerSpan.end() <= d.cue.begin() && d.cue.end() <= e.cue.begin() && d.content.contains(e.cue))) continue;
                // (the cue sits in a relative clause set off after that speaker: ", who …")
                int s0 = v.tokenAtOrAfter(e.speakerSpan.end()), c0 = v.tokenAtOrAfter(d.cue.begin());
                if (s0 < 0 || c0 < 0 || v.sent[s0] != v.sent[c0]) continue;
                for (int k = s0; k < c0 && k <= s0 + 2; k++) if (v.lower[k].equals("who") && k > 0 && v.word[k - 1].equals(",")) return true;
            }
            return false;
        }

        /**
         * "the advisers Trump mentioned and their ties to the lodge", "He has written and published two books": a cue followed
         * at once by "and"/"or" shares its object with what comes after the conjunction; what follows is no content of it.
         * Not the aside "said, and I quote, …" (a comma after the cue, or "quote" after the conjunction).
         */
        boolean coordinatedCue(Draft d) {
            if (d.content.begin() < d.cue.end()) return false;
            int ce = v.tokenEndingBy(d.cue.end()), f = v.tokenAtOrAfter(d.content.begin());
            if (ce < 0 || f != ce + 1 || f >= v.n || v.sent[f] != v.sent[ce] || !(v.lower[f].equals("and") || v.lower[f].equals("or"))) return false;
            for (int k = f + 1; k < v.n && k <= f + 3; k++) if (v.lower[k].equals("quote") || v.lower[k].equals("repeat")) return false;
            // (a rejection or accusation coordinated with another verb still says it: "denied and condemned reports that …",
            // "rejected and condemned the accusations", "condemned and sanctioned Russia over …"; nor a second reporting verb)
            if (d.stance == Stance.DENIES || d.accuses) return false;
            if (f + 1 < v.n && v.isVerb(f + 1) && lexicon.candidates(v.lemma[f + 1]).stream().anyMatch(x -> x.words().size() == 1 && !x.documentOnly() && x.objects().isEmpty())) return false;
            return true;
        }

        /**
         * "The commission rejected the accusations.", "Ivo Brandt denied the charges throughout.", "She disputed the reports on
         * Tuesday.": a rejection whose object is only a claim noun (with its determiner, owner and adjectives, then at most
         * a time adverbial) ending the sentence says nothing of its own; what it rejects is the claim it answers, which
         * is that claim's content. Not a rejection that says more: that names the claim ("called the accusations
         * baseless", "dismissed the report as fabrication", "rejected claims that …"), goes on ("…, saying …") or rejects
         * an act or a wrongdoing ("denied any involvement", "denied cheating", "denied closing the depot").
         */
        private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those");

        boolean bareRejection(Draft d) {
            if (d.stance != Stance.DENIES || d.cue == null || d.calledFalse) return false;
            int c = v.tokenAtOrAfter(d.cue.begin()), ce = v.tokenEndingBy(d.cue.end());
            if (c >= v.n || ce < c || !rejecting(v.lower[c])) return false;
            int se = v.sentEnd[v.sent[c]], k = ce + 1, head = -1, last = se - 1;
            while (last > ce && v.isPunct(last)) last--;
            if (d.content.end() < v.end(last)) return false;
            // (a demonstrative right after the cue, however tagged: "rejected that criticism", "disputed those figures")
            if (k < se && DEMONSTRATIVES.contains(v.lower[k])) k++;
            while (k < se && (v.pos[k].equals("DET") || v.pos[k].equals("PRON") || v.pos[k].equals("ADJ") || v.pos[k].equals("NUM")
                    || v.pos[k].equals("PART") || v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN"))) {
                if (CLAIM_NOUNS.contains(v.lemma[k]) || REBUTTED_NOUNS.contains(v.lemma[k]) || REBUTTED_NOUNS.contains(v.lower[k])) head = k;
                else if (head >= 0) return false;
                k++;
            }
            if (head < 0 || head != k - 1) return false;
            // (then a time adverbial or "throughout", and the sentence ends)
            if (k < se && (v.lower[k].equals("throughout") || v.lower[k].equals("again"))) k++;
            else if (k < se && v.pos[k].equals("ADP")) { k++; while (k < se && timeWord(k)) k++; }
            else while (k < se && timeWord(k)) k++;
            while (k < se && v.isPunct(k) && !v.word[k].equals(",") && !v.word[k].equals(":")) k++;
            return k >= se;
        }

        /**
         * "Voters no longer believe what the mayor says is true", "nobody knows what the minister said about the budget":
         * a cue whose object is "what" before its subject has its object already; what follows it is no content of it.
         * Not a pseudo-cleft, "What the minister said was that prices would fall" (BE with "that", a quotation or a colon).
         */
        boolean whatObject(Draft d) {
            if (d.speakerSpan == null || d.content.begin() < d.cue.end()) return false;
            int sb = v.tokenAtOrAfter(d.speakerSpan.begin());
            if (sb <= 0 || sb >= v.n || v.sent[sb - 1] != v.sent[sb] || !(v.lower[sb - 1].equals("what") || v.lower[sb - 1].equals("whatever"))) return false;
            // (not a naming: "what Russia described as a provocation", "what he called a coup")
            int c = v.tokenAtOrAfter(d.cue.begin()), ce = v.tokenEndingBy(d.cue.end());
            if (NAMING_AS.contains(v.lemma[c]) || NAMING_AS_ADJECTIVE.contains(v.lemma[c]) || v.lemma[c].equals("call")
                    || ce + 1 < v.n && v.lower[ce + 1].equals("as") || v.lower[ce].equals("as")) return false;
            // (nor a colon spelling out what was said, right after the cue or a short adverbial: "I believe what the
            // victims said: the priest abused them", "what the activists said for years: …")
            for (int k = ce + 1; k < v.n && k <= ce + 4 && v.sent[k] == v.sent[ce]; k++) if (v.word[k].equals(":")) return false;
            int f = v.tokenAtOrAfter(d.content.begin());
            if (f < v.n && v.lemma[f].equals("be")) {
                int g = f + 1;
                while (g < v.n && v.pos[g].equals("ADV")) g++;
                if (g < v.n && (v.lower[g].equals("that") || v.word[g].equals(":") || v.isQuote(g))) return false;
            }
            return true;
        }

        /** Words that cannot end a clause: what follows them (the speaker phrase) is inside the clause they open. */
        private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "whether", "if",
                "because", "although", "though", "unless", "whereas", "or", "nor");

        /**
         * "The trouble with the plan is that he then believes his own figures", "…, which according to the mayor, saves
         * money", "one of many lapses that the inspector highlighted", "…, or according to one historian, ensure …": a content
         * before its speaker that ends, with no punctuation between, in a word opening a clause (a complementizer, a
         * relative pronoun, "or") stops mid-clause: the speaker phrase sits inside what that word opens, and the words
         * before are not what the speaker said. Not a preposition ("…, records obtained by the agency show", "…, as the
         * minister feared", "firms from Apple to Acme said they would leave": the speaker may be the object of a
         * preposition and still speak, and dropping the claim would drop the speaker from the graph), not "and"/"but"
         * ("He is not wrong, and the article admits as much"), nor a demonstrative "that" as an object ("we cannot stay
         * indifferent to that she said", "they denied that he added": after a preposition or a verb), nor a naming of the
         * clause before ("…, which the monitors called a war crime", "…, which she described as routine": it names that clause).
         */
        boolean danglingBeforeSpeaker(Draft d) {
            if (d.quote != null || d.cue == null) return false;
            Span after = d.speakerSpan != null && d.speakerSpan.begin() < d.cue.begin() ? d.speakerSpan : d.cue;
            if (d.content.end() > after.begin()) return false;
            int last = v.tokenEndingBy(d.content.end()), next = v.tokenAtOrAfter(d.content.end());
            if (last < 0 || next >= v.n || v.begin(next) != after.begin() || v.sent[last] != v.sent[next]) return false;
            if (v.isPunct(last) || v.isQuote(last)) return false;
            String w = v.lower[last];
            if (!CLAUSE_OPENERS.contains(w)) return false;
            // (a naming of what the clause before states keeps it: "…, which the monitors called a war crime")
            int c = v.tokenAtOrAfter(d.cue.begin());
            if ((w.equals("which") || w.equals("that")) && c < v.n && (NAMING_AS.contains(v.lemma[c])
                    || NAMING_AS_ADJECTIVE.contains(v.lemma[c]) || v.lemma[c].equals("call"))) return false;
            return !(w.equals("that") && last > 0 && (v.pos[last - 1].equals("ADP") || v.pos[last - 1].equals("VERB")));
        }

        /**
         * "The council approved the changes she called for in March", "… every document he asked for.": a cue whose
         * preposition is stranded (nothing of a noun phrase after it) sits in a relative clause on the noun before its
         * speaker; the clause before is no content of it. Not "…, she said in March" (a noun phrase after the preposition),
         * nor "Prices will rise next year she said" (no preposition).
         */
        boolean strandedCue(Draft d) {
            if (d.content.end() > d.cue.begin()) return false;
            int c = v.tokenAtOrAfter(d.cue.begin()), last = v.tokenEndingBy(d.cue.end());
            if (c >= v.n || last < c) return false;
            int se = v.sentEnd[v.sent[c]];
            int p = v.pos[last].equals("ADP") && last > c ? last : last + 1 < se && v.pos[last + 1].equals("ADP") ? last + 1 : -1;
            if (p < 0) return false;
            if (p + 1 < se && !v.isPunct(p + 1)) {
                String t = v.pos[p + 1];
                if (!(t.equals("ADP") || t.equals("ADV") || t.equals("SCONJ") || t.equals("CCONJ"))) return false;
            }
            // the relative clause's head: a noun right before the speaker phrase, with no comma or quotation mark between
            int b = v.tokenAtOrAfter(d.content.end());
            if (b < c && (v.isPunct(b) || v.isQuote(b))) return false;
            return b > 0 && v.pos[b - 1].equals("NOUN");
        }

        /**
         * "… bypasses the 2nd Circuit Court of Appeals, which …": a capitalised word the tagger did not take for a verb,
         * inside (not first in) the name of an actor, is part of the name and no cue. Not "Reuters reports" (the name
         * ends before the cue), nor a verb in a title-case headline ("Mayor Says …": tagged a verb).
         */
        boolean cueInsideName(int c) {
            if (c <= 0 || c >= v.n || v.actorAt[c] == null || v.isVerb(c) || !Character.isUpperCase(v.word[c].charAt(0))) return false;
            Mention m = v.actorAt[c];
            return v.firstToken(m) < c && v.lastTokenOf(m) >= c;
        }

        /**
         * "“Why didn't you go back?” a reporter asked": a question asks, it asserts nothing — neither it nor the
         * questions quoted right after it are claims ("asked X to clarify …" stays: it is no question).
         */
        void dropQuestions() {
            java.util.Set<Draft> gone = new java.util.HashSet<>();
            for (Draft d : drafts) {
                boolean asked = d.cue != null && v.lemma[v.tokenAtOrAfter(d.cue.begin())].equals("ask")
                        || d.cue == null && d.continues != null && gone.contains(d.continues);
                if (asked && (question(d.content) || d.cue != null && invertedQuestion(d))) gone.add(d);
                else if (d.cue != null && question(d.content) && askedWithDo(v.tokenAtOrAfter(d.cue.begin()))) gone.add(d);
                else if (openQuestions(d.content) || questionLabel(d.content)) gone.add(d);
                else if (d.cue != null && askedByAuxiliary(v.tokenAtOrAfter(d.cue.begin()))) gone.add(d);
            }
            if (gone.isEmpty()) return;
            drafts.removeAll(gone);
            for (Draft d : drafts) if (gone.contains(d.continues)) d.continues = null;
        }

        /**
         * "Did the minister say the budget was balanced?", "Why does he claim …?": a cue in its bare form after an auxiliary
         * "do" that opens the sentence (or follows its question word) is asked about, not said. Not "“Why did we go?” he
         * said" (the cue is no bare form), nor "He did say that …" (no "do" opening a question).
         */
        boolean askedWithDo(int c) {
            if (c >= v.n || !v.lower[c].equals(v.lemma[c])) return false;
            int sb = v.sentFirst[v.sent[c]];
            int k = sb;
            while (k < c && (v.isPunct(k) || v.isQuote(k))) k++;
            if (k < c && QUESTION_WORDS.contains(v.lower[k])) k++;
            return k < c && v.lemma[k].equals("do") && v.pos[k].equals("AUX");
        }

        private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "when", "where", "what", "who");
        /** Words that may open a question before its question word ("So how do we …", "And why did they …"). */
        private static final Set<String> QUESTION_LEADS = Set.of("so", "and", "but", "then", "well", "now");

        /**
         * "So how do we protect ourselves from this, the bishop asked.": a content before "asked" that opens with a question
         * word and an auxiliary inverted before its subject is a question though its question mark is missing. Not an
         * indirect question after the cue ("She asked how the board could approve it": the subject comes first), nor a
         * question word that is the subject ("Who ordered the raid" has no auxiliary next).
         */
        boolean invertedQuestion(Draft d) {
            if (d.content.end() > d.cue.begin()) return false;
            int b = v.tokenAtOrAfter(d.content.begin());
            while (b < v.n && v.end(b) <= d.content.end() && (v.isPunct(b) || v.isQuote(b) || QUESTION_LEADS.contains(v.lower[b]))) b++;
            if (b + 2 >= v.n || v.end(b + 2) > d.content.end() || !QUESTION_WORDS.contains(v.lower[b])) return false;
            return QUESTION_AUXILIARIES.contains(v.lemma[b + 1]) && v.pos[b + 1].equals("AUX")
                    && (v.pos[b + 2].equals("PRON") || v.pos[b + 2].equals("DET") || v.pos[b + 2].equals("PROPN"));
        }


        /** A briefing's question header opening a claim: "QUESTION (Radio X): …". */
        private static final Pattern QUESTION_HEADER = Pattern.compile("(?s)(?:QUESTION|Question)\\s*\\([^)\n]{0,40}\\)\\s*:.*");

        /** A question label opening a sentence, with or without its medium: "Q: ", "QUESTION (AFP): ". */
        private static final Pattern LEADING_QUESTION_LABEL = Pattern.compile("(?:Q|QUESTION|Question)\\s*(?:\\([^)\n]{0,40}\\))?\\s*:\\s");

        /** The speaker and the listener as a question's subject ("Will you …?", "Can I …?", "Should we …?"). */
        private static final Set<String> PARTICIPANT_PRONOUNS = Set.of("i", "you", "we");

        /** Bodies whose naming makes a question a possible accusation ("Should we trust a government that …?"). */
        private static final Set<String> QUESTIONED_BODIES = WORDS.set("QUESTIONED_BODIES");

        /** Auxiliaries and modals that open a yes/no question ("Will you …?", "Can I …?", "Has the board …?"). */
        private static final Set<String> QUESTION_AUXILIARIES = Set.of("be", "have", "do", "will", "would", "can", "could",
                "shall", "should", "may", "might", "must");

        /**
         * "“Will customers keep coming back?”", "Can I trust the water? Can my children drink it? What do I tell them?",
         * "Remember the bridge contract?": content that is nothing but questions, the first an open yes/no question (an
         * auxiliary or modal first) or a bare imperative, asks and asserts nothing. Must NOT catch a rhetorical question
         * that accuses: a negative one ("Isn't it obvious that the mayor lied?", "Didn't they promise …?"), one in
         * statement order ("The auditor must finally act?", "The board knew about the fraud?"), a question-word one
         * ("Why did nobody act?", "Who ordered the raid?"), nor a question the speaker answers ("Are we good enough? Not today").
         */
        boolean openQuestions(Span s) {
            int b = v.tokenAtOrAfter(s.begin());
            while (b < v.n && v.end(b) <= s.end() && (v.isPunct(b) || v.isQuote(b))) b++;
            if (b >= v.n || v.end(b) > s.end()) return false;
            // every sentence of the content ends with its question mark
            for (int k = b; k < v.n && v.end(k) <= s.end(); k++) {
                int se = Math.min(v.sentEnd[v.sent[k]], v.tokenEndingBy(s.end()) + 1);
                int last = se - 1;
                while (last > k && v.isQuote(last)) last--;
                if (!v.word[last].equals("?")) return false;
                k = se - 1;
            }
            boolean aux = QUESTION_AUXILIARIES.contains(v.lemma[b]) && (v.pos[b].equals("AUX") || v.pos[b].equals("VERB"))
                    && Character.isUpperCase(v.word[b].charAt(0));
            boolean imperative = v.pos[b].equals("VERB") && v.lower[b].equals(v.lemma[b]) && b == v.sentFirst[v.sent[b]]
                    && Character.isUpperCase(v.word[b].charAt(0)) && !QUESTION_AUXILIARIES.contains(v.lemma[b]);
            if (!aux && !imperative) return false;
            if (v.lower[b].endsWith("n't")) return false;
            // only the speaker's or the listener's own doing is asked ("Will you allow one?", "Can I …?"), or a bare
            // imperative: a question about another ("Will the ministry admit it lied?", "Should we trust a government
            // that jailed reporters?") may accuse, and so may one that names an actor
            if (aux && !(b + 1 < v.n && PARTICIPANT_PRONOUNS.contains(v.lower[b + 1]))) return false;
            for (int k = b; k < v.n && v.end(k) <= s.end(); k++) if (v.actorAt[k] != null) return false;
            for (int k = b; k < v.n && v.end(k) <= s.end(); k++) if (QUESTIONED_BODIES.contains(v.lemma[k]) && v.pos[k].equals("NOUN")) return false;
            int se = v.sentEnd[v.sent[b]];
            for (int k = b + 1; k < se && k <= b + 3; k++) if (v.lower[k].equals("not") || v.lower[k].equals("n't")) return false;
            return true;
        }

        /** The content opens with a transcript's question label ("Q: …", "QUESTION (Radio X): …"): the interviewer's words. */
        boolean questionLabel(Span s) {
            String t = a.body().substring(s.begin(), Math.min(s.end(), s.begin() + 80));
            java.util.regex.Matcher qa = QA_LABEL.matcher(t);
            if (qaKind(qa) == 'Q') return true;
            return QUESTION_HEADER.matcher(t).matches();
        }

        /**
         * "QUESTION (Radio X): Has the Commission said anything?", "Will the company say it broke the law?": a cue inside a
         * yes/no question (the sentence ends with its question mark, none before the cue, and opens — after a question
         * label — with an auxiliary or modal) is asked about, not said. Not "“Is it fair?” he said" (the question closes
         * before the cue), nor a negative question ("Didn't the minister say …?").
         */
        boolean askedByAuxiliary(int c) {
            if (c >= v.n) return false;
            int s = v.sent[c], sb = v.sentFirst[s], se = v.sentEnd[s];
            int last = se - 1;
            while (last > c && v.isQuote(last)) last--;
            if (!v.word[last].equals("?")) return false;
            for (int k = sb; k < c; k++) if (v.word[k].equals("?")) return false;
            int k = sb;
            String head = a.body().substring(v.begin(sb), Math.min(a.body().length(), v.begin(sb) + 80));
            java.util.regex.Matcher lm = LEADING_QUESTION_LABEL.matcher(head);
            if (lm.lookingAt()) k = v.tokenAtOrAfter(v.begin(sb) + lm.end());
            while (k < c && (v.isPunct(k) || v.isQuote(k))) k++;
            if (k >= c || !QUESTION_AUXILIARIES.contains(v.lemma[k]) || !Character.isUpperCase(v.word[k].charAt(0))) return false;
            if (v.lower[k].endsWith("n't")) return false;
            for (int j = k + 1; j < c && j <= k + 3; j++) if (v.lower[j].equals("not") || v.lower[j].equals("n't")) return false;
            return true;
        }

        boolean question(Span s) {
            String t = a.body().substring(s.begin(), s.end()).strip();
            int e = t.length();
            while (e > 0 && "”\"’'»".indexOf(t.charAt(e - 1)) >= 0) e--;
            return e > 0 && t.charAt(e - 1) == '?';
        }

        /** Tries a cue at token i; returns the number of tokens it used (0 when none). */
        int cueAt(int i, int s) {
            int end = v.sentEnd[s];
            if (v.lower[i].equals("according") && i + 1 < end && v.lower[i + 1].equals("to")) {
                according(i, 2, s);
                return 2;
            }
            // "In the words of one diplomat, …", "in the words of the report": the source fronted as "according to" is
            // (not "in other words", nor "the words of the anthem": no "in the" before them)
            if (v.lower[i].equals("in") && i + 4 < end && v.lower[i + 1].equals("the") && v.lower[i + 2].equals("words") && v.lower[i + 3].equals("of")) {
                according(i, 4, s);
                return 4;
            }
            if (v.pos[i].equals("NOUN") && CLAIM_NOUNS.contains(v.lemma[i])) {
                int used = nounCue(i, s);
                if (used > 0) return used;
            }
            boolean verb = v.pos[i].equals("VERB");
            // "Sputnik reports," — a present-tense cue the tagger took for a plural noun
            if (!verb && v.pos[i].equals("NOUN") && v.lower[i].endsWith("s") && i > v.sentFirst[s] && i + 1 < end
                    && (v.pos[i - 1].equals("PROPN") || v.actorAt[i - 1] != null)
                    && (v.word[i + 1].equals(",") || v.word[i + 1].equals(":") || v.lower[i + 1].equals("that") || v.isQuote(i + 1)
                    // "Moscow denies targeting civilians", "the ministry denies the claims"
                    || v.isVerb(i + 1) && v.lower[i + 1].endsWith("ing") || v.pos[i + 1].equals("DET") || v.pos[i + 1].equals("PRON")
                    && Speakers.isPronoun(v.lower[i + 1])) && !cuesFor(i).isEmpty()) verb = true;
            // "“…,” notes Ada Lin", "“…,” recalls the coach": an inverted present-tense cue right after a quotation's
            // closing mark, before its speaker, that the tagger took for a plural noun (verbCue then needs the speaker
            // phrase to end the sentence and name a speaker). Must NOT catch the noun: "“…,” the notes show" (a
            // determiner before it) nor "“…” notes and letters" (no name or determiner after it).
            if (!verb && invertedPresentAfterQuote(i, s)) verb = true;
            // "The ministry notes that the port …", "the agency warns that …": the same after a source's singular head noun
            // (the verb agrees with it), with "that" and the start of a clause after it. Must NOT catch a compound noun with
            // a relative clause ("ministry notes that were leaked": a verb right after "that"; "police reports that officers
            // filed … were released", "ministry reports that Reuters reviewed show …": an object relative, whose clause holds
            // two finite verbs with no boundary between them), a plural head ("officials notes" is no agreement; "police
            // reports": words-attribution PLURAL_HEADS), nor the noun after a determiner ("the notes that")
            if (!verb && v.pos[i].equals("NOUN") && v.lower[i].endsWith("s") && i > v.sentFirst[s] && i + 2 < end
                    && v.pos[i - 1].equals("NOUN") && (Speakers.isUnnamedHead(v.lemma[i - 1]) || Speakers.isDocument(v.lemma[i - 1])) && v.lower[i - 1].equals(v.lemma[i - 1])
                    && !PLURAL_HEADS.contains(v.lower[i - 1]) && v.lower[i + 1].equals("that") && !v.isVerb(i + 2) && !v.isPunct(i + 2)
                    && !relativeGap(i + 2, end) && !cuesFor(i).isEmpty()) verb = true;
            // "Rights groups accuse/ADP both sides of …": a present-tense cue after its subject the tagger took for a
            // preposition (no cue word of the lexicon is one)
            if (!verb && v.pos[i].equals("ADP") && !v.lower[i].equals("according") && i > v.sentFirst[s] && i + 1 < end
                    && (v.pos[i - 1].equals("NOUN") || v.pos[i - 1].equals("PROPN") || v.actorAt[i - 1] != null)
                    && (v.pos[i + 1].equals("DET") || v.pos[i + 1].equals("PROPN") || v.pos[i + 1].equals("NOUN") || v.lower[i + 1].equals("that"))
                    && !cuesFor(i).isEmpty()) verb = true;
            // "by noting …", ", accusing …": a gerund the tagger took for a noun
            // ("examples of reporting", "the art of lying": after "of" it is the noun)
            if (!verb && v.pos[i].equals("NOUN") && v.lower[i].endsWith("ing") && i > v.sentFirst[s]
                    && (v.pos[i - 1].equals("ADP") && !v.lower[i - 1].equals("of") || v.pos[i - 1].equals("SCONJ") || v.word[i - 1].equals(","))) verb = true;
            if (v.lower[i].equals("citing") && (commaBefore(i, v.sentFirst[s]) || i > v.sentFirst[s] && !cuesFor(i - 1).isEmpty())) {
                int used = citing(i, s);
                if (used > 0) return used;
            }
            // "has pleaded/AUX not guilty": a cue the tagger took for an auxiliary
            if (!verb && v.pos[i].equals("AUX") && !AUXILIARY.contains(v.lemma[i]) && !cuesFor(i).isEmpty()) verb = true;
            // "… injured in the blast told/NOUN reporters": a cue's past form the tagger took for a noun (its lemma is another
            // word and it is no plural: "told" -> "tell"); not a noun that is its own lemma ("the report", "a claim")
            if (!verb && v.pos[i].equals("NOUN") && !v.lower[i].equals(v.lemma[i]) && !v.lower[i].endsWith("s") && i > v.sentFirst[s]
                    && !cuesFor(i).isEmpty()) verb = true;
            if (!verb) return 0;
            // "a blast ripped through the market", "a car slammed into the crowd": a verb of force with its particle
            // is an act, not a report
            if (i + 1 < end && FORCE_PARTICLES.contains(v.lower[i + 1])) return 0;
            // "efforts in the states that offer …": after an article or demonstrative the word is a noun
            if (i > v.sentFirst[s] && NOUN_DETERMINERS.contains(v.lower[i - 1]) && !v.lower[i].endsWith("ing")) return 0;
            // "representing accused criminals", "of alleged crimes": a participle before its noun is an adjective
            if (i > v.sentFirst[s] && i + 1 < end && v.lower[i].endsWith("ed") && v.pos[i + 1].equals("NOUN")
                    && (v.pos[i - 1].equals("ADP") || v.lower[i - 1].endsWith("ing"))) return 0;
            // "Washington's claims about …": after a possessive the word is a noun ("In Tillerson's telling, …" still reports)
            if (i > v.sentFirst[s] && !v.lower[i].endsWith("ing") && (isPossessive(i - 1) || v.lower[i - 1].endsWith("'s") || v.lower[i - 1].endsWith("’s"))) return 0;
            if (v.lemma[i].equals("quote") || v.lower[i].equals("quoted")) {
                int used = quotedAsSaying(i, s);
                if (used > 0) return used;
            }
            for (CueLexicon.Cue c : cuesFor(i)) {
                if (c.prepositional()) continue;
                // ("the new zoning rule that …": a cue that is also a common noun reports only as a past form or after a modal,
                // which the tagger cannot mistake: "ruled that", "would rule that")
                if (VERB_ONLY_CUES.contains(c.words().get(0)) && !(v.isVerb(i) && (v.lower[i].endsWith("ed") || i > 0 && MODALS.contains(v.lower[i - 1])))) continue;
                int j = i + 1;
                boolean ok = true;
                for (int w = 1; w < c.words().size(); w++, j++) {
                    while (j < end && v.pos[j].equals("ADV") && !c.words().get(w).equals(v.lower[j])) j++;
                    if (j >= end || !(c.words().get(w).equals(v.lemma[j]) || c.words().get(w).equals(v.lower[j]))) { ok = false; break; }
                }
                if (!ok) continue;
                if (!c.objects().isEmpty()) {
                    boolean found = false;
                    for (int k = j; k < Math.min(end, j + 5); k++) if (c.objects().contains(v.lemma[k])) { found = true; break; }
                    if (!found) continue;
                }
                verbCue(i, j, c, s);
                return j - i;
            }
            return 0;
        }

        /**
         * "claims by pro-government media that …", "the allegations circulated by Western media about …": a claim
         * noun with its author after "by" (or "from") and its content after "that" or "about". Returns tokens used.
         */
        int nounCue(int i, int s) {
            int se = v.sentEnd[s];
            int k = i + 1;
            if (k < se && v.isVerb(k) && v.lower[k].endsWith("ed")) k++; // "circulated", "made", "spread"
            else if (k < se && v.isVerb(k) && (v.lower[k].equals("made") || v.lower[k].equals("spread"))) k++;
            if (k >= se || !(v.lower[k].equals("by") || v.lower[k].equals("from"))) return 0;
            int[] np = npForward(k + 1, se);
            if (np == null) return 0;
            int e = np[1];
            // the author phrase ends before "that" / "about"
            for (int j = np[0]; j < np[1]; j++) if (v.lower[j].equals("about") || v.lower[j].equals("that")) { e = j; break; }
            if (e >= se || !(v.lower[e].equals("that") || v.lower[e].equals("about"))) return 0;
            boolean about = v.lower[e].equals("about");
            int from = e + 1;
            int end = from;
            while (end < se && !(v.word[end].equals(";") || v.word[end].equals(",") && (about || end + 1 < se && v.pos[end + 1].equals("VERB")))) end++;
            if (end <= from) return 0;
            Speakers.Resolved sp = speakers.resolve(np[0], e);
            if (sp == null) return 0;
            Draft d = new Draft();
            d.speaker = sp.key();
            d.speakerSpan = sp.span();
            d.cue = new Span(v.begin(i), v.end(k - 1));
            d.content = trim(new Span(v.begin(from), v.end(end - 1)));
            d.stance = Stance.ALLEGES;
            d.confidence = 0.7;
            if (about) finishNaming(d, sp);
            else finish(d, sp);
            return 1;
        }

        /**
         * "Interfax reported, citing a source in the border service, that shells had landed …" and "Shells landed …,
         * the agency reported, citing a military source": the cited source's own claim under the report that relays
         * it. Returns the tokens used, 0 when not this shape.
         */
        int citing(int i, int s) {
            int se = v.sentEnd[s];
            Draft outer = lastDraftIn(s, i);
            if (outer == null) return 0;
            int[] np = npForward(i + 1, se);
            if (np == null) return 0;
            // "citing a source close to the ministry, that …": a modifier without a verb runs the source phrase on to the comma
            int m = np[1];
            while (m < se && m < np[1] + 8 && !v.isVerb(m) && !v.isPunct(m) && !isQuoteMark(m)) m++;
            if (m > np[1] && m + 1 < se && v.word[m].equals(",") && v.lower[m + 1].equals("that")) np = new int[]{np[0], m};
            int k = np[1];
            // "citing a source in the panel looking into the crash.": a participle phrase after the source (no
            // comma, no "that", no finite verb of its own) runs on to the sentence's end and is part of the source phrase
            if (k < se && v.pos[k].equals("VERB") && (v.lower[k].endsWith("ing") || v.lower[k].endsWith("ed")) && reducedRelativeToEnd(k, se)) k = se;
            // "citing people familiar with the matter.", "citing a source close to the talks,": an adjective postmodifier and
            // its noun phrase, up to punctuation, are part of the source phrase
            // (the noun phrase may have taken the adjective in: "people familiar")
            int pk = k - 1 > np[0] && k < se && Speakers.POSTMODIFIER_ADJ.contains(v.lower[k - 1]) && v.pos[k].equals("ADP") ? k - 1 : k;
            if (pk + 2 < se && Speakers.postmodifierAt(v, pk) && !(v.pos[pk].equals("VERB") && v.lower[pk + 1].equals("by"))) {
                int last = pk + 2;
                while (last < se && !v.isPunct(last) && !isQuoteMark(last) && last < pk + 10) last++;
                if (last < se && (v.isPunct(last) || isQuoteMark(last)) && nounsOnly(pk + 2, last)) { np = new int[]{np[0], last}; k = last; }
            }
            while (k < se && v.word[k].equals(",")) k++;
            Span content;
            if (k < se && v.lower[k].equals("that")) {
                content = trim(new Span(v.begin(k + 1), v.end(contentEnd(k + 1, se) - 1)));
            } else if ((k >= se || v.isPunct(k) && k == se - 1) && outer.content.end() <= outer.cue.begin()) {
                content = outer.content;
            } else return 0;
            Speakers.Resolved sp = speakers.resolve(np[0], np[1]);
            if (sp == null || sp.key().equals(outer.speaker) || content.length() == 0) return 0;
            Draft d = new Draft();
            d.speaker = sp.key();
            d.speakerSpan = sp.span();
            d.cue = new Span(v.begin(i), v.end(i));
            d.content = content;
            d.stance = Stance.ALLEGES;
            d.clauseCue = true;
            d.confidence = 0.75;
            finish(d, sp);
            return np[1] - i;
        }

        /**
         * Tokens k.. to the sentence end are a participle phrase and its object only ("investigating the accident."):
         * no punctuation but the final stop, no quotation mark, no "that" and no second verb.
         */
        boolean reducedRelativeToEnd(int k, int se) {
            int last = se;
            while (last > k && v.isPunct(last - 1)) last--;
            if (last - k > 8) return false;
            for (int j = k + 1; j < last; j++) {
                if (v.isPunct(j) || isQuoteMark(j) || v.lower[j].equals("that") || v.isVerb(j) || v.pos[j].equals("AUX")) return false;
            }
            return true;
        }

        /**
         * "The agency, citing local sources, reported that …": a source cited between the speaker and its cue makes the
         * same claim, one level in, under the report that relays it.
         */
        void citedBeforeCue() {
            List<Draft> added = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.cue == null || d.speakerSpan == null || d.speakerSpan.end() >= d.cue.begin() || d.continues != null) continue;
                int c0 = v.tokenAtOrAfter(d.cue.begin()), k = v.tokenAtOrAfter(d.speakerSpan.end());
                int s = v.sent[c0];
                // "The TASS agency, citing …": the speaker's own head noun after its name, before the comma
                for (int h = 0; h < 3 && k < c0 && v.sent[k] == s && (v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN")) && !v.isVerb(k); h++) k++;
                if (v.sent[k] != s || k >= c0 || !v.word[k].equals(",")) continue;
                int ci = k + 1;
                if (ci >= c0 || !(v.lower[ci].equals("citing") || v.lower[ci].equals("quoting"))) continue;
                int[] np = npForward(ci + 1, c0);
                if (np == null) continue;
                int e = np[1];
                while (e < c0 && !v.isVerb(e) && !v.isPunct(e) && !isQuoteMark(e) && e < np[1] + 8) e++;
                if (e >= c0 || !v.word[e].equals(",") || e + 1 != c0) continue;
                Speakers.Resolved sp = speakers.resolve(np[0], e);
                if (sp == null || sp.key().equals(d.speaker)) continue;
                Draft n = new Draft();
                n.speaker = sp.key();
                n.speakerSpan = sp.span();
                n.cue = new Span(v.begin(ci), v.end(ci));
                n.content = d.content;
                n.quote = d.quote;
                n.stance = d.stance;
                n.clauseCue = true;
                n.confidence = 0.75;
                added.add(n);
            }
            drafts.addAll(added);
        }

        /**
         * Token i is a present-tense cue word in -s that the tagger read as a noun, right after a quotation's closing mark
         * (",”" or "”,") and before a name or a determiner: "“…,” notes Ada Lin", "“…,” points out the coach".
         */
        boolean invertedPresentAfterQuote(int i, int s) {
            int sb = v.sentFirst[s], se = v.sentEnd[s];
            if (!v.pos[i].equals("NOUN") || !v.lower[i].endsWith("s") || i - 2 < sb || i + 1 >= se) return false;
            boolean closing = isQuoteMark(i - 1) && (v.word[i - 2].equals(",") || v.word[i - 2].equals("!") || v.word[i - 2].equals("?"))
                    || v.word[i - 1].equals(",") && isQuoteMark(i - 2);
            // ("The market is weak, notes Ada Lin": after a clause's comma only a person's name may follow, not "the …":
            // "He kept letters, notes and photos" has no name after it)
            boolean clause = !closing && v.word[i - 1].equals(",") && clauseBefore(sb, i - 1);
            if (!closing && !clause || cuesFor(i).isEmpty()) return false;
            // (the quotation must open the sentence, or follow a colon or a dash: a quoted title inside a sentence, "Her
            // album “Harbour Lights,” notes X, sold …", is no quotation X speaks)
            if (closing && !quoteOpensSentence(i, sb)) return false;
            int k = i + 1;
            // ("points out the coach": the particle of a two-word cue)
            if (k + 1 < se && v.pos[k].equals("ADP") && !v.lower[k].equals("of")) k++;
            if (clause) return v.actorAt[k] != null && v.firstToken(v.actorAt[k]) == k && personEnds(new int[]{k, v.lastTokenOf(v.actorAt[k]) + 1});
            return v.pos[k].equals("PROPN") || v.actorAt[k] != null || v.pos[k].equals("DET");
        }

        /** The latest quotation ending before token i opens before or at the sentence's start, or right after a colon or a dash. */
        boolean quoteOpensSentence(int i, int sb) {
            Span q = null;
            for (Span x : quotes) if (x.end() <= v.begin(i) && (q == null || x.end() > q.end())) q = x;
            if (q == null) return false;
            if (q.begin() <= v.begin(sb)) return true;
            // (the span starts inside its opening mark)
            String before = a.body().substring(v.begin(sb), q.begin()).strip();
            if (!before.isEmpty() && "“\"‘'«".indexOf(before.charAt(before.length() - 1)) >= 0) before = before.substring(0, before.length() - 1).strip();
            return before.isEmpty() || before.endsWith(":") || before.endsWith("—") || before.endsWith("–") || before.endsWith("-");
        }

        /** Lexicon entries for token i by its lemma, or by its form when the lemmatizer left it inflected. */
        List<CueLexicon.Cue> cuesFor(int i) {
            List<CueLexicon.Cue> l = lexicon.candidates(v.lemma[i]);
            if (!l.isEmpty()) return l;
            String w = v.lower[i];
            // (the word itself first: the lemmatizer sometimes cuts a base form, "accuse" → "accu")
            for (String cand : new String[]{w, w.endsWith("ed") ? w.substring(0, w.length() - 2) : null,
                    w.endsWith("ed") ? w.substring(0, w.length() - 1) : null,
                    w.endsWith("ing") ? w.substring(0, w.length() - 3) : null,
                    w.endsWith("ing") ? w.substring(0, w.length() - 3) + "e" : null,
                    w.endsWith("es") ? w.substring(0, w.length() - 2) : null,
                    w.endsWith("s") ? w.substring(0, w.length() - 1) : null}) {
                if (cand == null) continue;
                l = lexicon.candidates(cand);
                if (!l.isEmpty()) return l;
            }
            return List.of();
        }

        /** A one-word naming cue that reports only with a quotation ("call"). */
        boolean namingCue(String lemma) {
            for (CueLexicon.Cue cue : lexicon.candidates(lemma)) if (cue.quotedOnly() && cue.words().size() == 1) return true;
            return false;
        }

        /**
         * "called the accusations baseless", "calling the reports absurd": a naming cue's object is a claim noun (within
         * three tokens) and a rejecting name follows it within three more, before the sentence or clause ends. Must NOT
         * catch a naming of something that is no claim ("called the bridge a disgrace", "called the talks useful") nor
         * a claim named by no rejecting word ("called the reports a welcome sign"), nor another party's claim named by its
         * possessor ("called the government's report propaganda", "the defence's claims ridiculous"): an accuser
         * dismissing the other side's account, whose speaker and side the sentence does not settle.
         */
        boolean claimCalledFalse(int c1, int se) {
            if (c1 >= se || !rejectedClaim(c1)) return false;
            int k = c1;
            while (k < se && k < c1 + 3 && !CLAIM_NOUNS.contains(v.lemma[k]) && !REJECTED_OBJECTS.contains(v.lower[k]) && !REJECTING_NAMES.contains(v.lower[k])) k++;
            for (int j = c1; j < k; j++) if (v.word[j].endsWith("’s") || v.word[j].endsWith("'s")) return false;
            for (int j = k + 1; j < se && j <= k + 3; j++) {
                if (v.isPunct(j) || v.pos[j].equals("VERB")) return false;
                if (REJECTING_NAMES.contains(v.lower[j])) return true;
            }
            return false;
        }

        /**
         * "The embassy called the accusations baseless.": a claim called false with no quotation reports a denial only when
         * the rejecting name ends the sentence (the one test of verbCue and finish). Must NOT catch "called the reports
         * false, saying …" or "called the reports false and said …": the clause after it is the claim.
         */
        boolean calledFalseSentence(int c1, int se) {
            if (!claimCalledFalse(c1, se)) return false;
            int last = se - 1;
            while (last > c1 && v.isPunct(last)) last--;
            return REJECTING_NAMES.contains(v.lower[last]);
        }

        /**
         * "called the sanctions illegal", "calling it a new day", "described the detention as unlawful" (with {@code as}):
         * a naming cue's object (a pronoun, or a noun phrase) and the name it is given (adjectives, or an indefinite noun
         * phrase unless {@code adjectiveOnly}: "described the suspect as a tall man" describes, it alleges nothing),
         * ending the clause or going on with a preposition ("illegal under international law", "a violation of the
         * treaty"); the token after the name, or -1. Must NOT take: an object with no name ("called the police",
         * "described the scene"), an adverb for a name ("called the meeting early"), a name that goes on as a clause.
         */
        int smallClause(int c1, int se, boolean as, boolean adjectiveOnly) {
            int k = c1;
            if (k < se && v.pos[k].equals("PRON") && OBJECT_NAMED.contains(v.lower[k])) k++;
            else {
                if (k < se && (v.pos[k].equals("DET") || POSSESSIVE_PRON.contains(v.lower[k]))) k++;
                while (k < se && (v.pos[k].equals("ADJ") || v.pos[k].equals("NUM"))) k++;
                int h = k;
                while (k < se && (v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN") || isPossessive(k) && k > h)) k++;
                if (k == h) return -1;
            }
            if (k < se && v.lower[k].equals("as")) k++;
            else if (as) return -1;
            while (k < se && v.pos[k].equals("ADV")) k++;
            if (k < se && v.pos[k].equals("ADJ")) {
                k++;
                // "unacceptable and illegal", "cynical, reckless"
                while (k + 1 < se && (v.pos[k].equals("ADJ") || (v.pos[k].equals("CCONJ") || v.word[k].equals(",")) && v.pos[k + 1].equals("ADJ"))) k++;
                if (k < se && v.pos[k].equals("ADJ")) k++;
            } else if (!adjectiveOnly && k < se && (v.lower[k].equals("a") || v.lower[k].equals("an"))) {
                k++;
                while (k < se && (v.pos[k].equals("ADJ") || v.pos[k].equals("ADV"))) k++;
                int h = k;
                while (k < se && v.pos[k].equals("NOUN")) k++;
                if (k == h) return -1;
            } else return -1;
            // ("unlawful as well", "illegal again")
            if (k + 1 < se && v.lower[k].equals("as") && v.lower[k + 1].equals("well")) k += 2;
            while (k < se && v.pos[k].equals("ADV")) k++;
            if (k < se && !v.isPunct(k) && !v.pos[k].equals("ADP") && !isQuoteMark(k)) return -1;
            return k;
        }

        private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "-", "(");
        private static final Set<String> OBJECT_NAMED = Set.of("it", "them", "him", "her", "this", "that", "these", "those");

        void verbCue(int c0, int c1, CueLexicon.Cue cue, int s) {
            int sb = v.sentFirst[s], se = v.sentEnd[s];
            // "(When) asked by reporters whether …, X said": the question put, opening the sentence, is no one's claim
            if (v.lower[c0].equals("asked") && (c0 == sb || c0 == sb + 1 && v.lower[sb].equals("when"))) return;
            // "opened fire without warning", "left without saying a word": a gerund after "without" says nothing was said
            if (c0 > sb && v.lower[c0 - 1].equals("without") && v.lower[c0].endsWith("ing")) return;
            Span cueSpan = new Span(v.begin(c0), v.end(c1 - 1));
            // "claim to be", "said to have": not a report of speech
            int t = c1;
            while (t < se && (v.lower[t].equals("not") || v.lower[t].equals("never"))) t++;
            // ("explained to NBC News that …", "stated to reporters": "to" with the one addressed still reports)
            // ("appealed to NATO to close …": an appeal to someone asks, it reports nothing)
            if (t < se && v.lower[t].equals("to") && cue.words().size() == 1 && !cue.accuses() && (!addresseeAfterTo(t, se) || v.lemma[c0].equals("appeal"))) return;
            // "calling Kim “rocket man”": a naming cue reports only with a quotation right after
            if (cue.quotedOnly()) {
                if (c0 > 0 && v.end(c0 - 1) == v.begin(c0) && v.word[c0 - 1].endsWith("-")) return; // "so-called"
                boolean q = false;
                for (int k = c1; k < se && k < c1 + 8; k++) if (isQuoteMark(k)) { q = true; break; }
                if (!q && !calledFalseSentence(c1, se) && smallClause(c1, se, false, false) < 0) return;
            }
            // "the South West state government", "Chinese state media": an uninflected cue word between a name or adjective
            // and a noun compounds them (the tagger, lacking the commas, read it as a verb)
            if (c1 == c0 + 1 && c0 > sb && c1 < se && v.lower[c0].equals(v.lemma[c0]) && v.pos[c1].equals("NOUN")
                    && (v.pos[c0 - 1].equals("PROPN") || v.pos[c0 - 1].equals("ADJ"))) return;
            // "asked not to be named", "asked for anonymity": the anonymity formula reports nothing
            if (v.lemma[c0].equals("ask") && c1 + 1 < se && (v.lower[c1].equals("not") || v.lower[c1].equals("for") && v.lower[c1 + 1].equals("anonymity"))) return;
            // "had to maintain its stance", "lead Kiev to believe that …": an infinitive reports nothing ("went on to say" does)
            int inf = c0 - 1;
            while (inf > sb && v.pos[inf].equals("ADV")) inf--; // "had to increasingly remind"
            if (inf >= sb && v.lower[inf].equals("to") && v.pos[inf].equals("PART") && !(inf - 1 >= sb && v.lower[inf - 1].equals("on"))) return;
            int aux = c0 - 1;
            while (aux > sb && v.pos[aux].equals("ADV")) aux--;
            // "the President would declare it …", "X could claim …": a hypothetical report is no report
            if (aux >= sb && (MODALS.contains(v.lower[aux]) || v.lemma[aux].contains("+") && MODALS.contains(v.lemma[aux].substring(0, v.lemma[aux].indexOf('+'))))) return;
            // ("one can't accuse …", "would not say": the same, negated)
            if (aux > sb && (v.lower[aux].equals("n't") || v.lower[aux].equals("not")) && (MODALS.contains(v.lower[aux - 1]) || v.lower[aux - 1].equals("ca") || v.lower[aux - 1].equals("wo"))) return;
            // "did not immediately comment", "has never said": a negated report says nothing (a denial is its own cue)
            int neg = -1; // "never" is an adverb: look between the auxiliary and the cue
            for (int q = c0 - 1; q >= aux && q >= sb && neg < 0; q--) if (v.lower[q].equals("not") || v.lower[q].equals("n't") || v.lower[q].equals("never")) neg = q;
            if (cue.stance() == Stance.ALLEGES && neg > sb && (v.lemma[neg - 1].equals("do") || v.lemma[neg - 1].equals("have") || v.lower[neg].equals("never"))) return;
            boolean afterBe = aux >= sb && v.lemma[aux].equals("be");
            // "X has been accused of …": X is accused, not speaking (an agent after "by" is handled below)
            // ("they had not been told", "was shown": an irregular participle too)
            // (the irregular form only right after "be", across "not"/"never": in "witnesses who were there said …" the
            // adverb ends a relative clause and "said" reports)
            int beAt = c0 - 1;
            while (beAt > sb && (v.lower[beAt].equals("not") || v.lower[beAt].equals("n't") || v.lower[beAt].equals("never"))) beAt--;
            boolean irregularAfterBe = beAt == aux;
            boolean pastParticiple = v.lower[c0].endsWith("ed") || irregularAfterBe && !v.lower[c0].equals(v.lemma[c0]) && !v.lower[c0].endsWith("ing") && !v.lower[c0].endsWith("s");
            if (afterBe && pastParticiple && !(c1 < se && v.lower[c1].equals("by"))) return;
            // "a Hezbollah cell accused of trafficking …": a reduced passive relative (the active form names the accused first)
            // ("a man charged with attempted murder pleaded …": the same with "with")
            if (cue.accuses() && v.lower[c0].endsWith("ed") && c1 < se && (v.lower[c1].equals("of") || v.lower[c1].equals("with"))) return;
            // "the Daily Beast is reporting": progressive, not a participle
            boolean participle = v.lower[c0].endsWith("ing") && !afterBe;
            // ("“…,” he continued.": the quotation right before its speaker is what goes on)
            if (cue.introOnly() && quoteEndingBefore(v.begin(sb)) == null && quoteEndingBefore(v.begin(c0)) == null) {
                int k = c1;
                while (k < se && v.pos[k].equals("ADV")) k++;
                boolean intro = k >= se || v.isQuote(k)
                        || (v.word[k].equals(",") || v.word[k].equals(":")) && (k + 1 >= se || v.isQuote(k + 1));
                if (!intro) return;
            }
            // ("“…,” X said, and Y continued the attack": the quote has its speaker, and "continued" takes an object)
            Span spoken = cue.introOnly() ? quoteEndingBefore(v.begin(c0)) : null;
            if (spoken != null) {
                int k = c1;
                while (k < se && v.pos[k].equals("ADV")) k++;
                if (k < se && !v.isQuote(k) && !v.pos[k].equals("PUNCT")) return;
                for (int j = sb; j < c0; j++) if (v.begin(j) >= spoken.end() && v.pos[j].equals("VERB") && !cuesFor(j).isEmpty()) return;
            }
            Draft host = null;
            if (participle) {
                for (Draft d : drafts) {
                    if (!(d.content.contains(cueSpan) && d.cue != null && v.sentenceOfOffset(d.cue.begin()) == s)) continue;
                    // "said that …, adding that …": a new claim of the same speaker, unless inside the quote; after an
                    // object-taking cue ("denied the accusations, telling CNN that …") one claim, as the seeds' gold has it
                    // ", stressing that …" after a clause or after "told Y that …": "that" marks a new content clause
                    // ", affirming that …" after a rejecting cue ("dismissed the allegations, affirming that …"): a new denial
                    boolean thatClause = c1 < se && v.lower[c1].equals("that")
                            && (d.clauseCue || d.addressee || ADDRESSING.contains(v.lemma[v.tokenAtOrAfter(d.cue.begin())]) || d.stance == Stance.DENIES && cue.clause() && !ADDRESSING.contains(cue.words().get(0)));
                    if (c0 > sb && commaBefore(c0, sb) && (d.clauseCue || thatClause) && (d.quote == null || !d.quote.contains(cueSpan))
                            && (thatClause || hasVerb(new Span(d.content.begin(), Math.max(d.content.begin(), v.begin(c0 - 1)))))) host = d;
                    else return;
                }
            }
            int[] np = null;
            boolean passive = false, inverted = false;
            if (c1 < se && v.lower[c1].equals("by") && v.lower[c0].endsWith("ed")) {
                np = npForward(c1 + 1, se);
                passive = np != null;
            }
            if (np == null && participle && c0 > sb && !v.word[c0 - 1].equals(",")) {
                // "… of President Trump accusing his own agency of …": the name right before the gerund
                int[] before = npLeft(c0 - 1, sb);
                if (before != null && v.actorAt[before[1] - 1] != null) np = before;
                // "in the aftermath of President Trump accusing …": the name itself when the phrase runs back into a PP
                else if (v.actorAt[c0 - 1] != null && !v.isVerb(c0 - 1)) np = new int[]{v.firstToken(v.actorAt[c0 - 1]), c0};
            }
            if (np == null && participle && host == null && c0 > sb && commaBefore(c0, sb)) {
                // "The attack was a war crime, said X, adding that …": the participle goes on from an inverted cue
                Draft last = lastDraftIn(s, c0);
                if (last != null && last.cue != null && last.content.end() <= last.cue.begin()
                        && (last.speakerSpan == null || last.speakerSpan.end() <= v.begin(c0))) host = last;
            }
            if (np == null && participle && host == null && c0 > sb && c1 < se && v.lower[c1].equals("that") && !commaBefore(c0, sb)) {
                // "… the ministry said adding that …" with the commas stripped: the participle right after a cue goes on from it
                Draft last = lastDraftIn(s, c0);
                if (last != null && last.cue != null && last.cue.end() == v.end(c0 - 1) && last.clauseCue) host = last;
            }
            if (np == null && participle && host == null) np = mainSubject(s, c0);
            if (np == null && !participle) np = subjectBefore(c0, sb);
            if (np == null && !participle) np = relativeWithoutCommas(c0, sb);
            // "A police spokesman who asked not to be named because he was not authorised to brief the media said …": the
            // subject's own "who" clause runs up to the cue, and the phrase found inside it ("the media") is no subject of the cue
            int[] relativeHead = np != null && !participle ? subjectBeforeRelative(c0, sb, np[0]) : null;
            if (relativeHead != null) np = relativeHead;
            // "Residents trapped in the old city said", "Villagers displaced by fighting in the north told": the phrase before a
            // reduced relative (a participle and its prepositional phrases) is the subject, not the preposition's object
            if (np == null && !participle && skipLeft(c0, sb) > sb) np = reducedRelativeHead(skipLeft(c0, sb), sb);
            if (np == null && !participle && s > 0 && splitAtAbbreviation(s, c0)) {
                // "Chairman Bob Corker, R-Tenn., said": the sentence splitter cut at the abbreviation
                sb = v.sentFirst[s - 1];
                np = subjectBefore(c0, sb);
            }
            // "“…,” says a new note from US investment bank X." / "…, finds a new study released today by X, a think-tank":
            // the document after an inverted cue speaks for the body named after it (after a clause or a quotation; not
            // "X, the spokesman, said a report by Y …", where the subject before the cue speaks)
            boolean bodyOfDocument = false;
            if (!participle && host == null && !passive && c0 > sb && (v.word[c0 - 1].equals(",") || isQuoteMark(c0 - 1))
                    && !ADDRESSING.contains(cue.words().get(0)) && (np == null || clauseBefore(sb, c0))) {
                int[] body = documentBodyAfter(c1, se);
                if (body != null) { np = body; inverted = bodyOfDocument = true; }
            }
            if (np != null && !inverted && !passive && host == null && documentBodyBefore(np)) bodyOfDocument = true;
            // (the subject as read before the finding-source reading, kept for when that reading names no one)
            final int[] plainNp = np;
            final boolean plainBodyOfDocument = bodyOfDocument;
            final boolean plainGate = cue.documentOnly() && !bodyOfDocument && (participle || np == null || !documentSubject(np))
                    && !(host == null && !participle && !passive && np != null && c1 < se && v.lower[c1].equals("that")
                         && INQUIRING_CUES.contains(cue.words().get(0)) && inquirer(np));
            // "Data from the 17-year study revealed …", "Results of the survey show …", "a study in The Lancet found …": the
            // subject found is the object of "from/of/in" after a finding source, which is the subject's head
            if (FINDING_CUES.contains(cue.words().get(0)) && host == null && !participle && !passive && !inverted && np != null && np.length == 2
                    && np[0] - 2 >= sb && (v.lower[np[0] - 1].equals("from") || v.lower[np[0] - 1].equals("of") || v.lower[np[0] - 1].equals("in"))) {
                int[] outer = findingOf(np[0] - 2, sb);
                // (the venue is no author: "a study in The Lancet" does not make The Lancet speak)
                if (outer != null) { np = new int[]{outer[0], np[1]}; bodyOfDocument = false; }
            }
            // "A new study found that …", "Polling data from X shows …": a finding source reports what it found (not "NATO
            // showed that …"; not the object of a preposition: "as a result, people find …", though "as" may open the clause
            // whose subject it is: "… as a recent study in The Lancet found …")
            boolean finding = FINDING_CUES.contains(cue.words().get(0)) && host == null && !participle && !passive && !inverted && np != null
                    && findingHead(np) >= 0 && !(np[0] > sb && v.pos[np[0] - 1].equals("ADP") && !(v.lower[np[0] - 1].equals("as") && rightBefore(np[1], c0)));
            if (!finding) { np = plainNp; bodyOfDocument = plainBodyOfDocument; }
            if (!finding && plainGate) return;
            Draft shared = null;
            if (host != null) {
                shared = host;
                np = null;
            }
            if (np == null && shared == null && !participle && c0 > sb && skipLeft(c0, sb) >= sb && v.pos[skipLeft(c0, sb)].equals("CCONJ")) {
                // "X said … and demanded …": the coordinated cue shares the earlier cue's speaker
                shared = lastDraftIn(s, c0);
                // "X said the city would review the contract and had asked the auditor …": a cue shifted back to the
                // past perfect or a modal after "and", when the earlier cue is not, is a second statement of what was
                // said, under the earlier cue: the conjunct from the auxiliary on
                int and = skipLeft(c0, sb);
                if (shared != null && backshifted(and + 1, c0) && shared.cue != null && shared.quote == null
                        && !backshifted(Math.max(sb, v.tokenAtOrAfter(shared.cue.begin()) - 3), v.tokenAtOrAfter(shared.cue.begin()))
                        && shared.content.begin() < v.begin(and) && shared.content.end() > v.begin(c0)) {
                    Draft n = continuing(shared, trim(new Span(v.begin(and + 1), shared.content.end())));
                    cutBefore(shared, and);
                    drafts.add(n);
                    return;
                }
                if (shared == null) {
                    // "The army did not publish casualty figures but said …": the subject that opens the sentence, before its first verb
                    int[] subj = npForward(sb, c0);
                    if (subj == null || subj[0] != sb || subj[1] >= c0) return;
                    // ("Democrats, in contrast, are furious …, and have said …": an adverbial of up to three words set off by
                    // commas may stand between the subject and its first verb; not a longer aside, nor one with a verb)
                    int verbAt = subj[1];
                    if (v.word[verbAt].equals(",")) {
                        int k = verbAt + 1;
                        while (k < c0 && k <= verbAt + 4 && !v.word[k].equals(",") && !v.isVerb(k)) k++;
                        if (k > verbAt + 1 && k + 1 < c0 && k <= verbAt + 4 && v.word[k].equals(",")) verbAt = k + 1;
                    }
                    if (!v.isVerb(verbAt)) return;
                    np = subj;
                }
            }
            // ("“…,” writes Tom Reyes": a cue that may take its addressee as object speaks by the phrase after it only when
            // it also takes a content clause, right after a quotation, and when that phrase ends in a person's name: not
            // "“…,” wrote reporters" nor "“…,” wrote the Daily Ledger"; never "“…,” told the BBC", whose object is the one told)
            if (np == null && shared == null && !participle && c0 > sb && (v.word[c0 - 1].equals(",") || isQuoteMark(c0 - 1))
                    && (!ADDRESSING.contains(cue.words().get(0)) || cue.clause() && !listenerAt(c1, se) && (isQuoteMark(c0 - 1) || clauseBefore(sb, c0 - 1)))) {
                np = npForward(c1, se);
                // "said pro/PART golfer/VERB Ada Lin": lower-case role words the tagger misread before a person's name
                if (np == null) np = roleBeforePerson(c1, se);
                // "…, said X" ends the sentence or goes on with an adverbial, never with a verb ("said residents had …")
                if (np != null && np[1] < se && !v.isPunct(np[1]) && !v.pos[np[1]].equals("ADP")) np = null;
                if (np != null && ADDRESSING.contains(cue.words().get(0)) && !personEnds(np)) np = null;
                inverted = np != null;
            }
            if (np == null && shared == null && !participle && c0 > sb && !ADDRESSING.contains(cue.words().get(0))) {
                // "There were no soldiers there said X a spokesman for …": no subject before the cue, the speaker after it
                np = invertedAfter(c0, c1, sb, se);
                inverted = np != null;
            }
            if (np == null && shared == null && !participle) {
                // "Lawyers close/VERB to the case said": an unnamed source with its postmodifier, however tagged
                np = postmodifiedSource(c0, sb);
            }
            if (np == null && shared == null) return;
            // "if the President declares it to be …", "unless the ministry confirms …": a condition, not a report
            if (shared == null && !inverted && !passive && conditionalBefore(np[0])) return;
            // "… because they feared a second raid": a reason inside another claim's clause reports nothing
            if (shared == null && !inverted && !passive && np[0] - 1 >= sb && (v.lower[np[0] - 1].equals("because") || v.lower[np[0] - 1].equals("since"))
                    && lastDraftIn(s, c0) != null) return;
            Speakers.Resolved sp;
            if (shared != null) {
                sp = new Speakers.Resolved(shared.speaker, shared.speakerSpan != null ? shared.speakerSpan : cueSpan, Speakers.How.PRONOUN);
                np = new int[]{c0, c0};
                cutBefore(shared, skipLeft(c0, v.sentFirst[s]));
            } else {
                if (!passive && !inverted && np.length == 2) np = fromInnerArticle(np);
                // "a recent exposé uncovered …", "Data from the study revealed …": its author, or the document as written
                // (nor the place or the agent inside the phrase: "a recently published study in The Lancet" is not The Lancet's)
                Speakers.Resolved found = finding ? speakers.resolveFinding(np[0], np[1], findingHead(np)) : null;
                // "New data showed that …", "Some estimates indicate that …": a record no one is named to author (a poll,
                // data, footage: Speakers RECORD_FINDINGS; not a document) reports only a content clause opened by "that";
                // not "footage shows the driver leaving", "a new poll shows how that could hurt him" (the article's framing)
                if (found != null && found.how() != Speakers.How.NAME && !(c1 < se && v.lower[c1].equals("that"))
                        && !Speakers.isDocument(v.lemma[findingHead(np)])) return;
                if (finding && found == null) {
                    // a finding source that names no author and is no document ("A police investigation concluded …", "A
                    // ministry audit found …") is read as any other subject: the body its modifier names speaks
                    if (plainGate || np[0] != plainNp[0] && (conditionalBefore(plainNp[0]) || plainNp[0] - 1 >= sb
                            && (v.lower[plainNp[0] - 1].equals("because") || v.lower[plainNp[0] - 1].equals("since")) && lastDraftIn(s, c0) != null)) return;
                    finding = false;
                    bodyOfDocument = plainBodyOfDocument;
                    np = !passive && !inverted && plainNp.length == 2 ? fromInnerArticle(plainNp) : plainNp;
                }
                // "Farmers in hamlets along the Morva canal say": a name after a preposition the subject phrase does not
                // take in (npToken) is the object of that preposition; an unnamed source before it is the subject
                int pe = np[1];
                while (pe < c0 && v.pos[pe].equals("NOUN") && v.lower[pe].equals(v.lemma[pe])) pe++; // ("the Morva canal": the name's head noun)
                int[] placed = !finding && !passive && !inverted && np[0] - 1 > sb && v.pos[np[0] - 1].equals("ADP") && SPATIAL.contains(v.lower[np[0] - 1])
                        ? unnamedBefore(np[0], pe, sb) : null;
                Speakers.Resolved ps = placed == null ? null : placed.length == 4 ? speakers.resolve(placed[2], placed[3]) : speakers.resolve(placed[0], placed[1]);
                if (ps != null) np = placed.length == 4 ? new int[]{placed[2], placed[3]} : placed;
                // "A man arrested by police said", "The family of a woman shot dead by police says": the agent of a reduced
                // passive relative is no subject; the phrase the participle modifies is
                int[] agentOf = ps == null && !finding && !passive && !inverted ? reducedPassiveHead(np[0], sb) : null;
                if (agentOf != null) {
                    ps = speakers.resolve(agentOf[0], agentOf[1]);
                    // (a head that names no one — "A coalition backed by X" — leaves the speaker as it was)
                    if (ps != null) np = agentOf;
                }
                if (ps == null && !finding && !passive && !inverted && np[0] - 2 > sb && v.pos[np[0] - 1].equals("ADP") && !v.lower[np[0] - 1].equals("by")
                        && Speakers.POSTMODIFIER_ADJ.contains(v.lower[np[0] - 2])) {
                    // "a source close to the rebels said", "residents evacuated from the town told": the phrase after the
                    // postmodifier's preposition is its object; the unnamed source it modifies speaks
                    int[] u = unnamedBefore(np[0], np[1], sb);
                    Speakers.Resolved whole = u != null && u.length == 4 ? speakers.resolve(u[2], u[3]) : null;
                    Speakers.Resolved head = whole != null || u == null ? null : speakers.resolve(u[0], u[1]);
                    if (whole != null) { ps = whole; np = new int[]{u[2], u[3]}; }
                    else if (head != null) { ps = head; np = new int[]{u[0], u[1]}; }
                }
                sp = finding ? found : ps != null ? ps
                        : bodyOfDocument && inverted ? speakers.resolveBody(np[0], np[1]) : speakers.resolve(np[0], np[1]);
                if (sp == null && !passive && !inverted) {
                    // "a government official directly involved in the talks told", "an official familiar with the matter said"
                    int[] u = unnamedBefore(np[0], np[1], sb);
                    Speakers.Resolved whole = u != null && u.length == 4 ? speakers.resolve(u[2], u[3]) : null;
                    // ("An official/ADJ familiar/NOUN with …", "Officials/VERB familiar with …" opening the sentence: the tagger
                    // misread the head, the source is the phrase as written)
                    if (whole == null && u != null && u.length == 4 && Speakers.postmodifierAt(v, u[1]) && speakers.resolve(u[0], u[1]) == null) whole = speakers.unnamedPhrase(u[2], u[3]);
                    if (whole != null) { np = new int[]{u[2], u[3]}; sp = whole; }
                    else if (u != null) { np = u; sp = speakers.resolve(u[0], u[1]); }
                }
                // (also when the phrase found is the agent after "by", which names a speaker of its own: "The boy shot by
                // soldiers said" — the boy speaks; not a document's author, "A statement issued by the army said", which
                // Speakers reads as the army's)
                boolean agent = sp != null && np[0] - 1 > sb && v.lower[np[0] - 1].equals("by");
                // (or the head the subject search already took from the reduced relative, which no lexicon names)
                int[] rrAt = (sp == null || agent) && !passive && !inverted && !participle && skipLeft(c0, sb) > sb ? reducedRelativeHead(skipLeft(c0, sb), sb) : null;
                if (rrAt != null && (np[1] - 1 == skipLeft(c0, sb) || np[0] == rrAt[0] && np[1] == rrAt[1])) {
                    // "Workers laid off at the plant said", "Fishermen stranded near the coast said": the phrase before a
                    // reduced relative whose last prepositional phrase the subject search took for the subject
                    int[] rr = rrAt;
                    if (rr != null && Speakers.isDocument(v.lemma[rr[1] - 1])) rr = null;
                    // (over the agent, only a head that names people: "Correspondence obtained by the committee suggests",
                    // "Files seen by the paper show" stay the committee's and the paper's, the unnamed-sources convention)
                    if (rr != null && agent && !peopleHead(rr[1] - 1, false)) rr = null;
                    Speakers.Resolved x = rr == null ? null : speakers.resolve(rr[0], rr[1]);
                    // (a head no lexicon names, "Fishermen", "The boy": the phrase as written, as an unnamed source; only a
                    // head that names people, never a thing: "Cars parked near the school", "Data stored on the server")
                    if (rr != null && x == null && peopleHead(rr[1] - 1, !agent)) x = speakers.unnamedPhrase(rr[0], rr[1]);
                    if (x != null) { np = rr; sp = x; }
                }
                if (sp == null && !passive && !inverted && !participle) {
                    // "Troops loyal to the general/ADJ said": an unnamed source with its postmodifier, however tagged
                    int[] pm = postmodifiedSource(c0, sb);
                    Speakers.Resolved x = pm == null ? null : speakers.resolve(pm[0], pm[1]);
                    if (pm != null && x == null) x = speakers.unnamedPhrase(pm[0], pm[1]);
                    if (x != null) { np = pm; sp = x; }
                }
                if (sp == null && !passive && !inverted && !participle) {
                    // "A U.S. official who spoke on condition of anonymity told …": the phrase before the "who" clause
                    int[] r = relativeWithoutCommas(c0, sb);
                    Speakers.Resolved x = r == null ? null : speakers.resolve(r[0], r[1]);
                    if (x != null) { np = r; sp = x; }
                }
                if (sp == null && !passive && !inverted && !participle && !ADDRESSING.contains(cue.words().get(0))) {
                    // "…, said Rami Abdulrahman, the head of the monitor" after a subject-like phrase that names nobody, and
                    // the same with the commas stripped: "… killing nine civilians said the Observatory"
                    int[] inv = invertedAfter(c0, c1, sb, se);
                    Speakers.Resolved r = inv == null ? null : speakers.resolve(inv[0], inv[1]);
                    if (r != null) { sp = r; np = inv; inverted = true; }
                }
                if (sp == null && relativeHead != null && !passive && !inverted && peopleHead(relativeHead[1] - 1, true)) {
                    // "Voters who backed …", "The coroner who examined …": a head no lexicon names, before its "who" clause,
                    // as an unnamed source (a people noun or an agent noun: the "who" says it is a person)
                    Speakers.Resolved x = speakers.unnamedPhrase(relativeHead[0], relativeHead[1]);
                    if (x != null) { np = relativeHead; sp = x; }
                }
                if (sp != null && np.length == 4) speakers.addAlt(sp.key(), v.body.substring(v.begin(np[2]), v.end(np[3] - 1)));
            }
            if (sp != null && inverted && sp.how() == Speakers.How.UNNAMED) {
                // "… said a shopkeeper, Ali Hassan": the name in apposition after the description speaks
                int[] named = appositiveName(np[1], se);
                Speakers.Resolved r = named == null ? null : speakers.resolve(named[0], named[1]);
                if (r != null && speakers.type(r.key()) == org.claimgraph.model.EntityType.PERSON) {
                    speakers.addAlt(r.key(), v.body.substring(v.begin(np[0]), v.end(np[1] - 1)));
                    sp = r;
                    np = new int[]{np[0], named[1]};
                }
            }
            if (sp == null) return;
            // (a later "the study finds" with no body named goes to the body whose document the article introduced)
            // (only when exactly one body's document was introduced: with two, "the report" could be either's)
            if (bodyOfDocument && sp.how() == Speakers.How.NAME && documentBodies.add(sp.key())) speakers.documentBy(documentBodies.size() == 1 ? sp.key() : null);
            Draft d = new Draft();
            d.speaker = sp.key();
            d.speakerSpan = sp.span();
            d.cue = cueSpan;
            d.stance = cue.stance();
            // "dismissed the claims, affirming that …": the reason given for a rejection rejects too
            if (host != null && !host.clauseCue && !host.addressee && host.stance == Stance.DENIES) d.stance = Stance.DENIES;
            d.accuses = cue.accuses();
            d.clauseCue = cue.clause();
            d.objectClaim = cue.objectClaim();
            int afterCue = passive || inverted ? np[1] : c1;
            // direct quote before the speaker: "“…,” X said" / "“…,” said X"
            int speakerStart = inverted ? c0 : np[0];
            Span qb = passive || shared != null ? null : quoteEndingBefore(v.begin(speakerStart));
            Span q2 = qb == null ? null : quoteStartingAfter(v.end(Math.max(afterCue, c1) - 1), se);
            if (qb != null && q2 == null && !terminal(Math.max(afterCue, c1), se)) qb = null;
            // "…, describing it as “warmongering”, the daily Bild reported": a scare quote inside the reported clause
            if (qb != null && q2 == null && words(qb) < 4 && qb.begin() > v.begin(sb) + 1 && clauseBefore(sb, v.tokenAtOrAfter(qb.begin()))) qb = null;
            // (", a claim denied by the rebels", ", an accusation rejected by Kyiv": the passive's noun before the cue)
            int comma = passive ? (d.stance == Stance.DENIES ? chargeBeforeCue(c0, sb) : -1) : chargeBefore(np, sb);
            if (qb == null && !inverted && shared == null && comma >= 0) {
                // "… accused Russia of using the plant as a shield, a charge Moscow denies": the charge is the claim before
                Draft prev = lastDraftIn(s, comma);
                if (prev == null || prev.content.begin() >= v.begin(comma)) return;
                cutBefore(prev, comma);
                // what is denied is the act charged, after the accused ("Russia of"): a span of its own
                // (after a reporting cue with no object, "said the army had opened fire, a charge Kyiv denies": all its claim)
                int from = prev.object != null ? v.tokenAtOrAfter(prev.object.end()) : prev.clauseCue ? v.tokenAtOrAfter(prev.content.begin()) : -1;
                while (from >= 0 && from < comma && (v.pos[from].equals("ADP") || v.lower[from].equals("of") || v.lower[from].equals("for") || v.isPunct(from))) from++;
                if (from < 0 || from >= comma) return;
                d.content = trim(new Span(v.begin(from), prev.content.end()));
                d.confidence = 0.75;
                finish(d, sp);
                return;
            }
            if (qb == null && !passive && !inverted && shared == null && np[0] - 1 >= sb && v.lower[np[0] - 1].equals("what")) {
                // "what X described as a build-up", "what it called the "illegitimate presence" of …": X's naming
                int from = c1;
                while (from < se && (v.lower[from].equals("as") || v.pos[from].equals("ADV"))) from++;
                int e = from;
                while (e < se && !(v.word[e].equals(",") || v.word[e].equals(";") || v.word[e].equals(".") && e == se - 1)) e++;
                if (e <= from) return;
                d.content = trim(new Span(v.begin(from), v.end(e - 1)));
                d.quote = quoteStartingAt(v.begin(from));
                if (d.quote != null && !d.content.contains(d.quote)) d.quote = null;
                d.confidence = 0.75;
                d.accuses = false;
                finishNaming(d, sp);
                return;
            }
            if (qb != null) {
                Span q = qb;
                if (q2 != null) q = new Span(q.begin(), q2.end());
                d.content = q;
                d.quote = q;
                d.confidence = 0.9;
            } else {
                int from = afterCue;
                while (from < se && (v.lower[from].equals("that") && !thatOpening(from, se) || v.word[from].equals(",") || v.word[from].equals(":") || v.word[from].equals("—"))) from++;
                int from0 = from;
                if (cue.accuses() || !cue.clause() || cue.words().size() > 1) objectPhrase(d, c1, se, cue);
                if (ADDRESSING.contains(cue.words().get(0))) {
                    from = afterAddressee(from, se);
                    // "told Izvestia in an interview published on Sunday that …"
                    if (from < se && v.pos[from].equals("ADP")) {
                        for (int k = from + 1; k < se && k < from + 12; k++) {
                            if (v.lower[k].equals("that")) { from = k + 1; break; }
                            if (v.isPunct(k) || v.isQuote(k) || v.isVerb(k) && !adverbialVerb(from, k)) break;
                        }
                    }
                }
                // "explained to NBC News they were …": the content starts after the one addressed
                if (from < se && v.lower[from].equals("to") && !ADDRESSING.contains(cue.words().get(0)) && addresseeAfterTo(from, se)) {
                    int f = afterAddressee(from + 1, se);
                    int n = from + 1 < se && v.lower[from + 1].equals("the") ? from + 2 : from + 1;
                    if (f > from + 1) from = f;
                    // ("stated to reporters the bridge …" with the listener read as a verb: the content starts after it)
                    else if (n + 1 < se && v.actorAt[n] == null) from = v.lower[n + 1].equals("that") ? n + 2 : n + 1;
                }
                // "said of the talks that …", "said of the talks, “They are going well”": what the speech is about comes
                // before its content (a plain speech verb with a clause, not "accused X of", "spoke of")
                if (from < se && v.lower[from].equals("of") && cue.clause() && !cue.accuses() && cue.words().size() == 1) {
                    for (int k = from + 1; k + 1 < se && k < from + 10; k++) {
                        if (v.lower[k].equals("that") && k > from + 1 && !v.pos[k - 1].equals("ADP")) { from = k + 1; break; }
                        if (v.word[k].equals(",") || v.word[k].equals(":")) { if (k > from + 1) from = k + 1; break; }
                        if (v.isVerb(k) || v.isQuote(k) || v.word[k].equals(".")) break;
                    }
                }
                // (", despite the fact that …" after the cue's comma comments on the clause before: no adverbial to skip)
                boolean comment = from < se && from > 0 && v.word[from - 1].equals(",") && AFTER_COMMA_SUBORDINATE.contains(v.lower[from]);
                if (from == from0 && !comment) from = afterAdverbials(from, se);
                if (from == from0) from = afterTime(from, se);
                boolean restEmpty = true, timed = false;
                for (int k = from; k < se; k++) {
                    if (v.isPunct(k)) continue;
                    // "As X reported yesterday:", "X wrote on Monday," closing the paragraph: the time before the colon
                    if (timeWord(k)) { timed = true; continue; }
                    restEmpty = false;
                    break;
                }
                if (restEmpty && timed && !(v.word[se - 1].equals(":") || v.word[se - 1].equals(","))) {
                    restEmpty = false;
                    // ("The ministry hit back on Tuesday.": no content, but its speaker is the one a later "It said" means)
                    if (from < se && v.word[se - 1].equals(".")) speakers.spoke(d.speakerSpan == null ? v.begin(c0) : d.speakerSpan.begin(), d.speaker);
                }
                // ("…, the head of the centre, Rear Admiral Y, told reporters": the description opens the speaker phrase)
                int before = np.length == 4 ? Math.min(np[0], np[2]) : np[0];
                boolean aside = !passive && !inverted && !participle && shared == null && before > sb && v.word[before - 1].equals(",")
                        && c1 < se && v.word[c1].equals(",") && c1 + 1 < se && (v.pos[c1 + 1].equals("CCONJ") || SUBORDINATE.contains(v.lower[c1 + 1]))
                        && clauseBefore(sb, before);
                if (inverted && qb == null && clauseBefore(sb, c0) && (c0 - 1 <= sb || !v.word[c0 - 1].equals(":"))) {
                    // "The strike killed 12 people, said X, the head of Y": the clause before the inverted cue
                    d.content = trim(new Span(v.begin(sb), v.begin(c0)));
                    d.object = null;
                    d.confidence = 0.8;
                } else if (aside || !passive && !inverted && !participle && shared == null && terminal(from, se) && clauseBefore(sb, before)
                        && !objectAfter(from, se, cue) && !nounObjectAfter(from, se, cue) && !subordinateSpeaker(before)) {
                    // the speaker phrase starts at its determiner ("…, the SDF said"), or where the name starts when the
                    // phrase took in words of the clause ("… killing four civilians residents said")
                    int head = before;
                    while (head < c0 && v.pos[head].equals("DET")) head++;
                    int cut = sp.span().begin() > v.begin(before) && v.begin(head) < sp.span().begin() ? sp.span().begin() : v.begin(before);
                    // "…, Hezbollah spokesman Ali Hassan said": a phrase set off by a comma is the speaker's whole; without
                    // the comma, the title before the name ("… in that area RSF adviser Hamdi Osman told") stays with it
                    if (cut > v.begin(before) && before - 1 > sb && v.word[before - 1].equals(",")) cut = v.begin(before);
                    else if (cut > v.begin(before)) cut = v.begin(titleBefore(v.tokenAtOrAfter(cut), before));
                    d.content = trim(new Span(v.begin(sb), cut));
                    d.object = null;
                    d.confidence = 0.8;
                } else if (restEmpty) {
                    Span next = nextParagraph(v.end(c1 - 1));
                    // (a cue that takes no content still makes its speaker the one a later "It said", "They said" refers to:
                    // "The ministry hit back.\n\nIt said …")
                    if (next == null) { speakers.spoke(d.speakerSpan == null ? v.begin(c0) : d.speakerSpan.begin(), d.speaker); return; }
                    Span q = quoteStartingAt(next.begin());
                    // "X has hit back." closing its sentence: the next paragraph is its content only when announced (a colon
                    // before it) or a quotation; a dated line or narration after it ("10:42 GMT - Police …") is not its claim
                    if (q == null && !v.word[se - 1].equals(":")) { speakers.spoke(d.speakerSpan == null ? v.begin(c0) : d.speakerSpan.begin(), d.speaker); return; }
                    d.content = next;
                    if (q != null) { d.content = q; d.quote = q; }
                    d.confidence = 0.8;
                } else {
                    Span q = quoteStartingAt(v.begin(from));
                    int e = v.end(contentEnd(from, se) - 1);
                    if (q != null) {
                        d.quote = q;
                        e = Math.max(e, q.end());
                    }
                    d.content = trim(new Span(v.begin(from), e));
                    if (q != null && q.contains(d.content)) d.content = q;
                    d.confidence = q != null ? 0.85 : 0.8;
                }
            }
            if (d.content == null || d.content.length() == 0) return;
            // "Asked if Russia was involved, Peskov replied: "Absolutely not."", "Asked whether he would resign, the minister
            // said no": a bare answer to the yes-no question put to the speaker answers it, so the question's clause is the
            // claim, denied by "no" and asserted by "yes"
            int[] asked = inverted || passive ? null : askedClause(sb, np[0]);
            if (asked != null) {
                // (the words after the cue: "said no." is read as a clause before it otherwise)
                String ans = c1 < se ? QUOTE_MARKS.matcher(a.body().substring(v.begin(c1), v.end(se - 1))).replaceAll("").replaceFirst("^[:,]", "").trim() : "";
                boolean no = ANSWER_NO.matcher(ans).matches(), yes = !no && ANSWER_YES.matcher(ans).matches();
                if (no || yes) {
                    d.content = trim(new Span(v.begin(asked[0]), v.begin(asked[1])));
                    d.quote = null;
                    d.stance = no ? Stance.DENIES : Stance.ALLEGES;
                    d.objectClaim = true;
                }
            }
            // "called the sanctions illegal", "described the detention as unlawful": the object and the name it is given
            // are the claim, a clause without a verb
            if ((cue.quotedOnly() || NAMING_AS.contains(cue.words().get(0)) && cue.words().size() == 1) && d.quote == null
                    && v.tokenAtOrAfter(d.content.begin()) == c1) {
                int named = smallClause(c1, se, !cue.quotedOnly(), NAMING_AS_ADJECTIVE.contains(cue.words().get(0)));
                // (the claim ends with the name: "called the reports false, saying …" goes on with another claim)
                if (named >= 0) {
                    d.objectClaim = true;
                    if (named < se && CLAUSE_BREAKS.contains(v.word[named])) d.content = trim(new Span(d.content.begin(), Math.min(d.content.end(), v.end(named - 1))));
                }
            }
            if (cue.quotedOnly() && rejectsClaim(d.content)) {
                // "called the claims about the evacuation "absurd"", "termed the allegations "baseless"": naming a claim
                // is a statement about it, and a rejecting name is a denial
                d.objectClaim = true;
                if (REJECTING_NAME.matcher(a.body().substring(d.content.begin(), d.content.end())).find()) d.stance = Stance.DENIES;
            }
            finish(d, sp);
            if (shared == null && !inverted && !passive) conjoinedSpeaker(d, np[0], np[1], sb);
            if (shared == null && !inverted && !passive && qb == null) clauseBeforeColon(d, np[0], c1, sb);
        }

        /**
         * "It is more than a border dispute, he continued: “This is about survival.”": the clause before a speaker who
         * goes on with a colon and a quote is the speaker's claim too.
         */
        void clauseBeforeColon(Draft d, int npBegin, int c1, int sb) {
            if (d.quote == null || !drafts.contains(d) || npBegin - 1 <= sb || !v.word[npBegin - 1].equals(",") || !clauseBefore(sb, npBegin - 1)) return;
            // (a fronted adverbial is no claim: "Putting a fine point on his reasons, X stated: “…”", "After the vote, X
            // said: “…”", "After he met the leaders, X said: “…”" — a participle or a preposition or subordinator opening
            // words before the speaker that hold no main clause of their own). Must NOT drop a claim that opens with one:
            // "If the talks fail, there will be strikes, X warned: …", "In the end this is about money, X said: …".
            if (frontedAdverbialOnly(sb, npBegin - 1)) return;
            int k = c1;
            while (k < v.n && v.begin(k) < d.quote.begin() && !v.word[k].equals(":")) k++;
            if (k >= v.n || !v.word[k].equals(":") || v.begin(k) > d.quote.begin()) return;
            Span before = trim(new Span(v.begin(sb), v.begin(npBegin - 1)));
            if (before.length() == 0 || quoteEndingBefore(v.begin(npBegin)) != null) return;
            for (Draft o : drafts) if (o != d && o.content.begin() < before.end() && before.begin() < o.content.end()) return;
            Draft n = new Draft();
            n.speaker = d.speaker;
            n.speakerSpan = d.speakerSpan;
            n.cue = d.cue;
            n.content = before;
            // (the cue that goes on with the quote speaks the clause too: "…, X denied: …")
            n.stance = cueRejects(d) || deniedIn(d.speaker, before) ? Stance.DENIES : Stance.ALLEGES;
            n.clauseCue = true;
            n.confidence = d.confidence;
            drafts.add(n);
        }

        /**
         * Whether the words [sb, end) are only a fronted adverbial: they open with a preposition, a subordinator or a
         * participle ("-ing", "-ed"), and hold no finite verb of a main clause — after their first comma when they have
         * one ("If the talks fail, there will be …" has), else anywhere after a preposition or participle ("In the end
         * this is about money" has; "Asked about the deal" has not). A subordinator with no comma after it ("After he met
         * the leaders") opens a subordinate clause only.
         */
        boolean frontedAdverbialOnly(int sb, int end) {
            boolean sconj = v.pos[sb].equals("SCONJ");
            if (!(v.pos[sb].equals("ADP") || sconj || v.isVerb(sb) && (v.lower[sb].endsWith("ing") || v.lower[sb].endsWith("ed")))) return false;
            int comma = -1;
            for (int k = sb + 1; k < end && comma < 0; k++) if (v.word[k].equals(",")) comma = k;
            if (comma < 0 && sconj) return true;
            for (int k = (comma < 0 ? sb : comma) + 1; k < end; k++) if (finiteVerb(k)) return false;
            return true;
        }

        /**
         * Whether the words [b, end) hold two finite verb groups with no clause boundary between them (punctuation, a
         * conjunction, a subordinator, "that", "whether", "which", "who", or a cue verb whose clause follows): "officers
         * filed after the raid were never released", "the newspaper obtained show …" — the gap of an object relative
         * clause. A verb starts a group unless it is in "-ing" or follows an auxiliary (past adverbs) or "to".
         */
        boolean relativeGap(int b, int end) {
            int groups = 0;
            for (int k = b; k < end; k++) {
                if (v.isPunct(k) || v.pos[k].equals("CCONJ") || v.pos[k].equals("SCONJ") || CLAUSE_OPENERS.contains(v.lower[k])) { groups = 0; continue; }
                if (!v.isVerb(k) || v.lower[k].endsWith("ing")) continue;
                int p = k - 1;
                while (p >= b && v.pos[p].equals("ADV")) p--;
                if (p >= b && (v.pos[p].equals("AUX") || v.lower[p].equals("to"))) continue;
                if (++groups >= 2) return true;
                if (!cuesFor(k).isEmpty()) groups = 0;
            }
            return false;
        }

        /** A finite verb, roughly: an auxiliary, or a verb not in "-ing" right after its subject (a noun or pronoun), not after "to". */
        boolean finiteVerb(int k) {
            if (v.pos[k].equals("AUX")) return !v.lower[k].equals("being") && !v.lower[k].equals("been");
            return v.pos[k].equals("VERB") && !v.lower[k].endsWith("ing") && k - 1 >= 0
                    && (v.pos[k - 1].equals("NOUN") || v.pos[k - 1].equals("PROPN") || v.pos[k - 1].equals("PRON"));
        }

        /** The first token of a title before a name at token k, not before token floor: role nouns ("spokesman") and the body named before them. */
        int titleBefore(int k, int floor) {
            int j = k;
            while (j - 1 >= floor && v.pos[j - 1].equals("NOUN") && Character.isLowerCase(v.word[j - 1].charAt(0)) && Speakers.isUnnamedHead(v.lemma[j - 1])) j--;
            if (j == k) return k;
            while (j - 1 >= floor && v.actorAt[j - 1] != null) j--;
            return j;
        }

        /**
         * "A doctor at the hospital who asked not to be named said …" with its commas stripped: the phrase before a
         * "who" clause that runs up to the cue without punctuation. Null when there is none.
         */
        int[] relativeWithoutCommas(int c0, int sb) {
            for (int k = c0 - 1; k > sb && k >= c0 - 14; k--) {
                if (v.isPunct(k) || isQuoteMark(k)) return null;
                if (v.lower[k].equals("who")) return npLeft(k - 1, sb);
            }
            return null;
        }

        /**
         * The tokens [who, end) hold at most one finite verb for the "who" at token who and for each subordinator,
         * conjunction or wh-word after it ("who asked not to be named because he was not authorised to …"); a second one
         * is a main clause's own, of a run-on sentence ("who stabbed three people was arrested").
         */
        boolean oneVerbPerClause(int who, int end) {
            int slots = 0;
            for (int k = who; k < end; k++) {
                if (k == who || v.pos[k].equals("SCONJ") || v.pos[k].equals("CCONJ") || RELATIVE_OR_WH.contains(v.lower[k])) { slots = 1; continue; }
                if (!v.pos[k].equals("VERB") && !v.pos[k].equals("AUX") || v.lower[k].endsWith("ing")) continue;
                int p = k - 1;
                while (p > who && (v.pos[p].equals("ADV") || v.pos[p].equals("PART") && !v.lower[p].equals("to"))) p--;
                if (v.pos[p].equals("AUX") || v.lower[p].equals("to")) continue; // "was not authorised", "to be named": one verb chain
                if (slots == 0) return false;
                slots--;
            }
            return true;
        }

        private static final Set<String> RELATIVE_OR_WH = Set.of("what", "that", "which", "who", "whom", "whose", "where", "when",
                "because", "since", "as", "if", "while", "although", "though", "whether");

        /**
         * "A source who requested anonymity because the talks are private said …", "Officers who were on duty and who asked
         * not to be named said …": the subject phrase before a subject relative "who" clause that runs, with no punctuation,
         * from the clause's subject up to the cue at c0, when the phrase found for the cue (starting at token found) lies
         * inside that clause. Null when there is none: not an object relative ("the man who police said fled"), not a
         * "who" after a verb of the clause ("Police arrested a man who threatened staff the manager said", commas stripped).
         */
        int[] subjectBeforeRelative(int c0, int sb, int found) {
            int who = -1;
            for (int k = c0 - 1; k > sb && k >= c0 - 32; k--) {
                if (v.isPunct(k) || isQuoteMark(k)) break;
                if (v.lower[k].equals("who") && k + 1 < c0) {
                    String next = v.pos[k + 1];
                    if (!next.equals("DET") && !next.equals("NOUN") && !next.equals("PROPN") && !next.equals("PRON") && !next.equals("NUM")) who = k;
                }
            }
            if (who < 0 || found <= who) return null;
            // (a subject of the cue's own inside the clause: "women who suffered what he called …", "people who left
            // because they said …": the phrase found ends right before the cue after a wh-word or a subordinator)
            int[] f = subjectBefore(c0, sb);
            if (f != null && f[0] == found && f[0] - 1 > who && (v.pos[f[0] - 1].equals("SCONJ") || RELATIVE_OR_WH.contains(v.lower[f[0] - 1]))) return null;
            // (the phrase found is the object of a verb or a preposition inside the clause, not a run-on sentence's subject
            // after a noun: "A soldier who was wounded in the attack on Tuesday the ministry said", stripped of its commas)
            String before = v.pos[found - 1];
            if (!before.equals("ADP") && !before.equals("VERB") && !v.lower[found - 1].equals("to")) return null;
            // (nor two phrases run together, a determiner right after a noun: "… on Tuesday the ministry said")
            if (f != null && f[0] == found) for (int k = found + 1; k < f[1]; k++) if (v.pos[k].equals("DET") && !v.pos[k - 1].equals("ADP")) return null;
            // (the clause has one finite verb for each "who", subordinator or conjunction: a second one is the main clause's
            // own, of a run-on sentence: "A man who stabbed three people in Leeds was arrested police said")
            if (!oneVerbPerClause(who, found)) return null;
            // the phrase before the "who" is the sentence's subject: no verb between the clause's start and it
            for (int k = who - 1; k >= sb && !v.isPunct(k) && !isQuoteMark(k); k--) if (v.pos[k].equals("VERB") || v.pos[k].equals("AUX")) return null;
            int[] head = subjectBefore(who, sb);
            return head != null && head.length == 2 && head[1] == who ? head : null;
        }

        /**
         * "Russia denied its aircraft were involved The Russian Defence Ministry said …": with the full stops stripped,
         * a capitalised "The" opening another claim's speaker inside a content starts a new sentence; the content ends there.
         */
        void runOnSentences() {
            for (Draft d : drafts) {
                for (Draft o : drafts) {
                    if (o == d || o.speakerSpan == null || o.cue == null || !d.content.contains(o.cue) || o.speakerSpan.begin() <= d.content.begin()
                            || !d.content.contains(o.speakerSpan)) continue;
                    int t = v.tokenAtOrAfter(o.speakerSpan.begin());
                    if (t - 1 >= 0 && v.word[t - 1].equals("The") && v.begin(t - 1) > d.content.begin()) t--;
                    if (!v.word[t].equals("The") || t - 1 < 0 || v.isPunct(t - 1) || isQuoteMark(t - 1)) continue;
                    cutBefore(d, t);
                }
            }
        }

        /**
         * "… one of the decisions that Mayor Ana Reyes criticised": a content that runs up to its speaker's name ends in
         * the title of the speaker mention ("Mayor", "Health Minister", "Dr."), which belongs to the speaker, not the claim.
         * Only office titles the lexicon knows, honorifics and the capitalised words right before a capitalised title;
         * not a content ending anywhere else, nor a lower-case noun that is the clause's own ("… the mayor, Reyes said").
         */
        void titlesBeforeSpeaker() {
            for (Draft d : drafts) {
                if (d.speakerSpan == null || d.content == null || d.content.end() > d.speakerSpan.begin()) continue;
                String gap = a.body().substring(d.content.end(), d.speakerSpan.begin());
                if (!gap.isBlank()) continue;
                int j = titleStart(d);
                if (j < 0) continue;
                d.content = trim(new Span(d.content.begin(), v.begin(j)));
                if (d.quote != null && d.quote.end() > d.content.end()) d.quote = null;
            }
        }

        /**
         * "'Why would we sign it?' the senator asked, according to an aide": a relay whose content is a quoted question and
         * the asking cue of its speaker relays a question, which claims nothing. Not a content that goes on after "asked"
         * ("…?" she asked, adding that …), nor one whose quotation is no question.
         */
        void relayedQuestions() {
            drafts.removeIf(d -> {
                if (d.content == null) return false;
                int last = v.tokenEndingBy(d.content.end());
                if (last < 0 || !v.lemma[last].equals("ask")) return false;
                int first = v.tokenAtOrAfter(d.content.begin());
                for (int k = last - 1; k >= first && k >= last - 8; k--) {
                    if (v.word[k].equals("?")) return true;
                    if (v.isPunct(k) && !isQuoteMark(k)) return false;
                }
                return false;
            });
        }

        /**
         * "Rebels shelled the town, the governor said, according to local radio": the statement before "X said" is X's
         * claim, which the trailing "according to Y" relays (Y's claim holds X's cue). A cue whose content is nothing but
         * that "according to Y" phrase takes the statement before its speaker instead. Not a content that goes on after
         * the cue ("X said, according to Y, that …" keeps its clause), nor an "according to Y" with no "X said" before it.
         */
        void relayedSaid() {
            for (Draft d : drafts) {
                if (d.cue == null || d.speakerSpan == null || d.content == null || d.content.begin() < d.cue.end()
                        || d.speakerSpan.begin() > d.cue.begin()) continue;
                int c = v.tokenAtOrAfter(d.content.begin());
                if (c + 1 >= v.n || !v.lower[c].equals("according") || !v.lower[c + 1].equals("to")) continue;
                for (Draft o : drafts) {
                    if (o == d || o.cue == null || o.content == null || o.cue.begin() != v.begin(c) || !o.content.contains(d.cue)
                            || !o.content.contains(d.speakerSpan) || o.content.begin() >= d.speakerSpan.begin()) continue;
                    int cut = v.tokenAtOrAfter(d.speakerSpan.begin());
                    while (cut > 0 && v.pos[cut - 1].equals("DET") && v.begin(cut - 1) > o.content.begin()) cut--;
                    Span in = trim(new Span(o.content.begin(), v.begin(cut)));
                    if (in.end() <= in.begin()) break;
                    d.content = in;
                    d.quote = o.quote != null && in.contains(o.quote) ? o.quote : null;
                    break;
                }
                // "…, the economist said, according to a transcript": a source of no author makes no claim of its own;
                // the statement is still the one before the speaker, from its sentence's start to the comma
                if (d.content.begin() >= d.cue.end()) {
                    int cut = v.tokenAtOrAfter(d.speakerSpan.begin());
                    while (cut > 0 && v.pos[cut - 1].equals("DET")) cut--;
                    int sb = v.sentFirst[v.sent[c]];
                    if (cut - 1 > sb + 2 && v.sent[cut] == v.sent[c] && v.word[cut - 1].equals(",")) {
                        d.content = trim(new Span(v.begin(sb), v.begin(cut)));
                        d.quote = null;
                    }
                }
            }
        }

        /** The first token of the speaker's title at the end of a content that runs up to the speaker's name, or -1. */
        int titleStart(Draft d) {
            {
                if (d.speakerSpan == null || d.content == null || d.content.end() > d.speakerSpan.begin()) return -1;
                if (!a.body().substring(d.content.end(), d.speakerSpan.begin()).isBlank()) return -1;
                int t = v.tokenAtOrAfter(d.speakerSpan.begin());
                int first = v.tokenAtOrAfter(d.content.begin());
                int j = t;
                while (j - 1 > first && v.begin(j - 1) >= d.content.begin() && speakerTitle(j - 1)) j--;
                if (j == t) return -1;
                // "Health Minister", "Prime Minister": capitalised words before a capitalised title
                if (Character.isUpperCase(v.word[j].charAt(0)))
                    while (j - 1 > first && Character.isUpperCase(v.word[j - 1].charAt(0)) && !v.isPunct(j - 1) && (v.pos[j - 1].equals("PROPN")
                            || v.pos[j - 1].equals("NOUN") || v.pos[j - 1].equals("ADJ"))) j--;
                return j <= first ? -1 : j;
            }
        }

        /** An office title the lexicon knows ("mayor", "minister") or an honorific ("Dr.", "Mr") at token k. */
        boolean speakerTitle(int k) {
            String w = v.word[k];
            if (w.isEmpty() || v.isPunct(k) && !w.equals(".")) return false;
            String n = Words.normalize(w, 0, w.length());
            return HONORIFICS.contains(n.replace(".", "")) || Character.isUpperCase(w.charAt(0)) && !Gazetteer.get().lexicon.titles.get(List.of(n)).isEmpty();
        }

        /** The token of the document noun the latest "X issued a …" made X's (not a document of unknown author), or -1. */
        private int issuedNoun = -1;

        /**
         * "Nordvik Rail has issued a statement.", "The council released a new report on Monday": a named actor right
         * before a verb of issuing (words-attribution ISSUING: issue, release, publish) whose object is a new document ("a",
         * "an", adjectives, a document noun) is that document's author: a later "the statement says" (the same noun only)
         * speaks for it, as after "In a statement, X said". Must NOT catch a document issued by no one named ("A report was
         * released"), one the actor did not write ("X received a letter", "X published a letter from Y": a "from/by/of"
         * after the noun names another writer; an outlet publishes others' letters and op-eds), nor a definite document ("X
         * published the report", which may be another's). With two bodies issuing a statement each (or another
         * body's document of "a note from X") "the statement" is neither's.
         */
        void documentIssued(int i, int s) {
            int sb = v.sentFirst[s], se = v.sentEnd[s];
            // "Investigators sent a letter", "a report by the auditors", "in their report, they said": a new document of the
            // issuer's noun not issued by it, or one owned by people ("their", "his", "her"; not "its", which may be the issuer)
            if (NEW_OR_OTHERS_DOCUMENT.contains(v.lower[i]) && i + 1 < se) {
                int k = i + 1;
                while (k < se && k < i + 4 && v.pos[k].equals("ADJ")) k++;
                if (k < se && k != issuedNoun && v.pos[k].equals("NOUN") && Speakers.isDocument(v.lemma[k])) speakers.documentOfUnknownAuthor(v.lemma[k]);
            }
            if (!v.pos[i].equals("VERB") || !ISSUING.contains(v.lemma[i]) || i - 1 < sb) return;
            int k = i + 1;
            if (k >= se || !(v.lower[k].equals("a") || v.lower[k].equals("an"))) return;
            k++;
            while (k < se && k < i + 5 && v.pos[k].equals("ADJ")) k++;
            if (k >= se || !v.pos[k].equals("NOUN") || !Speakers.isDocument(v.lemma[k])) return;
            int j = i - 1;
            while (j > sb && (v.pos[j].equals("AUX") || v.pos[j].equals("ADV"))) j--;
            Mention m = v.actorAt[j];
            if (m == null || v.lastTokenOf(m) != j || v.isVerb(j)) return;
            org.claimgraph.model.Entity e = v.entityOf(m);
            if (e == null || !e.type().isActor() || e.type() == org.claimgraph.model.EntityType.UNNAMED_SOURCE) return;
            // "published a letter from Tom Reyes / from a reader": another writer; an outlet publishes others' documents
            if (e.type() == org.claimgraph.model.EntityType.OUTLET || k + 1 < se && AUTHOR_PREPOSITIONS.contains(v.lower[k + 1])) return;
            issuedNoun = k;
            // (two bodies issuing the same kind of document, or another body's document of the older rule: "the
            // statement" is neither's; "X issued a statement … police released a report" leaves "the report" the police's)
            Set<String> issuers = issuedBodies.computeIfAbsent(v.lemma[k], x -> new HashSet<>());
            issuers.add(e.key());
            boolean other = issuers.size() > 1 || !documentBodies.isEmpty() && !documentBodies.equals(Set.of(e.key()));
            speakers.documentIssuedBy(other ? null : e.key(), v.lemma[k]);
        }

        /** "in a statement", "in a report published on Monday" in the cue's sentence before the content: the claim's document. */
        boolean documentAdverbial(Span cue) {
            int s = v.sentenceOfOffset(cue.begin());
            for (int k = v.sentFirst[s]; k + 2 < v.sentEnd[s]; k++) {
                if (!v.lower[k].equals("in")) continue;
                int h = k + 1;
                if (v.pos[h].equals("DET")) h++;
                if (h < v.sentEnd[s] && Speakers.isDocument(v.lemma[h]) && v.begin(h) < cue.end() + 40) return true;
            }
            return false;
        }

        /** ", a charge Moscow denies", ", an accusation X rejected": the comma before the claim noun, or -1. */
        int chargeBefore(int[] np, int sb) {
            // ", a charge (that) the rebels deny": the claim noun right before a speaker phrase of its own
            int k = np[0] - 1;
            if (k >= sb && v.lower[k].equals("that")) k--;
            if (k - 2 >= sb && CLAIM_NOUNS.contains(v.lemma[k]) && v.pos[k - 1].equals("DET") && v.word[k - 2].equals(",")) return k - 2;
            for (int h = np[0]; h + 1 < np[1]; h++) {
                if (v.pos[h].equals("DET") && CLAIM_NOUNS.contains(v.lemma[h + 1]) && h - 1 >= sb && v.word[h - 1].equals(",")) return h - 1;
                if (!v.pos[h].equals("DET")) break;
            }
            return -1;
        }

        /**
         * "(When) asked (by reporters) whether/if CLAUSE, X said …": tokens [first, comma) of the question's clause, when the
         * sentence opens with it and its comma comes right before the speaker phrase at np0; or null.
         */
        int[] askedClause(int sb, int np0) {
            int k = sb;
            if (k < np0 && v.lower[k].equals("when")) k++;
            if (k >= np0 || !v.lower[k].equals("asked") || np0 - 1 <= k || !v.word[np0 - 1].equals(",")) return null;
            for (int j = k + 1; j < np0 - 1 && j <= k + 5; j++) {
                if (v.lower[j].equals("whether") || v.lower[j].equals("if")) return j + 1 < np0 - 1 ? new int[]{j + 1, np0 - 1} : null;
                if (v.isPunct(j)) return null;
            }
            return null;
        }

        /** ", a claim (strongly) denied by …": the comma before the claim noun right before the passive cue at c0, or -1. */
        int chargeBeforeCue(int c0, int sb) {
            int k = c0 - 1;
            while (k > sb && v.pos[k].equals("ADV")) k--;
            if (k - 2 < sb || !CLAIM_NOUNS.contains(v.lemma[k]) || !v.pos[k - 1].equals("DET") || !v.word[k - 2].equals(",")) return -1;
            return k - 2;
        }

        /** A comma right before token c, also inside a closing quotation mark ("… for the crimes,” adding that …"). */
        boolean commaBefore(int c, int sb) {
            return c - 1 >= sb && v.word[c - 1].equals(",") || c - 2 >= sb && isQuoteMark(c - 1) && v.word[c - 2].equals(",");
        }

        /**
         * The named body of a document, inverted after its cue: "a fresh commodities note from US investment bank X", "a new
         * study released today by X, a think-tank", "the daily note of X". A determiner, at most five modifiers, a document
         * noun, at most a participle and a time phrase ("released today"), "from"/"by"/"of", title words (twelve words at
         * most with the name), then a name that ends the phrase (the sentence, a comma or a quotation next). Returns the
         * name's tokens or null.
         * Must NOT catch a document with no named body ("said a report from the scene"), one placed in an outlet ("said a
         * report in the New York Times": "in" is no author's preposition), nor a name that runs on into a clause.
         */
        int[] documentBodyAfter(int c1, int se) {
            int k = c1;
            if (k >= se || !v.pos[k].equals("DET")) return null;
            k++;
            int mods = 0;
            while (k < se && mods < 5 && !BODY_DOCUMENTS.contains(v.lemma[k]) && v.actorAt[k] == null
                    && (v.pos[k].equals("ADJ") || v.pos[k].equals("NOUN") || v.pos[k].equals("NUM"))) { k++; mods++; }
            // (the determiner makes it a noun whatever the tagger said: "a new note")
            if (k >= se || !BODY_DOCUMENTS.contains(v.lemma[k])) return null;
            return bodyAfterDocument(k + 1, se);
        }

        /**
         * The preposition at k names a document's author: "from", "by", or "of the" ("the daily note of the central bank").
         * Not a bare "of", which names what a survey or study is of ("a new survey of Americans", "a study of 2,000 patients").
         */
        private boolean authorPreposition(int k) {
            return v.lower[k].equals("from") || v.lower[k].equals("by") || v.lower[k].equals("of") && k + 1 < v.n && v.lower[k + 1].equals("the");
        }

        /** After a document noun: [participle [time]] from/by/of [title words] NAME (twelve words at most), ending the phrase. */
        private int[] bodyAfterDocument(int k, int se) {
            if (k < se && v.isVerb(k) && v.lower[k].endsWith("ed")) {
                k++;
                // ("released today by", "published on Monday by")
                for (int t = 0; t < 3 && k < se && (v.pos[k].equals("ADV") || timeWord(k)); t++) k++;
            }
            if (k >= se || !authorPreposition(k)) return null;
            k++;
            // (the phrase runs to a comma, a quotation, the sentence's end; its last word ends a name: "US investment bank
            // X", "German lender X" — the demonym in the title is not the body)
            int start = k;
            // ("a clearing bank": a gerund before a noun is a title word, not a verb)
            // (no second preposition: in "says a report of attacks by X" X made the attacks, not the report)
            // (a name is read whole: "Centers for Disease Control")
            while (k < se && k - start < 12 && !v.isPunct(k) && !isQuoteMark(k) && (v.actorAt[k] != null || !TITLE_BREAKS.contains(v.lower[k]))
                    && (!v.isVerb(k) || v.lower[k].endsWith("ing") && k + 1 < se && v.pos[k + 1].equals("NOUN"))) k++;
            if (k == start || k - start >= 12 || k < se && !v.isPunct(k) && !isQuoteMark(k)) return null;
            Mention m = v.actorAt[k - 1];
            if (m == null) {
                // a name the article does not know yet ends the phrase: its capitalised words after a lower-case title word
                // ("Canadian brokerage TD Securities"); not a lower-case phrase ("a report from the scene")
                int n = k;
                while (n - 1 > start && Character.isUpperCase(v.word[n - 1].charAt(0)) && v.actorAt[n - 1] == null && v.placeAt[n - 1] == null
                        && !DateResolver.isCalendarWord(v.word[n - 1])) n--;
                if (n == k || !Character.isLowerCase(v.word[n - 1].charAt(0))) return null;
                return new int[]{n, k};
            }
            if (v.lastTokenOf(m) != k - 1 || v.firstToken(m) < start) return null;
            return new int[]{v.firstToken(m), k};
        }

        /**
         * "A report by Amnesty International found …", "An analysis from the central bank said …": the subject found
         * before the cue is the named body inside a document's "from/by/of" phrase (the document noun its head). Must NOT
         * catch "a report in the New York Times said" (no author's preposition).
         */
        boolean documentBodyBefore(int[] np) {
            if (np.length != 2 || v.actorAt[np[1] - 1] == null) return false;
            int p = np[0] - 1;
            // (title words between: "a note from US investment bank X" when the subject kept only the name)
            for (int t = 0; t < 10 && p >= 0 && !authorPreposition(p); t++, p--) {
                if (v.isPunct(p) || v.isVerb(p) && !(v.lower[p].endsWith("ing") && v.pos[p + 1].equals("NOUN"))) return false;
            }
            if (p < 1 || !authorPreposition(p)) return false;
            int d = p - 1;
            for (int t = 0; t < 3 && d >= 1 && (v.pos[d].equals("ADV") || timeWord(d)); t++) d--;
            if (d >= 1 && v.isVerb(d) && v.lower[d].endsWith("ed")) d--;
            if (d < 1 || !BODY_DOCUMENTS.contains(v.lemma[d]) || !(v.pos[d].equals("NOUN") || v.pos[d - 1].equals("DET") || v.pos[d - 1].equals("ADJ"))) return false;
            int[] body = bodyAfterDocument(d + 1, np[1]);
            return body != null && body[1] == np[1];
        }

        /**
         * A finding cue's subject that inquires and reports what it found ("The audit office found that …", "The research
         * panel found that …"): the phrase ends in an organisation's name or in a noun of words-attribution INQUIRY_HEADS.
         * Read only for "find", with "that" right after the cue: other document-only cues ("NATO showed that it remains
         * united", "X read that …") are no finding. Must NOT catch a person ("She found that the door was locked") nor
         * an ordinary noun ("The family found that the house …").
         */
        boolean inquirer(int[] np) {
            int h = np[1] - 1;
            if (INQUIRY_HEADS.contains(v.lemma[h]) || INQUIRY_HEADS.contains(v.lower[h])) return true;
            // ("the research team found that …": a group named by the inquiry it does; not a bare "team", nor "the rescue team")
            if (h > np[0] && INQUIRY_GROUPS.contains(v.lemma[h]) && INQUIRY_MODIFIERS.contains(v.lower[h - 1])) return true;
            Mention m = v.actorAt[h];
            org.claimgraph.model.Entity e = m == null || m.kind() == Mention.Kind.PRONOUN ? null : v.entityOf(m);
            return e != null && (e.type() == org.claimgraph.model.EntityType.ORGANIZATION || e.type() == org.claimgraph.model.EntityType.OUTLET) && m.span().end() == v.end(h);
        }

        /**
         * The head of a subject that reports what it found: the last noun before the phrase's first preposition,
         * participle or relative, when its lemma is a document (unnamed-sources.txt) or a finding source of
         * words-attribution FINDING_SOURCES ("Data from the 17-year study", "a new poll", "Bodycam footage released by
         * the police"); -1 otherwise. Must NOT catch a body or a person ("NATO", "the minister"), nor a phrase whose head
         * is another noun ("the author of the study").
         */
        int findingHead(int[] np) {
            if (np.length != 2) return -1;
            int h = -1;
            for (int k = np[0]; k < np[1]; k++) {
                if (k > np[0] && (v.pos[k].equals("ADP") || v.isPunct(k) && !v.word[k].equals("-") || FINDING_RELATIVES.contains(v.lower[k]) || h >= 0 && v.isVerb(k))) break;
                if (v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN") && v.actorAt[k] == null) h = k;
            }
            if (h < 0 || v.actorAt[h] != null) return -1;
            String l = v.lemma[h], w = v.lower[h];
            return FINDING_SOURCES.contains(l) || FINDING_SOURCES.contains(w) || Speakers.isDocument(l) || Speakers.isDocument(w) ? h : -1;
        }

        /**
         * "Data from …", "The results of …", "a recently published study in …": the phrase of a finding source ending at
         * token h (its head), opening its clause (at the sentence's start or after a comma or a conjunction), as {start,
         * h + 1}; null when h is no finding source or the phrase does not open its clause ("the author of the study").
         */
        int[] findingOf(int h, int sb) {
            if (!v.pos[h].equals("NOUN") || v.actorAt[h] != null || !(FINDING_SOURCES.contains(v.lemma[h]) || Speakers.isDocument(v.lemma[h]))) return null;
            int b = h;
            while (b - 1 >= sb && (v.pos[b - 1].equals("ADJ") || v.pos[b - 1].equals("DET") || v.pos[b - 1].equals("NUM") || v.pos[b - 1].equals("NOUN")
                    || v.pos[b - 1].equals("ADV") || v.isVerb(b - 1) && v.lower[b - 1].endsWith("ed") && b < h // ("a recently published study")
                    || v.word[b - 1].equals("-")) && v.actorAt[b - 1] == null) b--;
            // (the phrase opens its clause: after a comma, a conjunction or "as/because …")
            if (b > sb && !v.word[b - 1].equals(",") && !v.pos[b - 1].equals("CCONJ") && !v.pos[b - 1].equals("SCONJ")) return null;
            return new int[]{b, h + 1};
        }

        /** Only adverbs and auxiliaries stand between token e and the cue at c0: the phrase ending before e is the cue's subject. */
        boolean rightBefore(int e, int c0) {
            for (int k = e; k < c0; k++) if (!v.pos[k].equals("ADV") && !v.pos[k].equals("AUX") && !AUXILIARY.contains(v.lemma[k])) return false;
            return true;
        }

        /** The subject of a document-only cue is a writing: "the statement", "documents", "records obtained by X". */
        boolean documentSubject(int[] np) {
            if (documentBodyBefore(np)) return true;
            for (int k = np[0]; k < np[1]; k++) if (Speakers.isDocument(v.lemma[k]) || Speakers.isDocument(v.lower[k])) return true;
            int k = np[0] - 1;
            if (k - 1 >= 0 && v.lower[k].equals("by") && v.isVerb(k - 1)) {
                for (int j = k - 2; j >= 0 && j >= k - 4; j--) if (Speakers.isDocument(v.lemma[j]) || Speakers.isDocument(v.lower[j])) return true;
            }
            return false;
        }

        /**
         * "Saba quoted a health ministry official as saying that …" (two claims: the agency's and the
         * official's) and "X was quoted as saying …" (X's). Returns the tokens used, 0 when not this shape.
         */
        int quotedAsSaying(int c0, int s) {
            int sb = v.sentFirst[s], se = v.sentEnd[s];
            int as = -1;
            for (int k = c0 + 1; k < se - 1 && k < c0 + 14; k++) {
                if (v.lower[k].equals("as") && (v.lemma[k + 1].equals("say") || v.lower[k + 1].equals("saying") || v.lemma[k + 1].equals("state"))) { as = k; break; }
                if (v.isVerb(k) || v.word[k].equals(";")) break;
            }
            if (as < 0) return 0;
            int from = as + 2;
            while (from < se && (v.lower[from].equals("that") || v.word[from].equals(",") || v.word[from].equals(":"))) from++;
            Span q;
            Span content;
            int rest = from;
            while (rest < se && v.isPunct(rest)) rest++;
            // "“…,” X was quoted as saying by TASS.", "X was quoted as saying by TASS that …": the one quoting, after "by",
            // ends the sentence or comes before the content
            if (rest < se && v.lower[rest].equals("by") && rest + 1 < se && v.actorAt[rest + 1] != null) {
                int k = v.lastTokenOf(v.actorAt[rest + 1]) + 1;
                while (k < se && (v.isPunct(k) || v.lower[k].equals("that"))) k++;
                if (k >= se) rest = se;
                else from = rest = k;
            }
            if (rest >= se) {
                // "The shelling killed five people, the agency quoted a police official as saying."
                int[] outer = subjectBefore(c0, sb);
                if (outer == null || outer[0] <= sb || !clauseBefore(sb, outer[0])) return 0;
                q = quoteEndingBefore(v.begin(outer[0]));
                content = q != null ? q : trim(new Span(v.begin(sb), v.begin(outer[0])));
            } else {
                q = quoteStartingAt(v.begin(from));
                int e = v.end(contentEnd(from, se) - 1);
                if (q != null) e = Math.max(e, q.end());
                content = trim(new Span(v.begin(from), e));
            }
            if (content.length() == 0) return 0;
            int aux = c0 - 1;
            while (aux > sb && v.pos[aux].equals("ADV")) aux--;
            boolean passive = aux >= sb && v.lemma[aux].equals("be");
            List<int[]> who = new ArrayList<>();
            if (passive) {
                int[] np = subjectBefore(aux, sb);
                if (np != null) who.add(np);
            } else {
                int[] outer = subjectBefore(c0, sb);
                if (outer != null) who.add(outer);
                int[] inner = npForward(c0 + 1, as);
                if (inner != null) who.add(inner);
            }
            Span cueSpan = new Span(v.begin(c0), v.end(as + 1));
            for (int[] np : who) {
                Speakers.Resolved sp = speakers.resolve(np[0], np[1]);
                if (sp == null) continue;
                Draft d = statement(sp, content, q, Stance.ALLEGES, 0.8);
                d.cue = cueSpan;
                finish(d, sp);
            }
            return as + 2 - c0;
        }

        /** "a war monitor and local officials said": the same claim for the first speaker too. */
        void conjoinedSpeaker(Draft d, int npBegin, int npEnd, int sb) {
            int k = npBegin - 1;
            if (k - 1 < sb || !v.lower[k].equals("and")) return;
            if (v.word[k - 1].equals(",")) {
                // "A, B, and C said": after the serial comma, only a list of names of the speaker's type, B itself after a
                // comma (not "the service said none had met the held men, and it called …")
                int[] np2 = k - 2 >= sb ? npLeft(k - 2, sb) : null;
                if (np2 == null || np2[0] - 2 < sb || !v.word[np2[0] - 1].equals(",")) return;
                if (jointSpeaker(d, np2[0], np2[1])) listBefore(d, np2[0], sb);
                return;
            }
            int[] np2 = npLeft(k - 1, sb);
            if (np2 == null) return;
            if (speakers.type(d.speaker) != org.claimgraph.model.EntityType.UNNAMED_SOURCE) listBefore(d, np2[0], sb);
            if (speakers.type(d.speaker) == org.claimgraph.model.EntityType.UNNAMED_SOURCE && np2[1] == k && sharedSource(np2)) {
                // "security and local sources said", "activists and residents told": one unnamed source, named by the whole phrase
                Speakers.Resolved all = speakers.unnamedPhrase(np2[0], npEnd);
                if (all == null) return;
                d.speaker = all.key();
                d.speakerSpan = all.span();
                if (d.content.begin() < v.begin(np2[0]) && d.content.end() > v.begin(np2[0])) d.content = trim(new Span(d.content.begin(), v.begin(np2[0])));
                return;
            }
            Speakers.Resolved sp2 = speakers.resolve(np2[0], np2[1]);
            if (sp2 == null || sp2.key().equals(d.speaker)) return;
            if (d.content.begin() < v.begin(np2[0]) && d.content.end() > v.begin(np2[0])) d.content = trim(new Span(d.content.begin(), v.begin(np2[0])));
            drafts.add(sharedBy(d, sp2));
        }

        /** d's statement made by another speaker of a joint subject: the same cue, content, stance and cue kind. */
        Draft sharedBy(Draft d, Speakers.Resolved other) {
            Draft c = new Draft();
            c.speaker = other.key();
            c.speakerSpan = other.span();
            c.cue = d.cue;
            c.content = d.content;
            c.quote = d.quote;
            c.stance = d.stance;
            c.accuses = d.accuses;
            c.object = d.object;
            c.addressee = d.addressee;
            c.clauseCue = d.clauseCue;
            c.objectClaim = d.objectClaim;
            c.confidence = d.confidence;
            return c;
        }

        /**
         * "The Ministry of Health, the Red Cross and UNICEF said": the conjuncts before commas left of token l speak too, when
         * each names an actor of the speaker's type and the list opens its clause (not "Unlike Russia, Britain and France said")
         */
        void listBefore(Draft d, int l, int sb) {
            while (l - 2 >= sb && v.word[l - 1].equals(",")) {
                int[] np3 = npLeft(l - 2, sb);
                if (np3 == null || np3[0] - 1 >= sb && v.pos[np3[0] - 1].equals("ADP")) break;
                if (!jointSpeaker(d, np3[0], np3[1])) break;
                l = np3[0];
            }
        }

        /**
         * One more conjunct [b, e) of a joint subject: when it names an actor (a name, not a description) of the speaker's
         * type other than the speaker, it makes the same statement. True when it did.
         */
        boolean jointSpeaker(Draft d, int b, int e) {
            boolean named = false;
            for (int t = b; t < e; t++) if (v.actorAt[t] != null) named = true;
            if (!named) return false;
            Speakers.Resolved r = speakers.resolve(b, e);
            if (r == null || r.key().equals(d.speaker) || r.how() != Speakers.How.NAME && r.how() != Speakers.How.NEW_NAME) return false;
            if (speakers.type(r.key()) != speakers.type(d.speaker)) return false;
            for (Draft o : drafts) if (o.cue == d.cue && o.speaker.equals(r.key())) return true;
            drafts.add(sharedBy(d, r));
            return true;
        }

        /** The left conjunct of an unnamed source is a bare modifier of its head ("security") or a bare unnamed head ("activists"). */
        boolean sharedSource(int[] np) {
            for (int i = np[0]; i < np[1]; i++) if (v.actorAt[i] != null || Character.isUpperCase(v.word[i].charAt(0)) && i > v.sentFirst[v.sent[i]]) return false;
            if (np[1] - np[0] != 1) return false;
            String p = v.pos[np[0]];
            return p.equals("ADJ") || p.equals("NOUN") && !Speakers.isUnnamedHead(v.lemma[np[0]]);
        }

        /** The latest claim whose cue lies in sentence s before token c0. */
        Draft lastDraftIn(int s, int c0) {
            Draft best = null;
            for (Draft d : drafts) {
                if (d.cue == null || d.cue.end() > v.begin(c0) || v.sentenceOfOffset(d.cue.begin()) != s) continue;
                if (best == null || d.cue.begin() > best.cue.begin()) best = d;
            }
            return best;
        }

        /** Sentence s starts at (or just before) the cue and the one before ends in an abbreviation ("Sen.", "R-Tenn."). */
        boolean splitAtAbbreviation(int s, int c0) {
            for (int k = v.sentFirst[s]; k < c0; k++) if (!v.isPunct(k) && !v.pos[k].equals("ADV")) return false;
            int last = v.sentEnd[s - 1] - 1;
            if (v.word[last].equals(",")) return true;
            String w = v.word[last].equals(".") && last > 0 ? v.word[last - 1] + "." : v.word[last];
            return w.endsWith(".") && w.length() <= 8 && Character.isUpperCase(w.charAt(w.lastIndexOf('-') + 1));
        }

        /** Another statement of d's speaker under d's cue, with this content (accusing no one by its cue). */
        Draft continuing(Draft d, Span content) {
            Draft n = new Draft();
            n.speaker = d.speaker;
            n.speakerSpan = d.speakerSpan;
            n.cue = d.cue;
            n.content = content;
            n.stance = d.stance;
            n.clauseCue = d.clauseCue;
            n.confidence = d.confidence;
            return n;
        }

        /** Tokens [from, to) hold "had" or a past modal ("would", "could"): a verb shifted back into reported speech. */
        boolean backshifted(int from, int to) {
            for (int k = Math.max(0, from); k < to; k++) if (BACKSHIFT.contains(v.lower[k])) return true;
            return false;
        }

        private static final Set<String> BACKSHIFT = Set.of("had", "would", "could", "'d", "’d");

        /** Ends a claim's content before token k (a coordinated cue took over from there). */
        void cutBefore(Draft d, int k) {
            int at = v.begin(k);
            if (d.content.begin() < at && d.content.end() > at) {
                d.content = trim(new Span(d.content.begin(), at));
                if (d.quote != null && d.quote.end() > at) d.quote = d.quote.begin() < at ? d.quote : null;
            }
        }

        /** A source phrase after the cue's width tokens at c0 ("according to", "in the words of"). */
        void according(int c0, int width, int s) {
            int sb = v.sentFirst[s], se = v.sentEnd[s];
            int[] np = npForward(c0 + width, se);
            // "according to preliminary/VERB results published by X": a modifier the tagger read as a verb (no -ed or -ing
            // form, lower case, a noun after it) opens the phrase all the same, when an author follows it ("by"/"from" X,
            // "published by" X). Not "according to court/VERB records,": a writing no author is named for
            int m = c0 + width;
            if (np == null && m + 1 < se && v.pos[m].equals("VERB") && Character.isLowerCase(v.word[m].charAt(0)) && !v.lower[m].endsWith("ed")
                    && !v.lower[m].endsWith("ing") && v.pos[m + 1].equals("NOUN")) {
                int[] rest = npForward(m + 1, se);
                int e = rest == null ? se : rest[1];
                boolean author = e + 1 < se && (v.lower[e].equals("by") || v.lower[e].equals("from")
                        || v.isVerb(e) && v.lower[e].endsWith("ed") && v.lower[e + 1].equals("by"));
                if (rest != null && author) np = new int[]{m, rest[1]};
            }
            if (np == null) return;
            // "According to The Associated Press 11 states were identified": with no comma after a fronted source, a name
            // followed by a numeral or determiner that opens the clause's subject (a verb right after the phrase) ends the
            // source. Not "according to the 2019 report" (no name first) nor "according to X and Y" (a conjunction)
            if (c0 == sb && np[1] < se && v.isVerb(np[1])) {
                Mention first = v.actorAt[np[0]] != null ? v.actorAt[np[0]] : np[0] + 1 < np[1] && v.pos[np[0]].equals("DET") ? v.actorAt[np[0] + 1] : null;
                int after = first == null ? -1 : v.lastTokenOf(first) + 1;
                if (after > np[0] && after < np[1] && (v.pos[after].equals("NUM") || v.pos[after].equals("DET"))) np = new int[]{np[0], after};
                // "According to local sources the convoy was hit": likewise a determiner or numeral right after a noun of the
                // phrase (not a preposition's: "according to the head of the council") opens the subject
                else if (first == null) {
                    for (int k = np[0] + 1; k < np[1]; k++) {
                        if ((v.pos[k].equals("DET") || v.pos[k].equals("NUM")) && (v.pos[k - 1].equals("NOUN") || v.pos[k - 1].equals("PROPN"))) {
                            np = new int[]{np[0], k};
                            break;
                        }
                    }
                }
            }
            // "according to a statement by the ministry", "according to figures from the UN"
            if (np[1] + 1 < se && (v.lower[np[1]].equals("by") || v.lower[np[1]].equals("from"))) {
                int[] agent = npForward(np[1] + 1, se);
                if (agent != null) np = new int[]{agent[0], agent[1]};
            }
            // "according to a statement released by X", "according to records obtained by X"
            boolean document = false;
            for (int k = np[0]; k < np[1]; k++) if (Speakers.isDocument(v.lemma[k])) document = true;
            if (np[1] + 2 < se && v.isVerb(np[1]) && v.lower[np[1]].endsWith("ed") && v.lower[np[1] + 1].equals("by")) {
                int[] agent = npForward(np[1] + 2, se);
                if (agent != null) np = new int[]{agent[0], agent[1]};
            }
            // "according to a statement by X", "according to a report from X"
            int b = np[0];
            for (int k = b; k < np[1] - 1; k++) {
                if ((v.lower[k].equals("by") || v.lower[k].equals("from")) && k + 1 < np[1]) { b = k + 1; break; }
            }
            Speakers.Resolved sp = null;
            // "according to two people familiar with the matter", "according to officials briefed on the plan": the source
            // with its postmodifier as written when that names it, else the head phrase with the whole as another name
            // (the noun phrase may have taken the adjective in: "two people familiar")
            int h = np[1] - 1 > b && Speakers.POSTMODIFIER_ADJ.contains(v.lower[np[1] - 1]) ? np[1] - 1 : np[1];
            if (h + 2 < se && !v.lower[h + 1].equals("by") && Speakers.postmodifierAt(v, h)) {
                int[] pm = npForward(h + 2, se);
                if (pm != null) {
                    sp = speakers.resolve(b, pm[1]);
                    if (sp != null && sp.how() != Speakers.How.UNNAMED) sp = null;
                    if (sp != null) np = new int[]{np[0], pm[1]};
                    else {
                        sp = speakers.resolve(b, h);
                        if (sp != null && sp.how() == Speakers.How.UNNAMED) {
                            speakers.addAlt(sp.key(), v.body.substring(v.begin(b), v.end(pm[1] - 1)));
                            np = new int[]{np[0], pm[1]};
                        }
                    }
                }
            }
            if (sp == null) sp = speakers.resolve(b, np[1]);
            // "according to a report in The Westbrook Gazette, …", "according to a story on Channel 4, …": a news item carried
            // by a named outlet is that outlet's report (words-attribution CARRIED_REPORTS; not "a letter in the Gazette",
            // whose writer speaks, nor "a study in The Lancet", which is its authors')
            int at = -1;
            for (int k = b; sp == null && k + 2 < Math.min(se, np[1] + 2) && k <= np[1]; k++) {
                if (CARRIED_REPORTS.contains(v.lemma[k]) && v.pos[k].equals("NOUN") && (v.lower[k + 1].equals("in") || v.lower[k + 1].equals("on"))) { at = k + 1; break; }
            }
            if (at >= 0) {
                int[] venue = npForward(at + 1, se);
                Speakers.Resolved r = venue == null ? null : speakers.resolve(venue[0], venue[1]);
                if (r != null && r.how() == Speakers.How.NAME) { sp = r; np = new int[]{np[0], venue[1]}; }
            }
            if (sp == null) return;
            if (document && sp.how() == Speakers.How.NAME) speakers.documentBy(sp.key());
            Draft d = new Draft();
            d.speaker = sp.key();
            d.speakerSpan = sp.span();
            d.cue = new Span(v.begin(c0), v.end(c0 + width - 1));
            d.stance = Stance.ALLEGES;
            d.confidence = 0.8;
            boolean fronted = true;
            for (int k = sb; k < c0; k++) if (!v.isPunct(k) && !v.pos[k].equals("CCONJ") && !v.pos[k].equals("ADV")) { fronted = false; break; }
            if (fronted) {
                // ("According to the World Health Organization (WHO), …": the abbreviation in brackets is the source's)
                int from = pastAbbreviation(np[1], se);
                while (from < se && (v.isPunct(from) || v.lower[from].equals("that"))) from++;
                // "According to NAME, a fellow at X, a think tank:" — an apposition, then the next paragraph
                if (from < se && v.word[from - 1].equals(",") && v.word[se - 1].equals(":") && !hasVerb(new Span(v.begin(from), v.end(se - 1)))) from = se;
                if (from >= se) {
                    Span next = nextParagraph(v.end(se - 1));
                    if (next == null) return;
                    Span q = quoteStartingAt(next.begin());
                    d.content = q != null ? q : next;
                    d.quote = q;
                } else {
                    Span q = quoteStartingAt(v.begin(from));
                    int e = v.end(se - 1);
                    if (q != null) { d.quote = q; e = Math.max(e, q.end()); }
                    d.content = trim(new Span(v.begin(from), e));
                }
            } else if (np[1] < se && v.word[np[1]].equals(":") && np[1] + 1 >= se && nextParagraph(v.end(se - 1)) != null) {
                // "The focus of the examination, according to X:" and the paragraph that follows
                Span next = nextParagraph(v.end(se - 1));
                Span q = quoteStartingAt(next.begin());
                d.content = q != null ? q : next;
                d.quote = q;
            } else {
                d.content = trim(new Span(v.begin(sb), v.begin(c0)));
            }
            if (d.content.length() == 0) return;
            finish(d, sp);
        }

        /**
         * The token after an abbreviation in brackets opening at k ("(WHO)", "(RWA)": one to three capitalised words),
         * or k itself when none opens there ("(in 2019)", "(pictured)").
         */
        int pastAbbreviation(int k, int se) {
            if (k >= se || !v.word[k].equals("(")) return k;
            int c = k + 1;
            while (c < se && c <= k + 3 && !v.word[c].equals(")")) {
                if (!abbreviationWord(c)) return k;
                c++;
            }
            return c < se && c > k + 1 && v.word[c].equals(")") ? c + 1 : k;
        }

        /** Token k is a word in capitals of two letters or more ("WHO", "RWA"), as an abbreviation in brackets is. */
        boolean abbreviationWord(int k) {
            String w = v.word[k];
            return w.length() > 1 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }

        /** A naming ("what X called a massacre") holds no verb of its own, yet says something. */
        void finishNaming(Draft d, Speakers.Resolved sp) {
            if (words(d.content) < 2) return;
            switch (sp.how()) {
                case PRONOUN, DESCRIPTION -> d.confidence *= 0.85;
                case UNNAMED -> d.confidence *= 0.8;
                default -> { }
            }
            d.confidence = Math.round(d.confidence * 100) / 100.0;
            speakers.spoke(d.speakerSpan == null ? d.content.begin() : d.speakerSpan.begin(), d.speaker);
            drafts.add(d);
        }

        void finish(Draft d, Speakers.Resolved sp) {
            // "(via Google Translate)", "@handle", a byline: a claim says something, so it has a verb
            // ("rejected the junta's account", "pleaded not guilty to fraud charges": a denied object is a claim without a verb)
            // "The company denied any wrongdoing.", "NAME has always denied doping": a denial whose object is a bare noun
            // phrase ending the sentence says what it denies by the whole sentence (the speaker and its denial). Not a
            // denial that goes on ("denied the claims, saying …") or one with a quotation.
            // (a lone gerund is such an object too: "denied doping")
            // The object must name a claim or a wrongdoing (CLAIM_NOUNS, REJECTED_OBJECTS within three tokens): not an
            // administrative refusal ("The judge denied the motion.", "denied his asylum application", "denied approval",
            // "denied boarding", "denied entry to the activist"), which is no claim at all.
            int o0 = v.tokenAtOrAfter(d.content.begin());
            boolean loneGerund = o0 < v.n && o0 + 1 >= v.tokenAtOrAfter(d.content.end()) - (v.isPunct(v.tokenAtOrAfter(d.content.end()) - 1) ? 1 : 0)
                    && v.lower[o0].endsWith("ing");
            if ((!hasVerb(d.content) || loneGerund) && o0 < v.n && rejectedClaim(o0) && d.stance == Stance.DENIES && d.clauseCue && d.quote == null && !d.accuses && d.cue != null) {
                int c = v.tokenAtOrAfter(d.cue.begin()), s = v.sent[c], se = v.sentEnd[s];
                int last = se - 1;
                while (last > c && v.isPunct(last)) last--;
                if (v.end(last) <= d.content.end() && v.tokenAtOrAfter(d.content.end()) - c <= 8) d.content = trim(new Span(v.begin(v.sentFirst[s]), v.end(se - 1)));
            }
            // "The embassy called the accusations baseless.": a naming cue that calls a claim false with no quotation denies
            // by the whole sentence (the speaker and its rejection), when the rejecting name ends the sentence
            if (d.cue != null && d.quote == null) {
                int c = v.tokenAtOrAfter(d.cue.begin()), se = v.sentEnd[v.sent[c]];
                int c1 = v.tokenAtOrAfter(d.cue.end());
                if (namingCue(v.lemma[c]) && calledFalseSentence(c1, se)) {
                    d.content = trim(new Span(v.begin(v.sentFirst[v.sent[c]]), v.end(se - 1)));
                    d.stance = Stance.DENIES;
                    // (a side that answers later only for an accusation called false, not for "called the report fake":
                    // one who calls a report false may go on to accuse)
                    for (int k = c1; k < se && k < c1 + 3; k++) if (ACCUSING_CLAIMS.contains(v.lemma[k])) d.calledFalse = true;
                }
            }
            if (!hasVerb(d.content) && (d.object == null || !d.accuses) && !(d.stance == Stance.DENIES && !d.clauseCue) && !d.objectClaim) return;
            switch (sp.how()) {
                case PRONOUN, DESCRIPTION -> d.confidence *= 0.85;
                case UNNAMED -> d.confidence *= 0.8;
                case NEW_NAME -> d.confidence *= 0.9;
                default -> { }
            }
            // (an accusing cue alleges whatever its content says: "accused the junta of … and said there was no …")
            if (d.stance == Stance.ALLEGES && !d.accuses && deniedIn(d.speaker, d.content)) d.stance = Stance.DENIES;
            // "In a statement released on Tuesday, Amnesty said …": "the statement" later speaks for Amnesty
            if (sp.how() == Speakers.How.NAME && d.cue != null && documentAdverbial(d.cue)) speakers.documentBy(sp.key());
            d.confidence = Math.round(d.confidence * 100) / 100.0;
            speakers.spoke(d.speakerSpan == null ? d.content.begin() : d.speakerSpan.begin(), d.speaker);
            drafts.add(d);
        }

        /**
         * The content denies by its own words ("there was no camp", "no evidence links …") — unless its speaker is a
         * bystander ("one resident"), whose negative account of what happened is testimony, not a rebuttal.
         */
        boolean deniedIn(String speaker, Span content) {
            // (quotation marks inside the clause do not break its words: 'the arrests had “nothing to do with” it')
            String clause = QUOTE_MARKS.matcher(firstClause(content)).replaceAll("");
            // (an act not done before is no denial: "we have not struck these trucks before" announces that it is done now)
            return (mayDeny(clause) && DENIAL.matcher(clause).find() && !NOT_BEFORE.matcher(clause).find() || rejectsInClause(content)) && (speaker == null || !speakers.isWitness(speaker));
        }

        /**
         * The content's first clause has a rejecting verb, active, with the speaker's side as subject, whose object names
         * a claim or calls it false ("the Pelloran side firmly dismisses these inventions", "it denies the
         * allegations"); not a passive ("the claims were rejected"), a third party's rejection reported ("the court
         * rejected the claims") nor a rejecting verb with an administrative object ("we rejected the bid").
         */
        boolean rejectsInClause(Span content) {
            String clause = firstClause(content);
            int b = v.tokenAtOrAfter(content.begin()), e = content.begin() + clause.length();
            for (int k = b + 1; k < v.n && v.begin(k) < e && k < b + 12; k++) {
                if (!v.isVerb(k) || !rejecting(v.lower[k])) continue;
                int j = k - 1;
                while (j > b && v.pos[j].equals("ADV")) j--;
                if (BE.contains(v.lower[j]) || PASSIVE_AUX.contains(v.lower[j])) return false;
                // (the subject is the speaker's side: a personal pronoun or "our side", "the Pelloran side"; a third party
                // named is another's rejection reported: "the court rejected the claims")
                boolean own = false;
                for (int t = b; t <= j; t++) own |= PERSONAL.contains(v.lower[t]) || v.lower[t].equals("side");
                if (!own) return false;
                for (int o = k + 1; o < v.n && o < k + 4 && v.begin(o) < e; o++) {
                    // (not a third party's act of fabricating opposed: "we oppose certain groups fabricating stories")
                    if (CLAIM_NOUNS.contains(v.lemma[o]) || REJECTED_OBJECTS.contains(v.lower[o]) || rejectingWord(v.lower[o]) && !chargedAct(o)) return true;
                    if (v.isPunct(o) || v.pos[o].equals("VERB")) break;
                }
                return false;
            }
            return false;
        }

        /** The content up to its first ", but", ";" or sentence end, at most 160 characters. */
        String firstClause(Span s) {
            String t = a.body().substring(s.begin(), Math.min(s.end(), s.begin() + 160));
            java.util.regex.Matcher m = CLAUSE_END.matcher(t);
            return m.find() ? t.substring(0, m.start()) : t;
        }

        /** The object right after an object-taking cue, up to "for/of/over/that/to" or a clause break. */
        void objectPhrase(Draft d, int c1, int se, CueLexicon.Cue cue) {
            int k = c1;
            if (k < se && v.isQuote(k)) k++;
            // "lashed out at X", "railed against X"
            if (cue.accuses() && k < se && (v.lower[k].equals("at") || v.lower[k].equals("against"))) { k++; c1 = k; }
            // "accuse both the militants and the security forces of …": a coordinated object
            if (cue.accuses() && k + 1 < se && (v.lower[k].equals("both") || v.lower[k].equals("either")) && npToken(k + 1)) k++;
            while (k < se && (npToken(k) && !v.pos[k].equals("ADP")
                    || cue.accuses() && k > c1 && k + 1 < se && (v.lower[k].equals("and") || v.lower[k].equals("or")) && npToken(k + 1) && !v.pos[k + 1].equals("ADP"))) k++;
            if (k <= c1) return;
            boolean addressee = !cue.accuses() && ADDRESSING.contains(cue.words().get(0));
            if (addressee) {
                // "told Lavrov Washington uses …": the addressee is the first name only
                int f = c1;
                while (f < k && v.actorAt[f] == null) f++;
                if (f < k) {
                    d.object = v.actorAt[f].span();
                    d.addressee = true;
                }
                return;
            }
            if (cue.accuses()) d.object = new Span(v.begin(c1), v.end(k - 1));
        }

        /**
         * "“…,” said pro golfer Ada Lin": after an inverted cue, one to three lower-case words (a role the tagger misread
         * as a particle or verb) and then a person's name that ends the phrase (the sentence, a comma or a preposition
         * follows): the role and the name, {c1, end of the name}. Null otherwise. Must NOT catch a clause after the cue
         * ("said to be Ada Lin", "said that Ada Lin …": a function word), nor a name that goes on ("said pro golfer Ada
         * Lin had won": a verb after it).
         */
        int[] roleBeforePerson(int c1, int se) {
            int k = c1;
            while (k < se && k < c1 + 3 && v.actorAt[k] == null && v.word[k].chars().allMatch(Character::isLowerCase)
                    && !NOT_ROLE_WORDS.contains(v.word[k])) k++;
            if (k == c1 || k >= se || v.actorAt[k] == null || v.firstToken(v.actorAt[k]) != k) return null;
            org.claimgraph.model.Entity e = v.entityOf(v.actorAt[k]);
            if (e == null || e.type() != org.claimgraph.model.EntityType.PERSON) return null;
            int end = v.lastTokenOf(v.actorAt[k]) + 1;
            return end >= se || v.isPunct(end) || v.pos[end].equals("ADP") ? new int[]{c1, end} : null;
        }

        /**
         * The noun at h names people, not a thing: an unnamed-source head of the lexicon (not a document), a people noun
         * (words-targets PEOPLE, CIVIC), a demonym ("Afghans"), or, when {@code agentNouns}, an agent noun by its ending
         * ("commuters", "trawlermen", "cyclists", "investors"; not "correspondence", "documents", "cars", "data").
         */
        boolean peopleHead(int h, boolean agentNouns) {
            String l = v.lemma[h].toLowerCase(java.util.Locale.ROOT), w = v.lower[h];
            if (Speakers.isDocument(l)) return false;
            if (Speakers.isUnnamedHead(l) || Speakers.isUnnamedHead(w) || PEOPLE_NOUNS.contains(l) || PEOPLE_NOUNS.contains(w)) return true;
            String sg = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (DEMONYMS.demonyms.get(Speakers.norm(v.word[h])) != null || DEMONYMS.demonyms.get(Speakers.norm(sg)) != null) return true;
            if (!agentNouns) return false;
            for (String e : AGENT_ENDINGS) if (sg.length() > e.length() + 2 && sg.endsWith(e) || w.length() > e.length() + 2 && w.endsWith(e)) return true;
            return false;
        }

        /** The phrase [np[0], np[1]) ends in a person's name. */
        boolean personEnds(int[] np) {
            Mention m = v.actorAt[np[1] - 1];
            org.claimgraph.model.Entity e = m == null ? null : v.entityOf(m);
            return e != null && e.type() == org.claimgraph.model.EntityType.PERSON;
        }

        /** The phrase at k is one of those a statement is made to ("reporters", "the press"). */
        boolean listenerAt(int k, int se) {
            if (k < se && v.pos[k].equals("DET")) k++;
            return k < se && ADDRESSEE_NOUNS.contains(v.lemma[k]);
        }

        /**
         * "to NBC News", "to reporters" after a cue: "to" before a named actor or a listener noun (lexicon class
         * ADDRESSEE_NOUNS) is the addressee's preposition, not an infinitive ("said to have", "claims to be").
         */
        boolean addresseeAfterTo(int to, int se) {
            int k = to + 1;
            if (k < se && v.lower[k].equals("the")) k++;
            if (!(k < se && (v.actorAt[k] != null && !v.isVerb(k) || ADDRESSEE_NOUNS.contains(v.lemma[k])))) return false;
            // (the listener ends its noun phrase: "added to the media frenzy" is no addressee)
            int n = k + 1;
            if (v.actorAt[k] != null) while (n < se && v.begin(n) < v.actorAt[k].span().end()) n++;
            // (a common noun, adjective or verb right after it goes on with the phrase: "frenzy" read as a verb)
            return !(n < se && (v.pos[n].equals("NOUN") || v.pos[n].equals("ADJ") || v.pos[n].equals("VERB")));
        }

        /** "said separately on Tuesday that …", "said in a statement that …": the content starts after "that". */
        int afterAdverbials(int from, int se) {
            // "said, without giving details, that …", "said, citing preliminary data, that …": an aside between commas
            if (from > 0 && v.word[from - 1].equals(",")) {
                for (int k = from + 1; k + 1 < se && k < from + 12; k++) {
                    if (isQuoteMark(k) || v.word[k].equals(":") || v.word[k].equals(";")) break;
                    if (v.word[k].equals(",") && v.lower[k + 1].equals("that")) return v.lower[from].equals("citing") || v.lower[from].equals("quoting") ? from : k + 2;
                }
            }
            boolean pp = from < se && v.pos[from].equals("ADP");
            for (int k = from; k < se && k < from + 12; k++) {
                // ("said cancer kills thousands every year and that …": a second content clause, no adverbial before the first;
                // but "in a filing with the Securities and Exchange Commission that …": "and" inside a name goes on)
                if (v.pos[k].equals("CCONJ") && !(pp && k > from + 1 && k + 1 < se && Character.isUpperCase(v.word[k - 1].charAt(0))
                        && Character.isUpperCase(v.word[k + 1].charAt(0)))) break;
                // ("in an op-ed/PUNCT for …": a hyphenated word the tagger took for punctuation)
                if (pp && v.isPunct(k) && (v.word[k].length() > 2 && Character.isLetter(v.word[k].charAt(0))
                        || v.word[k].equals("-") && k > from && k + 1 < se && v.end(k - 1) == v.begin(k) && v.end(k) == v.begin(k + 1))) continue;
                if (k > from && v.lower[k].equals("that")) return k + 1;
                // "affirmed, in a phone call with his Iranian counterpart, that …"
                if (k > from && v.pos[from].equals("ADP") && v.word[k].equals(",") && k + 1 < se && v.lower[k + 1].equals("that")) return k + 2;
                // "wrote on Twitter: …", "said in a statement “…”"
                if (k > from && v.pos[from].equals("ADP") && v.word[k].equals(":")) return k + 1;
                if (k > from && v.pos[from].equals("ADP") && isQuoteMark(k)) return k;
                // ("in a statement posted on its website that …": a participle after the adverbial's noun goes on with it)
                // ("in remarks broadcast on state television that …": an irregular participle in its base form too)
                boolean participle = pp && k > from + 1 && (v.lower[k].endsWith("ed") || v.lower[k].equals(v.lemma[k]) && k + 1 < se
                        && v.pos[k + 1].equals("ADP")) && v.pos[k - 1].equals("NOUN");
                if (v.isVerb(k) && !participle || v.isPunct(k) || isQuoteMark(k) || v.pos[k].equals("PRON") && !POSSESSIVE_PRON.contains(v.lower[k])) break;
            }
            return from;
        }

        /** A word of a time adverbial ("on Monday", "yesterday", "last week", "earlier this month"). */
        boolean timeWord(int k) {
            String w = v.lower[k];
            return DateResolver.isCalendarWord(v.word[k]) || w.equals("on") || w.equals("yesterday") || w.equals("today") || w.equals("earlier")
                    || TIME_MODIFIERS.contains(w) && !w.equals("that") || TIME_UNITS.contains(w) || v.pos[k].equals("NUM");
        }

        /** "said Tuesday its forces …", "said on Friday it had …": the content starts after a leading time adverbial. */
        int afterTime(int from, int se) {
            int k = from;
            if (k < se && v.lower[k].equals("on")) k++;
            int t = k;
            while (t < se && (DateResolver.isCalendarWord(v.word[t]) || v.pos[t].equals("NUM") && t > k || PART_OF_DAY.contains(v.lower[t]) && t > k)) t++;
            if (t == k) {
                if (k + 1 < se && TIME_MODIFIERS.contains(v.lower[k]) && TIME_UNITS.contains(v.lower[k + 1]) && !v.lower[k].equals("the") && !v.lower[k].equals("that")) t = k + 2;
                else return from;
            }
            if (t < se && v.word[t].equals(",")) t++;
            return t < se && (v.pos[t].equals("PRON") || v.pos[t].equals("DET") || v.pos[t].equals("PROPN") || v.actorAt[t] != null) ? t : from;
        }

        /** The reported clause ends at ", but …" or ";" when another speaker's cue follows there. */
        int contentEnd(int from, int se) {
            for (int k = from; k < se - 1; k++) {
                boolean brk = v.word[k].equals(";") || v.word[k].equals(",") && (v.lower[k + 1].equals("but") || v.lower[k + 1].equals("while") || v.lower[k + 1].equals("whereas"));
                if (!brk) continue;
                for (int j = k + 2; j < se; j++) {
                    if (v.isVerb(j) && !cuesFor(j).isEmpty()) return k;
                }
            }
            return se;
        }

        /** "told reporters in Moscow that …", "told Reuters the planes …": where the content starts after the addressee. */
        int afterAddressee(int from, int se) {
            int k = from;
            // ("stated to reporters that …": after an infinitive-looking "to" the tagger may read the listener noun as a verb)
            while (k < se && k < from + 8 && (npToken(k) || ADDRESSEE_NOUNS.contains(v.lemma[k])) && !v.lower[k].equals("that")) k++;
            if (k < se && v.lower[k].equals("that") && k > from) return thatOpening(k, se) ? k : k + 1;
            // "told reporters he had …": a common-noun addressee, then the clause's pronoun subject
            if (k > from && k < se && k - from <= 3 && v.pos[k].equals("PRON") && Speakers.isPronoun(v.lower[k]) && v.actorAt[from] == null) return k;
            // "told analysts the company did …", "told the jury Pellam had …": a one-noun addressee, then the clause
            int n = from < se && v.lower[from].equals("the") ? from + 1 : from;
            if (n + 1 < se && v.pos[n].equals("NOUN") && v.actorAt[n] == null && Character.isLowerCase(v.word[n].charAt(0))
                    && (v.pos[n + 1].equals("DET") || v.pos[n + 1].equals("PROPN") || v.actorAt[n + 1] != null)) {
                for (int j = n + 1; j < se && j < n + 8; j++) if (v.isVerb(j)) return n + 1;
            }
            // "told Tarnova the army …", "told the Herald the plan …": a name the article does not know as an actor (an outlet's
            // name), then a determiner or a pronoun opening the clause, with its verb
            int p = n;
            while (p < se && p < n + 4 && v.pos[p].equals("PROPN") && v.actorAt[p] == null) p++;
            if (p > n && p + 1 < se && (v.pos[p].equals("DET") && !v.lower[p].equals("that") || v.pos[p].equals("PRON") && Speakers.isPronoun(v.lower[p]))) {
                for (int j = p + 1; j < se && j < p + 8 && !v.isPunct(j); j++) if (v.isVerb(j)) return p;
            }
            if (from < se && v.actorAt[from] != null) {
                Mention m = v.actorAt[from];
                k = from;
                while (k < se && v.begin(k) < m.span().end()) k++;
                while (k < se && (v.word[k].equals(",") || v.lower[k].equals("that") && !thatOpening(k, se))) k++;
                if (k < se) return k;
            }
            return from;
        }

        /**
         * "told NBC News that can not occur", "said to reporters that was a lie": "that" right before a verb is the
         * reported clause's subject, not its complementizer, so the content starts at it.
         */
        boolean thatOpening(int k, int se) {
            if (k + 1 >= se) return false;
            String w = v.lower[k + 1];
            String l = v.lemma[k + 1];
            return MODALS.contains(w) || l.equals("be") || l.equals("have") || l.equals("do") || l.equals("will") || l.equals("shall");
        }

        /**
         * "… criticized NATO for its policy.": a cue whose object is the one accused, with a noun phrase right after it,
         * is not sentence-final even when no verb follows — the clause before the speaker is not what it reports.
         */
        boolean objectAfter(int from, int se, CueLexicon.Cue cue) {
            if (!cue.accuses() || from >= se) return false;
            String p = v.pos[from];
            return p.equals("PROPN") || p.equals("NOUN") || p.equals("DET") && !v.lower[from].equals("that") || p.equals("PRON") || v.actorAt[from] != null;
        }

        /**
         * "In a video posted online, the group claimed responsibility for the bombing": a noun phrase right after the cue
         * (no time, no listener) is its object, so the cue reports no clause before it.
         */
        boolean nounObjectAfter(int from, int se, CueLexicon.Cue cue) {
            // ("… the agency reported citing/NOUN a source": a participle the tagger misread)
            if (from >= se || ADDRESSING.contains(cue.words().get(0)) || v.lower[from].endsWith("ing")) return false;
            String p = v.pos[from];
            if (!(p.equals("DET") && !v.lower[from].equals("that") || p.equals("NOUN") || p.equals("ADJ") || p.equals("NUM"))) return false;
            // ("… the agency reported last week", "… said two days ago", "… said the same day", "reported the next morning":
            // a time, not an object, also with its time word two words on)
            for (int k = from + 1; k < se && k <= from + 2; k++) {
                if (TIME_UNITS.contains(v.lower[k]) || PART_OF_DAY.contains(v.lower[k]) || DateResolver.isCalendarWord(v.word[k])) return false;
            }
            if (timeWord(from) && !p.equals("DET")) return false;
            return from + 1 >= se || !v.isPunct(from + 1) || v.word[from + 1].equals(".");
        }

        /** "Shares fell after the company reported …": a speaker phrase after a subordinator heads a clause of its own, not a report of the clause before. */
        boolean subordinateSpeaker(int before) {
            return before > 0 && !v.word[before - 1].equals(",") && (v.pos[before - 1].equals("SCONJ") || v.pos[before - 1].equals("ADP"))
                    && SUBORDINATE.contains(v.lower[before - 1]) && !v.lower[before - 1].equals("as") && !v.lower[before - 1].equals("but");
        }

        /** A sentence-final cue: nothing after it but adverbials ("on Tuesday", "in a statement", "told reporters"). */
        boolean terminal(int from, int se) {
            for (int k = from; k < se; k++) {
                if (v.word[k].equals(",") && k + 1 < se && (SUBORDINATE.contains(v.lower[k + 1]) || AFTER_COMMA_SUBORDINATE.contains(v.lower[k + 1]))) return true;
                if (k == from && k > 0 && v.word[k - 1].equals(",") && AFTER_COMMA_SUBORDINATE.contains(v.lower[k])) return true;
                // "… the agency reported citing a medical source": the source phrase with its comma stripped
                if (k == from && (v.lower[k].equals("citing") || v.lower[k].equals("quoting"))) return true;
                // "…, the ministry said, adding that …" (the comma already passed), and "… the ministry said adding that …"
                // with the commas stripped: a participle cue goes on with a claim of its own
                if (k == from && v.isVerb(k) && v.lower[k].endsWith("ing") && k + 1 < se && v.lower[k + 1].equals("that")
                        && (k > 0 && v.word[k - 1].equals(",") || !cuesFor(k).isEmpty())) return true;
                // "…,” X said, according to the transcript", "…, speaking on condition of anonymity", ", adding that …":
                // a participle or a source phrase after a comma leaves the cue's clause complete
                // (after adverbials of any length: "… said in an interview shown Sunday on a news channel, discussing …")
                if (v.word[k].equals(",") && k + 1 < se && (k - from <= 6 || v.pos[from].equals("ADP")) && (v.lower[k + 1].equals("according") || v.isVerb(k + 1) && v.lower[k + 1].endsWith("ing"))) return true;
                // (the same with the cue's comma already passed: "…, two officials said, speaking on condition of anonymity"; a
                // participle that is a cue itself, "pointing to …", reports on its own and is left to its own reading)
                if (k == from && k > 0 && v.word[k - 1].equals(",") && v.isVerb(k) && v.lower[k].endsWith("ing") && cuesFor(k).isEmpty()) return true;
                // "Turnout was 38 percent, the commission said, compared with 29 percent in 2021": a participle with its
                // preposition right after the cue's comma qualifies the clause before, it opens no content clause
                if (k == from && k > 0 && v.word[k - 1].equals(",") && v.isVerb(k) && v.lower[k].endsWith("ed") && k + 1 < se && v.pos[k + 1].equals("ADP")) return true;
                // "told Horwaa Online, a news site based abroad": an apposition to the addressee, no clause
                if (v.word[k].equals(",") && k - from <= 4 && apposition(k + 1, se)) return true;
                if (k == from && k > 0 && v.word[k - 1].equals(",") && apposition(k, se)) return true;
                // "X said on NBC as his book was released", "prosecutors alleged Monday as the trial opened": a
                // subordinate clause after the adverbials, with no content clause of its own
                if ((v.pos[k].equals("SCONJ") || v.pos[k].equals("ADP")) && SUBORDINATE.contains(v.lower[k]) && !v.lower[k].equals("but") && noClauseMarkAfter(k + 1, se)) return true;
                // "told Bild in an interview due out Sunday", "in a statement released on Monday": a verb that
                // describes the adverbial's noun is no clause of its own
                // ("told the star-studded crowd": a verb form inside a hyphenated compound is no verb)
                // ("… the monitor said the following/VERB day": a time word read as a verb)
                boolean time = TIME_MODIFIERS.contains(v.lower[k]) && k + 1 < se && TIME_UNITS.contains(v.lower[k + 1]);
                if (v.isVerb(k) && !time && !v.lemma[k].equals("tell") && !adverbialVerb(from, k) && !(k > from && v.word[k - 1].equals("-") && v.end(k - 1) == v.begin(k))) return false;
                if (v.lower[k].equals("that") || isQuoteMark(k) || v.word[k].equals(":")) return false;
            }
            return true;
        }

        /**
         * Tokens [k, se) are a noun phrase set beside the one before: "the independent news site (run by …)", "a
         * daily based in …" — a determiner, modifiers and a noun, then the end, a preposition, a relative word or a
         * participle with its preposition; never a clause of its own ("the army shelled the town").
         */
        boolean apposition(int k, int se) {
            if (k >= se || !(v.lower[k].equals("the") || v.lower[k].equals("a") || v.lower[k].equals("an")) || !noClauseMarkAfter(k, se)) return false;
            int j = k + 1;
            while (j < se && j < k + 7 && (v.pos[j].equals("ADJ") || v.pos[j].equals("NOUN") || v.pos[j].equals("PROPN") || v.word[j].equals("-"))) j++;
            if (j == k + 1 || !v.pos[j - 1].equals("NOUN") && !v.pos[j - 1].equals("PROPN")) return false;
            if (j >= se || v.isPunct(j)) return j >= se || v.word[j].equals(".") && j == se - 1;
            if (v.pos[j].equals("ADP") || v.lower[j].equals("which") || v.lower[j].equals("who")) return true;
            return v.pos[j].equals("VERB") && j + 1 < se && (v.pos[j + 1].equals("ADP") || v.lower[j + 1].equals("by"));
        }

        /** No "that", quotation or colon from k to the sentence end. */
        boolean noClauseMarkAfter(int k, int se) {
            for (; k < se; k++) if (v.lower[k].equals("that") || isQuoteMark(k) || v.word[k].equals(":")) return false;
            return true;
        }

        /** The verb at k modifies the noun of a prepositional adverbial after the cue ("in an interview (to be) published …"). */
        boolean adverbialVerb(int from, int k) {
            int j = k - 1;
            // "in her released statement", "in a recorded message": a participle before the adverbial's noun, right after
            // its preposition and determiner (not "in Paris released a statement": no determiner; not "on Monday the
            // army shelled …": a finite verb with no noun right after it)
            boolean participle = v.lower[k].endsWith("ed") || !v.lower[k].equals(v.lemma[k]) && !v.lower[k].endsWith("s") && !v.lower[k].endsWith("ing");
            if (participle && k + 1 < v.n && v.pos[k + 1].equals("NOUN") && j - 1 >= from && v.pos[j - 1].equals("ADP")
                    && (v.pos[j].equals("DET") || POSSESSIVE_PRON.contains(v.lower[j]))) return true;
            if (v.lemma[k].equals("be") && j >= from && v.lower[j].equals("to")) j--;
            else if (j - 1 >= from && v.lemma[j].equals("be") && v.lower[j - 1].equals("to")) j -= 2;
            else if (!(v.lower[k].endsWith("ed") || !v.lower[k].equals(v.lemma[k]) && !v.lower[k].endsWith("s"))) return false;
            if (j < from || !v.pos[j].equals("NOUN")) return false;
            for (int i = j - 1; i >= from && i >= j - 4; i--) {
                if (v.pos[i].equals("ADP")) return true;
                // ("in his message released …": a possessive determiner too)
                // ("in a written statement released …": an attributive participle too)
                boolean attributive = v.isVerb(i) && v.pos[i + 1].equals("NOUN") && (v.lower[i].endsWith("ed") || v.lower[i].endsWith("en"));
                if (!(v.pos[i].equals("DET") || v.pos[i].equals("ADJ") || v.pos[i].equals("NOUN") || attributive || POSSESSIVE_PRON.contains(v.lower[i]))) return false;
            }
            return false;
        }

        /** There is a clause before the speaker phrase: at least three words and a verb. */
        boolean clauseBefore(int sb, int before) {
            int words = 0;
            boolean verb = false;
            for (int k = sb; k < before; k++) {
                if (!v.isPunct(k)) words++;
                if (v.isVerb(k)) verb = true;
            }
            return words >= 3 && verb;
        }

        /** Subject phrase before a cue: skips adverbs and auxiliaries, handles appositions ("X, a doctor, said"). */
        /**
         * "…, said Rami Abdulrahman, the head of the monitor" and the same with the commas stripped ("… killing nine
         * civilians said the Observatory"): the speaker phrase after a cue that follows a clause, or null.
         */
        int[] invertedAfter(int c0, int c1, int sb, int se) {
            int[] inv = npForward(c1, se);
            boolean comma = c0 > sb && (v.word[c0 - 1].equals(",") || isQuoteMark(c0 - 1));
            if (inv != null && clauseBefore(sb, c0)) {
                int after = inv[1];
                // ("… said Umm Khaled a mother of three whose house was destroyed": a relative clause may follow)
                boolean rel = after < se && (v.lower[after].equals("who") || v.lower[after].equals("whose"));
                // (with the full stops stripped too, a capitalised word after the phrase opens the next sentence:
                // "… said X a spokesman for the regional government He said …")
                boolean ok = comma ? after >= se || v.isPunct(after) || v.pos[after].equals("ADP") || rel
                        : after >= se || after == se - 1 && v.isPunct(after) || rel || runOn(after);
                Speakers.Resolved r = null;
                // "said Umm Khaled a mother of three": the name before an apposition whose commas were stripped (not the
                // body the apposition names: "said X a spokesman for the regional government")
                // (whatever follows the apposition when the commas are stripped: its phrase may run on past the tagger's reach)
                for (int k = inv[0] + 1; (ok || !comma) && r == null && k < inv[1]; k++) {
                    if (!v.pos[k].equals("DET") || !v.pos[k - 1].equals("PROPN") && !npToken(k - 1)) continue;
                    r = speakers.resolve(inv[0], k);
                    if (r != null && !ok && (r.how() != Speakers.How.NAME || speakers.type(r.key()) != org.claimgraph.model.EntityType.PERSON)) r = null;
                    if (r != null) inv = new int[]{inv[0], k};
                    break;
                }
                if (ok && r == null) r = speakers.resolve(inv[0], inv[1]);
                if (r != null) return inv;
            }
            return null;
        }

        /** Token k opens a new sentence the splitter missed (stripped full stops): a capitalised pronoun or determiner. */
        boolean runOn(int k) {
            return k > 0 && Character.isUpperCase(v.word[k].charAt(0)) && (v.pos[k].equals("PRON") || v.pos[k].equals("DET"))
                    && !v.isPunct(k - 1);
        }

        int[] subjectBefore(int c0, int sb) {
            int j = skipLeft(c0, sb);
            if (j < sb) return null;
            // "Russia opposes … and last month said …": a coordinated cue shares the subject of its clause
            if (v.pos[j].equals("CCONJ") && j > sb && !v.word[j - 1].equals(",")) {
                // after another cue of the sentence the claim shares that cue's speaker (see verbCue)
                if (lastDraftIn(v.sentenceOfOffset(v.begin(c0)), c0) != null) return null;
                int[] subj = null;
                for (int k = j - 1; k > sb && subj == null; k--) {
                    if (v.word[k].equals(";") || v.isQuote(k)) break;
                    if (v.pos[k].equals("VERB") && !v.lower[k].endsWith("ing")) subj = subjectBefore0(k, sb);
                }
                if (subj == null || v.actorAt[subj[1] - 1] == null) subj = mainSubject(v.sentenceOfOffset(v.begin(c0)), j);
                return subj != null && v.actorAt[subj[1] - 1] != null ? subj : null;
            }
            return subjectAt(j, sb);
        }

        /**
         * An unnamed source whose phrase runs on in a participle or prepositional modifier before the cue: the
         * nearest head noun of an unnamed source ("official", "source", "diplomat") left of the phrase [b, e), with
         * its determiner and modifiers; null when only nouns, modifiers and prepositions do not lead to one.
         */
        int[] unnamedBefore(int b, int e, int sb) {
            for (int k = e - 1; k >= sb && k >= e - 16; k--) {
                boolean head = v.pos[k].equals("NOUN") && Speakers.isUnnamedHead(v.lemma[k])
                        // "a government official directly involved …": the tagger read the head as an adjective
                        || v.pos[k].equals("ADJ") && Speakers.isUnnamedHead(v.lower[k]) && k + 1 < e
                            && (!v.pos[k + 1].equals("NOUN") && !v.pos[k + 1].equals("PROPN") || Speakers.postmodifierAt(v, k + 1))
                        // "Farmers/PROPN in three villages along the river say": a plural head opening the sentence, read as a name
                        // (or after a dateline's dash: "KARUPPUR (Agency) - Farmers in …")
                        // ("Officials/VERB familiar with …": or as a verb)
                        || (k == sb || k > sb && DASHES.contains(v.word[k - 1])) && k < b && (v.pos[k].equals("PROPN") || v.pos[k].equals("VERB")) && v.actorAt[k] == null && v.lower[k].endsWith("s") && v.lower[k].length() > 3
                            && Speakers.isUnnamedHead(v.lower[k].substring(0, v.lower[k].length() - 1));
                if (head && (k < b || k + 1 < e)) {
                    int h = k;
                    while (h - 1 >= sb && (v.pos[h - 1].equals("NOUN") || v.pos[h - 1].equals("ADJ") || v.pos[h - 1].equals("PROPN"))) h--;
                    if (h - 1 >= sb && (v.pos[h - 1].equals("DET") || v.pos[h - 1].equals("NUM"))) h--;
                    // "a schoolteacher from the town": the place stays with the source (as another of its names)
                    if (k + 1 < e && Speakers.LOCATIVE.contains(v.lower[k + 1]) && v.pos[k + 1].equals("ADP")) return new int[]{h, e};
                    // "two people familiar with the matter", "officials briefed on the talks": the postmodifier stays with the
                    // source when it can name it (the phrase as written), else the head phrase speaks and keeps it as another name
                    if (k + 2 < e && Speakers.postmodifierAt(v, k + 1)) return new int[]{h, k + 1, h, e};
                    // "an official with the ministry's fisheries bureau", "a member of the panel": a prepositional modifier
                    // of nouns only (no participle: "officials briefed on …" above) stays with the source when it can name it
                    if (k + 2 < e && v.pos[k + 1].equals("ADP") && HEAD_PREPOSITIONS.contains(v.lower[k + 1]) && nounsOnly(k + 2, e)) return new int[]{h, k + 1, h, e};
                    return new int[]{h, k + 1};
                }
                String p = v.pos[k];
                boolean modifier = p.equals("NOUN") || p.equals("ADJ") || p.equals("PROPN") || p.equals("DET") || p.equals("ADV") || p.equals("ADP")
                        || p.equals("NUM") || p.equals("VERB") && (v.lower[k].endsWith("ed") || v.lower[k].endsWith("ing"));
                if (!modifier || v.isPunct(k)) return null;
            }
            return null;
        }

        /**
         * An unnamed source with an adjective postmodifier right before the cue at c0, however the tagger read its words
         * ("Lawyers close/VERB to the case said", "Troops loyal to the general/ADJ said", "A senior official close/VERB
         * to Prime Minister Ruiz said"): the head noun of an unnamed source, "close/familiar/loyal …", a preposition and a
         * noun phrase up to the cue, the head opening the sentence (or after a comma or dash); {head phrase start, c0},
         * else null. Not a named body before the adjective ("The ministry, close to …") nor a clause in between.
         */
        int[] postmodifiedSource(int c0, int sb) {
            for (int j = c0 - 3; j > sb && j >= c0 - 9; j--) {
                if (!Speakers.POSTMODIFIER_ADJ.contains(v.lower[j]) || !v.pos[j + 1].equals("ADP")) continue;
                int k = j - 1;
                String w = v.lower[k];
                boolean head = (v.pos[k].equals("NOUN") || v.pos[k].equals("PROPN") || v.pos[k].equals("VERB")) && v.actorAt[k] == null
                        && (Speakers.isUnnamedHead(v.lemma[k]) || Speakers.isUnnamedHead(w)
                            || w.endsWith("s") && w.length() > 3 && Speakers.isUnnamedHead(w.substring(0, w.length() - 1)));
                if (!head) return null;
                for (int t = j + 2; t < c0; t++) {
                    String p = v.pos[t];
                    if (v.isPunct(t) && !isPossessive(t) || p.equals("AUX") || p.equals("PRON") || p.equals("SCONJ") || p.equals("CCONJ")
                            || p.equals("VERB") && !Character.isUpperCase(v.word[t].charAt(0))) return null;
                }
                int h = k;
                while (h - 1 >= sb && (v.pos[h - 1].equals("ADJ") || v.pos[h - 1].equals("NOUN") || v.pos[h - 1].equals("NUM"))) h--;
                if (h - 1 >= sb && (v.pos[h - 1].equals("DET") || v.pos[h - 1].equals("NUM"))) h--;
                if (!(h == sb || v.word[h - 1].equals(",") || DASHES.contains(v.word[h - 1]))) return null;
                return new int[]{h, c0};
            }
            return null;
        }

        /**
         * The phrase starting at b is the agent of a reduced passive relative ("a man arrested by police", "a woman shot
         * dead by police"): the noun phrase before the participle, else null.
         */
        int[] reducedPassiveHead(int b, int sb) {
            if (b - 1 <= sb || !v.lower[b - 1].equals("by")) return null;
            int p = b - 2;
            while (p > sb && (v.pos[p].equals("ADJ") || v.pos[p].equals("ADV")) && p >= b - 4) p--; // "shot dead"
            // (a participle spelled like its base form, or read as a noun: "shot/NOUN by", words-attribution IRREGULAR_PARTICIPLES)
            boolean irregular = p > sb && IRREGULAR_PARTICIPLES.contains(v.lower[p]) && (v.pos[p].equals("VERB") || v.pos[p].equals("NOUN"));
            if (!irregular && (p <= sb || !v.pos[p].equals("VERB") || v.lower[p].endsWith("ing") || v.lower[p].endsWith("s") || v.lower[p].equals(v.lemma[p])
                    && !v.lower[p].endsWith("ed"))) return null;
            if (!(v.pos[p - 1].equals("NOUN") || v.pos[p - 1].equals("PROPN"))) return null;
            // (not a document: "a report published by Amnesty says" is Amnesty's, see Speakers#documentAuthor)
            if (Speakers.isDocument(v.lemma[p - 1])) return null;
            int[] h = npLeft(p - 1, sb);
            return h != null && h[1] == p ? h : null;
        }

        /**
         * The phrase ending at token j is a reduced relative: a participle ("stationed", "trapped", "injured", "working"),
         * perhaps a particle or adverb, and one to three prepositional phrases ("in the town", "by fighting in the north")
         * up to j, after the noun phrase it modifies, which opens the sentence or follows a comma or dash: that noun
         * phrase, else null. Not a source right before j after another noun, where a scraper dropped the comma
         * ("Police fired at protesters officials said": the officials speak).
         */
        int[] reducedRelativeHead(int j, int sb) {
            // (a head after a determiner the tagger read as an adjective: "in the blast/ADJ told")
            if (j <= sb || !(v.pos[j].equals("NOUN") || v.pos[j].equals("PROPN") || v.pos[j].equals("ADJ") && v.pos[j - 1].equals("DET"))) return null;
            if (Speakers.isUnnamedHead(v.lemma[j]) && (v.pos[j - 1].equals("NOUN") || v.pos[j - 1].equals("PROPN"))) return null;
            int k = j;
            for (int pp = 0; pp < 3; pp++) {
                // the preposition's object (a gerund right after the preposition too: "by fighting")
                int t = k;
                while (t > sb && (npToken(t) && !v.pos[t].equals("ADP") || v.pos[t].equals("VERB") && v.lower[t].endsWith("ing") && v.pos[t - 1].equals("ADP"))) t--;
                // ("shot by/SCONJ soldiers": the agent's "by" however tagged)
                if (t == k || t <= sb || !(v.pos[t].equals("ADP") || v.lower[t].equals("by"))) return null;
                int p = t - 1;
                // "laid off at", "stationed permanently in"
                if (p > sb && (v.pos[p].equals("ADV") || v.pos[p].equals("ADP") && v.pos[p - 1].equals("VERB"))) p--;
                String w = v.lower[p];
                // (a participle spelled like its base form or read as a noun: "hurt", "hit", "shot/NOUN", words-attribution
                // IRREGULAR_PARTICIPLES)
                boolean participle = v.pos[p].equals("VERB") && (w.endsWith("ed") || w.endsWith("ing") || !w.equals(v.lemma[p]) && !w.endsWith("s"))
                        || v.pos[p].equals("ADJ") && w.endsWith("ed")
                        || IRREGULAR_PARTICIPLES.contains(w) && (v.pos[p].equals("VERB") || v.pos[p].equals("NOUN") || v.pos[p].equals("ADJ"));
                if (participle) {
                    if (p - 1 < sb || !(v.pos[p - 1].equals("NOUN") || v.pos[p - 1].equals("PROPN"))) return null;
                    int[] h = npLeft(p - 1, sb);
                    if (h == null || h[1] != p) return null;
                    if (!(h[0] == sb || v.word[h[0] - 1].equals(",") || DASHES.contains(v.word[h[0] - 1]))) return null;
                    return h;
                }
                if (t - 1 <= sb || !(v.pos[t - 1].equals("NOUN") || v.pos[t - 1].equals("PROPN"))) return null;
                k = t - 1;
            }
            return null;
        }

        /** Tokens [b, e) are a noun phrase: determiners, numbers, adjectives, nouns, names and possessive marks only. */
        boolean nounsOnly(int b, int e) {
            for (int k = b; k < e; k++) {
                String p = v.pos[k];
                if (!(p.equals("DET") || p.equals("NUM") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || isPossessive(k))) return false;
            }
            return true;
        }

        /** The subject phrase ending at token j (a pronoun, a parenthetical, a noun phrase). */
        int[] subjectAt(int j, int sb) {
            if (j < sb) return null;
            if (v.pos[j].equals("PRON") || Speakers.isPronoun(v.lower[j])) {
                if (v.lower[j].equals("who") || v.lower[j].equals("which") || v.lower[j].equals("that")) return relativeHead(j, sb);
                return new int[]{j, j + 1};
            }
            if (v.word[j].equals(",")) return parenthetical(j, sb);
            // "The ministry – which is run by the rebels – said": a parenthesis set off by dashes, as by commas
            if (DASHES.contains(v.word[j])) return parenthetical(j, sb);
            // "The World Health Organization (WHO) said …": an abbreviation in brackets after the name belongs to it; the
            // phrase before the brackets is the subject. Not a bracket holding other words ("(pictured)", "(in 2019)").
            if (v.word[j].equals(")")) {
                int o = j - 1;
                while (o > sb && o >= j - 4 && !v.word[o].equals("(")) o--;
                boolean abbreviation = o > sb && v.word[o].equals("(") && o < j - 1;
                for (int k = o + 1; abbreviation && k < j; k++) abbreviation = abbreviationWord(k);
                if (abbreviation) return npLeft(o - 1, sb);
            }
            return npLeft(j, sb);
        }

        /** The subject of the verb at token c (adverbs and auxiliaries skipped), without looking further back. */
        int[] subjectBefore0(int c, int sb) {
            int j = c - 1;
            while (j >= sb && (v.pos[j].equals("ADV") || v.pos[j].equals("AUX") || AUXILIARY.contains(v.lemma[j]))) j--;
            return j >= sb && !v.pos[j].equals("CCONJ") ? subjectAt(j, sb) : null;
        }

        /**
         * "NAME, a doctor at the hospital, said", "NAME, who heads the monitor, said", "A spokesman for the
         * coalition, Colonel NAME, said": the head before the parenthetical, or the proper name in apposition
         * to a description (then {b, e, descB, descE}, the description kept as another name of the speaker).
         */
        int[] parenthetical(int j, int sb) {
            int k = j - 1;
            int limit = Math.max(sb, j - 40);
            String mark = v.word[j];
            // ("X — a model who starred in “Ocean Road” – said": a dash opens what any dash closes, and a title quoted
            // whole inside a dashed parenthesis, its marks paired, does not end it; an unpaired mark still does. Between
            // commas any quotation mark still ends the look back: ", “…,” he said, …" is no parenthesis)
            boolean dash = DASHES.contains(mark);
            int marks = 0;
            while (k >= limit && !(dash ? DASHES.contains(v.word[k]) : v.word[k].equals(mark)) && !v.word[k].equals(";") && (dash || !isQuoteMark(k))) {
                if (isQuoteMark(k)) marks++;
                k--;
            }
            if (k < limit || marks % 2 != 0 || !(dash ? DASHES.contains(v.word[k]) : v.word[k].equals(mark)) || k + 1 >= j) return null;
            if (marks > 0 && !pairedQuotes(k + 1, j)) return null;
            int[] head = headBefore(k, sb);
            if (head == null) return null;
            if (v.lower[k + 1].equals("who") || v.lower[k + 1].equals("which") || v.lower[k + 1].equals("whose")) return head;
            int[] appo = npForward(k + 1, j);
            // "Head of the Russian Reconciliation Center, Major General Oleg Zhuravlev, said": a role of a named body
            // (and "the head of the Russian Center …, Rear Admiral Y, told")
            int h0 = v.pos[head[0]].equals("DET") && head[1] - head[0] > 3 ? head[0] + 1 : head[0];
            // ("the Foreign Minister of EU member Austria, Karl Vogt, criticized": title words before "of")
            boolean role = false;
            for (int p = h0 + 1; p < head[1] - 1 && p <= h0 + 3 && !role; p++) {
                if (!(v.lower[p].equals("of") || v.lower[p].equals("for"))) {
                    if (!(v.pos[p].equals("NOUN") || v.pos[p].equals("PROPN")) || v.actorAt[p] != null) break;
                    continue;
                }
                // (the first title word may be read as an adjective: "Foreign/ADJ Minister")
                role = (v.pos[h0].equals("NOUN") || v.pos[h0].equals("PROPN") || p > h0 + 1 && v.pos[h0].equals("ADJ") && Character.isUpperCase(v.word[h0].charAt(0)))
                        && v.actorAt[h0] == null;
            }
            if (appo != null && appo[1] == j && properName(appo) && (!properName(head) || role) && !pluralOfHead(head)) return new int[]{appo[0], appo[1], head[0], head[1]};
            // ("Relatives of one of the men, Ion Popa, 46, told": the name and age are the man's, the relatives speak)
            if (appo != null && appo[1] == j && allNumbers(appo)) {
                int[] group = groupBeforeName(head, sb);
                if (group != null) return group;
            }
            return head;
        }

        /**
         * The phrase is a plural unnamed head with an "of" phrase ("Relatives of one of the men", "Colleagues of the
         * reporter"): a single name in apposition after it names the "of" phrase's person, not the group that speaks.
         */
        boolean pluralOfHead(int[] np) {
            int h = np[0];
            if (h < np[1] && v.pos[h].equals("DET")) h++;
            if (h + 2 >= np[1] || !v.pos[h].equals("NOUN") || v.lower[h].equals(v.lemma[h]) || !Speakers.isUnnamedHead(v.lemma[h])) return false;
            return v.lower[h + 1].equals("of");
        }

        /** A plural "of" group right before the name in apposition to its "of" phrase ("Relatives of one of the men, NAME"), or null. */
        int[] groupBeforeName(int[] named, int sb) {
            if (named[0] - 2 < sb || !v.word[named[0] - 1].equals(",") || !properName(named)) return null;
            int[] group = npLeft(named[0] - 2, sb);
            if (group == null || group[1] != named[0] - 1 || !pluralOfHead(group)) return null;
            return group;
        }

        boolean allNumbers(int[] np) {
            for (int i = np[0]; i < np[1]; i++) if (!v.pos[i].equals("NUM")) return false;
            return true;
        }

        /** The quotation marks in tokens [b, e) pair up, each opening one closed before the next opens. */
        boolean pairedQuotes(int b, int e) {
            boolean open = false;
            for (int k = b; k < e; k++) {
                if (!isQuoteMark(k)) continue;
                String w = v.word[k];
                if (w.equals("“") || w.equals("«") || w.equals("„")) { if (open) return false; open = true; }
                else if (w.equals("”") || w.equals("»")) { if (!open) return false; open = false; }
                else open = !open; // a straight mark opens or closes by turn
            }
            return !open;
        }

        /** The phrase ends in a proper name (a name token or a person/organisation mention). */
        boolean properName(int[] np) {
            int last = np[1] - 1;
            return v.pos[last].equals("PROPN") && Character.isUpperCase(v.word[last].charAt(0));
        }

        /** "X, who …, said": the phrase before the relative pronoun. */
        int[] relativeHead(int j, int sb) {
            int k = j - 1;
            if (k >= sb && v.word[k].equals(",")) return headBefore(k, sb);
            return k >= sb ? npLeft(k, sb) : null;
        }

        /**
         * The noun phrase that ends right before the comma at k, the head of a parenthetical: past an age ("Peter
         * Hollis, 61, who …"), past an abbreviation in brackets ("The National Unity Government (NUG), the …"), and
         * with the prepositional modifier of an indefinite head ("A diplomat from an EU member state, who …").
         */
        int[] headBefore(int k, int sb) {
            int e = k;
            // "Sheng Ding, MD, PhD, said": degrees and suffixes set off by commas belong to the name before them
            while (e - 2 >= sb && CREDENTIALS.contains(v.word[e - 1]) && v.word[e - 2].equals(",")) e -= 2;
            if (e - 1 >= sb && v.word[e - 1].equals(")")) {
                int o = e - 2;
                while (o >= sb && o >= e - 8 && !v.word[o].equals("(")) o--;
                if (o >= sb && v.word[o].equals("(")) e = o;
            }
            int[] head = e - 1 >= sb ? npLeft(e - 1, sb) : null;
            // ("The firm named in the lawsuit, X, said": the phrase before a reduced relative)
            if (head == null && e - 1 > sb) return reducedRelativeHead(e - 1, sb);
            if (head == null || head[1] != e) return null;
            boolean age = true;
            for (int i = head[0]; i < head[1]; i++) if (!v.pos[i].equals("NUM")) age = false;
            if (age && head[0] - 2 >= sb && v.word[head[0] - 1].equals(",")) {
                int[] named = npLeft(head[0] - 2, sb);
                if (named != null && named[1] == head[0] - 1) {
                    int[] group = groupBeforeName(named, sb);
                    return group != null ? group : named;
                }
            }
            int p = head[0] - 1;
            if (p - 1 >= sb && v.pos[p].equals("ADP") && (v.lower[p].equals("from") || v.lower[p].equals("in") || v.lower[p].equals("at")
                    || v.lower[p].equals("with") || v.lower[p].equals("of")) && v.pos[p - 1].equals("NOUN") && Speakers.isUnnamedHead(v.lemma[p - 1])) {
                int[] outer = npLeft(p - 1, sb);
                if (outer != null && outer[1] == p && (v.lower[outer[0]].equals("a") || v.lower[outer[0]].equals("an") || v.lower[outer[0]].equals("one")))
                    return new int[]{outer[0], head[1]};
            }
            return head;
        }

        int[] npLeft(int j, int sb) {
            int e = j + 1;
            while (j >= sb && npToken(j)) j--;
            int b = j + 1;
            boolean startedWithAdp = false;
            while (b < e && (v.pos[b].equals("ADP") || v.pos[b].equals("CCONJ") || v.isPunct(b))) { b++; startedWithAdp = true; }
            if (b >= e) return null;
            // "One resident said": the numeral the tagger read as a pronoun stays with its noun
            if (b - 1 >= sb && b == j + 1 && v.lower[b - 1].equals("one") && v.pos[b].equals("NOUN")) b--;
            // "Its commander told": a possessive before a lone role noun names another person, kept with it
            else if (b - 1 >= sb && b == e - 1 && POSSESSIVE_PRON.contains(v.lower[b - 1]) && v.pos[b].equals("NOUN") && Speakers.isUnnamedHead(v.lemma[b])) b--;
            // "killed in the shelling residents said", "near the market officials said": where a scraper dropped the comma, a
            // plural source head after the singular noun a preposition governs is the subject alone, the noun phrase before
            // it the object of that preposition (no subject opens with one)
            int h = e - 1;
            if (h - 1 >= b && v.pos[h].equals("NOUN") && !v.lower[h].equals(v.lemma[h]) && Speakers.isUnnamedHead(v.lemma[h])
                    && v.pos[h - 1].equals("NOUN") && v.lower[h - 1].equals(v.lemma[h - 1])
                    && (startedWithAdp || b - 1 >= sb && v.pos[b - 1].equals("ADP"))) return new int[]{h, e};
            // "killed in the strike the ministry said": likewise an article right after the preposition's noun opens the subject,
            // before a plain speech verb that ends the clause (not a relative clause with no "that": "angry about the policy
            // the government announced last week", "died in the raid the police described as routine")
            if ((startedWithAdp || b - 1 >= sb && v.pos[b - 1].equals("ADP")) && plainSpeechEnds(e)) {
                for (int k = e - 2; k > b; k--) {
                    if (v.pos[k].equals("DET") && ARTICLE_WORDS.contains(v.lower[k]) && (v.pos[k - 1].equals("NOUN") || v.pos[k - 1].equals("PROPN"))) return new int[]{k, e};
                }
            }
            // "states involved in the coalition claim …": a reduced relative, not the subject
            if (startedWithAdp && j >= sb && v.isVerb(j)) return null;
            return new int[]{b, e};
        }

        private static final Set<String> ARTICLE_WORDS = Set.of("the", "a", "an");
        private static final Set<String> PLAIN_SPEECH = WORDS.set("PLAIN_SPEECH");

        /** A plain speech verb at token c (after adverbs) with nothing after it but adverbials, a listener or the sentence's end. */
        boolean plainSpeechEnds(int c) {
            while (c < v.n && v.pos[c].equals("ADV")) c++;
            if (c >= v.n || !v.isVerb(c) || !PLAIN_SPEECH.contains(v.lemma[c])) return false;
            int k = c + 1, se = v.sentEnd[v.sent[c]];
            if (k >= se || v.isPunct(k) || v.pos[k].equals("ADP") || timeWord(k)) return true;
            return v.lemma[c].equals("tell");
        }

        int[] npForward(int b, int se) {
            int k = b;
            while (k < se && (npToken(k) || v.pos[k].equals("PRON") && (Speakers.isPronoun(v.lower[k])) && k == b)) k++;
            int e = k;
            while (e > b && (v.pos[e - 1].equals("ADP") || v.pos[e - 1].equals("CCONJ") || v.isPunct(e - 1))) e--;
            return e > b ? new int[]{b, e} : null;
        }

        /** "if (the U.S.) President …": a conditional word just before the subject phrase (its modifiers skipped). */
        boolean conditionalBefore(int b) {
            // (the sentence splitter may have cut after "U.S.", so the look goes back past the sentence start)
            for (int k = b - 1; k >= 0 && k >= b - 5; k--) {
                if (CONDITIONAL.contains(v.lower[k])) return true;
                String p = v.pos[k];
                if (!(p.equals("DET") || p.equals("PROPN") || p.equals("ADJ") || p.equals("NOUN") || v.word[k].equals("."))) return false;
            }
            return false;
        }

        /** The token before the cue at c0 once adverbs, auxiliaries and time adverbials are skipped. */
        int skipLeft(int c0, int sb) {
            int j = c0 - 1;
            while (true) {
                while (j >= sb && (v.pos[j].equals("ADV") || v.pos[j].equals("AUX") || AUXILIARY.contains(v.lemma[j])
                        || v.pos[j].equals("PART") && !isPossessive(j))) j--;
                int t = timeBefore(j, sb);
                if (t == j) return j;
                j = t;
            }
        }

        /**
         * Skips a time adverbial that ends at token j ("on Tuesday", "last week", "earlier this month", "Monday
         * night", "yesterday"); returns the token before it, or j when there is none.
         */
        int timeBefore(int j, int sb) {
            if (j < sb) return j;
            int k = j;
            if (PART_OF_DAY.contains(v.lower[k]) && k - 1 >= sb && DateResolver.isCalendarWord(v.word[k - 1])) k--;
            if (DateResolver.isCalendarWord(v.word[k]) || TIME_UNITS.contains(v.lower[k]) && k - 1 >= sb && TIME_MODIFIERS.contains(v.lower[k - 1])) {
                k--;
                while (k >= sb && (TIME_MODIFIERS.contains(v.lower[k]) || v.pos[k].equals("NUM"))) k--;
                if (k >= sb && (v.lower[k].equals("on") || v.lower[k].equals("in") || v.lower[k].equals("earlier") || v.lower[k].equals("late"))) k--;
                // a bare month or weekday is a time only after a name or a comma ("Cardin Thursday said")
                return k;
            }
            return j;
        }

        /** The subject of the sentence's main clause, for participial cues. */
        int[] mainSubject(int s, int limit) {
            int sb = v.sentFirst[s];
            // "Asked whether …, X declined to comment, saying …": a fronted participial clause is not the subject
            if (v.pos[sb].equals("VERB") && (v.lower[sb].endsWith("ed") || v.lower[sb].endsWith("ing"))) {
                int k = sb + 1;
                while (k < limit && !v.word[k].equals(",")) k++;
                if (k + 1 < limit) sb = k + 1;
            }
            int firstVerb = -1, firstComma = -1;
            for (int k = sb; k < limit; k++) {
                if (firstComma < 0 && v.word[k].equals(",")) firstComma = k;
                if (v.pos[k].equals("VERB")) { firstVerb = k; break; }
            }
            if (firstVerb < 0) return null;
            int b = sb;
            if (firstComma >= 0 && firstComma < firstVerb && (v.pos[sb].equals("ADP") || v.pos[sb].equals("ADV") || v.pos[sb].equals("SCONJ")
                    || v.lower[sb].equals("last") || v.lower[sb].equals("yesterday") || v.lower[sb].equals("today"))) b = firstComma + 1;
            int[] np = npForward(b, firstVerb);
            return np;
        }

        boolean npToken(int k) {
            String p = v.pos[k];
            if (p.equals("PROPN") || p.equals("NOUN") || p.equals("ADJ") || p.equals("DET") || p.equals("NUM") || p.equals("X") || p.equals("SYM")) return true;
            if (isPossessive(k)) return true;
            // "SANA's" kept whole by the tokenizer and read as a verb
            if (v.actorAt[k] != null && (v.lower[k].endsWith("'s") || v.lower[k].endsWith("’s"))) return true;
            if (v.word[k].contains("-") && v.word[k].length() > 1) return true;
            if (v.word[k].equals("-") || k > 0 && v.word[k - 1].equals("-") && v.begin(k) == v.end(k - 1)
                    || k + 1 < v.n && v.word[k + 1].equals("-") && v.end(k) == v.begin(k + 1)) return inWord(k);
            if (p.equals("ADP") && (v.lower[k].equals("of") || v.lower[k].equals("at") || v.lower[k].equals("for") || v.lower[k].equals("to") || v.lower[k].equals("in"))) return true;
            if ((v.lower[k].equals("and") || v.lower[k].equals("&")) && k > 0 && k + 1 < v.n && v.pos[k - 1].equals("PROPN") && v.pos[k + 1].equals("PROPN")) return true;
            if (p.equals("ADV") && k + 1 < v.n && v.pos[k + 1].equals("ADJ") && !WH.contains(v.lower[k])) return true; // "presently undisclosed", not "how many"
            if (v.actorAt[k] != null && !v.isVerb(k)) return true;
            if (Speakers.verbModifier(v, k)) return true;
            // "Strang/VERB fully acknowledges …": a name opening the sentence the tagger read as a verb
            if (v.actorAt[k] != null && k == v.sentFirst[v.sent[k]] && Character.isUpperCase(v.word[k].charAt(0))) return true;
            // "Human Rights Watch/VERB": a later word of a multi-word name the tagger read as a verb
            if (v.actorAt[k] != null && v.firstToken(v.actorAt[k]) < k) return true;
            // "FBI Special/VERB Agent Laura Benson": a capitalised word inside a run of names is a name word
            if (k > 0 && k + 1 < v.n && Character.isUpperCase(v.word[k].charAt(0)) && v.sent[k - 1] == v.sent[k]
                    && v.pos[k - 1].equals("PROPN") && v.pos[k + 1].equals("PROPN")) return true;
            // "said Umm Khaled/VERB a mother of three": the capitalised word after a first name, mid-sentence
            if (k > 0 && Character.isUpperCase(v.word[k].charAt(0)) && v.word[k].length() > 2 && Character.isLowerCase(v.word[k].charAt(1))
                    && v.sent[k - 1] == v.sent[k] && k - 1 > v.sentFirst[v.sent[k]] && v.pos[k - 1].equals("PROPN") && Character.isUpperCase(v.word[k - 1].charAt(0))
                    && (k + 1 >= v.n || v.sent[k + 1] != v.sent[k] || v.pos[k + 1].equals("DET") || v.isPunct(k + 1))) return true;
            // ", Yevgeny/CCONJ Balitsky,": a capitalised word the tagger misread, opening a name
            if (k > 0 && k + 1 < v.n && Character.isUpperCase(v.word[k].charAt(0)) && Character.isLowerCase(v.word[k].charAt(v.word[k].length() - 1))
                    && v.sent[k - 1] == v.sent[k] && v.word[k - 1].equals(",") && v.pos[k + 1].equals("PROPN") && Character.isUpperCase(v.word[k + 1].charAt(0))) return true;
            return false;
        }

        /** A hyphen or hyphenated part glued to its neighbours ("US-led"). */
        boolean inWord(int k) {
            return k > 0 && v.end(k - 1) == v.begin(k) || k + 1 < v.n && v.end(k) == v.begin(k + 1);
        }

        boolean isPossessive(int k) { return v.word[k].equals("’s") || v.word[k].equals("'s") || v.word[k].equals("’") || v.word[k].equals("'"); }

        boolean isQuoteMark(int k) { return v.isQuote(k); }

        /**
         * The quote that ends before the speaker phrase at offset: "“…,” X said", "“…,” deputy envoy Jane Roe
         * wrote" — a closing mark (or comma) right after the quote, then only the speaker's words, no newline.
         */
        Span quoteEndingBefore(int offset) {
            for (int i = quotes.size() - 1; i >= 0; i--) {
                Span q = quotes.get(i);
                if (q.end() > offset) continue;
                String gap = a.body().substring(q.end(), offset);
                if (GAP_TIGHT.matcher(gap).matches()) return q;
                if (gap.length() < 160 && GAP_SPEAKER.matcher(gap).matches()) return q;
                // "“…,” Maryland Sen. NAME, …, said": the comma inside the quote, a title the sentence splitter cut at
                if (gap.length() < 160 && q.length() > 0 && ",?!…".indexOf(a.body().charAt(q.end() - 1)) >= 0
                        && GAP_TITLED_SPEAKER.matcher(gap).matches()) return q;
                return null;
            }
            return null;
        }

        /** "“…,” he said, “…”": the second half, starting right after the cue's clause. */
        Span quoteStartingAfter(int offset, int se) {
            int sentEnd = v.end(se - 1);
            for (Span q : quotes) {
                if (q.begin() < offset) continue;
                String gap = a.body().substring(offset, q.begin());
                if (q.begin() <= sentEnd + 2 && GAP_SECOND_HALF.matcher(gap).matches()) return q;
                return null;
            }
            return null;
        }

        Span quoteStartingAt(int offset) {
            for (Span q : quotes) {
                if (q.begin() >= offset && q.begin() <= offset + 2 && GAP_OPEN.matcher(a.body().substring(offset, q.begin())).matches()) return q;
                if (q.begin() > offset + 2) break;
            }
            return null;
        }

        Span nextParagraph(int offset) {
            int p = v.paragraphOf(Math.max(0, offset - 1));
            if (p + 1 >= v.paragraphs.size()) return null;
            Span next = v.paragraphs.get(p + 1);
            return next.begin() >= offset ? next : null;
        }

        Span trim(Span s) {
            String b = a.body();
            int x = s.begin(), y = s.end();
            while (x < y && (Character.isWhitespace(b.charAt(x)) || b.charAt(x) == ',' || b.charAt(x) == ':')) x++;
            while (y > x && (Character.isWhitespace(b.charAt(y - 1)) || ",;:—–-".indexOf(b.charAt(y - 1)) >= 0)) y--;
            return new Span(x, y);
        }

        /**
         * An embedded post: a paragraph ending in "— NAME (@handle) DATE" is NAME's statement, one claim per
         * sentence (the form social-media embeds take when a page is scraped to text).
         */
        void tweets() {
            for (Span p : v.paragraphs) {
                String para = a.body().substring(p.begin(), p.end());
                if (para.indexOf('@') < 0) continue; // the signature ends with a handle: most paragraphs have none
                java.util.regex.Matcher m = EMBED_SIGNATURE.matcher(para);
                if (!m.find()) continue;
                int nb = p.begin() + m.start("name"), ne = p.begin() + m.end("name");
                int t0 = v.tokenAtOrAfter(nb), t1 = v.tokenEndingBy(ne) + 1;
                if (t0 >= t1) continue;
                Speakers.Resolved sp = speakers.resolve(t0, t1);
                if (sp == null) continue;
                speakers.addAlt(sp.key(), m.group("handle"));
                int end = p.begin() + m.start();
                for (int s = v.sentenceOfOffset(p.begin()); s < v.sentFirst.length && v.sentenceSpan(s).begin() < end; s++) {
                    Span ss = v.sentenceSpan(s);
                    Span part = trim(new Span(Math.max(ss.begin(), p.begin()), Math.min(ss.end(), end)));
                    if (words(part) < 3 || !hasVerb(part)) continue;
                    drafts.add(statement(sp, part, part, deniedIn(sp.key(), part) ? Stance.DENIES : Stance.ALLEGES, 0.8));
                }
            }
        }

        /** A statement of a resolved speaker (the caller sets the cue when there is one). */
        Draft statement(Speakers.Resolved sp, Span content, Span quote, Stance stance, double confidence) {
            Draft d = new Draft();
            d.speaker = sp.key();
            d.speakerSpan = sp.span();
            d.content = content;
            d.quote = quote;
            d.stance = stance;
            d.confidence = confidence;
            return d;
        }

        /**
         * "DRAGANOVA: Yesterday our border police held three vans …": in a transcript each statement after a
         * speaker's label is that speaker's, the label naming an actor the article already introduced; questions
         * and greetings state nothing.
         */
        void transcript() {
            // a transcript labels several answers; one "NEW DELHI:" or "UKRAINE:" opening is a dateline or a heading
            // (an answer may run over unlabelled paragraphs up to the next question; not past the last one, where an
            // editor's closing note stands: "This interview has been edited for length")
            int labelled = 0, answers = 0, firstQuestion = -1, lastQuestion = -1;
            for (Span p : v.paragraphs) {
                String head = a.body().substring(p.begin(), Math.min(p.end(), p.begin() + 80));
                if (TRANSCRIPT_LABEL.matcher(head).lookingAt()) labelled++;
                char kind = qaKind(QA_LABEL.matcher(head));
                if (kind == 'A') answers++;
                if (kind == 'Q') { if (firstQuestion < 0) firstQuestion = p.begin(); lastQuestion = p.begin(); }
            }
            // "Q: … A: …": an interview's answers are those of the one person it says it interviews
            Speakers.Resolved interviewee = firstQuestion >= 0 && answers >= 2 ? interviewee(firstQuestion) : null;
            if (labelled < 2 && interviewee == null) return;
            boolean inAnswer = false;
            for (Span p : v.paragraphs) {
                String head = a.body().substring(p.begin(), Math.min(p.end(), p.begin() + 80));
                java.util.regex.Matcher m = TRANSCRIPT_LABEL.matcher(head);
                java.util.regex.Matcher qa = QA_LABEL.matcher(head);
                Speakers.Resolved sp;
                int start;
                char kind = qaKind(qa);
                boolean answer = interviewee != null && kind == 'A';
                boolean continued = interviewee != null && inAnswer && kind == 0 && !m.lookingAt() && p.begin() < lastQuestion;
                inAnswer = answer || continued;
                if (answer || continued) {
                    sp = interviewee;
                    start = answer ? p.begin() + qa.end() : p.begin();
                } else {
                    if (labelled < 2 || !m.lookingAt() || NOT_SPEAKER_LABELS.contains(m.group("name").toLowerCase(java.util.Locale.ROOT))) continue;
                    int t0 = v.tokenAtOrAfter(p.begin() + m.start("name")), t1 = v.tokenEndingBy(p.begin() + m.end("name")) + 1;
                    if (t0 >= t1) continue;
                    sp = speakers.resolve(t0, t1);
                    if (sp == null || sp.how() == Speakers.How.NEW_NAME || sp.how() == Speakers.How.PRONOUN) continue;
                    org.claimgraph.model.Entity who = speakers.entities.get(sp.key());
                    if (who == null || who.type() != org.claimgraph.model.EntityType.PERSON) continue;
                    start = p.begin() + m.end();
                }
                boolean rebutting = false;
                boolean askedAboutAccusation = reportsAccusation(previousParagraph(p));
                for (int s = v.sentenceOfOffset(start); s < v.sentFirst.length && v.sentenceSpan(s).begin() < p.end(); s++) {
                    Span ss = v.sentenceSpan(s);
                    if (ss.end() <= start) continue;
                    Span part = trim(new Span(Math.max(ss.begin(), start), Math.min(ss.end(), p.end())));
                    String text = a.body().substring(part.begin(), part.end()).strip();
                    // "That is simply not true.", "We reject that interpretation.": what follows in the answer rebuts; a
                    // bare "No." only when the question put an accusation ("X says your police fired …"), not "Will you resign?"
                    boolean rejects = TRANSCRIPT_REJECTION.matcher(text).find() && (askedAboutAccusation || !BARE_NO.matcher(text).matches());
                    // the speaker's procedure ("I will begin with …", "That is all I can say") and questions state nothing
                    boolean says = words(part) >= 4 && hasVerb(part) && !text.endsWith("?") && !TRANSCRIPT_PROCEDURE.matcher(text).lookingAt();
                    if (says && !rejects) drafts.add(statement(sp, part, null, rebutting || deniedIn(sp.key(), part) ? Stance.DENIES : Stance.ALLEGES, 0.7));
                    rebutting |= rejects;
                }
            }
        }

        private static final Set<String> RELATIVE_WORDS = Set.of("who", "whom", "whose", "which", "that");

        /**
         * "Sergey Lavrov: NATO is preparing for a war in Europe.", "Lavrov: “NATO is preparing …”": a sentence opening a
         * paragraph with a person's name the article knows (the whole of it before the colon) and a colon, then a clause
         * with its subject (a determiner, name, noun or pronoun first, a finite verb after it) or a quotation, states that
         * clause for the person. Not in a transcript (transcript() reads those), not a list item with no subject
         * ("Ahmed Ali: arrested in 2019"), not a question, not a body, place or new name ("Watch: …", "Read more: …",
         * "Kyiv: …" datelines).
         */

        void colonStatements() {
            int labelled = 0;
            for (Span p : v.paragraphs) {
                String head = a.body().substring(p.begin(), Math.min(p.end(), p.begin() + 80));
                if (TRANSCRIPT_LABEL.matcher(head).lookingAt()) labelled++;
            }
            if (labelled >= 2) return;
            // (an interview labelled by mixed-case names, "Mike Roe: Well, thanks …", is a transcript too: two labels or more,
            // and this reads none of them)
            List<int[]> labels = new ArrayList<>();
            for (Span p : v.paragraphs) {
                int t0 = v.tokenAtOrAfter(p.begin());
                if (t0 >= v.n || v.begin(t0) != p.begin()) continue;
                int se = v.sentEnd[v.sent[t0]], c = -1;
                for (int k = t0 + 1; k < se && k <= t0 + 5; k++) if (v.word[k].equals(":")) { c = k; break; }
                // (the name's mention ends at the colon; capitalised words before it are its own, a given name or a title
                // the tagger misread: "Pavel/NOUN Orlov:")
                Mention m = c < 0 ? null : v.actorAt[c - 1];
                if (m == null || v.lastTokenOf(m) != c - 1) continue;
                boolean capitalised = true;
                for (int k = t0; k < v.firstToken(m); k++) if (!Character.isUpperCase(v.word[k].charAt(0)) || !Character.isLetter(v.word[k].charAt(v.word[k].length() - 1))) capitalised = false;
                // (a name in capitals, "MORAVEC:", is a transcript's label: alone, it is no statement — oneLabelledParagraphIsNoTranscript)
                String w = v.word[c - 1];
                if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) capitalised = false;
                if (capitalised) labels.add(new int[]{v.firstToken(m), c});
            }
            if (labels.size() != 1) return;
            for (int[] label : labels) {
                int t0 = label[0], c = label[1];
                int s = v.sent[t0];
                int se = v.sentEnd[s];
                if (c + 3 >= se) continue;
                Speakers.Resolved sp = speakers.resolve(t0, c);
                if (sp == null || sp.how() != Speakers.How.NAME) continue;
                if (speakers.type(sp.key()) != org.claimgraph.model.EntityType.PERSON) continue;
                // (a name the article has named before; not a new name heading a paragraph, "John Mallory: The judge gave him …")
                boolean namedBefore = false;
                for (int k = 0; k < t0 && !namedBefore; k++) namedBefore = v.actorAt[k] != null && sp.key().equals(v.actorAt[k].entityKey());
                if (!namedBefore) continue;
                int f = c + 1;
                Span q = quoteStartingAt(v.begin(f));
                Span part = trim(new Span(v.begin(f), v.end(se - 1)));
                if (q != null) part = q;
                String text = a.body().substring(part.begin(), part.end()).strip();
                if (text.endsWith("?") || words(part) < 4 || !hasVerb(part)) continue;
                if (q == null) {
                    String t = v.pos[f];
                    if (!(t.equals("DET") || t.equals("PROPN") || t.equals("NOUN") || t.equals("PRON") || t.equals("NUM") || t.equals("ADJ"))) continue;
                    // (the clause's own verb, not one of a relative clause: "Joe Biden: The man who would be president")
                    boolean finite = false;
                    for (int k = f + 1; k < se && !finite; k++) {
                        if (RELATIVE_WORDS.contains(v.lower[k])) break;
                        if (v.pos[k].equals("AUX") || v.pos[k].equals("VERB") && !v.lower[k].endsWith("ing")) finite = true;
                    }
                    if (!finite) continue;
                    // (not a clause about the person, "Tom Reyes: He had served ten years", nor one with a source of its
                    // own, "Anne Kolb: The city has failed its residents, the report found")
                    boolean other = false;
                    for (int k = f; k < se && !other; k++) other = Speakers.PERSON_PRON.contains(v.lower[k]) || v.isVerb(k) && !cuesFor(k).isEmpty();
                    if (other) continue;
                }
                Draft d = statement(sp, part, q, Stance.ALLEGES, 0.7);
                drafts.add(d);
            }
        }

        /** 'Q' or 'A' when a paragraph's head opens with a question or answer label (matched at its start), else 0. */
        static char qaKind(java.util.regex.Matcher qa) {
            return qa.lookingAt() ? Character.toUpperCase(qa.group("qa").charAt(0)) : 0;
        }

        /** The paragraph before p, or null. */
        Span previousParagraph(Span p) {
            Span prev = null;
            for (Span q : v.paragraphs) { if (q.begin() >= p.begin()) break; prev = q; }
            return prev;
        }

        /** The paragraph (a question) reports an accusation or a claim: "X says your police fired …", "accused of". */
        boolean reportsAccusation(Span p) {
            if (p == null) return false;
            for (int k = v.tokenAtOrAfter(p.begin()); k < v.n && v.end(k) <= p.end(); k++) if (QUESTION_REPORTING.contains(v.lower[k])) return true;
            return false;
        }

        /**
         * The person an interview's answers belong to, named where the text says it is an interview, before the first
         * question: the person right after "interview with", "interviewed", "spoke to", "sat down with" (only title
         * words between: not "a colleague of X"), or right before "answers questions", or before "spoke to / talked
         * with" an outlet, "us" or reporters — never one called a reporter, correspondent or host there. Else the
         * person of the article a headline names in "NAME answers questions" or "interview with NAME". None when
         * there are two or none: the answers then stay unattributed.
         */
        Speakers.Resolved interviewee(int firstQuestion) {
            String key = null;
            Span at = null;
            for (org.claimgraph.model.Mention mn : a.mentions()) {
                if (mn.span().begin() >= firstQuestion) break;
                if (mn.kind() == org.claimgraph.model.Mention.Kind.PRONOUN) continue;
                org.claimgraph.model.Entity e = speakers.entities.get(mn.entityKey());
                if (e == null || e.type() != org.claimgraph.model.EntityType.PERSON || e.key().equals(key)) continue;
                if (!boundToInterview(mn.span())) continue;
                if (key != null) return null;
                key = e.key();
                at = mn.span();
            }
            if (key != null) return new Speakers.Resolved(key, at, Speakers.How.NAME);
            String title = a.meta().title();
            if (title == null) return null;
            String t = " " + Speakers.norm(title) + " ";
            for (org.claimgraph.model.Mention mn : a.mentions()) {
                org.claimgraph.model.Entity e = speakers.entities.get(mn.entityKey());
                if (e == null || e.type() != org.claimgraph.model.EntityType.PERSON || e.key().equals(key)) continue;
                boolean named = false;
                for (String n : Speakers.names(e)) {
                    String nn = Speakers.norm(n);
                    if (nn.contains(" ") && (t.contains(" " + nn + " answers questions ") || t.contains(" " + nn + " answered questions ")
                            || java.util.regex.Pattern.compile(" interview with (?:\\S+ ){0,3}" + java.util.regex.Pattern.quote(nn) + " ").matcher(t).find())) named = true;
                }
                if (!named) continue;
                if (key != null) return null;
                key = e.key();
                at = mn.span();
            }
            return key == null ? null : new Speakers.Resolved(key, at, Speakers.How.NAME);
        }

        /** The person mentioned at span m is the one an interview phrase binds (see interviewee()). */
        boolean boundToInterview(Span m) {
            int b = v.tokenAtOrAfter(m.begin()), e = v.tokenEndingBy(m.end()) + 1;
            if (b >= e) return false;
            // never one the sentence calls a reporter, correspondent or host ("Our reporter NAME spoke to …"), nor one of
            // two interviewed together ("an interview with NAME and (her deputy) NAME")
            for (int k = Math.max(0, b - 3); k < b; k++) if (INTERVIEWER_NOUNS.contains(v.lemma[k])) return false;
            if (e < v.n && v.lower[e].equals("and")) {
                for (int k = e + 1; k < v.n && k <= e + 5; k++) {
                    org.claimgraph.model.Mention om = v.actorAt[k];
                    org.claimgraph.model.Entity oe = om == null ? null : speakers.entities.get(om.entityKey());
                    if (oe != null && oe.type() == org.claimgraph.model.EntityType.PERSON) return false;
                }
            }
            // after the phrase: "interview with (Health Minister) NAME", "interviewed NAME", "spoke to NAME"
            int k = b - 1;
            while (k >= 0 && b - k <= 4 && (v.pos[k].equals("PROPN") || v.pos[k].equals("ADJ") || v.pos[k].equals("DET") || v.pos[k].equals("NOUN"))
                    && !v.lower[k].startsWith("interview")) k--;
            if (k >= 0) {
                String w = v.lower[k], before = k > 0 ? v.lower[k - 1] : "";
                if (w.equals("interviewed") && v.isVerb(k)) return true;
                if ((w.equals("with") || w.equals("to")) && (before.startsWith("interview") || before.equals("spoke") || before.equals("talked")
                        || before.equals("down") || before.equals("conversation"))) return true;
            }
            // before the phrase: "NAME answers questions", "NAME spoke to the Herald / us / reporters"
            if (e + 1 < v.n && (v.lower[e].equals("answers") || v.lower[e].equals("answered")) && v.lemma[e + 1].equals("question")) return true;
            if (e + 2 < v.n && (v.lower[e].equals("spoke") || v.lower[e].equals("talked")) && (v.lower[e + 1].equals("to") || v.lower[e + 1].equals("with"))) {
                int o = e + 2;
                if (v.lower[o].equals("us") || INTERVIEWER_NOUNS.contains(v.lemma[o])) return true;
                if (v.pos[o].equals("DET") && o + 1 < v.n) o++;
                org.claimgraph.model.Mention om = v.actorAt[o];
                org.claimgraph.model.Entity oe = om == null ? null : speakers.entities.get(om.entityKey());
                // (the outlet may be a name the gazetteer does not know: "spoke with the Valdor Review"; not a person)
                return oe != null ? oe.type() != org.claimgraph.model.EntityType.PERSON
                        : Character.isUpperCase(v.word[o].charAt(0)) || INTERVIEWER_NOUNS.contains(v.lemma[o]);
            }
            return false;
        }

        /**
         * "denied the claim, saying it was false", "rejected the report, saying "it is a lie"": a participle of a cue that
         * takes a content clause, after a comma inside another claim of the same sentence, says a claim of its own under its
         * own cue; the first claim ends before the comma. The new claim keeps the first's stance: it goes on with the
         * denial or the allegation.
         */
        void splitParticipleClauses() {
            List<Draft> added = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.cue == null || d.quote != null && d.quote.contains(d.content)) continue;
                int k = v.tokenAtOrAfter(d.content.begin()) + 1;
                for (; k + 1 < v.n && v.end(k) < d.content.end(); k++) {
                    if (!v.word[k - 1].equals(",") || !v.lower[k].endsWith("ing") || !v.isVerb(k) || v.sent[k] != v.sent[v.tokenAtOrAfter(d.content.begin())]) continue;
                    if (d.quote != null && d.quote.begin() < v.begin(k) && v.end(k) <= d.quote.end()) continue;
                    if (cuesFor(k).stream().noneMatch(c -> c.clause() && c.words().size() == 1)) continue;
                    int from = k + 1;
                    if (v.lower[from].equals("that")) from++;
                    Span second = trim(new Span(v.begin(from), d.content.end()));
                    Span first = trim(new Span(d.content.begin(), v.begin(k - 1)));
                    if (first.length() == 0 || !hasVerb(second)) continue;
                    // the first part is a claim of its own when it is a clause or the claim a denial rejects ("denied the claim");
                    // the one accused ("blasted X, saying …"), a name given ("dismissed the remarks as "baseless", saying …") or
                    // the document ("released a statement, saying …") is no claim: the participle's clause is the cue's claim
                    // ("blamed X for the crisis, arguing …": what the accused is blamed for is a claim of its own)
                    boolean charge = d.accuses && d.object != null && d.object.end() < first.end() && hasChargeAfter(d.object, first);
                    // (after a clause only "adding": "said the creditors are drawing an ultimatum, threatening to …" is the
                    // creditors' threat, not the speaker's)
                    if (d.object == null && hasVerb(first) && !v.lower[k].equals("adding")) continue;
                    boolean own = charge || !d.accuses && !d.calledFalse && !d.objectClaim && (d.object == null && hasVerb(first) && !namingAs(first)
                            || d.stance == Stance.DENIES && rejectedClaim(v.tokenAtOrAfter(first.begin())) && !namingAs(first));
                    if (!own) {
                        if (d.quote != null && !second.contains(d.quote)) d.quote = null;
                        d.content = second;
                        break;
                    }
                    Draft n = continuing(d, second);
                    n.cue = new Span(v.begin(k), v.end(k));
                    if (d.quote != null && second.contains(d.quote)) { n.quote = d.quote; d.quote = null; }
                    else if (d.quote != null && !first.contains(d.quote)) d.quote = null;
                    d.content = first;
                    added.add(n);
                    break;
                }
            }
            drafts.addAll(added);
        }

        /** After the accused object, the span goes on with what it is charged with ("… for the crisis", "… of lying"). */
        boolean hasChargeAfter(Span object, Span sp) {
            int k = v.tokenAtOrAfter(object.end());
            return k < v.n && v.end(k) <= sp.end() && (v.lower[k].equals("for") || v.lower[k].equals("of") || v.lower[k].equals("over"));
        }

        /** The span holds "as" after its first word: a name given to the object ("the remarks as baseless"). */
        boolean namingAs(Span sp) {
            int b = v.tokenAtOrAfter(sp.begin());
            for (int k = b + 1; k < v.n && v.end(k) <= sp.end(); k++) if (v.lower[k].equals("as")) return true;
            return false;
        }

        /**
         * "said A, and that B", "told Reuters A and that B": coordinated content clauses are two claims of the same
         * speaker with the same cue; a quote goes with the clause that holds it.
         */
        void splitThatClauses() {
            List<Draft> added = new ArrayList<>();
            for (Draft d : drafts) {
                if (d.cue == null || d.quote != null && d.quote.contains(d.content)) continue;
                Draft cur = d;
                int k = v.tokenAtOrAfter(cur.content.begin());
                for (; k + 2 < v.n && v.end(k + 1) < cur.content.end(); k++) {
                    if (!(v.lower[k].equals("and") && v.lower[k + 1].equals("that"))) continue;
                    if (d.quote != null && d.quote.begin() < v.begin(k) && v.end(k + 1) <= d.quote.end()) continue;
                    Span second = trim(new Span(v.begin(k + 2), cur.content.end()));
                    Span first = trim(new Span(cur.content.begin(), v.begin(k)));
                    if (!hasVerb(first) || !hasVerb(second)) continue;
                    Draft n = continuing(cur, second);
                    if (cur.quote != null && second.contains(cur.quote)) { n.quote = cur.quote; cur.quote = null; }
                    else if (cur.quote != null && !first.contains(cur.quote)) cur.quote = null;
                    // (a denial that came from the first clause's words, not from the cue, stays there when the second
                    // accuses another: "says that Ankara "has nothing to do with the cargo" and that Sofia is making accusations")
                    if (n.stance == Stance.DENIES && !d.accuses && !cueRejects(d) && deniedIn(n.speaker, first)
                            && namesOther(second, n.speaker, null)) n.stance = Stance.ALLEGES;
                    cur.content = first;
                    if (n.stance == Stance.ALLEGES && deniedIn(n.speaker, second)) n.stance = Stance.DENIES;
                    added.add(n);
                    cur = n;
                    k++;
                }
            }
            drafts.addAll(added);
        }

        /**
         * An unquoted passage of several sentences (the paragraph after "According to X:") is one claim per sentence,
         * each of the same speaker: readers cite and dispute sentences. A quoted excerpt a cue introduces as a paragraph of
         * its own is split too, every word of it kept; other quotes stay whole, however long.
         */
        void splitSentences() {
            List<Draft> added = new ArrayList<>();
            for (Draft d : drafts) {
                int s0 = v.sentenceOfOffset(d.content.begin()), s1 = v.sentenceOfOffset(Math.max(d.content.begin(), d.content.end() - 1));
                if (s1 <= s0) continue;
                // only passages that stand alone: a continuation, or content that starts its own paragraph
                if (d.cue != null && v.paragraphOf(d.cue.begin()) == v.paragraphOf(d.content.begin())) continue;
                // a quoted passage only when a cue introduces it as a paragraph of its own ("X reports:" and the excerpt)
                if (d.quote != null && d.cue == null) continue;
                // where others speak inside the passage, the speaker relays their statements ("CoinDesk reported: … The
                // SEC said that …"), and the rest is theirs (the quotes and asides that follow)
                List<Span> cues = new ArrayList<>();
                for (Draft o : drafts) if (o != d && o.cue != null && d.content.contains(o.cue)) cues.add(o.cue);
                Span whole = d.content;
                Span quote = d.quote;
                List<Span> parts = new ArrayList<>();
                for (int s = s0; s <= s1; s++) {
                    Span ss = v.sentenceSpan(s);
                    Span part = trim(new Span(Math.max(ss.begin(), whole.begin()), Math.min(ss.end(), whole.end())));
                    if (!(part.length() > 0 && words(part) >= 4 && hasVerb(part))) continue;
                    if (!cues.isEmpty() && !parts.isEmpty() && cues.stream().noneMatch(part::contains)) continue;
                    parts.add(part);
                }
                if (parts.size() < 2) continue;
                // an excerpt quoted whole is split only when it runs long and nobody else speaks in it
                if (quote != null && (parts.size() < 3 || !cues.isEmpty())) continue;
                // a passage that runs on turns from the source's claims into the outlet's narration: its first sentences
                // are the source's
                if (cues.isEmpty() && quote == null) while (parts.size() > PASSAGE_CLAIMS) parts.remove(parts.size() - 1);
                // a quote loses no words: a short sentence stays with the part before it, the first part opens the quote
                if (quote != null) {
                    for (int i = 0; i < parts.size(); i++) {
                        int b = i == 0 ? whole.begin() : parts.get(i).begin(), e = i + 1 < parts.size() ? parts.get(i + 1).begin() : whole.end();
                        parts.set(i, trim(new Span(b, e)));
                    }
                }
                d.content = parts.get(0);
                d.quote = quote == null ? null : d.content;
                for (int i = 1; i < parts.size(); i++) {
                    Draft n = new Draft();
                    n.speaker = d.speaker;
                    n.content = parts.get(i);
                    n.quote = quote == null ? null : n.content;
                    n.stance = Stance.ALLEGES;
                    if (deniedIn(n.speaker, n.content)) n.stance = Stance.DENIES;
                    n.confidence = d.confidence;
                    n.continues = d;
                    added.add(n);
                }
            }
            drafts.addAll(added);
        }

        /** A cue inside a quote another claim attributes ("“… the administration announced …,” X said") reports nothing itself. */
        void dropCuesInsideQuotes() {
            List<Draft> keep = new ArrayList<>();
            for (Draft d : drafts) {
                boolean inside = false;
                for (Draft o : drafts) {
                    if (o == d || o.quote == null || o.cue == null || o.quote.contains(o.cue)) continue;
                    if (d.cue != null && d.speakerSpan != null && o.quote.begin() < d.cue.begin() && d.cue.end() < o.quote.end()
                            && o.quote.contains(d.speakerSpan) && (subordinate(d.speakerSpan) || relativeCue(d.cue) || !relayedInQuote(d))) { inside = true; break; }
                }
                if (!inside) keep.add(d);
            }
            drafts.clear();
            drafts.addAll(keep);
        }

        /**
         * A cue inside someone's direct quotation is a claim of its own only when it relays a source the quote names
         * ("“Witnesses told us that …”", "“The source said that …”", "“According to his data, …”"); what the quoted
         * speaker says others promised, claimed or accused, and what "he said" inside the quote, is the quote's own.
         */
        boolean relayedInQuote(Draft d) {
            if (!RELAYING.contains(v.lemma[v.tokenAtOrAfter(d.cue.begin())])) return false;
            return d.speakerSpan.end() > d.cue.begin()
                    || !Speakers.isPronoun(a.body().substring(d.speakerSpan.begin(), d.speakerSpan.end()).toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * "… wounding 14 others the state news agency reported": with the commas stripped the subject phrase ran back
         * into the clause; a "the" after a noun or number inside it starts the speaker phrase.
         */
        int[] fromInnerArticle(int[] np) {
            for (int k = np[1] - 2; k > np[0]; k--) {
                if (v.lower[k].equals("the") && (v.pos[k - 1].equals("NOUN") || v.pos[k - 1].equals("NUM")) && v.actorAt[k - 1] == null) return new int[]{k, np[1]};
            }
            return np;
        }

        /** ", Ali Hassan." after a speaker phrase ending at token k: the tokens of a name that ends the clause, or null. */
        int[] appositiveName(int k, int se) {
            if (k + 1 >= se || !v.word[k].equals(",")) return null;
            int e = k + 1;
            while (e < se && (v.pos[e].equals("PROPN") || v.actorAt[e] != null) && Character.isUpperCase(v.word[e].charAt(0))) e++;
            if (e == k + 1 || e < se && !v.isPunct(e)) return null;
            return new int[]{k + 1, e};
        }

        /** The cue is the verb of a relative clause ("… this administration, which asserts …"). */
        boolean relativeCue(Span cue) {
            int k = v.tokenAtOrAfter(cue.begin()) - 1;
            while (k >= 0 && (v.pos[k].equals("ADV") || v.pos[k].equals("AUX"))) k--;
            return k >= 0 && (v.lower[k].equals("which") || v.lower[k].equals("who") || v.lower[k].equals("that"));
        }

        /** The speaker phrase opens a subordinate clause ("disappointed that the administration announced"). */
        boolean subordinate(Span speaker) {
            int k = v.tokenAtOrAfter(speaker.begin()) - 1;
            while (k >= 0 && !v.lower[k].equals("that") && (v.pos[k].equals("DET") || v.pos[k].equals("ADJ"))) k--;
            return k >= 0 && (v.lower[k].equals("that") || v.pos[k].equals("SCONJ"));
        }

        /** Quoted passages with no cue after an attributed one belong to the same speaker. */
        void continuations() {
            List<Draft> base = new ArrayList<>(drafts);
            base.sort(Comparator.comparing((Draft d) -> d.content.end()).thenComparing(d -> -d.content.length()));
            for (Span q : quotes) {
                if (words(q) < 3) continue;
                boolean covered = false;
                for (Draft d : drafts) if (d.content.contains(q) && !relaysBefore(d, q) || d.quote != null && d.quote.overlaps(q)) { covered = true; break; }
                if (covered) continue;
                // "X told The Times: “… . …”": a cued claim whose content runs into the quote and stops at its first
                // sentence end takes the whole quote; it is no continuation of an earlier speaker
                for (Draft d : drafts) {
                    if (d.cue == null || d.cue.end() > q.begin() || d.content.begin() > q.begin() || d.content.end() <= q.begin() || d.content.end() >= q.end()) continue;
                    d.content = new Span(d.content.begin(), q.end());
                    if (d.quote == null) d.quote = q;
                    covered = true;
                    break;
                }
                if (covered) continue;
                Draft prev = null;
                for (Draft d : drafts) {
                    int end = Math.max(d.content.end(), d.cue == null ? 0 : d.cue.end());
                    if (end <= q.begin() && (prev == null || end > Math.max(prev.content.end(), prev.cue == null ? 0 : prev.cue.end())
                            || end == Math.max(prev.content.end(), prev.cue == null ? 0 : prev.cue.end()) && d.content.begin() < prev.content.begin())) prev = d;
                }
                if (prev == null) continue;
                int pq = v.paragraphOf(q.begin()), pp = v.paragraphOf(Math.max(prev.content.end(), prev.cue == null ? 0 : prev.cue.end()) - 1);
                if (pq - pp > 1) continue;
                // the quote is the substance of its sentence(s), not a scare quote
                int s0 = v.sentenceOfOffset(q.begin()), s1 = v.sentenceOfOffset(Math.max(q.begin(), q.end() - 1));
                Span sent = new Span(sentenceStartBefore(q.begin(), v.sentenceSpan(s0).begin()), Math.max(v.sentenceSpan(s1).end(), q.end()));
                if (q.length() * 10 < sent.length() * 4) continue;
                // the sentence has its own cue: not a continuation
                Draft d = new Draft();
                d.speaker = prev.speaker;
                d.speakerSpan = null;
                d.cue = null;
                d.content = sent.begin() < q.begin() && sent.contains(q) ? sent : q;
                if (d.content.begin() < prev.content.end() && prev.content.end() <= q.begin()) d.content = new Span(Math.max(prev.content.end(), sent.begin()), d.content.end());
                d.content = trim(d.content);
                if (!d.content.contains(q)) d.content = q;
                d.quote = q;
                // "“…,” Vance yelled at the crowd.", "“…,” said Maya Orr, 54.": a quote closed by a comma (or "?", "!")
                // and then a short tail with a verb is attributed by that tail, which no cue read; the claim is the quote
                // alone, and none when the tail names someone and never the earlier speaker
                int tail = attributionTail(q, d.content, prev.speaker);
                if (tail < 0) continue;
                if (tail > 0) d.content = new Span(q.begin() > d.content.begin() ? q.begin() - 1 : q.begin(), q.end() + 1);
                // (a quote that goes on denying by its own words is a denial: "“The so-called evidence is nothing but fabrication.”")
                d.stance = deniedIn(prev.speaker, q) ? Stance.DENIES : Stance.ALLEGES;
                d.confidence = Math.round(prev.confidence * 0.85 * 100) / 100.0;
                d.continues = prev;
                // one claim however many sentences it runs over, as the seeds' gold keeps a multi-sentence quote
                drafts.add(d);
            }
        }

        /**
         * For a continuation quote q in content: 0 when no attribution tail follows q in content; 1 when one does (a quote
         * closed by ",", "?" or "!" and then at most twelve words with a verb and no other quote, to the sentence end);
         * -1 when that tail names someone (a proper noun) and nothing of the earlier speaker's name.
         */
        int attributionTail(Span q, Span content, String earlier) {
            String b = a.body();
            if (content.end() <= q.end() + 1 || q.length() < 3 || ",?!".indexOf(b.charAt(q.end() - 1)) < 0) return 0;
            int f = v.tokenAtOrAfter(q.end() + 1), e = v.tokenAtOrAfter(content.end());
            if (f >= e || e - f > 14) return 0;
            boolean named = false, same = false;
            for (int k = f; k < e && k < v.n; k++) if (v.isQuote(k)) return 0;
            // (a lexical verb near the start of the tail, "Orr added", "said the spokesman", "the minister had told
            // reporters"; not a copula, "Short for “…,” lasers are a kind of device": the quote is then part of a clause)
            int lex = -1;
            for (int k = f; k < e && k < f + 7 && k < v.n; k++) {
                if (v.isPunct(k)) continue;
                if (BE_FORMS.contains(v.lower[k]) || v.lemma[k].equals("be")) {
                    if (k + 1 < e && (v.pos[k + 1].equals("VERB") && !v.lemma[k + 1].equals("be"))) continue;
                    return 0;
                }
                if (v.pos[k].equals("VERB") && !v.lemma[k].equals("be") && !v.lemma[k].equals("have")) { lex = k; break; }
            }
            if (lex < 0) return 0;
            String key = earlier.toLowerCase(java.util.Locale.ROOT);
            // (the tail's names up to a preposition after its verb: "said Maya Orr", "Ana wrote"; not a name after
            // the verb's preposition, "the lawmakers wrote to Attorney General Jane Roe")
            int fv = f;
            while (fv < e && !v.isVerb(fv)) fv++;
            int from = f, to = fv;
            while (to < e && !v.pos[to].equals("ADP") && !v.lower[to].equals("to")) to++;
            for (int k = from; k < to && k < v.n; k++) {
                if (!v.pos[k].equals("PROPN") || !Character.isUpperCase(v.word[k].charAt(0))) continue;
                named = true;
                String w = v.lower[k].replaceAll("['’]s$", "");
                if (w.length() > 1 && key.contains(w)) same = true;
            }
            return named && !same ? -1 : 1;
        }

        /**
         * Where the sentence holding offset starts, at or after floor: after the last ". " (or "? ", "! ") before it,
         * for when the sentence splitter ran on past a sentence that ends before an opening quote.
         */
        int sentenceStartBefore(int offset, int floor) {
            String b = a.body();
            for (int i = offset - 1; i > floor; i--) {
                char c = b.charAt(i);
                if (c == '\n') return i + 1;
                if (Character.isWhitespace(c) && ".!?".indexOf(b.charAt(i - 1)) >= 0 && i - 2 >= 0 && Character.isLowerCase(b.charAt(i - 2))) return i + 1;
            }
            return floor;
        }

        /** Another speaker's cue lies in d's content before q: d reports a passage ("As Reuters reported:") that quotes others. */
        boolean relaysBefore(Draft d, Span q) {
            for (Draft o : drafts) {
                if (o != d && o.cue != null && !o.speaker.equals(d.speaker) && d.content.contains(o.cue) && o.cue.end() <= q.begin()) return true;
            }
            return false;
        }

        /** A verb, or an infinitive the tagger read as a noun ("urged all parties to respect the truce"). */
        boolean hasVerb(Span sp) {
            for (int k = v.tokenAtOrAfter(sp.begin()); k < v.n && v.end(k) <= sp.end(); k++) {
                if (v.isVerb(k) || contractedVerb(k)) return true;
                if (v.lower[k].equals("to") && k + 1 < v.n && v.end(k + 1) <= sp.end()
                        && (v.pos[k].equals("PART") || v.pos[k + 1].equals("NOUN") && v.lower[k + 1].equals(v.lemma[k + 1]))) return true;
            }
            return false;
        }

        /** "It's", "we're", "they've", "that's": a pronoun contracted with its verb (as one token or two). */
        boolean contractedVerb(int k) {
            String w = v.lower[k].replace('’', '\'');
            int ap = w.indexOf('\'');
            if (ap < 0) return false;
            String tail = w.substring(ap);
            if (!CONTRACTED_VERB.contains(tail)) return false;
            String head = ap > 0 ? w.substring(0, ap) : k > 0 && v.end(k - 1) == v.begin(k) ? v.lower[k - 1] : "";
            return Speakers.isPronoun(head) || head.equals("i") || head.equals("we") || head.equals("that") || head.equals("there") || head.equals("what");
        }

        /** Whitespace-separated words in the span (as splitting its trimmed text at {@code \\s+}), counted without copying. */
        int words(Span q) {
            String body = a.body();
            int b = q.begin(), e = q.end();
            while (b < e && body.charAt(b) <= ' ') b++;
            while (e > b && body.charAt(e - 1) <= ' ') e--;
            int n = 0;
            boolean in = false;
            for (int i = b; i < e; i++) {
                char c = body.charAt(i);
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
                if (!space && !in) n++;
                in = !space;
            }
            return n;
        }

        void dedupe() {
            Set<String> seen = new HashSet<>();
            List<Draft> keep = new ArrayList<>();
            for (Draft d : drafts) if (seen.add(d.content + " " + d.speaker)) keep.add(d);
            drafts.clear();
            drafts.addAll(keep);
        }

        /** An outer claim whose content holds another claim's cue and speaker relays it. */
        void relays() {
            for (int i = 0; i < drafts.size(); i++) {
                Draft o = drafts.get(i);
                int best = -1;
                for (int j = 0; j < drafts.size(); j++) {
                    Draft in = drafts.get(j);
                    if (i == j || in.cue == null || in.speaker.equals(o.speaker)) continue;
                    // (a source cited before the report's cue: "X, citing Y, reported that …")
                    boolean citedBefore = o.cue != null && o.speakerSpan != null && in.content.equals(o.content)
                            && in.cue.begin() > o.speakerSpan.end() && in.cue.end() < o.cue.begin();
                    if (!o.content.contains(in.cue) && !citedBefore) continue;
                    if (best < 0 || in.cue.begin() < drafts.get(best).cue.begin()) best = j;
                }
                o.relays = best;
            }
            // "X ripped Y's move, The Hill reported": when two claims hold each other's cue, the later cue reports the
            // earlier claim, whose content ends before the reporter's phrase
            for (int i = 0; i < drafts.size(); i++) {
                Draft o = drafts.get(i);
                if (o.relays < 0) continue;
                Draft in = drafts.get(o.relays);
                if (in.relays != i || o.cue.begin() < in.cue.begin()) continue;
                int cut = v.tokenAtOrAfter(o.speakerSpan != null ? Math.min(o.speakerSpan.begin(), o.cue.begin()) : o.cue.begin());
                while (cut > 0 && v.pos[cut - 1].equals("DET")) cut--;
                if (cut > 0 && v.word[cut - 1].equals(",")) cut--;
                cutBefore(in, cut);
                in.relays = -1;
            }
        }
    }
}
