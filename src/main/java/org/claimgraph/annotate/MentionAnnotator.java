package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimgraph.model.Article;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Sentence;
import org.claimgraph.model.Span;
import org.claimgraph.model.Token;
import org.claimgraph.vocab.Ids;

/**
 * Actor and place mentions. Names the {@link Gazetteer} knows (actors under all their aliases,
 * countries, regions, GeoNames places) are matched first, longest first, with case rules
 * (acronyms only in capitals). Capitalised runs it does not know become persons or organisations
 * when a cue says so: a title or rank ("Colonel", "Foreign Minister"), an organisational head
 * ("Ministry", "Observatory"), a reporting verb next to a two-to-four-word name, an acronym.
 * Then in-article coreference: surnames alone, "the minister", "the Ministry", "the terrorist group",
 * capital cities used as actors ("Washington said"); and roles and affiliations from titles and
 * appositions. Outlet staff (authors, translators) and bylines are never actors.
 */
final class MentionAnnotator implements Annotator {
    /** The open-class word lists of these rules (lexicon/words-mentions.tsv). */
    private static final WordClasses WORDS = WordClasses.load("words-mentions.tsv");
    /** Lower-case words inside organisation names ("Ministry of Defence", "Observatory for Human Rights"). */
    private static final Set<String> ORG_LINKS = Set.of("of", "for", "the", "on");
    /** Lower-case particles inside personal names ("Walid al-Moallem", "Ursula von der Leyen"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "de", "du", "da", "van", "von", "der", "ten",
            "ul", "ad", "as", "ash", "ar", "at", "az", "ed", "ez", "an", "la", "le");
    /** Lower-case particles after a given name ("Ursula von der Leyen", "Rutger van den Broek"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "la", "le", "ter", "ten", "zu");
    /** Lower-case articles and prepositions inside Romance-language names ("La Gazzetta dello Sport", "Corriere della Sera", "Banco do Brasil"). */
    private static final Set<String> ROMANCE_LINKS = Set.of("del", "della", "dello", "degli", "dei", "di", "des", "do", "dos", "das", "de");
    /** Heads of a state body after a country or demonym ("Defence Ministry", "Syrian Army"). */
    private static final Set<String> STATE_HEADS = WORDS.set("STATE_HEADS");
    /** Nouns heading a group's name ("Islamic State group"). */
    private static final Set<String> GROUP_NOUNS = WORDS.set("GROUP_NOUNS");
    /** Heads of the body an office holder runs, after the holder's title and its possessive ("the attorney general's office"). */
    private static final Set<String> TITLE_OFFICES = WORDS.set("TITLE_OFFICES");
    /** Capitalised heads of a law's, treaty's or doctrine's name ("Clean Water Act", "Treaty"): such a name is no actor. */
    private static final Set<String> DOCUMENT_HEADS = WORDS.set("DOCUMENT_HEADS");
    /** Plural heads that end one body's or firm's name ("Health and Human Services"), shared by no two names. */
    private static final Set<String> NO_SPLIT_HEADS = WORDS.set("NO_SPLIT_HEADS");
    /** Roles of an elected member who sits "for" a constituency ("the member for Lowmoor East", "MP for Kessa"). */
    private static final Set<String> SEAT_ROLES = WORDS.set("SEAT_ROLES");
    /** Organisation heads that head a name only before "of" and a capitalised word ("Chamber of Commerce"). */
    private static final Set<String> OF_ONLY_HEADS = WORDS.set("OF_ONLY_HEADS");
    /** Short words a title in title case keeps in lower case ("The Rise and Fall of the Kessan Fleet"). */
    private static final Set<String> TITLE_SMALL = WORDS.set("TITLE_SMALL");
    /** Words right before a quoted title of a work ("an article headlined", "her column"). */
    private static final Set<String> TITLE_CUES = WORDS.set("TITLE_CUES");
    /** Last words in a dateline's parentheses that name no wire service: an outlet's desk or staff, an editorial tag ("Corrected"). */
    private static final Set<String> DATELINE_NOT_OUTLET = WORDS.set("DATELINE_NOT_OUTLET");
    /** Roles that name a seat only as "the member for Lowmoor East" (a compass word ends the name); else the body they speak for. */
    private static final Set<String> SEAT_MEMBER_ROLES = WORDS.set("SEAT_MEMBER_ROLES");
    /** Roles that name a seat right after "the" ("the member for Brenmoor Dale"). */
    private static final Set<String> SEAT_THE_ROLES = WORDS.set("SEAT_THE_ROLES");
    /** Last words of a constituency's name ("Lowmoor East"). */
    private static final Set<String> SEAT_COMPASS = WORDS.set("SEAT_COMPASS");
    /** Heads of institutions often named with a possessive ("St. Brendan's Medical Center", "King's College"). */
    private static final Set<String> INSTITUTION_HEADS = WORDS.set("INSTITUTION_HEADS");
    /** Lower-case nouns that after a person's possessive name the person's campaign ("Christie's camp"). */
    private static final Set<String> CAMP_NOUNS = WORDS.set("CAMP_NOUNS");
    /** Lower-case nouns of a news medium, one or two words ("news agency", "broadcaster"), before an acronym set off by commas. */
    private static final Set<String> MEDIA_NOUNS = WORDS.set("MEDIA_NOUNS");
    /** Media nouns that are common nouns outside the media too ("network", "station", "weekly"): need a second media signal. */
    private static final Set<String> MEDIA_AMBIGUOUS = WORDS.set("MEDIA_AMBIGUOUS");
    /** Words that show a sentence speaks of the media ("reported", "editor", "broadcast"). */
    private static final Set<String> MEDIA_CUES = WORDS.set("MEDIA_CUES");
    /** Words of a minister's or commissioner's portfolio ("Rights", "Development"): no person's name after "for". */
    private static final Set<String> PORTFOLIO_WORDS = WORDS.set("PORTFOLIO_WORDS");
    /** Role words of one kind, one row each ("lawyer attorney counsel"): "the family's lawyer" is the attorney named before. */
    private static final Set<String> SAME_ROLE = WORDS.set("SAME_ROLE");
    /** Each word of a SAME_ROLE row with the words of its row, parsed once. */
    private static final java.util.Map<String, Set<String>> SAME_ROLE_KIN = new java.util.HashMap<>();
    static {
        for (String row : SAME_ROLE) {
            Set<String> kin = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(row.split(" "))));
            for (String word : kin) SAME_ROLE_KIN.putIfAbsent(word, kin);
        }
    }
    /** Heads that after a demonym name the country itself acting ("Iraqi Government", "Russian Forces"), not a body of it. */
    private static final Set<String> COUNTRY_ITSELF = WORDS.set("COUNTRY_ITSELF");
    /** Lower-case heads of a known organisation's unit described in lower case ("the UN human rights office"). */
    private static final Set<String> BODY_HEADS = WORDS.set("BODY_HEADS");
    /** Lower-case heads of a body named by a proper modifier before them ("the Brackmoor cooperative", "the Kharkiv city council"). */
    private static final Set<String> LOCAL_BODY_HEADS = WORDS.set("LOCAL_BODY_HEADS");
    /** Heads of that kind only after a lower-case qualifier ("the Lagos state government", "the Kharkiv prosecutor's office"). */
    private static final Set<String> QUALIFIED_BODY_HEADS = WORDS.set("QUALIFIED_BODY_HEADS");
    /** Heads that right after a known place describe a body based there rather than name it ("the Seattle company"). */
    private static final Set<String> PLACE_DESCRIBED_HEADS = WORDS.set("PLACE_DESCRIBED_HEADS");
    /** Heads of a body posted abroad and named with the place it works in ("the embassy in Romania", "mission in Somalia"). */
    private static final Set<String> POSTED_HEADS = WORDS.set("POSTED_HEADS");
    /** Heads of a ministry named by its portfolio, which may be followed by "in" and its country ("Ministry of Health in Ruritania"). */
    private static final Set<String> PORTFOLIO_HEADS = WORDS.set("PORTFOLIO_HEADS");
    /** Endings of a lower-case modifier between "in" and a country ("neighbouring", "southern"). */
    private static final Set<String> MODIFIER_ENDINGS = WORDS.set("MODIFIER_ENDINGS");
    /** Endings that make an adjective of a place's name ("Ruritan-ian", "Zemblan-i"). */
    private static final Set<String> DEMONYM_ENDINGS = WORDS.set("DEMONYM_ENDINGS");
    /** Seats and houses of government, capitalised but no polity or host place ("Whitehall", "Parliament"). */
    private static final Set<String> SEATS = WORDS.set("SEATS");
    /** Nouns naming a side in politics, written before a party's name and later alone for it ("the opposition"). */
    private static final Set<String> SIDE_NOUNS = WORDS.set("SIDE_NOUNS");
    /** Determiners and quantifiers the tagger may read as adjectives: no modifier of a described actor ("which investigators"). */
    private static final Set<String> QUANTIFIERS = Set.of("which", "what", "whose", "some", "many", "most", "other", "several", "few",
            "these", "those", "their", "our", "such", "more", "all", "any", "both");
    /** Pronouns that take a contracted "'s" ("It's", "That's"). */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "that", "what", "there", "here", "who", "this", "let",
            "where", "how", "everyone", "everybody", "nobody", "someone", "one");
    /** Irregular plurals whose possessive sits inside names ("People's", "Women's"). */
    private static final Set<String> PLURAL_POSSESSIVES = WORDS.set("PLURAL_POSSESSIVES");
    /** Adjectives between "the" and "administration" that keep it the one in office ("this new administration"). */
    private static final Set<String> ADMINISTRATION_ADJ = WORDS.set("ADMINISTRATION_ADJ");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile("[“”\"]");

    /** White space runs as one space. */
    static String oneLine(String s) { return singleSpaced(s) ? s : SPACES.matcher(s).replaceAll(" "); }

    /** Whether s's only white space is single spaces (what {@link #oneLine} leaves as it is). */
    private static boolean singleSpaced(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\t' || c == '\n' || c == (char) 11 || c == '\f' || c == '\r' || c == ' ' && k + 1 < s.length() && s.charAt(k + 1) == ' ') return false;
        }
        return true;
    }

    /** Words that may open an apposition before an office ("Kurt Volker, the former U.S. envoy"). */
    private static final Set<String> APPOSITION_LEAD = WORDS.set("APPOSITION_LEAD");
    /** Forms of the verbs whose object is an actor accused ("accuse both the jihadists"). */
    private static final Set<String> ACCUSING = WORDS.set("ACCUSING");
    /** Time nouns ("evening", "week"): no modifier of a described actor ("Tuesday evening police said"). */
    private static final Set<String> TIME_NOUNS = Speakers.TIME_NOUNS;
    /** Heads after an owner's possessive that name a part of it, itself an organisation ("X, the group's main subsidiary"). */
    private static final Set<String> ORG_PARTS = WORDS.set("ORG_PARTS");
    /** Words for a person speaking for an organisation ("a TikTok spokesperson"). */
    private static final Set<String> SPOKES = WORDS.set("SPOKES");
    /** Words inside a place name that make it the region rather than the town of that name ("Idlib province"). */
    private static final Set<String> REGION_WORDS = WORDS.set("REGION_WORDS");
    /** Participles after "state-" that make an outlet a state outlet ("state-run"). */
    private static final Set<String> STATE_RUN = WORDS.set("STATE_RUN");
    /** Business and club nouns that, definite, refer back to a one-word name before them ("Barclays … the bank said"). */
    private static final Set<String> REFERRED_HEADS = java.util.stream.Stream.concat(WORDS.set("BUSINESS_NOUNS").stream(),
            WORDS.set("REFERRED_HEADS").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Capitalised common names that are no company a later "the company" refers to: holidays, currencies, illnesses ("Christmas sales"). */
    private static final Set<String> NOT_REFERRED = WORDS.set("NOT_REFERRED");
    private static final Set<String> APPOSITION_PREPS = Set.of("for", "of", "at", "to", "in", "with");

    private final Gazetteer g;
    private final Lexicon lex;

    MentionAnnotator(Gazetteer g) {
        this.g = g;
        this.lex = g.lexicon;
    }

    @Override public String name() { return "mentions"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.SOURCES); }

    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Article annotate(Article a) { return new Run(a).run(); }

    /** A mention being built: words [from, to], what it refers to, how. */
    private static final class M {
        final int from, to;
        final String key;
        final EntityType type;
        final Gazetteer.Kind source; // ACTOR, PLACE, REGION, DEMONYM, or null for a new name
        Mention.Kind kind;
        final boolean soft;
        String label;

        M(int from, int to, String key, EntityType type, Gazetteer.Kind source, Mention.Kind kind, boolean soft) {
            this.from = from;
            this.to = to;
            this.key = key;
            this.type = type;
            this.source = source;
            this.kind = kind;
            this.soft = soft;
        }
    }

    /** A role and affiliations read from the context of a person mention. */
    private record RoleInfo(String role, boolean office, List<String> memberOf) {}

    private final class Run {
        final Article a;
        final Words w;
        final String[] pos;
        final String[] lemma;
        final int[] sentEnd;      // last word index of the word's sentence
        final boolean[] sentStart;
        final int[] paraWords;    // number of words in the word's paragraph
        final M[] claim;
        /** Words inside a copy of the headline in the body ("The post <title> appeared first on …"). */
        final boolean[] echo;
        /** Words that are a country's possessive written without an apostrophe ("Turkeys President"). */
        final boolean[] possessive;
        /** Per word, whether its line is a headline or menu line: 0 not yet known, 1 no, 2 yes. */
        final byte[] titleLine;
        /** Normalized words the article also writes in lower case: common words, not surnames. */
        final Set<String> lowerSeen = new java.util.HashSet<>();
        /** Where a gazetteer name walk goes after each word ({@link NameTrie#starts}). */
        final Object[] nameStarts;
        final List<M> ms = new ArrayList<>();
        final Set<String> staffSlugs = new java.util.HashSet<>();
        final Map<String, String> newLabels = new HashMap<>();
        final Map<String, EntityType> newTypes = new HashMap<>();
        final Map<String, RoleInfo> roles = new HashMap<>();
        final Map<String, Set<String>> newMemberOf = new HashMap<>();
        /** The body has no comma at all: a scraper stripped its punctuation, and appositions stand without commas. */
        final boolean stripped;
        /** Names of new actors that are not surface forms of a mention ("Northwind Energy" of "Northwind Energy Ltd"). */
        final Map<String, Set<String>> extraLabels = new HashMap<>();

        Run(Article a) {
            this.a = a;
            this.w = Words.of(a.body());
            this.nameStarts = g.names.starts(w);
            int n = w.size;
            pos = new String[n];
            lemma = new String[n];
            sentEnd = new int[n];
            sentStart = new boolean[n];
            paraWords = new int[n];
            claim = new M[n];
            echo = new boolean[n];
            possessive = new boolean[n];
            titleLine = new byte[n];
            for (int k = 0; k < n; k++) if (!w.capitalized(k)) lowerSeen.add(w.norm[k]);
            stripped = a.body().length() > 200 && a.body().indexOf(',') < 0;
            markEchoes(a.meta().title());
            List<Token> toks = a.tokens();
            int t = 0;
            for (int i = 0; i < n; i++) {
                while (t < toks.size() && toks.get(t).span().end() <= w.begin[i]) t++;
                if (t < toks.size() && toks.get(t).span().begin() <= w.begin[i]) {
                    pos[i] = firstTag(toks.get(t).pos(), i);
                    lemma[i] = toks.get(t).lemma();
                } else {
                    pos[i] = "X";
                }
            }
            List<Sentence> ss = a.sentences();
            int s = 0;
            int i = 0;
            while (i < n) {
                while (s < ss.size() && ss.get(s).span().end() <= w.begin[i]) s++;
                int end;
                if (s < ss.size() && ss.get(s).span().begin() <= w.begin[i]) end = ss.get(s).span().end();
                else end = s < ss.size() ? ss.get(s).span().begin() : a.body().length();
                int j = i;
                while (j + 1 < n && w.begin[j + 1] < end) j++;
                for (int k = i; k <= j; k++) sentEnd[k] = j;
                sentStart[i] = true;
                i = j + 1;
            }
            // a middle initial ends no sentence: "Jess L. Baily"
            // nor does an initial opening a name after a reporting verb, "by" or a comma ("said T. Ramaswamy", "the collector, P. Lakshmanan,")
            for (int k = n - 2; k >= 1; k--) {
                if (!sentStart[k + 1] || w.end[k] - w.begin[k] != 1 || !w.capitalized(k) || !(w.capitalized(k - 1) || initialOpensName(k))
                        || !w.capitalized(k + 1) || !w.gap(k).equals(". ") || sentStart[k]) continue;
                sentStart[k + 1] = false;
                for (int x = k; x >= 0 && sentEnd[x] == k; x--) sentEnd[x] = sentEnd[k + 1];
            }
            List<Span> ps = a.paragraphs();
            int p = 0;
            i = 0;
            while (i < n) {
                while (p < ps.size() && ps.get(p).end() <= w.begin[i]) p++;
                int end = p < ps.size() && ps.get(p).begin() <= w.begin[i] ? ps.get(p).end() : w.end[i];
                int j = i;
                while (j + 1 < n && w.begin[j + 1] < end) j++;
                for (int k = i; k <= j; k++) paraWords[k] = j - i + 1;
                i = j + 1;
            }
            for (String s2 : a.meta().authors()) staffSlugs.add(Ids.slug(s2));
            for (String s2 : a.meta().translators()) staffSlugs.add(Ids.slug(s2));
            staffSlugs.addAll(a.staff());
        }

        /**
         * The tag of word i from its token's: a contraction's first part ("Israel's" PROPN+PART → PROPN); a capitalised
         * word the tagger read as a pronoun before "'s" ("Ukraine's" PRON+AUX) is a proper noun unless it is a pronoun.
         */
        String firstTag(String tag, int i) {
            int plus = tag.indexOf('+');
            if (plus < 0) return tag;
            String first = tag.substring(0, plus);
            if (first.equals("PRON") && w.capitalized(i) && !PRONOUNS.contains(w.norm[i])) return "PROPN";
            return first;
        }

        /** Marks the words of each copy of the headline inside the body. */
        void markEchoes(String title) {
            if (title == null) return;
            List<String> tw = Words.normalized(title);
            if (tw.size() < 4) return;
            for (int i = 0; i + tw.size() <= w.size; i++) {
                int k = 0;
                while (k < tw.size() && w.norm[i + k].equals(tw.get(k))) k++;
                if (k == tw.size()) for (int x = i; x < i + k; x++) echo[x] = true;
            }
        }

        Article run() {
            gazetteer();
            places();
            datelineAgencies();
            subBodies();
            armedForces();
            nationalMilitaries();
            properBodies();
            names();
            possessiveInstitutions();
            titledOfficeNames();
            unknownPolityBodies();
            campaigns();
            mediaGroups();
            definedNames();
            acronyms();
            mediaAcronyms();
            classifiedOutlets();
            companies();
            surnames();
            persons();
            possessiveCampaigns();
            placeTitles();
            countryTitles();
            titleOffices();
            descriptions();
            administrations();
            collectives();
            describedActors();
            referredNames();
            settings();
            ampersandNames();
            theLabels();
            bareHeads();
            pictureCredits();
            quotedPhrases();
            quotedTitles();
            sameBodies();
            return build();
        }

        // ------------------------------------------------------------ helpers

        /** Strips white space, no-break spaces included. */
        String trim(String s) {
            int b = 0, e = s.length();
            while (b < e && (Character.isWhitespace(s.charAt(b)) || Character.isSpaceChar(s.charAt(b)))) b++;
            while (e > b && (Character.isWhitespace(s.charAt(e - 1)) || Character.isSpaceChar(s.charAt(e - 1)))) e--;
            return b == 0 && e == s.length() ? s : Words.slice(s, b, e);
        }

        boolean propn(int i) { return "PROPN".equals(pos[i]); }

        /**
         * A proper noun, or a capitalised word inside a sentence that the tagger reads as a common noun but the article
         * never writes in lower case: an unfamiliar name ("spokesperson Lin Jian", "Andrei Bastunets").
         */
        boolean properWord(int i) {
            if (propn(i) || apostropheInitial(i)) return true;
            // any other tag right after a given name ("Andrei/PROPN Bastunets/VERB")
            // or an adverb's tag right after a proper noun ("Tarquin/PROPN Velloso/ADV"): an unfamiliar surname
            boolean afterGiven = i > 0 && w.capitalized(i - 1) && (lex.givenNames.contains(w.norm[i - 1]) || propn(i - 1) && "ADV".equals(pos[i]))
                    && joins(i - 1) && trim(w.gap(i - 1)).isEmpty();
            return ("NOUN".equals(pos[i]) || afterGiven) && w.capitalized(i) && !sentStart[i] && !w.allCaps(i) && letters(i) >= 2
                    && !lowerSeen.contains(w.norm[i]) && !notName(i) && !isOrgHead(i) && !lex.placeWords.contains(w.norm[i]);
        }

        boolean notName(int i) { return lex.notName.contains(w.norm[i]); }

        /**
         * Initial k ("S.") opens a person's name, not the end of a sentence: after a reporting verb, "by" or a comma
         * ("said T. Ramaswamy", "the collector, P. Lakshmanan,") and before a capitalised word the article never writes in
         * lower case and that is no common word ("vitamin D. The …" stays two sentences).
         */
        boolean initialOpensName(int k) {
            if (w.norm[k].equals("i") || w.norm[k].equals("a") || w.capitalized(k - 1)) return false;
            String before = w.gap(k - 1);
            if (!before.equals(" ") && !before.equals(", ")) return false;
            // after a space only a reporting verb or "by" ("said T. Ramaswamy", "by P. Lakshmanan"): "hepatitis C. Gilead said" is two sentences
            if (before.equals(" ") && !w.norm[k - 1].equals("by") && !isSpeech(k - 1)) return false;
            int n = k + 1;
            return !notName(n) && !lowerSeen.contains(w.norm[n]) && !w.allCaps(n) && w.end[n] - w.begin[n] >= 2
                    && Character.isLetter(w.text.charAt(w.end[n] - 1)) && !"PRON".equals(pos[n]) && !"DET".equals(pos[n]);
        }

        boolean nameLike(int i) {
            return w.capitalized(i) && !Character.isDigit(w.text.charAt(w.begin[i]));
        }

        /** The gap between word i and i+1 allows a name to go on. */
        boolean joins(int i) {
            if (i + 1 >= w.size || sentEnd[i] != sentEnd[i + 1]) return false;
            String gap = w.gap(i);
            String tg = trim(gap);
            if (tg.isEmpty()) return gap.indexOf('\n') < 0;
            if (gap.equals("-")) return true;
            if (gap.equals("'") || gap.equals("’")) {
                // "Korean People's Army", "Women's Protection Units": a plural's possessive inside a name
                if (w.norm[i + 1].equals("s") && PLURAL_POSSESSIVES.contains(w.norm[i]) && w.capitalized(i)) {
                    return i + 2 < w.size && w.capitalized(i + 2) && trim(w.gap(i + 1)).isEmpty() && w.gap(i + 1).indexOf('\n') < 0;
                }
                return w.capitalized(i + 1) && w.end[i] - w.begin[i] == 1;
            }
            // "Workers' Party": the possessive of a plural in -s
            if ((tg.equals("'") || tg.equals("’")) && gap.charAt(0) == tg.charAt(0) && gap.indexOf('\n') < 0) {
                return w.norm[i].endsWith("s") && w.capitalized(i) && w.capitalized(i + 1) && letters(i) > 3;
            }
            if (tg.equals(".") && gap.indexOf('\n') < 0) return w.end[i] - w.begin[i] <= 4 && w.capitalized(i) && !w.allCaps(i) || w.end[i] - w.begin[i] == 1;
            return false;
        }

        /** A span for words [i, j], taking a trailing period of a one-letter word ("U.S."). */
        Span span(int i, int j) {
            int e = w.end[j];
            if (w.end[j] - w.begin[j] == 1 && e < w.text.length() && w.text.charAt(e) == '.' && j > i) e++;
            return new Span(w.begin[i], e);
        }

        String text(int i, int j) { return span(i, j).of(w.text); }

        void add(M m) {
            for (int k = m.from; k <= m.to; k++) claim[k] = m;
            ms.add(m);
        }

        void drop(M m) {
            for (int k = m.from; k <= m.to; k++) if (claim[k] == m) claim[k] = null;
            ms.remove(m);
        }

        boolean hard(int i) { return claim[i] != null && !claim[i].soft; }

        /** The longest title phrase (RANK or ROLE) starting at word i: its last word, or -1. */
        int titleAt(int i, Lexicon.Cue[] kind) {
            int[] best = {-1};
            lex.titles.matches(w, i, sentEnd[i] + 1, (end, values) -> {
                best[0] = end;
                kind[0] = values.contains(Lexicon.Cue.ROLE) ? Lexicon.Cue.ROLE : Lexicon.Cue.RANK;
            });
            return best[0];
        }

        /** A title phrase ending exactly at word j: its first word, or -1. */
        int titleEndingAt(int j, Lexicon.Cue[] kind) {
            int lo = Math.max(0, j - 4);
            for (int s = lo; s <= j; s++) {
                if (sentEnd[s] != sentEnd[j]) continue;
                Lexicon.Cue[] k = new Lexicon.Cue[1];
                int e = titleAt(s, k);
                if (e == j) {
                    kind[0] = k[0];
                    return s;
                }
                // a shorter phrase ending at j
                List<String> ws = new ArrayList<>();
                for (int x = s; x <= j; x++) ws.add(w.norm[x]);
                List<Lexicon.Cue> v = lex.titles.get(ws);
                if (!v.isEmpty()) {
                    kind[0] = v.contains(Lexicon.Cue.ROLE) ? Lexicon.Cue.ROLE : Lexicon.Cue.RANK;
                    return s;
                }
            }
            return -1;
        }

        // ------------------------------------------------------------ 1. known names

        void gazetteer() {
            for (int i = 0; i < w.size; i++) {
                int limit = sentEnd[i] + 1;
                if (nameStarts[i] == null) { // no known name starts here: nothing to match
                    strippedPossessive(i);
                    continue;
                }
                final int from = i;
                int[] bestEnd = {-1};
                List<Gazetteer.Target> best = new ArrayList<>();
                g.names.matches(nameStarts, w, i, limit, (end, values) -> {
                    List<Gazetteer.Target> ok = new ArrayList<>();
                    for (Gazetteer.Target t : values) if (accepts(t, from, end)) ok.add(t);
                    if (!ok.isEmpty()) {
                        bestEnd[0] = end;
                        best.clear();
                        best.addAll(ok);
                    }
                });
                if (bestEnd[0] < 0) {
                    strippedPossessive(i);
                    continue;
                }
                // "the UN Security Council": a longer name starting at the next word wins over "the UN"
                if (bestEnd[0] > i && longestAt(i + 1, limit) > bestEnd[0]) continue;
                M m = resolve(from, bestEnd[0], best);
                if (m != null) {
                    add(m);
                    nested(m);
                    i = m.to;
                }
            }
        }

        /**
         * "Turkeys President", "Russias Defence Ministry": in text stripped of apostrophes, a capitalised word that is a
         * country's one-word name plus "s", before a name or a noun, is that country's possessive. Not "the Americas",
         * not a given name ("Frances").
         */
        void strippedPossessive(int i) {
            int n = w.norm[i].length();
            if (n < 4 || !w.norm[i].endsWith("s") || !w.text.startsWith("s", w.end[i] - 1) || !w.capitalized(i) || w.allCaps(i) || i + 1 >= w.size || !joins(i)) return;
            if (!trim(w.gap(i)).isEmpty() || lex.givenNames.contains(w.norm[i]) || i > 0 && w.norm[i - 1].equals("the")) return;
            if (!w.capitalized(i + 1) && !"NOUN".equals(pos[i + 1])) return;
            String stem = w.text.substring(w.begin[i], w.end[i] - 1);
            for (Gazetteer.Target t : g.names.get(List.of(w.norm[i].substring(0, n - 1)))) {
                if (t.kind() != Gazetteer.Kind.ACTOR) continue;
                EntityType type = g.actors.get(t.ref()).type();
                // a country's name ("Turkeys"), or another actor's one-word name written exactly so ("CNNs", "Hezbollahs")
                boolean country = type == EntityType.COUNTRY && t.firstCap() && t.capsMask() == 0;
                if (!country && (type == EntityType.COUNTRY || !t.alias().equals(stem))) continue;
                add(new M(i, i, t.ref(), type, Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false));
                possessive[i] = true;
                return;
            }
        }

        /** "permanent delegation of Syria at the UN": an organisation named inside a longer name is mentioned too. */
        void nested(M outer) {
            if (outer.source != Gazetteer.Kind.ACTOR || outer.type != EntityType.ORGANIZATION || outer.to - outer.from < 2) return;
            possessiveCountry(outer);
            for (int k = outer.from + 1; k <= outer.to; k++) {
                if (!APPOSITION_PREPS.contains(w.norm[k - 1])) continue;
                int from = k < outer.to && w.norm[k].equals("the") ? k + 1 : k;
                int[] end = {-1};
                String[] key = {null};
                g.names.matches(nameStarts, w, from, outer.to + 1, (e, values) -> {
                    for (Gazetteer.Target t : values) {
                        if (t.kind() != Gazetteer.Kind.ACTOR || !accepts(t, from, e)) continue;
                        EntityType ty = g.actors.get(t.ref()).type();
                        if (ty == EntityType.ORGANIZATION || ty == EntityType.OUTLET) { end[0] = e; key[0] = t.ref(); return; }
                    }
                });
                if (end[0] == outer.to && !key[0].equals(outer.key)) {
                    Gazetteer.Actor ac = g.actors.get(key[0]);
                    ms.add(new M(from, end[0], ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false));
                    return;
                }
            }
        }

        /**
         * "Turkey's Foreign Ministry", "Russia's Defence Ministry": a known body named after its country's possessive mentions
         * the country too, as a body named after it does ("Iran's Foreign Ministry" → Iran).
         */
        void possessiveCountry(M outer) {
            for (int k = outer.from; k + 1 < outer.to; k++) {
                if (!w.norm[k + 1].equals("s") || !(w.gap(k).equals("'") || w.gap(k).equals("’"))) continue;
                final int end = k;
                String[] key = {null};
                g.names.matches(nameStarts, w, outer.from, end + 1, (e, values) -> {
                    if (e != end) return;
                    for (Gazetteer.Target t : values) {
                        if (t.kind() == Gazetteer.Kind.ACTOR && accepts(t, outer.from, e) && g.actors.get(t.ref()).type() == EntityType.COUNTRY) {
                            key[0] = t.ref();
                            return;
                        }
                    }
                });
                if (key[0] != null && !key[0].equals(outer.key)) ms.add(new M(outer.from, end, key[0], EntityType.COUNTRY, Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false));
                return;
            }
        }

        int longestAt(int from, int limit) {
            int[] best = {-1};
            g.names.matches(nameStarts, w, from, limit, (end, values) -> {
                for (Gazetteer.Target t : values) if (accepts(t, from, end)) { best[0] = end; return; }
            });
            return best[0];
        }

        boolean accepts(Gazetteer.Target t, int from, int end) {
            if (surnameAfterGivenName(t, from, end)) return false;
            for (int k = 0; k <= end - from && k < 64; k++) {
                if ((t.capsMask() & (1L << k)) != 0 && !w.allCaps(from + k)) return false;
            }
            // words inside a name are never joined across a sentence-internal comma or line
            for (int k = from; k < end; k++) {
                String gap = w.gap(k);
                if (gap.indexOf(',') >= 0 || gap.indexOf('\n') >= 0 || gap.indexOf('(') >= 0 || gap.indexOf(')') >= 0) return false;
            }
            if (t.kind() == Gazetteer.Kind.ACTOR) {
                if (t.firstCap() && !w.capitalized(from)) return false;
                // an outlet's name of several words is a title: "Foreign Policy", never "Foreign policy analysts"
                if (end > from && g.actors.get(t.ref()).type() == EntityType.OUTLET) {
                    for (int k = 0; k <= end - from && k < 64; k++) {
                        if ((t.titleMask() & (1L << k)) != 0 && !w.capitalized(from + k)) return false;
                    }
                }
                if (from == end && t.firstCap() && !w.allCaps(from) && sentStart[from] && !propn(from) && !"NOUN".equals(pos[from])
                        && !"ADJ".equals(pos[from])) return false;
                if (from == end && styleAcronym(from)) return false;
                if (from == end && givenNameAfterRole(t, from)) return false;
                return true;
            }
            // places and demonyms are proper names (after an Arabic article: "al-Tanf")
            int first = from;
            while (first < end && PARTICLES.contains(w.norm[first]) && w.gap(first).equals("-")) first++;
            if (!w.capitalized(first)) return false;
            if (from == end) {
                if (notName(from)) return false;
                if (t.kind() != Gazetteer.Kind.DEMONYM && !propn(from) && (sentStart[from] || !"NOUN".equals(pos[from]))) return false;
                if (t.kind() != Gazetteer.Kind.DEMONYM && w.allCaps(from) && w.end[from] - w.begin[from] <= 3) return false;
            }
            return true;
        }

        /** An acronym before "-style" or "-like" names a kind of body, not the body ("a FEMA-style agency"). */
        boolean styleAcronym(int i) {
            return w.allCaps(i) && i + 1 < w.size && w.gap(i).equals("-") && (w.norm[i + 1].equals("style") || w.norm[i + 1].equals("like"));
        }

        M resolve(int from, int to, List<Gazetteer.Target> ts) {
            Gazetteer.Target actor = null, place = null, region = null, demonym = null;
            for (Gazetteer.Target t : ts) {
                switch (t.kind()) {
                    case ACTOR -> { if (actor == null) actor = t; }
                    case PLACE -> { if (place == null || betterPlace(t, place)) place = t; }
                    case REGION -> { if (region == null) region = t; }
                    case DEMONYM -> { if (demonym == null) demonym = t; }
                }
            }
            // "BEIRUT (Reuters) -", "DAMASCUS, Syria": a dateline names the place of writing, not an actor
            if (actor != null && dateline(from, to) && !sameWords(from, to, g.actors.get(actor.ref()).label())) actor = null;
            if (actor != null) {
                Gazetteer.Actor ac = g.actors.get(actor.ref());
                // a city standing for a government ("Damascus", "Washington"), unless it is the actor's own name
                boolean metonym = (place != null || region != null) && !sameWords(from, to, ac.label());
                if (metonym && locative(from, to)) actor = null;
                else {
                    Mention.Kind k = metonym ? Mention.Kind.METONYM
                            : sameWords(from, to, ac.label()) ? Mention.Kind.NAME : Mention.Kind.ALIAS;
                    return new M(from, to, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, k, false);
                }
            }
            if (place != null || region != null) {
                boolean regionWord = false;
                for (int k = from; k <= to; k++) {
                    String n = w.norm[k];
                    if (REGION_WORDS.contains(n)) regionWord = true;
                }
                // a capital standing for its government in a locative phrase ("in Washington") is the city, never a region of that name
                if (region != null && (place == null && actor == null && !metonymActor(ts) || regionWord)) {
                    return new M(from, to, region.ref(), EntityType.PLACE, Gazetteer.Kind.REGION, Mention.Kind.NAME, true);
                }
                if (place != null) return new M(from, to, place.ref(), EntityType.PLACE, Gazetteer.Kind.PLACE, Mention.Kind.NAME, true);
            }
            if (demonym != null) {
                return new M(from, to, demonym.ref(), EntityType.COUNTRY, Gazetteer.Kind.DEMONYM, Mention.Kind.DESCRIPTION, true);
            }
            return null;
        }

        boolean metonymActor(List<Gazetteer.Target> ts) {
            for (Gazetteer.Target t : ts) if (t.kind() == Gazetteer.Kind.ACTOR) return true;
            return false;
        }

        boolean betterPlace(Gazetteer.Target t, Gazetteer.Target than) {
            Gazetteer.Place a = g.places.get(t.ref()), b = g.places.get(than.ref());
            boolean fa = a.iso2() != null && Gazetteer.FOCUS.contains(a.iso2()), fb = b.iso2() != null && Gazetteer.FOCUS.contains(b.iso2());
            if (fa != fb) return fa;
            return a.population() > b.population();
        }

        boolean sameWords(int from, int to, String label) {
            List<String> l = Words.normalized(label);
            if (l.size() != to - from + 1) return false;
            for (int k = 0; k < l.size(); k++) if (!l.get(k).equals(w.norm[from + k])) return false;
            return true;
        }

        /** Words [from, to] in capitals open a paragraph before a comma, a parenthesis or a dash: a dateline. */
        boolean dateline(int from, int to) {
            if (to + 1 >= w.size || letters(from) < 3) return false;
            if (from > 0 && w.text.substring(w.end[from - 1], w.begin[from]).indexOf('\n') < 0) return false;
            String gap = trim(w.gap(to));
            if (gap.isEmpty()) return false;
            if (w.allCaps(from)) return ",(-–—".indexOf(gap.charAt(0)) >= 0;
            // "Damascus, SANA -": a place, a comma and an agency's acronym before a dash
            if (!gap.equals(",") || to + 2 >= w.size || !w.allCaps(to + 1) || letters(to + 1) < 2) return false;
            String next = trim(w.gap(to + 1));
            return !next.isEmpty() && "-–—(".indexOf(next.charAt(0)) >= 0;
        }

        /**
         * "KESSA CITY, March 14 (Harbour Wire) - ...": capitalised words in parentheses after a dateline that opens a
         * paragraph (a place in capitals, then at most a comma and a date on the same line) and before a dash are the wire
         * service that filed the story, an outlet. Only one to four capitalised words the gazetteer does not know, nothing
         * else in the parentheses; not a parenthesis elsewhere in a paragraph ("the ministry (Kessa Office) - which"), not
         * one after a capitalised word that opens no paragraph, not a parenthesis without a dash after it
         * ("KESSA CITY (Updated)" then text: no dash), not an outlet's desk or staff ("(Kessa Times Health Desk)").
         */
        void datelineAgencies() {
            for (int i = 0; i < w.size; i++) {
                if (i > 0 && w.gap(i - 1).indexOf('\n') < 0 || !w.allCaps(i) || letters(i) < 3) continue;
                int open = -1;
                for (int k = i; k < w.size - 1 && k - i < 7; k++) {
                    String g = w.gap(k);
                    if (g.indexOf('\n') >= 0) break;
                    String t = trim(g);
                    if (t.equals("(")) { open = k + 1; break; }
                    if (!t.isEmpty() && !t.equals(",") && !t.equals(".")) break;
                }
                if (open < 0) continue;
                int c = open;
                while (c < w.size && c - open < 4 && claim[c] == null && w.capitalized(c) && !notName(c) && trim(w.gap(c)).isEmpty()
                        && w.gap(c).indexOf('\n') < 0) c++;
                if (c >= w.size || c - open >= 4 || claim[c] != null || !w.capitalized(c) || notName(c)) continue;
                String close = trim(w.gap(c));
                if (!close.startsWith(")")) continue;
                String dash = close.substring(1).trim();
                if (!(dash.equals("-") || dash.equals("–") || dash.equals("—") || dash.equals("--"))) continue;
                // "(Kessa Times Health Desk)", "(Kessa Times Staff)", "(Corrected)": a desk or staff of an outlet named elsewhere,
                // an editorial tag (words-mentions DATELINE_NOT_OUTLET), no outlet of its own
                if (DATELINE_NOT_OUTLET.contains(w.norm[c]) || lex.givenNames.contains(w.norm[open])) continue;
                // the capitals must be a dateline: a place the gazetteer knows ("KESSA CITY, Kessa (" too), or a day of a month
                // ("KESSA CITY, March 14 ("). Not an acronym spelt out ("KRF (Kessa Rescue Fund) –"), a speaker's tag ("ORLOV
                // (Tallow Rovers) –"), a seat and its winner ("LOWMOOR EAST (Petra Haldane) –")
                if (!placeOrDayIn(i, open - 1)) continue;
                newName(open, c, EntityType.OUTLET);
            }
        }

        /** Words [i, j] opening a paragraph are a dateline: they hold a place the gazetteer knows or a month's day ("March 14"). */
        boolean placeOrDayIn(int i, int j) {
            for (int k = i; k <= j; k++) {
                if (claim[k] != null && (claim[k].source == Gazetteer.Kind.PLACE || claim[k].source == Gazetteer.Kind.REGION)) return true;
                if (k > i && w.end[k] - w.begin[k] <= 2 && w.text.substring(w.begin[k], w.end[k]).chars().allMatch(Character::isDigit)
                        && w.capitalized(k - 1) && !w.allCaps(k - 1)) return true;
            }
            return false;
        }

        /** "in Damascus", "DAMASCUS, Syria" (a dateline): the capital as a place, not its government. */
        boolean locative(int from, int to) {
            if (from > 0 && !sentStart[from] && lex.locative.contains(w.norm[from - 1]) && !w.capitalized(from - 1)) return true;
            if (from > 1 && !sentStart[from] && w.norm[from - 1].equals("the") && lex.locative.contains(w.norm[from - 2])) return true;
            // "a Washington think tank", "a Moscow court": a modifier of a lower-case noun after "a" is the city
            if (from > 0 && !sentStart[from] && (w.norm[from - 1].equals("a") || w.norm[from - 1].equals("an")) && to + 1 < w.size
                    && joins(to) && trim(w.gap(to)).isEmpty() && !w.capitalized(to + 1)) return true;
            boolean paraStart = from == 0 || w.text.substring(w.end[from - 1], w.begin[from]).indexOf('\n') >= 0;
            return paraStart && to + 1 < w.size && w.gap(to).startsWith(",") && w.allCaps(from);
        }

        /**
         * "the U.N. human rights office", "the UN refugee agency": a known organisation followed by lower-case words that
         * end in a body's head is that organisation's unit, a new organisation and a member of it; the parent stays mentioned.
         */
        void subBodies() {
            for (M m : new ArrayList<>(ms)) {
                if (m.soft || m.source != Gazetteer.Kind.ACTOR || m.type != EntityType.ORGANIZATION) continue;
                int k = m.to;
                int end = -1;
                // "the European Union's monitoring mission": the body after its parent's possessive
                boolean poss = k + 2 < w.size && w.norm[k + 1].equals("s") && (w.gap(k).equals("'") || w.gap(k).equals("’")) && claim[k + 1] == null;
                if (poss) k++;
                while (k + 1 < w.size && k - m.to < 4 + (poss ? 1 : 0) && joins(k) && (trim(w.gap(k)).isEmpty() || acronymDot(k)) && claim[k + 1] == null
                        && !w.capitalized(k + 1) && nominal(k + 1)) {
                    k++;
                    if (BODY_HEADS.contains(w.norm[k]) && "NOUN".equals(pos[k]) && (k > m.to + 1 + (poss ? 1 : 0) || placeAfterPosted(k) >= 0)) { end = k; break; }
                }
                if (end < 0 || end + 1 < w.size && joins(end) && trim(w.gap(end)).isEmpty() && nominal(end + 1) && !"ADJ".equals(pos[end + 1])) continue;
                // "… monitoring mission in Armenia": a mission or office named with the country it works in
                if (end + 2 < w.size && w.norm[end + 1].equals("in") && joins(end) && joins(end + 1) && trim(w.gap(end)).isEmpty()
                        && claim[end + 2] != null && claim[end + 2].from == end + 2 && claim[end + 2].type != EntityType.PERSON
                        && (claim[end + 2].type == EntityType.COUNTRY || claim[end + 2].soft)) end = claim[end + 2].to;
                else if (placeAfterPosted(end) >= 0) end = placeAfterPosted(end);
                drop(m);
                int from = w.norm[m.from].equals("the") && m.from < m.to ? m.from + 1 : m.from;
                List<M> inner = new ArrayList<>();
                for (int x = m.to + 1; x <= end; x++) if (claim[x] != null && !inner.contains(claim[x])) inner.add(claim[x]);
                for (M x : inner) drop(x);
                M sub = newName(from, end, EntityType.ORGANIZATION);
                if (sub == null) { add(m); for (M x : inner) add(x); continue; }
                ms.addAll(inner); // the country it works in stays mentioned
                // the article before a possessive belongs to the body: "The European Union's monitoring mission"
                if (poss && from == m.from && from > 0 && w.norm[from - 1].equals("the") && claim[from - 1] == null && joins(from - 1)) {
                    drop(sub);
                    sub = new M(from - 1, sub.to, sub.key, sub.type, sub.source, sub.kind, false);
                    add(sub);
                }
                ms.add(m);
                if (sub.source == null) newMemberOf.computeIfAbsent(sub.key, x -> new LinkedHashSet<>()).add(m.key);
            }
        }

        /**
         * "the Brackmoor cooperative", "the Kharkiv city council", "the Lagos state government", "the Lorvian border command":
         * "the", one to three capitalised words (a place or country the gazetteer knows, or words no mention holds) and a
         * lower-case noun phrase ending in a body's head (words-mentions LOCAL_BODY_HEADS, or QUALIFIED_BODY_HEADS after a
         * lower-case qualifier: "state government", "prosecutor's office") name one organisation, labelled as written
         * without "the" (or the gazetteer's actor of that name); a place or country in it stays mentioned. Not a noun phrase
         * that goes on ("the Kharkiv city council building"), not a person's title ("the Kharkiv mayor": no body's head), not
         * a day, month, person, title or known organisation as modifier ("the Tuesday meeting"), not a state body the
         * lexicon knows ("the Malian foreign ministry", handled with its country), not a country or demonym before a bare
         * head ("the Russian company" describes one; "the Iraqi government" is Iraq), not a known place before a bare head of
         * words-mentions PLACE_DESCRIBED_HEADS ("the Seattle company" is a firm named elsewhere), and not a name before a lower-case
         * organisation noun that classifies it ("the Ennahda party": {@link #orgTail}). Without "the" only a known place and
         * a qualified head opening the noun phrase ("Kharkiv city council said"; not "a Kharkiv city council member").
         */
        void properBodies() {
            for (int i = 0; i + 2 < w.size; i++) {
                boolean the = w.norm[i].equals("the") && claim[i] == null && joins(i) && trim(w.gap(i)).isEmpty();
                int m = the ? i + 1 : i;
                if (!w.capitalized(m)) continue;
                // a place or country the gazetteer knows (perhaps a soft match still), or capitalised words no mention holds
                M c = claim[m] != null && claim[m].from == m && (claim[m].type == EntityType.PLACE || claim[m].type == EntityType.COUNTRY)
                        && claim[m].kind != Mention.Kind.METONYM ? claim[m] : null;
                // without "the" only a known place opening the noun phrase ("Kharkiv city council said"): not after a name, an
                // article, an adjective, a noun or a possessive ("a Kharkiv city council member", "Ukraine's Kharkiv …")
                if (!the && (c == null || c.type != EntityType.PLACE || m > 0 && !sentStart[m] && (w.capitalized(m - 1) && joins(m - 1)
                        || "DET".equals(pos[m - 1]) || "ADJ".equals(pos[m - 1]) || "NOUN".equals(pos[m - 1]) || "PROPN".equals(pos[m - 1])
                        || w.norm[m - 1].equals("s") && m > 1 && possessiveAt(m - 2)))) continue;
                int e;
                if (c == null && hard(m)) continue;
                if (c != null) {
                    e = c.to;
                } else {
                    e = m - 1;
                    while (e + 1 < w.size && e + 1 - m < 3 && w.capitalized(e + 1) && !w.allCaps(e + 1) && !hard(e + 1) && !notName(e + 1)
                            && !lex.givenNames.contains(w.norm[e + 1]) && !lowerSeen.contains(w.norm[e + 1]) && titleAt(e + 1, new Lexicon.Cue[1]) < 0
                            && !isOrgHead(e + 1) && letters(e + 1) >= 3 && (e < m || joins(e) && trim(w.gap(e)).isEmpty())) e++;
                    if (e < m) continue;
                }
                if (!joins(e) || !trim(w.gap(e)).isEmpty() || e + 1 >= w.size || w.capitalized(e + 1)) continue;
                // the lower-case noun phrase: nouns and adjectives, a possessive "'s" inside ("prosecutor's office")
                int r = e;
                while (r + 1 < w.size && r - e < 3 && !w.capitalized(r + 1) && !hard(r + 1) && (r == e || joins(r) || possessiveAt(r) && sentEnd[r + 1] == sentEnd[r])
                        && ("NOUN".equals(pos[r + 1]) || "ADJ".equals(pos[r + 1]) || LOCAL_BODY_HEADS.contains(w.norm[r + 1])
                        || possessiveAt(r + 1) && letters(r + 1) >= 3
                        || w.norm[r + 1].equals("s") && r > e && possessiveAt(r) && trim(w.gap(r + 1)).isEmpty())
                        && (trim(w.gap(r)).isEmpty() || possessiveAt(r) && w.norm[r + 1].equals("s"))) r++;
                if (r == e) continue;
                boolean qualified = r > e + 1;
                if (!the && !qualified) continue;
                if (!LOCAL_BODY_HEADS.contains(w.norm[r]) && !(qualified && QUALIFIED_BODY_HEADS.contains(w.norm[r]))) continue;
                // the phrase goes on: "the Kharkiv city council building"
                if (r + 1 < w.size && joins(r) && trim(w.gap(r)).isEmpty() && !w.capitalized(r + 1) && nominal(r + 1)) continue;
                // a state body the lexicon knows, handled with its country ("the Malian foreign ministry", "the Ruritanian police")
                if (bodyEnd(e + 1) >= 0) continue;
                boolean polity = c != null && c.type == EntityType.COUNTRY || c == null && e == m && demonymShown(m);
                if (polity && (!qualified || COUNTRY_ITSELF.contains(w.norm[r]))) continue;
                // "the Seattle company said": a firm based in the place, named elsewhere
                if (c != null && c.type == EntityType.PLACE && !qualified && PLACE_DESCRIBED_HEADS.contains(w.norm[r])) continue;
                // "the Ennahda party", "the Brackmoor union": a name a lower-case organisation noun classifies (orgTail)
                if (c == null && (cueStartsAt(lex.orgNouns, e + 1, r) || r > e + 1 && cueStartsAt(lex.orgNouns, e + 2, r))) continue;
                // "the Benghazi committee" after "the House Select Committee on Benghazi": a body the article already names
                // with these words is the one meant (a later "the committee" refers back to it)
                if (namedWithWords(m, r)) continue;
                if (c != null) drop(c);
                M body = newName(m, r, EntityType.ORGANIZATION);
                if (body == null || body.type != EntityType.ORGANIZATION) {
                    if (body != null) drop(body);
                    if (c != null) add(c);
                    continue;
                }
                if (c != null) {
                    ms.add(c); // the place or country stays mentioned
                    if (c.type == EntityType.COUNTRY && body.source == null && c.source != null && g.actors.containsKey(c.key))
                        newMemberOf.computeIfAbsent(body.key, y -> new LinkedHashSet<>()).add(c.key);
                }
                i = r;
            }
        }

        /**
         * The article names the body elsewhere in capitals with the modifier and the head ("the Benghazi committee" and
         * "the House Select Committee on Benghazi"): the capitalised head with the capitalised modifier within four words.
         */
        boolean namedWithWords(int m, int r) {
            for (int j = 0; j < w.size; j++) {
                if (j >= m && j <= r || !w.capitalized(j) || !w.norm[j].equals(w.norm[r])) continue;
                for (int k = Math.max(0, j - 4); k <= Math.min(w.size - 1, j + 4); k++) if (k != j && w.capitalized(k) && w.norm[k].equals(w.norm[m])) return true;
            }
            return false;
        }

        /** A lower-case phrase of {@code trie} starting at word k and ending exactly at word j. */
        boolean cueStartsAt(NameTrie<Lexicon.Cue> trie, int k, int j) {
            boolean[] found = {false};
            trie.matches(w, k, j + 1, (end, v) -> { if (end == j) found[0] = true; });
            return found[0];
        }

        /** The capitalised word at i is an adjective of a polity the article names capitalised elsewhere ("Lorvian" of "Lorvia"). */
        boolean demonymShown(int i) {
            if (lex.demonyms.containsKey(w.norm[i])) return true;
            for (int k = 0; k < w.size; k++) if (k != i && w.capitalized(k) && demonymOfName(w.norm[i], w.norm[k])) return true;
            return false;
        }

        /**
         * "Azerbaijani armed forces", "the Armenian army", "Armenian units", "the Russian border guard service": a demonym
         * before a lower-case noun of the lexicon's ARMED_FORCES names that country's armed forces, one actor per country
         * (labelled "&lt;demonym&gt; armed forces", a member of the country), and the country stays mentioned. Not a
         * modifier of a further noun ("Syrian army positions").
         */
        void armedForces() {
            for (M c : new ArrayList<>(ms)) {
                if (c.source == Gazetteer.Kind.ACTOR && c.type == EntityType.COUNTRY && !c.soft && claim[c.to] == c) {
                    countryPossessiveBody(c);
                    continue;
                }
                if (c.source != Gazetteer.Kind.DEMONYM || !c.soft || claim[c.to] != c || c.to + 1 >= w.size) continue;
                int k = c.to;
                if (!joins(k) || !trim(w.gap(k)).isEmpty() || w.capitalized(k + 1)) continue;
                int[] end = {-1};
                lex.armedForces.matches(w, k + 1, sentEnd[k] + 1, (x, v) -> end[0] = x);
                int x = end[0];
                if (x < 0) {
                    int b = bodyEnd(k + 1);
                    if (b >= 0) stateBody(c, k + 1, b, c.from, oneLine(text(c.from, c.to)));
                    continue;
                }
                if (x < 0 || x + 1 < w.size && joins(x) && trim(w.gap(x)).isEmpty() && !w.capitalized(x + 1) && nominal(x + 1)
                        && !"ADJ".equals(pos[x + 1])) continue;
                String label = oneLine(text(c.from, c.to)) + " armed forces";
                String key = Ids.slug(label);
                String known = g.actorNamed(label);
                drop(c);
                M m;
                if (known != null) {
                    Gazetteer.Actor ac = g.actors.get(known);
                    m = new M(c.from, x, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false);
                } else {
                    newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
                    newLabels.putIfAbsent(key, label);
                    newMemberOf.computeIfAbsent(key, y -> new LinkedHashSet<>()).add(c.key);
                    m = new M(c.from, x, key, EntityType.ORGANIZATION, null, Mention.Kind.NAME, false);
                }
                add(m);
                ms.add(c);
            }
        }

        /**
         * After the head of a posted body at word k ("embassy", "mission"), "in" and a known country (not a city), in the same
         * sentence and ending there or before a lower-case word: the place's last word, or -1. Not a person ("the office in
         * Ms Lee's name"), not a place that opens a longer name ("the mission in Somalia Airways"), not a head in capitals.
         */
        int placeAfterPosted(int k) {
            if (!POSTED_HEADS.contains(w.norm[k]) || w.capitalized(k) && !sentStart[k]) return -1;
            if (k + 2 >= w.size || !w.norm[k + 1].equals("in") || w.capitalized(k + 1) || !joins(k) || !joins(k + 1)) return -1;
            M p = claim[k + 2];
            // "the embassy in Freedonia": one capitalised word the article never writes in lower case, no name word, date or
            // given name, and no longer name ("the office in Freedonia Tower")
            if (p == null && unknownPlaceWord(k + 2)) return k + 2;
            // a known country only: a body in a city is labelled without it ("the Moldovan embassy in Bucharest" is the embassy)
            if (p == null || p.from != k + 2 || p.type != EntityType.COUNTRY || p.kind == Mention.Kind.METONYM
                    || p.source == Gazetteer.Kind.DEMONYM || sentEnd[p.to] != sentEnd[k]) return -1;
            if (p.to + 1 < w.size && joins(p.to) && trim(w.gap(p.to)).isEmpty() && w.capitalized(p.to + 1)) return -1;
            return p.to;
        }

        /**
         * Word x is one capitalised word new to the gazetteer that may name a polity or a place ("Freedonia"): no name word,
         * date or given name, never written in lower case, four letters or more, not in capitals, a proper noun, not opening
         * a longer name ("Freedonia Tower"). Not a seat or house of government ("Whitehall", "Parliament": lexicon SEATS).
         */
        boolean unknownPlaceWord(int x) {
            return w.capitalized(x) && !notName(x) && !lowerSeen.contains(w.norm[x]) && !lex.givenNames.contains(w.norm[x]) && letters(x) >= 4
                    && !w.allCaps(x) && propn(x) && !(x + 1 < w.size && joins(x) && (nameLike(x + 1) || connector(x + 1))) && !SEATS.contains(w.norm[x]);
        }

        /**
         * The article shows the word at x as a polity: written capitalised somewhere else ("Ruritania denied …") or by its
         * adjective ("the Ruritanian army"). A word written only once, right after "Ministry of Health in", is not enough.
         */
        boolean polityShown(int x) {
            for (int k = 0; k < w.size; k++) {
                if (k != x && w.capitalized(k) && (w.norm[k].equals(w.norm[x]) || demonymOfName(w.norm[k], w.norm[x]))) return true;
            }
            return false;
        }

        /** The last word of a lower-case state body starting at word k ("foreign ministry"), not followed by a noun; or -1. */
        int bodyEnd(int k) {
            if (k >= w.size || w.capitalized(k)) return -1;
            int[] end = {-1};
            lex.stateBodies.matches(w, k, sentEnd[k] + 1, (x, v) -> end[0] = x);
            int x = end[0];
            if (x < 0 || x + 1 < w.size && joins(x) && trim(w.gap(x)).isEmpty() && !w.capitalized(x + 1) && nominal(x + 1) && !"ADJ".equals(pos[x + 1])) return -1;
            return x;
        }

        /** "Kenya's interior ministry", "Nigeria's army": a country's possessive before its armed forces or a lower-case body. */
        void countryPossessiveBody(M c) {
            int k = c.to + 1;
            if (k + 1 >= w.size || !w.norm[k].equals("s") || !(w.gap(c.to).equals("'") || w.gap(c.to).equals("’")) || !trim(w.gap(k)).isEmpty()) return;
            String demonym = lex.demonymOf.get(c.key);
            int[] end = {-1};
            lex.armedForces.matches(w, k + 1, sentEnd[k] + 1, (x, v) -> end[0] = x);
            int x = end[0];
            if (x >= 0 && !(x + 1 < w.size && joins(x) && trim(w.gap(x)).isEmpty() && !w.capitalized(x + 1) && nominal(x + 1) && !"ADJ".equals(pos[x + 1]))) {
                if (demonym == null || hard(k + 1)) return;
                String label = demonym + " armed forces";
                String known = g.actorNamed(label);
                drop(c);
                if (known != null) {
                    Gazetteer.Actor ac = g.actors.get(known);
                    add(new M(c.from, x, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false));
                } else {
                    String key = Ids.slug(label);
                    newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
                    newLabels.putIfAbsent(key, label);
                    newMemberOf.computeIfAbsent(key, y -> new LinkedHashSet<>()).add(c.key);
                    add(new M(c.from, x, key, EntityType.ORGANIZATION, null, Mention.Kind.NAME, false));
                }
                ms.add(c);
                return;
            }
            int b = bodyEnd(k + 1);
            if (b >= 0) stateBody(c, k + 1, b, c.from, demonym != null ? demonym : oneLine(text(c.from, c.to)) + "'s");
        }

        /** Words [from, to] name a body of country c, written from word {@code start}: a gazetteer actor, or a new one of the country. */
        void stateBody(M c, int from, int to, int start, String owner) {
            for (int k = from; k <= to; k++) if (hard(k)) return;
            // "the Moldovan embassy in Romania": a posted body and the place it works in are one body; the place stays mentioned
            int placeEnd = placeAfterPosted(to);
            if (placeEnd >= 0) {
                M place = claim[placeEnd];
                String label = owner + " " + oneLine(text(from, placeEnd));
                if (place != null) drop(place);
                if (c != null) { drop(c); ms.add(c); }
                if (place != null) ms.add(place);
                String key = Ids.slug(label);
                newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
                newLabels.putIfAbsent(key, label);
                if (c != null) newMemberOf.computeIfAbsent(key, y -> new LinkedHashSet<>()).add(c.key);
                add(new M(start, placeEnd, key, EntityType.ORGANIZATION, null, Mention.Kind.NAME, false));
                return;
            }
            if (c == null) { // a polity the gazetteer does not know: a new body of no known country
                String label = owner + " " + oneLine(text(from, to));
                String key = Ids.slug(label);
                if (g.actors.containsKey(key) || g.actorNamed(label) != null) return;
                newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
                newLabels.putIfAbsent(key, label);
                add(new M(start, to, key, EntityType.ORGANIZATION, null, Mention.Kind.NAME, false));
                return;
            }
            String label = owner + " " + oneLine(text(from, to));
            String known = g.actorNamed(label);
            if (known == null) known = g.actorNamed(oneLine(text(start, to)));
            // the whole phrase is the body's mention; the country stays mentioned: "Kenya's interior ministry" mentions Kenya
            drop(c);
            ms.add(c);
            if (known != null) {
                Gazetteer.Actor ac = g.actors.get(known);
                add(new M(start, to, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false));
                return;
            }
            String key = Ids.slug(label);
            if (g.actors.containsKey(key)) key = key + "-body";
            newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
            newLabels.putIfAbsent(key, label);
            newMemberOf.computeIfAbsent(key, y -> new LinkedHashSet<>()).add(c.key);
            add(new M(start, to, key, EntityType.ORGANIZATION, null, Mention.Kind.NAME, false));
        }

        /**
         * "US troops", "the Russian military", "Iraqi forces": a country's armed forces named generically, by its demonym or
         * name and a common noun, are that country acting (as "Russian forces" are Russia); the armed forces keep their own
         * node under their proper name ("United States Armed Forces", "Armed Forces of Ukraine") or as "armed forces".
         */
        void nationalMilitaries() {
            // "Ukrainian armed forces" names the armed forces as such: they stay an actor of their own, and then the
            // article's generic "Ukrainian forces" are that actor too
            Set<String> named = new java.util.HashSet<>();
            for (M m : ms) if (armedForces(m) && namesArmedForces(m)) named.add(m.key);
            for (M m : new ArrayList<>(ms)) {
                if (!armedForces(m) || named.contains(m.key)) continue;
                Gazetteer.Actor ac = g.actors.get(m.key);
                if (ac == null || ac.memberOf().isEmpty()) continue;
                String country = null;
                for (String k : ac.memberOf()) {
                    Gazetteer.Actor p = g.actors.get(k);
                    if (p != null && p.type() == EntityType.COUNTRY) country = k;
                }
                if (country == null) continue;
                drop(m);
                add(new M(m.from, m.to, country, EntityType.COUNTRY, Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false));
            }
        }

        private boolean armedForces(M m) { return m.source == Gazetteer.Kind.ACTOR && !m.soft && m.key.endsWith("-armed-forces"); }

        /** The mention names the armed forces as such: their label, a capitalised name, or "… armed forces". */
        private boolean namesArmedForces(M m) {
            Gazetteer.Actor ac = g.actors.get(m.key);
            return ac == null || sameWords(m.from, m.to, ac.label()) || w.capitalized(m.to)
                    || m.to > m.from && w.norm[m.to].equals("forces") && w.norm[m.to - 1].equals("armed");
        }

        // ------------------------------------------------------------ 2. new names

        void names() {
            int i = 0;
            while (i < w.size) {
                if (hard(i) || !nameLike(i) && !(ordinal(i) && joins(i) && nameLike(i + 1))) { i++; continue; }
                int j = i;
                while (true) {
                    int k = j + 1;
                    if (!joins(j) || k >= w.size || hard(k)) break;
                    if (nameLike(k) || hyphenTail(k)) { j = k; continue; }
                    // connectors: "Ministry of Defence", "Walid al-Moallem", "Observatory for Human Rights"
                    int c = k;
                    while (c < w.size && c - k < 2 && (connector(c) || w.norm[c].equals("and") && c == k) && joins(c) && !hard(c)) c++;
                    if (c > k && c < w.size && nameLike(c) && !hard(c) && joins(c - 1) && !(notName(c) && w.norm[k].equals("on"))
                            && (!w.norm[k].equals("and") || c == k + 1)) { j = c; continue; }
                    if (inOfPurposeName(i, j)) { j = k + 1; continue; }
                    break;
                }
                if (givenNames(i, j)) { i = j + 2; continue; }
                if (headAfterKnownBody(i, j)) { i = j + 1; continue; }
                run(i, j);
                i = j + 1;
            }
        }

        /**
         * "the Red Crescent Society said", "the Kenya Red Cross Society": one capitalised organisation head right after an
         * organisation the gazetteer knows ends a longer name, a body of its own, not a lone "Society". Not after a person,
         * place or country ("the Clinton Foundation", "the Texas Association" are handled as names of their own), nor across
         * punctuation.
         */
        boolean headAfterKnownBody(int i, int j) {
            if (i != j || i == 0 || sentStart[i] || !isOrgHead(i) || !joins(i - 1) || !trim(w.gap(i - 1)).isEmpty()) return false;
            M prev = claim[i - 1];
            if (prev == null || prev.soft || prev.to != i - 1 || prev.type != EntityType.ORGANIZATION || prev.source != Gazetteer.Kind.ACTOR) return false;
            int from = w.norm[prev.from].equals("the") ? prev.from + 1 : prev.from;
            if (from >= i || !w.capitalized(from)) return false;
            drop(prev);
            M body = newName(from, j, EntityType.ORGANIZATION);
            if (body == null || body.type != EntityType.ORGANIZATION) {
                if (body != null) drop(body);
                add(prev);
                return false;
            }
            return true;
        }

        /**
         * "Foundation for Individual Rights in Education", "Alliance for Justice in Mining": an organisation's head, "for" and
         * capitalised words, then "in" and one capitalised field that is no known place, date or other name word, go on as
         * one name. Not a head without "for" ("Ministry of Defence in Kyiv"), not a place after "in" ("Center for Strategic
         * Studies in Washington"), not a month ("… in March"), not a field followed by more capitalised words.
         */
        boolean inOfPurposeName(int i, int j) {
            int k = j + 1;
            if (k + 1 >= w.size || !w.norm[k].equals("in") || w.capitalized(k) || !joins(k) || !nameLike(k + 1) || claim[k + 1] != null) return false;
            int f = k + 1;
            // a name the gazetteer knows (a city, region or country: "in Washington", "in Geneva") is no field, even where no
            // mention claims it yet
            if (notName(f) || lex.placeWords.contains(w.norm[f]) || lex.demonyms.containsKey(w.norm[f]) || letters(f) < 3 || w.allCaps(f)
                    || !g.names.get(List.of(w.norm[f])).isEmpty() || g.regionNames.contains(w.norm[f])
                    || !("NOUN".equals(pos[f]) || "PROPN".equals(pos[f]))) return false;
            if (f + 1 < w.size && joins(f) && (nameLike(f + 1) || connector(f + 1))) return false;
            for (int x = i; x < j; x++) {
                if (isOrgHead(x) && w.norm[x + 1].equals("for") && x + 2 <= j && w.capitalized(x + 2)) return true;
            }
            return false;
        }

        /**
         * "the Ruritanian embassy in Freedonia", "the Ruritanian interior ministry": an adjective of a polity the article
         * names ("Ruritania") but the gazetteer does not know, before a lower-case state body of the lexicon, is that
         * polity's body. Not a capitalised word whose polity the article does not name ("the Christian police") or names only
         * as a person's name ("Valeria Moss … the Valerian police"), nor one
         * the article also writes in lower case, nor a body followed by a further noun ("the Ruritanian police station").
         */
        void unknownPolityBodies() {
            for (int i = 0; i + 1 < w.size; i++) {
                if (claim[i] != null || !w.capitalized(i) || w.allCaps(i) || lex.demonyms.containsKey(w.norm[i]) || lowerSeen.contains(w.norm[i])
                        || !joins(i) || !trim(w.gap(i)).isEmpty()) continue;
                int b = bodyEnd(i + 1);
                if (b < 0) continue;
                boolean named = false;
                // the polity's name, not a person's ("Valeria Moss" is no "Valerian" polity)
                for (int k = 0; k < w.size && !named; k++) named = k != i && w.capitalized(k) && demonymOfName(w.norm[i], w.norm[k])
                        && !(claim[k] != null && claim[k].type == EntityType.PERSON) && !lex.givenNames.contains(w.norm[k]);
                if (!named) continue;
                int start = i > 0 && w.norm[i - 1].equals("the") && joins(i - 1) && claim[i - 1] == null ? i - 1 : i;
                stateBody(null, i + 1, b, start, oneLine(text(i, i)));
            }
        }

        /**
         * "Melania Trump", "George W. Bush": given names right before a surname the gazetteer knows as one person's alias
         * name that person only when the full name is the gazetteer's; otherwise they are a new person of that surname.
         */
        boolean givenNames(int i, int j) {
            int k = j + 1;
            if (k >= w.size || !joins(j) || !trim(w.gap(j)).isEmpty() && !trim(w.gap(j)).equals(".")) return false;
            M known = claim[k];
            if (known == null || known.source != Gazetteer.Kind.ACTOR || known.type != EntityType.PERSON || known.from != k) return false;
            // a one-word surname, or one with an apostrophe ("O'Brien")
            if (known.to != k && !(known.to == k + 1 && (w.gap(k).equals("'") || w.gap(k).equals("’")))) return false;
            // "National Security Adviser Robert O'Brien": the given names follow the title
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            for (int x = i; x < j; x++) {
                int t = titleAt(x, c);
                if (t >= 0 && t < j) { i = t + 1; x = t; }
            }
            if (j - i > 2 || titleCaseLine(i) || byline(i) || !personShaped(i, j, 1) || sentStart[i] && !propn(i)) return false;
            drop(known);
            if (newName(i, known.to, EntityType.PERSON) == null) { add(known); return false; }
            return true;
        }

        /** "58th", "1st", "2nd", "3rd": an ordinal that may start a unit's name ("58th Army"). */
        boolean ordinal(int i) {
            int b = w.begin[i], e = w.end[i], k = b;
            if (!Character.isDigit(w.text.charAt(b))) return false;
            while (k < e && Character.isDigit(w.text.charAt(k))) k++;
            if (k == b || e - k != 2) return false;
            char x = Character.toLowerCase(w.text.charAt(k)), y = Character.toLowerCase(w.text.charAt(k + 1));
            return x == 's' && y == 't' || x == 'n' && y == 'd' || x == 'r' && y == 'd' || x == 't' && y == 'h';
        }

        /** "un" of "Kim Jong-un": a lower-case word hyphenated to a proper noun, one proper-noun token with it. */
        boolean hyphenTail(int k) {
            if (k == 0 || w.capitalized(k) || !w.gap(k - 1).equals("-") || !propn(k - 1) || !w.capitalized(k - 1)) return false;
            if (letters(k) == 0 || letters(k) > 4 || PARTICLES.contains(w.norm[k])) return false;
            return !"VERB".equals(pos[k]) && !lex.hyphenWords.contains(w.norm[k]);
        }

        /**
         * A place name inside a longer capitalised name is not a place mention: "James Madison", "Nigel Farage",
         * "Queen Mary", "Jessica Douglas-Home". Words that go with places ("East", "Airport") do not count.
         */
        void places() {
            for (M m : new ArrayList<>(ms)) {
                // "Washington Free Beacon": a capital standing for its government is no metonym inside a longer name
                if (m.source == Gazetteer.Kind.ACTOR && (m.kind == Mention.Kind.METONYM || m.type == EntityType.COUNTRY && m.from == m.to
                        && !w.allCaps(m.from) && !sameWords(m.from, m.to, g.actors.get(m.key).label())) && m.to + 1 < w.size && !sentStart[m.to + 1]
                        && !possessive[m.from] && !segmentHasHead(m.to + 1, Math.min(w.size - 1, m.to + 3))
                        && (partOfName(m.to + 1, m.to) || nameGoesOn(m.to + 1) && nameGoesOn(m.to + 2))) {
                    drop(m);
                    continue;
                }
                if (m.source != Gazetteer.Kind.PLACE && m.source != Gazetteer.Kind.REGION) continue;
                boolean inName = m.from > 0 && partOfName(m.from - 1, m.from - 1) || m.to + 1 < w.size && partOfName(m.to + 1, m.to);
                Lexicon.Cue[] c = new Lexicon.Cue[1];
                boolean titled = m.from > 0 && !sentStart[m.from] && w.capitalized(m.from - 1) && joins(m.from - 1)
                        && titleEndingAt(m.from - 1, c) >= 0;
                if (inName || titled) drop(m);
            }
        }

        /**
         * "St. Brendan's Medical Center", "St Mary's Hospital", "King's College": a new organisation whose name ends in an
         * institution's head (words-mentions INSTITUTION_HEADS: hospital, college, church …), right after one to three
         * capitalised words and their possessive, is one name with them. Not a country's or a known actor's possessive
         * ("Kenya's Medical Research Institute" stays the country's body), not a given name and a surname, not across a comma
         * or line.
         */
        void possessiveInstitutions() {
            for (M m : new ArrayList<>(ms)) {
                if (m.source != null || m.type != EntityType.ORGANIZATION || claim[m.from] != m || !INSTITUTION_HEADS.contains(w.norm[m.to]) || m.from < 3) continue;
                int p = m.from - 2;
                if (!possessiveAt(p) || !w.capitalized(p) || !trim(w.gap(p + 1)).isEmpty() || sentEnd[p] != sentEnd[m.from]) continue;
                int s = p;
                while (s - 1 >= 0 && p - s < 2 && !sentStart[s] && w.capitalized(s - 1) && (trim(w.gap(s - 1)).isEmpty() || acronymDot(s) || w.gap(s - 1).equals(". "))
                        && w.gap(s - 1).indexOf('\n') < 0) s--;
                boolean free = true;
                for (int k = s; k <= p && free; k++) {
                    M c = claim[k];
                    if (c != null && (c.source != null || c.from < s || c.to > p) || notName(k) && !(k == s && titleAt(k, new Lexicon.Cue[1]) >= 0)) free = false;
                }
                // not a person's full name, a given name and a surname ("Staff at Marcus Ortega's Medical Center": the person
                // stays); saints and one-word owners do ("St. Brendan's Medical Center", "King's College")
                if (!free || s < p && lex.givenNames.contains(w.norm[s])) continue;
                for (int k = s; k <= p; k++) if (claim[k] != null) { drop(claim[k]); }
                drop(m);
                newName(s, m.to, EntityType.ORGANIZATION);
            }
        }

        /**
         * "The U.S. Attorney's Office for the Eastern District of Ruritania", "the Inspector General's Office of the Navy": a
         * capitalised title, its possessive and a named office (words-mentions TITLE_OFFICES, then "for"/"of" and what it
         * serves) are one body; the name is no longer cut after the possessive into an "Office for the District of …" that
         * is nobody's. A country or place right before the title ("U.S.") opens the name and stays mentioned as the body's
         * polity. Not a lower-case title ("the attorney's office for the county": titleOffices' kind), not a person's
         * possessive ("Marta Ortega's Office of Budget": no title), not a bare "Attorney's Office" (no "for"/"of" name),
         * not across a line.
         */
        void titledOfficeNames() {
            for (M m : new ArrayList<>(ms)) {
                if (m.source != null || m.type != EntityType.ORGANIZATION || claim[m.from] != m || m.to - m.from < 2 || m.from < 3
                        || !TITLE_OFFICES.contains(w.norm[m.from]) || !w.capitalized(m.from)
                        || !(w.norm[m.from + 1].equals("for") || w.norm[m.from + 1].equals("of"))) continue;
                int p = m.from - 2;
                if (!possessiveAt(p) || !trim(w.gap(p + 1)).isEmpty() || sentEnd[p] != sentEnd[m.from]) continue;
                Lexicon.Cue[] c = new Lexicon.Cue[1];
                int t = titleEndingAt(p, c);
                if (t < 0 || !w.capitalized(t)) continue;
                // a title of two titles ("Inspector General": "Inspector" and the rank "General")
                for (int u; t > 0 && w.capitalized(t - 1) && trim(w.gap(t - 1)).isEmpty() && (u = titleEndingAt(t - 1, c)) >= 0 && u < t; ) t = u;
                boolean free = true;
                for (int k = t; k <= p + 1 && free; k++) if (claim[k] != null || w.gap(k).indexOf('\n') >= 0) free = false;
                if (!free) continue;
                M owner = t > 0 ? claim[t - 1] : null;
                if (owner != null && !(owner.source != null && (owner.type == EntityType.COUNTRY || owner.type == EntityType.PLACE)
                        && owner.to == t - 1 && sentEnd[owner.from] == sentEnd[t] && (trim(w.gap(t - 1)).isEmpty() || acronymDot(t - 1) && w.gap(t - 1).equals(". "))
                        && w.gap(t - 1).indexOf('\n') < 0)) owner = null;
                drop(m);
                if (owner != null) drop(owner);
                M office = newName(owner != null ? owner.from : t, m.to, EntityType.ORGANIZATION);
                if (office == null) {
                    add(m);
                    if (owner != null) add(owner);
                    continue;
                }
                if (owner != null) {
                    if (office.source == null) newMemberOf.computeIfAbsent(office.key, x -> new LinkedHashSet<>()).add(owner.key);
                    // "U.S. Attorney's Office" still mentions the United States. The owner's words stay claimed by the office
                    // (claim[owner.from] != owner): a later pass that walks claim[] sees the office, not this mention.
                    ms.add(owner);
                }
            }
        }

        /** Word k continues the capitalised name before it: joined by a space, capitalised, unclaimed, a proper noun or adjective. */
        boolean nameGoesOn(int k) {
            return k < w.size && joins(k - 1) && trim(w.gap(k - 1)).isEmpty() && w.capitalized(k) && claim[k] == null && !sentStart[k]
                    && (propn(k) || "ADJ".equals(pos[k])) && titleAt(k, new Lexicon.Cue[1]) < 0;
        }

        /** Word k, next to a place name across the gap after word g, continues a name: capitalised, unclaimed, no punctuation between. */
        boolean partOfName(int k, int g) {
            if (!joins(g) || claim[k] != null || !w.capitalized(k) || notName(k) || lex.placeWords.contains(w.norm[k])) return false;
            String gap = w.gap(g);
            if (!gap.equals("-") && !trim(gap).isEmpty()) return false;
            if (sentStart[k] && !propn(k)) return false;
            return properWord(k) && !isOrgHead(k) && titleAt(k, new Lexicon.Cue[1]) < 0;
        }

        /** A lower-case word that may sit inside a name: "of" (organisations), "al-" (persons). */
        boolean connector(int c) {
            if (w.capitalized(c)) return false;
            if (c > 0 && w.norm[c].equals("s") && PLURAL_POSSESSIVES.contains(w.norm[c - 1]) && joins(c - 1)) return true;
            if (ORG_LINKS.contains(w.norm[c])) return true;
            if (ROMANCE_LINKS.contains(w.norm[c]) && c > 0 && c + 1 < w.size && w.capitalized(c - 1) && w.capitalized(c + 1)) return true;
            // "Ursula von der Leyen": Germanic and Dutch particles between a given name and a surname
            if (NAME_PARTICLES.contains(w.norm[c]) && c > 0 && lex.givenNames.contains(w.norm[c - 1])) return true;
            if (NAME_PARTICLES.contains(w.norm[c]) && c > 1 && NAME_PARTICLES.contains(w.norm[c - 1]) && lex.givenNames.contains(w.norm[c - 2])) return true;
            return PARTICLES.contains(w.norm[c]) && c + 1 < w.size && w.gap(c).equals("-");
        }

        void run(int s, int e) {
            if (titleCaseLine(s) || echo[s] || byline(s)) return; // headlines: only names the gazetteer knows
            if (afterPerson(s)) return;
            // "Derek Lawson of Chatham": a name, then "of" and the place it comes from (no organisation head before "of")
            int title = Integer.MIN_VALUE; // the title at s, looked up once and only when an "of" is found
            for (int k = s + 1; k < e; k++) {
                if (!w.norm[k].equals("of") || w.capitalized(k) || segmentHasHead(s, k - 1) || segmentHasHead(k + 1, e)) continue;
                EntityType t = claim[k + 1] == null ? null : claim[k + 1].type;
                // "Sen. Richard Burr of North Carolina": the name after a title before it
                if (title == Integer.MIN_VALUE) title = titleAt(s, new Lexicon.Cue[1]);
                int p = title >= s && title < k - 2 ? title + 1 : s;
                boolean place = (t == EntityType.PLACE || t == EntityType.COUNTRY) && claim[k + 1].to == e
                        || t == null && e - k <= 2 && lex.givenNames.contains(w.norm[p]);
                if (place && personShaped(p, k - 1, 2)) {
                    run(s, k - 1);
                    return;
                }
            }
            if (coordinated(s, e)) return;
            if (outletAfterCue(s, e) || roleAffiliation(s, e) || nounBefore(s, e) || toldOutlet(s, e)) return;
            if (toldTheOutlet(s, e) || reportingOutlet(s, e)) return;
            // "and" joins words of one organisation name ("Food and Drug Administration") or two names ("Russia and Iran")
            for (int k = s + 1; k < e; k++) {
                if (!w.norm[k].equals("and")) continue;
                // "Food and Drug Administration"; "Ministry of Labour and Social Affairs"
                if (!w.capitalized(k) && nameLike(s) && (isOrgHead(e) && !segmentHasHead(s, k - 1)
                        || headBeforeLink(s, k - 1) && !segmentHasHead(k + 1, e) && !segmentHasTitle(k + 1, e))) break;
                run(s, k - 1);
                run(k + 1, e);
                return;
            }
            // leading words that never start a name; a sentence-initial common word ("Courtesy", "Does")
            while (s <= e && (notName(s) && !givenFirst(s, e) && !isOrgHead(e) && !(s < e && isOrgHead(s + 1) && headBeforeLink(s + 1, e)) || connector(s) || s < e && functionWord(s)
                    || sentStart[s] && s < e && !propn(s) && !isOrgHead(s) && titleAt(s, new Lexicon.Cue[1]) < 0 && claim[s] == null && !givenName(s)
                    && !firmName(s, e))) s++;
            while (e >= s && connector(e)) e--;
            if (s > e) return;
            if (byline(s)) return;
            if (allCapsSentence(s)) return;
            if (mediaTail(s, e) || orgTail(s, e)) return;
            // "Bashar Asad", "Hasan Nasrallah": another spelling of a known actor's name of several words
            if (e > s && e - s < 5 && g.actorSpelled(text(s, e)) != null) {
                newName(s, e, EntityType.PERSON);
                return;
            }
            // an organisation: a head word at the end ("Free Syrian Army") or before "of"/"for" ("Ministry of Defence")
            int head = -1;
            for (int k = s; k <= e; k++) {
                if (!isOrgHead(k)) continue;
                if (k == e || k + 1 <= e && ORG_LINKS.contains(w.norm[k + 1]) && !w.norm[k + 1].equals("the")) { head = k; break; }
            }
            if (head >= 0) {
                // the name starts at the segment holding the head: "Courtesy of European Southern Observatory" → the observatory;
                // a title before it is a person's office, not part of the name: "Chair of the Senate Banking Committee"
                int from = s, link = -1;
                for (int k = s; k < head; k++) {
                    if (ORG_LINKS.contains(w.norm[k]) && !w.capitalized(k) && !segmentHasHead(from, k - 1)) { from = k + 1; link = k; }
                }
                while (from < head && (w.norm[from].equals("the") || connector(from))) from++;
                // the words before the link are a name of their own: "Charles Lister of the Middle East Institute"
                if (link > s && !segmentHasTitle(s, link - 1)) run(s, link - 1);
                if (ofPossessiveCountry(from, e) || from < e && ofCountry(from, e) || demonymBody(from, head, e)) return;
                if (from == e) { // a bare head ("Ministry", "TV") is a description, not a name
                    if (!personsBody(from)) afterCountry(from);
                    return;
                }
                // a unit of a known actor: "US-led Coalition Air Force", "Syrian Arab Army Tiger Forces"
                // "U.S. 9th Circuit Court of Appeals": an acronym's closing dot inside the sentence joins too
                M parent = from > 0 && claim[from - 1] != null && !claim[from - 1].soft && (trim(w.gap(from - 1)).isEmpty()
                        || acronymDot(from - 1) && w.gap(from - 1).equals(". ") && sentEnd[from - 1] == sentEnd[from])
                        && w.gap(from - 1).indexOf('\n') < 0 && claim[from - 1].type != EntityType.PERSON ? claim[from - 1] : null;
                // "US District Court for the District of Connecticut": a country's body named with "for"/"of" may be longer
                // "The Independent Office for Police Conduct": an outlet's name that opens an organisation's is no outlet there
                if (parent != null && parent.type == EntityType.OUTLET && parent.to == from - 1 && !lex.mediaHeads.contains(w.norm[e])
                        && !lex.mediaHeads.contains(w.norm[head])) {
                    drop(parent);
                    int f = parent.from;
                    while (f < from && w.norm[f].equals("the")) f++;
                    if (newName(f, e, EntityType.ORGANIZATION) == null) add(parent);
                    return;
                }
                if (parent != null && (e - from < 3 || parent.type == EntityType.COUNTRY && head < e && ORG_LINKS.contains(w.norm[head + 1]))) {
                    drop(parent);
                    M unit = newName(parent.from, e, EntityType.ORGANIZATION);
                    if (unit == null) { add(parent); return; }
                    if (!unit.key.equals(parent.key)) {
                        newMemberOf.computeIfAbsent(unit.key, k -> new LinkedHashSet<>()).add(parent.key);
                        ms.add(parent); // the parent stays mentioned: "DPRK Foreign Ministry" mentions North Korea
                    }
                    return;
                }
                if (stateBodyInCountry(from, head, e)) return;
                newName(from, e, orgType(e));
                return;
            }
            if (appositionOrg(s, e)) return;
            // "Varu Dyeing Mills, which operates the plant, said": two to four capitalised words no mention holds, then
            // ", which" and, after the relative clause's closing comma, a reporting verb: a body speaking (persons take "who").
            // Not a place described by "which" ("Kessa Nagar, which lies on the canal, is a village": no reporting verb), not
            // after a preposition ("the fighting spread to Kessa Nagar, which lies near the border, said …": the place is its
            // object), not "reported" and a number ("Kessa Nagar, which lies on the coast, reported 40 new cases": a count).
            if (e > s && e - s < 4 && whichSpeaks(e) && !(s > 0 && !sentStart[s] && ("ADP".equals(pos[s - 1]) || lex.locative.contains(w.norm[s - 1])
                    || w.norm[s - 1].equals("to")))) {
                boolean ok = true;
                for (int k = s; k <= e && ok; k++) ok = w.capitalized(k) && claim[k] == null && !notName(k) && titleAt(k, new Lexicon.Cue[1]) < 0
                        && !lex.demonyms.containsKey(w.norm[k]) && (k == e || trim(w.gap(k)).isEmpty());
                if (ok && !(sentStart[s] && !propn(s))) { newName(s, e, EntityType.ORGANIZATION); return; }
            }
            // a person after a title inside the run: "Everytown President John Feinblatt", "Colonel Ryan Dillon"
            Lexicon.Cue[] kind = new Lexicon.Cue[1];
            int core = -1, titleFrom = -1;
            for (int k = s; k < e; k++) {
                int t = titleAt(k, kind);
                if (t >= 0 && t < e) {
                    if (titleFrom < 0) titleFrom = k;
                    core = t + 1;
                    k = t;
                }
            }
            if (core >= 0) {
                // "Deputy Prime Minister for Reintegration Jana Novak": the title's portfolio ("for"/"of" and capitalised
                // words) then a person's name; the name, opened by a given name, is the person and the titled form an
                // alternative label. Not "Minister of Defence Ministry" (no given name) nor "Rep. Brownley for California"
                // (the name before "for", handled below).
                int titled = s;
                if ((w.norm[core].equals("for") || w.norm[core].equals("of")) && !w.capitalized(core) && e - core >= 3) {
                    // the name: two words opened by a given name or whose surname the article writes alone, or three opened by a given name
                    for (int k = Math.max(core + 2, e - 2); k < e; k++) {
                        // or two words right before a reporting verb ("... for Reintegration Jana Novak told"), the last no word the
                        // article writes in lower case (not "... for Digital Transformation said") and neither a portfolio's word
                        // of words-mentions PORTFOLIO_WORDS (not "Commissioner for Fundamental Rights Protection told")
                        if (personShaped(k, e, 2) && (givenNameWord(k) || e - k == 1 && (surnameRecurs(k, e)
                                || speechNear(k, e) && !lowerSeen.contains(w.norm[e]) && !lowerSeen.contains(w.norm[k])
                                && !PORTFOLIO_WORDS.contains(w.norm[k]) && !PORTFOLIO_WORDS.contains(w.norm[e])))) {
                            M p = newName(k, e, EntityType.PERSON);
                            if (p != null && p.source == null) extraLabels.computeIfAbsent(p.key, x -> new LinkedHashSet<>()).add(oneLine(text(titled, e)));
                            // the title and its portfolio are a title mention of the person: a speaker phrase holding them is
                            // the person, not an unnamed "minister"
                            boolean free = p != null;
                            for (int x = titleFrom; x < k && free; x++) if (claim[x] != null) free = false;
                            if (free) add(new M(titleFrom, k - 1, p.key, p.type, p.source, Mention.Kind.TITLE, false));
                            return;
                        }
                    }
                }
                // "Rep. Julia Brownley for California": the titled name before "for"/"of" and the place it stands for
                for (int k = core + 2; k < e && !personShaped(core, e, 1); k++) {
                    if ((w.norm[k].equals("for") || w.norm[k].equals("of")) && !w.capitalized(k) && claim[k + 1] != null && claim[k + 1].to == e
                            && (claim[k + 1].type == EntityType.PLACE || claim[k + 1].type == EntityType.COUNTRY) && personShaped(core, k - 1, 2)) {
                        e = k - 1;
                        break;
                    }
                }
                if (e - core < 4 && personShaped(core, e, 1)) {
                    newName(core, e, EntityType.PERSON);
                    // a lower-case role or an acronym ("CEO"), not an office of the body's own ("Senate Foreign Relations Chairman")
                    if (kind[0] == Lexicon.Cue.ROLE && (!w.capitalized(titleFrom) || w.allCaps(titleFrom))) employer(s, titleFrom - 1);
                }
                return;
            }
            // "according to the Daily Caller", "the Kyiv Independent reported": capitalised words after "the" are no person
            if (e - s >= 1 && e - s < 4 && afterThe(s)) {
                boolean name = true;
                for (int k = s; k <= e; k++) if (!w.capitalized(k) || claim[k] != null || notName(k) || titleAt(k, new Lexicon.Cue[1]) >= 0) name = false;
                if (name && (speechNear(s, e) || speechNear(s - 1, e))) newName(s, e, EntityType.OUTLET);
                return;
            }
            if (e - s >= 1 && e - s < 4 && personShaped(s, e, 2)
                    && (titleBefore(s) || speechNear(s, e) || apposition(e) || appositionBefore(s, e) || surnameRecurs(s, e) || whoAfter(s, e)
                    || !sentStart[s] && cueEndsAt(lex.naming, s - 1))) {
                newName(s, e, EntityType.PERSON);
                return;
            }
            if (e - s >= 1 && e - s < 3 && bareName(s, e)) {
                newName(s, e, EntityType.PERSON);
                return;
            }
            if (s == e && camelCase(s) && claim[s] == null && (s == 0 || w.gap(s - 1).indexOf('@') < 0)) {
                // "TheDomains.com": a web address named in the text is an outlet
                int d = s + 1;
                if (d < w.size && w.gap(s).equals(".") && lex.webDomains.contains(w.norm[d]) && !w.capitalized(d)
                        && (d + 1 >= w.size || !w.gap(d).startsWith("."))) {
                    newName(s, d, EntityType.OUTLET);
                    return;
                }
                if (verbAfter(e) || speechNear(s, e) || spokesAfter(e)) { newName(s, e, EntityType.ORGANIZATION); return; }
            }
            // "a Gazprom spokesman said": one capitalised word, no given name, place, demonym or title, before a spokesperson word
            if (s == e && !sentStart[s] && spokesAfter(e) && claim[s] == null && !notName(s) && !lex.givenNames.contains(w.norm[s])
                    && !lex.demonyms.containsKey(w.norm[s]) && !lex.placeWords.contains(w.norm[s]) && !lex.groupAdj.contains(w.norm[s])
                    && letters(s) >= 3 && titleAt(s, new Lexicon.Cue[1]) < 0) {
                newName(s, e, EntityType.ORGANIZATION);
                return;
            }
            // "Copper Lanterns brokered the sale", "Tech Crunch did an interview": two or three capitalised words that are no
            // person's name (no given name, no recurring surname), right before a verb, are an organisation
            if (e > s && e - s < 3 && verbAfter(e) && !lex.givenNames.contains(w.norm[s]) && !surnameRecurs(s, e)
                    && !(s > 0 && !sentStart[s] && lex.locative.contains(w.norm[s - 1])) && !lastOfPlaceList(s)) {
                boolean ok = true;
                for (int k = s; k <= e && ok; k++) {
                    ok = w.capitalized(k) && claim[k] == null && !notName(k) && !lex.demonyms.containsKey(w.norm[k]) && !lex.groupAdj.contains(w.norm[k])
                            && !lex.placeWords.contains(w.norm[k])
                            && letters(k) > 1 && titleAt(k, new Lexicon.Cue[1]) < 0 && !"ADJ".equals(pos[k]) && !"VERB".equals(pos[k]);
                    if (k < e && !trim(w.gap(k)).isEmpty()) ok = false;
                }
                if (ok && (!sentStart[s] || propn(s))) { newName(s, e, EntityType.ORGANIZATION); return; }
            }
            if (s == e && w.allCaps(s) && !notName(s) && claim[s] == null && letters(s) >= 3 && propn(s) && speechNear(s, e)) {
                newName(s, s, EntityType.ORGANIZATION);
                return;
            }
            if (s == e && claim[s] == null && titleBefore(s) && personShaped(s, s, 1) && !sentStart[s]) {
                newName(s, s, EntityType.PERSON);
            }
        }

        /**
         * "posted by Kofi Mensah-Adu, who describes himself as …": ", who" right after words s..e is a person's relative
         * clause when the run opens with a given name or the clause, up to its closing comma, holds a singular personal
         * pronoun ("himself", "her"). Not a team, band or group ("Kessa Rovers, who won the title", "Arctic Monkeys, who had
         * sold out": British copy gives them "who" too), never the object of "of", "in", "from" or "at" after a plural noun
         * ("fans of Kessa Rovers, who", "villagers in Upper Kessa, who fled").
         */
        boolean whoAfter(int s, int e) {
            if (e + 1 >= w.size || !trim(w.gap(e)).equals(",") || !w.norm[e + 1].equals("who") || sentEnd[e + 1] != sentEnd[e]) return false;
            if (s > 1 && !sentStart[s] && List.of("of", "in", "from", "at").contains(w.norm[s - 1]) && "NOUN".equals(pos[s - 2])
                    && w.norm[s - 2].endsWith("s")) return false;
            if (lex.givenNames.contains(w.norm[s])) return true;
            for (int j = e + 2; j < w.size && sentEnd[j] == sentEnd[e]; j++) {
                if (List.of("he", "she", "his", "her", "him", "himself", "herself").contains(w.norm[j])) return true;
                if (trim(w.gap(j)).equals(",")) break;
            }
            return false;
        }

        /** Word e is followed by ", which", and the relative clause closes with a comma right before a reporting verb. */
        boolean whichSpeaks(int e) {
            if (e + 2 >= w.size || !trim(w.gap(e)).equals(",") || !w.norm[e + 1].equals("which") || sentEnd[e + 1] != sentEnd[e]) return false;
            for (int j = e + 2; j < w.size && sentEnd[j] == sentEnd[e]; j++) {
                if (trim(w.gap(j - 1)).equals(",")) return isSpeech(j) && !(w.norm[j].equals("reported") && j + 1 < w.size && "NUM".equals(pos[j + 1]));
            }
            return false;
        }

        /**
         * "Residents of Vellapur, Tonpur and Kessa Nagar have filed": words s… end a list after "of", "in", "from" or
         * "near" whose other items are places or capitalised words no mention holds; the verb after them belongs to the
         * noun before the list, not to the last item. Not "Microsoft and Copper Lanterns brokered" (an actor before "and").
         */
        boolean lastOfPlaceList(int s) {
            if (s < 3 || sentStart[s] || !(w.norm[s - 1].equals("and") || w.norm[s - 1].equals("or"))) return false;
            int k = s - 2;
            while (k >= 0 && !sentStart[k + 1]) {
                M c = claim[k];
                if (c != null && c.type != EntityType.PLACE && c.type != EntityType.COUNTRY) return false;
                if (!w.capitalized(k)) return lex.locative.contains(w.norm[k]) || w.norm[k].equals("of") || w.norm[k].equals("near");
                if (c != null) k = c.from;
                if (k == 0) return false;
                String gap = trim(w.gap(k - 1));
                if (!gap.equals(",") && !gap.isEmpty()) return false;
                k--;
            }
            return false;
        }

        /**
         * "GAW Miners CEO Josh Garza", "Acme Logistics spokesman Tom Reed": capitalised words before a role inside a person's
         * name run, none known, cue word or demonym, are the organisation the person works for.
         */
        void employer(int s, int e) {
            if (e < s || e - s > 3) return;
            for (int k = s; k <= e; k++) {
                if (!w.capitalized(k) || claim[k] != null || notName(k) || lex.demonyms.containsKey(w.norm[k]) || lex.groupAdj.contains(w.norm[k])
                        || titleAt(k, new Lexicon.Cue[1]) >= 0 || k < e && !trim(w.gap(k)).isEmpty()) return;
            }
            if (s == e && !propn(s) && !w.allCaps(s)) return; // "Acting", "Former"
            if (lex.givenNames.contains(w.norm[s]) && e > s) return;
            newName(s, e, EntityType.ORGANIZATION);
        }

        /** "CoinDesk", "TheDomains": a capitalised word with a capital inside after two or more lower-case letters (not "McCain", "DeSantis", "MacArthur"). */
        boolean camelCase(int i) {
            int b = w.begin[i], e = w.end[i];
            if (e - b < 4 || !Character.isUpperCase(w.text.charAt(b)) || w.allCaps(i)) return false;
            String n = w.norm[i];
            if (n.startsWith("mac") || n.startsWith("van") || n.startsWith("von") || n.startsWith("del")) return false;
            int lower = 0;
            for (int k = b + 1; k < e; k++) {
                char ch = w.text.charAt(k);
                if (Character.isLowerCase(ch)) lower++;
                else if (Character.isUpperCase(ch) && lower >= 2 && k + 1 < e && Character.isLowerCase(w.text.charAt(k + 1))) return true;
                else lower = 0;
            }
            return false;
        }

        /** "spokesperson" right after word e, with only a space between: the organisation speaking through one. */
        boolean spokesAfter(int e) {
            return e + 1 < w.size && trim(w.gap(e)).isEmpty() && w.gap(e).indexOf('\n') < 0 && !w.capitalized(e + 1) && SPOKES.contains(w.norm[e + 1]);
        }

        /** Word e is followed, in its sentence and with nothing but a space between, by a verb. */
        boolean verbAfter(int e) {
            return e + 1 < w.size && sentEnd[e + 1] == sentEnd[e] && trim(w.gap(e)).isEmpty() && w.gap(e).indexOf('\n') < 0
                    && !w.capitalized(e + 1) && ("VERB".equals(pos[e + 1]) || "AUX".equals(pos[e + 1]) && !w.norm[e + 1].equals("s"));
        }

        /** Word k is the last letter of a dotted acronym ("U.S. Mission"): the period after it ends no name. */
        boolean acronymDot(int k) {
            return k > 0 && letters(k) == 1 && w.capitalized(k) && w.gap(k - 1).equals(".") && trim(w.gap(k)).equals(".")
                    && w.gap(k).indexOf('\n') < 0;
        }

        /**
         * "regime media", "Syrian state media", "the “democratic” media", "pro-Kremlin media": lower-case "media" after one to
         * three modifiers (adjectives, nouns, demonyms, a known actor, a word in quotes) is those outlets as one actor; the
         * country or actor in it stays mentioned. Not "social media" (lexicon NOT_MEDIA), not "media reports".
         */
        void mediaGroups() {
            for (int k = 1; k < w.size; k++) {
                if (!w.norm[k].equals("media") || w.capitalized(k) || claim[k] != null || sentStart[k]) continue;
                if (k + 1 < w.size && joins(k) && trim(w.gap(k)).isEmpty() && nominal(k + 1) && !"ADJ".equals(pos[k + 1])) continue;
                int from = k;
                if (lex.notMedia.contains(w.norm[k - 1])) continue; // "social media"
                // further left such a word only bounds the phrase: "the so-called “independent” media"
                while (from > 0 && k - from < 4 && !sentStart[from] && quotedGap(from - 1) && mediaModifier(from - 1)
                        && !lex.notMedia.contains(w.norm[from - 1])) {
                    from--;
                    boolean known = claim[from] != null;
                    if (known) from = claim[from].from;
                    if (from > 0 && w.gap(from - 1).equals("-") && !sentStart[from] && claim[from - 1] == null) from--; // "pro-government"
                    if (known) break;
                }
                if (from == k) continue;
                List<M> inner = new ArrayList<>();
                for (int x = from; x < k; x++) if (claim[x] != null && !inner.contains(claim[x])) inner.add(claim[x]);
                for (M m : inner) drop(m);
                M group = newName(from, k, EntityType.OUTLET);
                if (group == null) { for (M m : inner) add(m); continue; }
                ms.addAll(inner);
            }
        }

        /** Word i may modify "media": an adjective or common noun in lower case, a demonym or a known non-person actor. */
        boolean mediaModifier(int i) {
            if (claim[i] != null) return claim[i].source == Gazetteer.Kind.DEMONYM
                    || !claim[i].soft && claim[i].source == Gazetteer.Kind.ACTOR && claim[i].type != EntityType.PERSON;
            if (w.capitalized(i) && !"ADJ".equals(pos[i]) && !sentStart[i]) return false;
            return "ADJ".equals(pos[i]) || "NOUN".equals(pos[i]) || "VERB".equals(pos[i]) && w.norm[i].endsWith("ed");
        }

        /** The gap after word i is white space, perhaps with quotation marks ("the “democratic” media"). */
        boolean quotedGap(int i) {
            String g2 = w.gap(i);
            if (g2.indexOf('\n') >= 0 || g2.equals("-")) return g2.equals("-");
            for (int x = 0; x < g2.length(); x++) {
                char ch = g2.charAt(x);
                if (!Character.isWhitespace(ch) && "“”\"‘’'".indexOf(ch) < 0) return false;
            }
            return true;
        }

        /**
         * "Strategic Choices, a Washington think tank", "Levant Watch, a local monitoring group": a name the gazetteer does
         * not know, in apposition with an organisation noun (lexicon ORG_NOUN) before any verb, preposition or office, is an
         * organisation; with a media phrase ("a news website") an outlet.
         */
        boolean appositionOrg(int s, int e) {
            if (e - s > 5 || e + 2 >= w.size || !trim(w.gap(e)).equals(",") || sentEnd[e + 1] != sentEnd[e]) return false;
            if (e > s && lex.givenNames.contains(w.norm[s])) return false;
            int k = e + 1;
            if (!w.norm[k].equals("a") && !w.norm[k].equals("an") && !w.norm[k].equals("the")) return false;
            for (int x = k + 1; x < w.size && x <= k + 6 && sentEnd[x] == sentEnd[e]; x++) {
                if (!w.capitalized(x)) {
                    int[] org = {-1}, media = {-1};
                    lex.orgNouns.matches(w, x, sentEnd[e] + 1, (en, v) -> org[0] = en);
                    lex.mediaTails.matches(w, x, sentEnd[e] + 1, (en, v) -> media[0] = en);
                    // "T. Ramaswamy, the group's coordinator": a possessive noun owns the apposition's head, it is not the head
                    int end = Math.max(org[0], media[0]);
                    if (end >= 0 && possessiveAt(end)) {
                        // ... unless the apposition's head after it is a part of the owner ("Vellari Works, the group's main subsidiary,")
                        int h = end + 2;
                        while (h < w.size && h < end + 5 && sentEnd[h] == sentEnd[e] && !w.capitalized(h) && !"ADP".equals(pos[h]) && trim(w.gap(h)).isEmpty() && h + 1 < w.size) h++;
                        if (h < w.size && sentEnd[h] == sentEnd[e] && !w.capitalized(h) && ORG_PARTS.contains(w.norm[h]) && trim(w.gap(h)).startsWith(","))
                            return newName(s, e, EntityType.ORGANIZATION) != null;
                        continue;
                    }
                    if (org[0] >= 0 || media[0] >= 0) return newName(s, e, media[0] >= 0 ? EntityType.OUTLET : EntityType.ORGANIZATION) != null;
                }
                if (titleAt(x, new Lexicon.Cue[1]) >= 0) return false;
                switch (pos[x]) {
                    case "VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ" -> { return false; }
                    default -> { }
                }
            }
            return false;
        }

        /** Word j takes a possessive "'s" ("the group's"). */
        boolean possessiveAt(int j) {
            return j + 1 < w.size && w.norm[j + 1].equals("s") && (w.gap(j).equals("'") || w.gap(j).equals("’"));
        }

        /** A lower-case phrase of {@code trie} ending exactly at word j, within j's sentence. */
        boolean cueEndsAt(NameTrie<Lexicon.Cue> trie, int j) {
            if (j < 0 || w.capitalized(j)) return false;
            for (int st = Math.max(0, j - 4); st <= j; st++) if (sentEnd[st] == sentEnd[j] && cueStartsAt(trie, st, j)) return true;
            return false;
        }

        /**
         * "appeared first on Personal Liberty", "in an op-ed for Breaking Defense", "writing in The Diplomat": a name the
         * gazetteer does not know, right after a phrase that introduces a publication, is a news outlet.
         */
        boolean outletAfterCue(int s, int e) {
            if (s == 0 || sentStart[s] || e - s > 4) return false;
            int p = s - 1;
            if (w.norm[p].equals("the") && !w.capitalized(p) && p > 0) p--;
            if (!cueEndsAt(lex.outletCues, p)) return false;
            for (int k = s; k <= e; k++) if (hard(k)) return false;
            return newName(s, e, EntityType.OUTLET) != null; // "The Diplomat": the article is part of the title
        }

        /**
         * "the research firm Fusion GPS", "the Armenian newspaper Hraparak", "conservative news site, The Washington Free
         * Beacon": a name the gazetteer does not know right after a lower-case organisation noun (lexicon ORG_NOUN) or media
         * phrase (MEDIA_TAIL), with nothing or a comma between, is an organisation or, after a media phrase, an outlet (a
         * capitalised "The" is part of an outlet's title). Not a person's name ("the group's founder John Smith" has no
         * noun right before it; "the company Tom Smith founded" starts with a given name).
         */
        boolean nounBefore(int s, int e) {
            int n = s;
            boolean the = w.norm[s].equals("the") && w.capitalized(s) && s < e;
            if (the) n++;
            if (s == 0 || sentStart[s] || e - n > 4) return false;
            int p = s - 1;
            String gap = w.gap(p);
            if (gap.indexOf('\n') >= 0 || !trim(gap).isEmpty() && !trim(gap).equals(",")) return false;
            boolean media = cueEndsAt(lex.mediaTails, p);
            if (!media && !cueEndsAt(lex.orgNouns, p)) return false;
            if (lex.givenNames.contains(w.norm[n]) || notName(n) || personShaped(n, e, 2) && surnameRecurs(n, e)) return false;
            for (int k = n; k <= e; k++) if (hard(k) || titleAt(k, new Lexicon.Cue[1]) >= 0) return false;
            // "the state newspaper Neutral Turkmenistan": a country's name right after the name is part of the title
            int x = e + 1;
            if (media && x < w.size && claim[x] != null && claim[x].from == x && claim[x].type == EntityType.COUNTRY && claim[x].to - n <= 4
                    && trim(w.gap(e)).isEmpty() && w.gap(e).indexOf('\n') < 0 && !sentStart[x]) {
                int to = claim[x].to;
                drop(claim[x]);
                e = to;
            }
            return newName(media && the ? s : n, e, media ? EntityType.OUTLET : EntityType.ORGANIZATION) != null;
        }

        /**
         * "told Mizzima that", "told state-run MRTV", "state-owned Rossiya 1": one name the gazetteer does not know after
         * "state-run"/"state-owned"/"state-controlled", or one word alone after "told" before "that" or punctuation, is a
         * news outlet. Not a person's surname ("told Smith that" after "John Smith") nor a given name.
         */
        boolean toldOutlet(int s, int e) {
            if (s < 2 || sentStart[s] || e - s > 4) return false;
            for (int k = s; k <= e; k++) if (hard(k) || k == s && notName(k)) return false;
            int p = s - 1;
            boolean stateRun = STATE_RUN.contains(w.norm[p])
                    && w.gap(p - 1).equals("-") && w.norm[p - 1].equals("state") && trim(w.gap(p)).isEmpty();
            if (!stateRun) {
                if (!w.norm[p].equals("told") || w.capitalized(p) || !trim(w.gap(p)).isEmpty() || lex.givenNames.contains(w.norm[s])) return false;
                boolean ends = e + 1 >= w.size || !trim(w.gap(e)).isEmpty() || w.norm[e + 1].equals("that") && !w.capitalized(e + 1);
                if (!ends || surnameElsewhere(s)) return false;
                // "told Radio Svaboda", "told La Gazzetta dello Sport": a name of several words is an outlet only when it is
                // no person's ("told Ellison Brant that") and holds a word no person's name has
                if (s != e && (surnameRecurs(s, e) || !outletShaped(s, e))) return false;
            }
            return newName(s, e, EntityType.OUTLET) != null;
        }

        /** A media head ("Radio", "TV"), a Romance article or link ("La", "dello"), or a word in capitals inside words [s, e]. */
        boolean outletShaped(int s, int e) {
            for (int k = s; k <= e; k++) {
                if (lex.mediaHeads.contains(w.norm[k]) || ROMANCE_LINKS.contains(w.norm[k]) || k == s && (w.norm[k].equals("la") || w.norm[k].equals("le")
                        || w.norm[k].equals("el") || w.norm[k].equals("il"))) return true;
            }
            return false;
        }

        /** The word at s also ends a longer capitalised name elsewhere in the article: a surname ("Smith" after "John Smith"). */
        boolean surnameElsewhere(int s) {
            for (int k = 1; k < w.size; k++) {
                if (k != s && w.norm[k].equals(w.norm[s]) && w.capitalized(k - 1) && joins(k - 1) && trim(w.gap(k - 1)).isEmpty()
                        && !sentStart[k]) return true;
            }
            return false;
        }

        /**
         * "a fellow at Defense Priorities", "a correspondent for Middle East Eye", "co-founder of Fusion GPS": a name the
         * gazetteer does not know, after a lower-case role and "at"/"for"/"with"/"of", is the organisation the role belongs to (not a person's given name).
         */
        boolean roleAffiliation(int s, int e) {
            if (s < 2 || sentStart[s] || e - s > 4 || segmentHasHead(s, e)) return false;
            int p = s - 1;
            if (w.norm[p].equals("the") && !w.capitalized(p) && p > 1) p--;
            String prep = w.norm[p];
            if (w.capitalized(p) || !(prep.equals("at") || prep.equals("for") || prep.equals("with") || prep.equals("of"))) return false;
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            if (w.capitalized(p - 1) || titleEndingAt(p - 1, c) < 0 || c[0] != Lexicon.Cue.ROLE) return false;
            if (lex.givenNames.contains(w.norm[s]) || personShaped(s, e, 2) && surnameRecurs(s, e)) return false;
            for (int k = s; k <= e; k++) if (hard(k) || notName(k) && k == s) return false;
            // "the MP for Kessa", "the member for Lowmoor East": an elected member's seat is a constituency, no body the member
            // works for; the words are taken, no mention. Only roles that are a seat (words-mentions SEAT_ROLES), or a role that
            // may be one after "the": "the member" (SEAT_THE_ROLES), or one of SEAT_MEMBER_ROLES before a name ending with a
            // compass word (SEAT_COMPASS, "the representative for Lowmoor East"). Not "a
            // representative for Dorn Pell", "a board member for Tallow Lines" (the firm the speaker speaks for), not another
            // role ("a correspondent for Middle East Eye"), not a name with an organisation's head (no run here).
            if (prep.equals("for") && p == s - 1 && (SEAT_ROLES.contains(w.norm[p - 1]) || p >= 2 && w.norm[p - 2].equals("the")
                    && (SEAT_THE_ROLES.contains(w.norm[p - 1]) || SEAT_MEMBER_ROLES.contains(w.norm[p - 1]) && SEAT_COMPASS.contains(w.norm[e])))) return true;
            // after "of" the name must be whole and no place: not "member of the Khan Sheikhoun media office", "the Carnegie Moscow Center"
            if (prep.equals("of")) {
                for (int k = s; k <= e; k++) if (claim[k] != null) return false;
                if (e + 1 < w.size && joins(e) && trim(w.gap(e)).isEmpty() && (w.capitalized(e + 1) || nominal(e + 1))) return false;
            }
            return newName(s, e, EntityType.ORGANIZATION) != null;
        }

        /**
         * "State and Defense Departments": names that share one plural head are each that head's name, "State Department"
         * and "Defense Department"; both are mentioned by the whole phrase.
         */
        boolean coordinated(int s, int e) {
            while (s < e && (!w.capitalized(s) || functionWord(s))) s++;
            if (e - s < 3 || !w.capitalized(e)) return false;
            String head = w.norm[e];
            if (!head.endsWith("s") || !lex.orgHeads.contains(singular(head))) return false;
            // "Health and Human Services", "Citizenship and Immigration Services", "Dorn and Pell Industries": a plural head
            // that ends one body's or firm's name (words-mentions NO_SPLIT_HEADS) is no pair of bodies. Other plural heads are
            // shared as before ("Dock and Rail Unions", "Kessa and Dunvale Central Banks", "State and Defense Departments").
            if (NO_SPLIT_HEADS.contains(head)) return false;
            int and = -1;
            for (int k = s + 1; k < e - 1; k++) if (w.norm[k].equals("and")) and = k;
            if (and < 0) return false;
            String headText = text(e, e);
            String sing = singular(headText);
            List<String> labels = List.of(text(s, and - 1) + " " + sing, text(and + 1, e - 1) + " " + sing);
            boolean first = true;
            for (String label : labels) {
                String known = g.actorNamed(label);
                String key;
                EntityType type = orgType(e);
                Gazetteer.Kind src = null;
                if (known != null) {
                    key = known;
                    type = g.actors.get(known).type();
                    src = Gazetteer.Kind.ACTOR;
                } else {
                    key = Ids.slug(label);
                    if (g.actors.containsKey(key) || g.places.containsKey(key) || g.regions.containsKey(key)) key = key + "-organization";
                    newTypes.putIfAbsent(key, type);
                    newLabels.putIfAbsent(key, label);
                }
                M m = new M(s, e, key, type, src, Mention.Kind.ALIAS, false);
                if (first) add(m); else ms.add(m);
                first = false;
            }
            return true;
        }

        /** A plural head's singular, in the case given: "Ministries" -> "Ministry", "Unions" -> "Union". */
        static String singular(String plural) {
            return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y" : plural.substring(0, plural.length() - 1);
        }

        EntityType orgType(int head) { return lex.mediaHeads.contains(w.norm[head]) ? EntityType.OUTLET : EntityType.ORGANIZATION; }

        /**
         * "Saba news agency", "al-Masirah television": a name the gazetteer does not know, right before a lower-case
         * media phrase, is a news outlet. Words that are places or demonyms ("Syrian television") are not such a name.
         */
        boolean mediaTail(int s, int e) {
            // "Deir Ezzor 24 news network", "Orient 24 TV": a number ends the name, place names inside it included
            boolean numbered = e + 2 < w.size && joins(e) && trim(w.gap(e)).isEmpty() && letters(e + 1) == 0
                    && Character.isDigit(w.text.charAt(w.begin[e + 1])) && w.end[e + 1] - w.begin[e + 1] <= 4;
            if (numbered) e++;
            if (e + 1 >= w.size || !joins(e) || w.capitalized(e + 1) || !trim(w.gap(e)).isEmpty()) return false;
            for (int k = s; k <= e; k++) {
                if (claim[k] != null && !(numbered && claim[k].soft) || notName(k) || isOrgHead(k) || titleAt(k, new Lexicon.Cue[1]) >= 0) return false;
            }
            int[] end = {-1};
            lex.mediaTails.matches(w, e + 1, sentEnd[e] + 1, (x, v) -> end[0] = x);
            if (end[0] < 0) return false;
            if (s > 1 && PARTICLES.contains(w.norm[s - 1]) && w.gap(s - 1).equals("-") && !w.capitalized(s - 1) && claim[s - 1] == null) s--;
            return newName(s, e, EntityType.OUTLET) != null;
        }

        /**
         * "the Syrian Response Coordinators group", "the Ennahda party": a name the gazetteer does not know, right before a
         * lower-case organisation noun (lexicon ORG_NOUN, perhaps after one lower-case noun: "observer coalition") that ends
         * the noun phrase, is an organisation. A lone demonym or
         * place ("Kurdish militia") is not such a name.
         */
        boolean orgTail(int s, int e) {
            if (e + 1 >= w.size || !joins(e) || w.capitalized(e + 1) || !trim(w.gap(e)).isEmpty() || claim[e] != null) return false;
            int[] end = {-1};
            lex.orgNouns.matches(w, e + 1, sentEnd[e] + 1, (x, v) -> end[0] = x);
            // one lower-case noun modifying the organisation noun: "the Tala Verde observer coalition"
            if (end[0] < 0 && e + 2 <= sentEnd[e] && "NOUN".equals(pos[e + 1]) && joins(e + 1) && trim(w.gap(e + 1)).isEmpty()
                    && !w.capitalized(e + 2) && titleAt(e + 1, new Lexicon.Cue[1]) < 0) {
                lex.orgNouns.matches(w, e + 2, sentEnd[e] + 1, (x, v) -> end[0] = x);
            }
            int x = end[0];
            // not a modifier of an office: "the Hurras militia leader"
            if (x < 0 || x + 1 < w.size && joins(x) && trim(w.gap(x)).isEmpty() && !w.capitalized(x + 1)
                    && titleAt(x + 1, new Lexicon.Cue[1]) >= 0) return false;
            // "Environmental group Vellari Trust", "Rights group Amnesty": the noun classifies the name after it; the word before is a modifier
            // (not "Green party MP Jo Bell": a party, or a title or acronym after the noun, leaves the word before a name)
            if (x + 1 < w.size && joins(x) && trim(w.gap(x)).isEmpty() && w.gap(x).indexOf('\n') < 0 && w.capitalized(x + 1)
                    && !w.norm[x].equals("party") && !w.allCaps(x + 1) && titleAt(x + 1, new Lexicon.Cue[1]) < 0
                    && !hard(x + 1) && nameLike(x + 1) && !notName(x + 1) && (!propn(s) || sentStart[s] && lowerSeen.contains(w.norm[s]))) return false;
            for (int k = s; k <= e; k++) if (hard(k) || notName(k) || isOrgHead(k) || titleAt(k, new Lexicon.Cue[1]) >= 0) return false;
            if (e > s && lex.givenNames.contains(w.norm[s]) && personShaped(s, e, 2)) return false; // "the John Kerry movement"
            // "a Washington think tank": a modifier of an unnamed organisation; a name the gazetteer already weighed
            if (s > 0 && (w.norm[s - 1].equals("a") || w.norm[s - 1].equals("an")) || g.actorNamed(text(s, e)) != null) return false;
            return newName(s, e, EntityType.ORGANIZATION) != null;
        }

        /**
         * "Venezuela's Supreme Court", "Iran's Foreign Ministry": an organisation name after a country's possessive is that
         * country's body, named "Supreme Court of Venezuela" (or the gazetteer's name for it) and a member of the country,
         * which stays mentioned too.
         */
        boolean ofPossessiveCountry(int from, int e) {
            M c;
            if (from >= 1 && possessive[from - 1]) {
                c = claim[from - 1]; // "Russias Defence Ministry"
            } else {
                if (from < 2 || !w.norm[from - 1].equals("s") || !trim(w.gap(from - 1)).equals("") || w.gap(from - 1).indexOf('\n') >= 0) return false;
                String apostrophe = w.gap(from - 2);
                if (!apostrophe.equals("'") && !apostrophe.equals("’")) return false;
                c = claim[from - 2];
            }
            if (c == null || c.soft || c.type != EntityType.COUNTRY || c.source != Gazetteer.Kind.ACTOR || c.kind == Mention.Kind.METONYM) return false;
            for (int k = from; k <= e; k++) if (hard(k)) return false;
            return countryBody(from, e, c, c.from, e);
        }

        /**
         * "Ministry of Defence of Ukraine", "Supreme Court of the Philippines": an organisation name followed by "of" and a
         * country is that country's body, as after the country's possessive.
         */
        boolean ofCountry(int from, int e) {
            int k = e + 1;
            if (k + 1 >= w.size || !w.norm[k].equals("of") || !joins(e) || !joins(k)) return false;
            int x = w.norm[k + 1].equals("the") && k + 2 < w.size && joins(k + 1) ? k + 2 : k + 1;
            M c = claim[x];
            if (c == null || c.soft || c.type != EntityType.COUNTRY || c.source != Gazetteer.Kind.ACTOR || c.kind == Mention.Kind.METONYM
                    || c.from != x && c.from != k + 1 || sentEnd[c.to] != sentEnd[e]) return false;
            for (int y = from; y <= e; y++) if (hard(y)) return false;
            return countryBody(from, e, c, from, c.to);
        }

        /**
         * "the Moldovan Interior Ministry": a known demonym before capitalised words ending in a state body's head is that
         * country's body, the same actor as "Moldova's Interior Ministry" and "the Interior Ministry of Moldova" (each form
         * an alternative label). Not a head that after a demonym is the country itself ("Moldovan Government"), not a name
         * with more after the head ("Moldovan Council of Churches"), and not a lower-case or unknown head ("Moldovan Orthodox Church").
         */
        boolean demonymBody(int from, int head, int e) {
            M c = claim[from];
            if (c == null || c.source != Gazetteer.Kind.DEMONYM || c.type != EntityType.COUNTRY || c.from != from || c.to >= head || head != e) return false;
            if (!STATE_HEADS.contains(w.norm[e]) || COUNTRY_ITSELF.contains(w.norm[e]) || !g.actors.containsKey(c.key)) return false;
            for (int k = c.to + 1; k <= e; k++) if (!w.capitalized(k) || hard(k) || !trim(w.gap(k - 1)).isEmpty()) return false;
            if (!countryBody(c.to + 1, e, c, from, e)) return false;
            // the demonym is part of the body's name, as before: the country is no mention of its own here
            ms.remove(c);
            return true;
        }

        /**
         * "the Ministry of Foreign Affairs in neighbouring Ruritania", "the Ministry of Health in Moldova": a ministry named
         * by its portfolio alone, then "in", at most one lower-case adjective and a known country or a capitalised word the
         * article never writes in lower case, is that polity's ministry (one name with it). Not a known city or region
         * ("the Ministry of Defence in Kyiv" stays the ministry and the city), not another head ("the Council of Europe in …"),
         * not a seat or house of government ("in Whitehall", "in Parliament"), not an unknown word the article shows as a
         * polity nowhere else and with no modifier ("the Ministry of Justice in Brackwater").
         */
        boolean stateBodyInCountry(int from, int head, int e) {
            if (!PORTFOLIO_HEADS.contains(w.norm[head]) || head + 1 > e || !w.norm[head + 1].equals("of")) return false;
            int k = e + 1;
            if (k + 1 >= w.size || !w.norm[k].equals("in") || !joins(e) || !joins(k)) return false;
            int x = k + 1;
            // one modifier: "neighbouring", "southern"
            if (!w.capitalized(x) && ("ADJ".equals(pos[x]) || MODIFIER_ENDINGS.stream().anyMatch(w.norm[x]::endsWith)) && x + 1 < w.size && joins(x)) x++;
            M c = claim[x];
            if (c != null && c.from == x && !c.soft && c.type == EntityType.COUNTRY && c.source == Gazetteer.Kind.ACTOR && c.kind != Mention.Kind.METONYM
                    && sentEnd[c.to] == sentEnd[e]) {
                if (c.to + 1 < w.size && joins(c.to) && trim(w.gap(c.to)).isEmpty() && w.capitalized(c.to + 1)) return false;
                return countryBody(from, e, c, from, c.to);
            }
            // a name new to the gazetteer, not a person's: "Zemblan"
            if (c != null && c.source == null && c.from == x && c.to == x && c.type != EntityType.PERSON && !c.soft && !SEATS.contains(w.norm[x]) && (x > k + 1 || polityShown(x))) {
                drop(c);
                if (polityMinistry(from, e, x)) { ms.add(c); return true; }
                add(c);
                return false;
            }
            // the article shows it a polity, or a modifier does ("in neighbouring Zemblan"): not "in Whitehall", "in Parliament"
            if (c != null || !unknownPlaceWord(x) || !(x > k + 1 || polityShown(x))) return false;
            return polityMinistry(from, e, x);
        }

        /** Words [from, x] name the ministry [from, e] of the polity at word x: labelled "&lt;ministry&gt; of &lt;polity&gt;", the form as written an alternative label. */
        boolean polityMinistry(int from, int e, int x) {
            M m = newName(from, x, EntityType.ORGANIZATION);
            if (m == null) return false;
            if (m.source == null) newLabels.put(m.key, oneLine(text(from, e)) + " of " + oneLine(text(x, x)));
            return true;
        }

        /**
         * The body named by words [from, e] of country mention c, mentioned by words [spanFrom, spanTo]: the gazetteer's
         * actor of that name ("Defence Ministry of Russia", "Russia's Defence Ministry") or a new organisation of the
         * country. The country stays mentioned.
         */
        boolean countryBody(int from, int e, M c, int spanFrom, int spanTo) {
            String country = g.actors.get(c.key).label();
            String label = oneLine(text(from, e)) + " of " + country;
            String known = g.actorNamed(label);
            if (known == null) known = g.actorNamed(country + "'s " + text(from, e)); // "Russia's Defence Ministry"
            M m;
            if (known != null) {
                Gazetteer.Actor ac = g.actors.get(known);
                m = new M(spanFrom, spanTo, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false);
            } else {
                EntityType type = orgType(e);
                String key = Ids.slug(label);
                if (staffSlugs.contains(key)) return false;
                EntityType have = newTypes.get(key);
                if (have != null) type = have;
                else if (g.actors.containsKey(key) || g.places.containsKey(key) || g.regions.containsKey(key)) key = key + "-organization";
                newTypes.putIfAbsent(key, type);
                newLabels.putIfAbsent(key, label);
                newMemberOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.key);
                m = new M(spanFrom, spanTo, key, type, null, Mention.Kind.NAME, false);
            }
            for (int k = from; k <= e; k++) if (claim[k] != null) drop(claim[k]);
            drop(c);
            add(m);
            ms.add(c);
            return true;
        }

        /**
         * "Japan Times", "Carnegie Moscow Center": an organisation head right after a known country or capital is one
         * new name with it (and with capitalised words before it), not a country followed by a description.
         * "U.S. Mission to NATO", "Russian Embassy": a state body's head after a country or demonym is one new name of
         * that country's body (with "to" and the known actor it is accredited to), and the country stays mentioned.
         */
        void afterCountry(int head) {
            if (head == 0 || w.gap(head - 1).indexOf('\n') >= 0) return;
            // "U.S. Mission": the period of a one-letter word ends the acronym, not the name
            if (!trim(w.gap(head - 1)).isEmpty() && !acronymDot(head - 1)) return;
            M c = claim[head - 1];
            if (c == null || c.type != EntityType.COUNTRY || c.to - c.from > 2) return;
            boolean demonym = c.source == Gazetteer.Kind.DEMONYM;
            if (!demonym && (c.soft || c.source != Gazetteer.Kind.ACTOR)) return;
            boolean body = !lex.mediaHeads.contains(w.norm[head]) && c.kind != Mention.Kind.METONYM;
            if (!body && (demonym || c.from != c.to)) return;
            if (body && demonym && COUNTRY_ITSELF.contains(w.norm[head])) return; // "Iraqi Government" is Iraq
            int from = c.from;
            while (!body && from > 0 && joins(from - 1) && nameLike(from - 1) && claim[from - 1] == null && !notName(from - 1)
                    && !(sentStart[from - 1] && !propn(from - 1)) && from - c.from < 2) from--;
            int to = head;
            M inner = null;
            if (body && head + 2 < w.size && w.norm[head + 1].equals("to") && joins(head) && joins(head + 1)) {
                int x = w.norm[head + 2].equals("the") && head + 3 < w.size && joins(head + 2) ? head + 3 : head + 2;
                M o = claim[x];
                if (o != null && !o.soft && (o.from == x || o.from == head + 2) && o.type != EntityType.PERSON && sentEnd[o.to] == sentEnd[head]) {
                    inner = o;
                    to = o.to;
                }
            }
            drop(c);
            if (inner != null) drop(inner);
            M m = newName(from, to, orgType(head));
            if (m == null) {
                add(c);
                if (inner != null) add(inner);
                return;
            }
            if (!body) return;
            ms.add(c);
            if (inner != null) ms.add(inner);
            if (m.source == null) newMemberOf.computeIfAbsent(m.key, k -> new LinkedHashSet<>()).add(c.key);
        }

        /**
         * "the Trump Organization", "the Clinton Foundation": an organisation head right after a person's name makes one
         * organisation named after the person, not the person (not a state head: "Trump Administration" is the gazetteer's).
         */
        boolean personsBody(int head) {
            if (head == 0 || !trim(w.gap(head - 1)).isEmpty() || w.gap(head - 1).indexOf('\n') >= 0) return false;
            M p = claim[head - 1];
            if (p == null || p.soft || p.type != EntityType.PERSON || p.to != head - 1 || STATE_HEADS.contains(w.norm[head])
                    || COUNTRY_ITSELF.contains(w.norm[head]) || lex.mediaHeads.contains(w.norm[head])) return false;
            if (head + 1 < w.size && joins(head) && trim(w.gap(head)).isEmpty() && (w.capitalized(head + 1) || nominal(head + 1))) return false;
            drop(p);
            if (newName(p.from, head, EntityType.ORGANIZATION) == null) { add(p); return false; }
            return true;
        }

        /**
         * "the Clinton campaign", "the Sanders campaign": a person's name before a lower-case "campaign" that ends the noun
         * phrase is that person's campaign, an organisation of its own; the person stays mentioned.
         */
        void campaigns() {
            for (M p : new ArrayList<>(ms)) {
                int k = p.to + 1;
                if (p.soft || p.type != EntityType.PERSON || claim[p.to] != p || k >= w.size || !w.norm[k].equals("campaign") || w.capitalized(k)
                        || claim[k] != null || !joins(p.to) || !trim(w.gap(p.to)).isEmpty()) continue;
                if (k + 1 < w.size && joins(k) && trim(w.gap(k)).isEmpty() && nominal(k + 1) && !"ADJ".equals(pos[k + 1])) continue;
                drop(p);
                if (newName(p.from, k, EntityType.ORGANIZATION) == null) { add(p); continue; }
                ms.add(p);
            }
        }

        /**
         * "Vermont Sen. Harold Wexley", "Texas Gov. Ann Roe": a place's name and an abbreviated title right before a person's
         * name are a title mention of that person (the place stays mentioned), so that a phrase cut at the title's dot
         * still names the person, never a new actor "Vermont Sen". Only titles written with a dot (the abbreviations
         * after which a sentence splitter may cut), only a place or region, not a country ("Syrian Gen. X" keeps its demonym
         * reading), not across a comma or line.
         */
        void placeTitles() {
            for (M p : new ArrayList<>(ms)) {
                if (p.type != EntityType.PERSON || p.kind != Mention.Kind.NAME || claim[p.from] != p || p.from < 2) continue;
                int t = p.from - 1;
                if (!w.capitalized(t) || !w.gap(t).startsWith(".") || !trim(w.gap(t)).equals(".")) continue;
                Lexicon.Cue[] c = new Lexicon.Cue[1];
                int ts = titleEndingAt(t, c);
                if (ts < 1 || claim[ts] != null) continue;
                M place = claim[ts - 1];
                if (place == null || place.to != ts - 1 || place.type != EntityType.PLACE || !trim(w.gap(ts - 1)).isEmpty()
                        || w.gap(ts - 1).indexOf('\n') >= 0 || sentEnd[place.from] != sentEnd[p.from]) continue;
                drop(place);
                add(new M(place.from, t, p.key, p.type, p.source, Mention.Kind.TITLE, false));
                ms.add(place); // the place stays mentioned
            }
        }

        /**
         * "Christie's campaign", "a spokesperson for Christie's camp": a person's possessive before a lower-case "campaign"
         * or "camp" (words-mentions CAMP_NOUNS) ending the noun phrase is that person's campaign, labelled "<name> campaign",
         * the possessive form an altLabel. After surnames and persons, so that a surname alone counts. Only where it speaks or is
         * spoken for (speaks: "Christie's campaign said", "according to Christie's camp", "a spokesman for Christie's
         * campaign"): not a military or other campaign as an activity ("Vellan's campaign in the north had killed hundreds",
         * "Vellan's campaign against the rebels"), not a training camp ("conditions at Ortega's camp were harsh"), not
         * after a common noun ("the refugees' camp"), not a longer phrase ("Christie's camp director": a noun follows).
         */
        void possessiveCampaigns() {
            for (M p : new ArrayList<>(ms)) {
                int k = p.to + 2;
                if (p.soft || p.type != EntityType.PERSON || p.kind == Mention.Kind.PRONOUN || p.kind == Mention.Kind.TITLE || !possessiveAt(p.to)
                        || k >= w.size || !CAMP_NOUNS.contains(w.norm[k]) || w.capitalized(k) || claim[k] != null || sentEnd[k] != sentEnd[p.to]) continue;
                if (k + 1 < w.size && joins(k) && trim(w.gap(k)).isEmpty() && nominal(k + 1) && !"ADJ".equals(pos[k + 1])) continue;
                if (!speaks(p.from, k)) continue;
                String name = oneLine(text(p.from, p.to));
                String label = name + " campaign";
                String key = Ids.slug(label);
                if (g.actors.containsKey(key) || g.places.containsKey(key) || g.regions.containsKey(key)) key = key + "-organization";
                newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
                newLabels.putIfAbsent(key, label);
                drop(p);
                add(new M(p.from, k, key, newTypes.get(key), null, Mention.Kind.DESCRIPTION, false));
                ms.add(p); // the person stays mentioned
            }
        }

        /**
         * "Hope Hicks, the president's assistant", "footage of Kellyanne Conway": two or three capitalised words inside a
         * sentence, none a cue word, known name, common word the article also writes in lower case, or headline word,
         * are a person's name. At a sentence start the tagger must read both as proper nouns.
         */
        boolean bareName(int s, int e) {
            if (sentStart[s] && !(propn(s) && propn(e) || givenName(s) || propn(s) && lex.givenNames.contains(w.norm[s]))) return false;
            if ("VERB".equals(pos[e])) return false;
            // "Audio Sensors", "Open Ladies": a common plural noun at the end, unless it recurs alone as a surname ("Hicks")
            if (w.norm[e].endsWith("s") && !propn(e) && !surnameRecurs(s, e) && !(lex.givenNames.contains(w.norm[s]) && properWord(e))) return false;
            // "Asia-Pacific"; but "Kim Jong-un", "Moon Jae-in": a given name and a hyphenated lower-case tail make a person
            boolean tail = false;
            // "P. Lakshmanan": an initial and a surname, as a given name would be
            boolean leadingInitial = e > s && letters(s) == 1 && w.capitalized(s) && w.gap(s).equals(". ")
                    // not after a common noun the splitter left it on ("under article E. Ministers said"): that initial ends a sentence
                    && (s == 0 || sentStart[s] || w.capitalized(s - 1) || !w.gap(s - 1).equals(" ") || w.norm[s - 1].equals("by") || isSpeech(s - 1));
            for (int k = s; k <= e; k++) {
                if (k < e && w.gap(k).equals("-") && !(k + 1 == e && hyphenTail(e))) return false;
                if (k == e && k > s + 1 && hyphenTail(k)) tail = true;
            }
            if (tail) e--;
            int proper = 0;
            for (int k = s; k <= e; k++) {
                boolean initial = (k > s && k < e || leadingInitial && k == s) && letters(k) == 1 && (w.gap(k).startsWith(".") || apostropheInitial(k));
                if (!initial && (letters(k) < 2 || w.allCaps(k))) return false;
                if (lowerSeen.contains(w.norm[k]) && !(k == s && givenName(k))) return false; // "Near Abroad", "Breaking Defense"
                if (!w.capitalized(k) || notName(k) || isOrgHead(k) || claim[k] != null || lex.placeWords.contains(w.norm[k])) return false;
                if (titleAt(k, new Lexicon.Cue[1]) >= 0 || lex.demonyms.containsKey(w.norm[k]) || lex.groupAdj.contains(w.norm[k])) return false;
                if ("ADJ".equals(pos[k]) && !propn(k)) return false; // "Diplomatic Relations", "Golden Globes"
                if (propn(k) || !sentStart[k] && !"VERB".equals(pos[k])) proper++;
            }
            if (e + 1 < w.size && joins(e) && (w.capitalized(e + 1) || isOrgHead(e + 1))) return false;
            if (proper < 1) return false;
            for (int k = s; k <= e; k++) if (lex.notPerson.contains(w.norm[k])) return false; // "Golden Globe Awards"
            // "Honda Civic", "Goldman Sachs", "Millennium Falcon": a person's name starts with a given name, unless its
            // surname recurs alone in the article ("Hicks" after "Hope Hicks") or it is a nickname ending with one ("Jihadi John")
            if (lex.givenNames.contains(w.norm[s]) || leadingInitial || tail && propn(s) && propn(e)) return true;
            if (ofPlace(e)) return false; // "Hashemite Kingdom of Jordan"
            return surnameRecurs(s, e) || e == s + 1 && lex.givenNames.contains(w.norm[e]) && propn(s) && propn(e);
        }

        /** "… of Jordan", "… of the United States": a name followed by "of" and a known place or country. */
        boolean ofPlace(int e) {
            int k = e + 1;
            if (k >= w.size || !w.norm[k].equals("of") || !joins(e)) return false;
            k++;
            if (k < w.size && w.norm[k].equals("the")) k++;
            return k < w.size && claim[k] != null && (claim[k].type == EntityType.PLACE || claim[k].type == EntityType.COUNTRY);
        }

        /** "Northwind Energy Ltd has …": a sentence-initial word the article never writes in lower case, in a name ending with a legal form. */
        boolean firmName(int s, int e) {
            return lex.corporate.contains(w.norm[e]) && w.capitalized(s) && !lowerSeen.contains(w.norm[s]) && !QUANTIFIERS.contains(w.norm[s])
                    && switch (pos[s]) { case "NOUN", "ADJ", "PROPN", "X" -> true; default -> false; };
        }

        /** A capitalised word the tagger reads as a function word or verb: "If Congress", "Giving Congress". */
        boolean functionWord(int i) {
            return switch (pos[i]) {
                // but a given name the tagger took for one inside a sentence ("minister Hassan/AUX Dahir")
                case "SCONJ", "CCONJ", "ADP", "PRON", "AUX", "PART", "DET" -> claim[i] == null
                        && titleAt(i, new Lexicon.Cue[1]) < 0 && !isOrgHead(i)
                        && !(!sentStart[i] && w.capitalized(i) && lex.givenNames.contains(w.norm[i]) && givenName(i));
                // "Hope Hicks", "Howard Kurtz said": a tagger's verb or adverb that is no common word here, before a proper noun
                case "VERB", "ADV", "INTJ" -> claim[i] == null && titleAt(i, new Lexicon.Cue[1]) < 0 && !isOrgHead(i)
                        && !givenName(i);
                default -> false;
            };
        }

        /**
         * "Hope Hicks", "Howard Kurtz is": a capitalised word the tagger misreads, that the article never writes in lower
         * case, right before a capitalised word that is no common word here; at a sentence start the surname must recur.
         */
        /** Word i is a capitalised given name of the lexicon that the article never writes in lower case ("Jana"). */
        boolean givenNameWord(int i) {
            return w.capitalized(i) && lex.givenNames.contains(w.norm[i]) && !lowerSeen.contains(w.norm[i]);
        }

        boolean givenName(int i) {
            if (lowerSeen.contains(w.norm[i]) || i + 1 >= w.size || !joins(i) || !nameLike(i + 1) || lowerSeen.contains(w.norm[i + 1])) return false;
            if (notName(i) || notName(i + 1) || claim[i + 1] != null) return false;
            return sentStart[i] ? propn(i + 1) && surnameRecurs(i, i + 1) : true;
        }

        boolean headBeforeLink(int from, int to) {
            for (int k = from; k < to; k++) if (isOrgHead(k) && (w.norm[k + 1].equals("of") || w.norm[k + 1].equals("for"))) return true;
            return false;
        }

        boolean segmentHasTitle(int from, int to) {
            for (int k = from; k <= to; k++) if (titleAt(k, new Lexicon.Cue[1]) >= 0) return true;
            return false;
        }

        boolean segmentHasHead(int from, int to) {
            for (int k = from; k <= to; k++) if (isOrgHead(k)) return true;
            return false;
        }

        int letters(int i) {
            int n = 0;
            for (int k = w.begin[i]; k < w.end[i]; k++) {
                if (!Character.isLetter(w.text.charAt(k))) return 0;
                n++;
            }
            return n;
        }

        /** A headline or menu line: most words capitalized. */
        /** The first word of word i's line. */
        int lineStart(int i) {
            int from = i;
            while (from > 0 && !newlineAfter(from - 1)) from--;
            return from;
        }

        /** Four or more words, at least three quarters of them capitalised: a title in title case (a line or a quotation). */
        static boolean titleCased(int words, int caps) { return words >= 4 && caps * 4 >= words * 3; }

        boolean titleCaseLine(int i) {
            if (paraWords[i] < 4) return false;
            if (titleLine[i] != 0) return titleLine[i] == 2;
            int from = lineStart(i);
            int caps = 0, words = 0;
            for (int k = from; k < w.size && k < from + paraWords[i]; k++) {
                if (!Character.isLetter(w.text.charAt(w.begin[k]))) continue;
                words++;
                if (w.capitalized(k)) caps++;
            }
            byte r = (byte) (titleCased(words, caps) ? 2 : 1);
            // the answer holds for every word of the line: computed once per line
            for (int k = from; k < w.size; k++) {
                titleLine[k] = r;
                if (newlineAfter(k)) break;
            }
            return r == 2;
        }

        /** A line break between word k and the next. */
        boolean newlineAfter(int k) {
            if (k + 1 >= w.size) return true;
            for (int c = w.end[k]; c < w.begin[k + 1]; c++) if (w.text.charAt(c) == '\n') return true;
            return false;
        }

        /**
         * Word i heads an organisation's name (cues ORG_HEAD). A head of words-mentions OF_ONLY_HEADS only before "of" and a
         * capitalised word ("Chamber of Commerce"), not a room or an idiom ("the Dunvale Council Chamber", "an Echo Chamber").
         */
        boolean isOrgHead(int i) {
            if (!w.capitalized(i) || !lex.orgHeads.contains(w.norm[i])) return false;
            return !OF_ONLY_HEADS.contains(w.norm[i]) || i + 2 < w.size && w.norm[i + 1].equals("of") && w.capitalized(i + 2)
                    && trim(w.gap(i)).isEmpty() && trim(w.gap(i + 1)).isEmpty();
        }

        /** Proper nouns only (name particles allowed), no cue words, no known place inside. */
        boolean personShaped(int s, int e, int minWords) {
            int words = 0;
            for (int k = s; k <= e; k++) {
                if (!w.capitalized(k) && PARTICLES.contains(w.norm[k]) || hyphenTail(k)) continue;
                if (!w.capitalized(k) || notName(k) && !(k == s && givenFirst(s, e)) || w.allCaps(k) && w.end[k] - w.begin[k] > 1 || isOrgHead(k)) return false;
                // a given name the tagger took for another word ("Harold/ADJ Wexley") still opens a name
                if (!properWord(k) && !(sentStart[k] && "NOUN".equals(pos[k])) && !(k == s && k < e && lex.givenNames.contains(w.norm[k]) && !lowerSeen.contains(w.norm[k]))) return false;
                // a title word ending a name after a given or proper name is a surname: "Angus King", "Joan Prince"
                if (titleAt(k, new Lexicon.Cue[1]) >= 0 && !(k == e && k > s && w.capitalized(k - 1) && titleAt(k - 1, new Lexicon.Cue[1]) < 0
                        && (lex.givenNames.contains(w.norm[k - 1]) || properWord(k - 1)))) return false;
                if (claim[k] != null) return false; // contains a known place or demonym: "Syrian Kurdistan"
                words++;
            }
            return words >= minWords;
        }

        boolean titleBefore(int s) {
            if (s == 0 || sentStart[s]) return false;
            Lexicon.Cue[] k = new Lexicon.Cue[1];
            return titleEndingAt(s - 1, k) >= 0;
        }

        boolean speechNear(int s, int e) {
            if (e + 1 < w.size && sentEnd[e + 1] == sentEnd[e] && isSpeech(e + 1) && !w.gap(e).contains(",")) return true;
            if (s > 0 && !sentStart[s] && isSpeech(s - 1)) return true;
            return afterAccordingTo(s);
        }

        /** Word s is the source right after "according to" in its sentence. */
        boolean afterAccordingTo(int s) {
            return s > 1 && !sentStart[s] && w.norm[s - 1].equals("to") && w.norm[s - 2].equals("according");
        }

        boolean isSpeech(int i) {
            return !w.capitalized(i) && (lex.speech.contains(w.norm[i]) || lemma[i] != null && "VERB".equals(pos[i]) && lex.speech.contains(lemma[i]));
        }

        /** The gap after word i sets off an apposition: a comma, or only a space in text stripped of its commas. */
        boolean commaGap(int i) {
            String g = trim(w.gap(i));
            return g.equals(",") || stripped && g.isEmpty() && w.gap(i).indexOf('\n') < 0;
        }

        /** "Bill de Blasio", "Christian Lindner": a given name that is also a common capitalised word opens a longer name. */
        boolean givenFirst(int s, int e) {
            if (s >= e || !lex.givenNames.contains(w.norm[s]) || s > 0 && !sentStart[s] && w.norm[s - 1].equals("the")) return false;
            int k = s + 1;
            while (k < e && !w.capitalized(k) && PARTICLES.contains(w.norm[k])) k++;
            return properWord(k) && !notName(k) && !isOrgHead(k);
        }

        /** Word s follows "the" with only a space between ("The Daily Caller", "the Kyiv Independent"). */
        boolean afterThe(int s) {
            return s > 0 && w.norm[s - 1].equals("the") && trim(w.gap(s - 1)).isEmpty() && joins(s - 1) && !w.allCaps(s - 1);
        }

        /** "Lindsey Graham (R-S.C.)", "Adam Schiff (D-Calif.)": words in parentheses right after a person's name say who they are. */
        boolean afterPerson(int s) {
            return s > 0 && trim(w.gap(s - 1)).equals("(") && claim[s - 1] != null && claim[s - 1].type == EntityType.PERSON && claim[s - 1].to == s - 1;
        }

        /** "His lawyer, Giovanni Ferri, said": the name set off by commas right after a lower-case title. */
        boolean appositionBefore(int s, int e) {
            if (s < 2 || sentStart[s] || !trim(w.gap(s - 1)).equals(",") || w.capitalized(s - 1)) return false;
            if (e + 1 < w.size && sentEnd[e + 1] == sentEnd[e] && !trim(w.gap(e)).equals(",")) return false;
            return titleEndingAt(s - 1, new Lexicon.Cue[1]) >= 0;
        }

        /** "Name, spokesman for …": a title right after a comma. */
        boolean apposition(int e) {
            if (e + 1 >= w.size || sentEnd[e + 1] != sentEnd[e] || !commaGap(e)) return false;
            int k = e + 1;
            if (stripped && !trim(w.gap(e)).equals(",") && !APPOSITION_LEAD.contains(w.norm[k])) return false; // "Kurt Volker the former envoy"
            if (k < w.size && (w.norm[k].equals("the") || w.norm[k].equals("a") || w.norm[k].equals("an"))) k++;
            for (int x = k; x < Math.min(w.size, k + 5) && sentEnd[x] == sentEnd[e]; x++) {
                Lexicon.Cue[] c = new Lexicon.Cue[1];
                if (titleAt(x, c) >= 0 && !w.capitalized(x) || titleAt(x, c) >= 0 && x == k) return true;
            }
            return false;
        }

        boolean surnameRecurs(int s, int e) {
            String last = w.norm[e];
            for (int k = 0; k < w.size; k++) {
                if (k >= s && k <= e) continue;
                if (w.norm[k].equals(last) && w.capitalized(k) && (k + 1 >= w.size || !w.capitalized(k + 1) || !joins(k))
                        && (k == 0 || !w.capitalized(k - 1) || !joins(k - 1))) return true;
            }
            return false;
        }

        boolean allCapsSentence(int i) {
            int caps = 0, words = 0;
            int from = i;
            while (from > 0 && !sentStart[from]) from--;
            for (int k = from; k <= sentEnd[i]; k++) {
                if (!Character.isLetter(w.text.charAt(w.begin[k]))) continue;
                words++;
                if (w.allCaps(k)) caps++;
            }
            return words >= 3 && caps * 2 > words;
        }

        /** "by Samer Hussein" in a short line: a byline, staff not actors. */
        boolean byline(int s) {
            if (s == 0) return false;
            String prev = w.norm[s - 1];
            return prev.equals("by") && (paraWords[s] <= 12 || s > 1 && lex.credits.contains(w.norm[s - 2]));
        }

        /**
         * "the National Water Protection Act", "the Intermediate Coastal Forces (ICF) Treaty", "the Kessan Doctrine": capitalised
         * words ending with a document's head (words-mentions DOCUMENT_HEADS) or right before one (an acronym in parentheses
         * between them allowed) name a law, treaty or doctrine, no actor. Only a capitalised head joined by a space in the
         * same sentence; not "of"/"for" before the head ("the Office of Protocol" is a body); not a lower-case noun after the name ("the Kessa Rovers agreement with the club": the club
         * agreed), not a gazetteer actor (decided before this is asked).
         */
        boolean documentName(int from, int to) {
            // the head ends the name: one word ("Treaty"), or after a capitalised modifier joined by a space ("Water Act"); not
            // a body's name that ends "of" and the head ("Office of Protocol", "Department of Protocol": the body's field)
            if (w.capitalized(to) && DOCUMENT_HEADS.contains(w.norm[to])) {
                if (from == to) return true;
                if (w.capitalized(to - 1) && !w.norm[to - 1].equals("of") && !w.norm[to - 1].equals("for") && w.gap(to - 1).equals(" ")) return true;
                return false;
            }
            int k = to + 1;
            if (k >= w.size) return false;
            if (k + 1 < w.size && trim(w.gap(to)).equals("(") && w.allCaps(k) && w.gap(k).matches("\\)\\s*")) k++;
            else if (!trim(w.gap(to)).isEmpty()) return false;
            return k < w.size && k > to && sentEnd[k] == sentEnd[to] && w.capitalized(k) && !w.allCaps(k) && DOCUMENT_HEADS.contains(w.norm[k])
                    && w.gap(k - 1).indexOf('\n') < 0;
        }

        M newName(int from, int to, EntityType type) {
            // remove soft matches inside
            for (int k = from; k <= to; k++) if (claim[k] != null && claim[k].soft) drop(claim[k]);
            // "Jeff Sessions Sessions": a word written twice at the end of a name is a slip, the name has it once
            String label = QUOTES.matcher(oneLine(text(from, doubledEnd(from, to) ? to - 1 : to))).replaceAll("");
            String key = Ids.slug(label);
            if (staffSlugs.contains(key)) return null;
            String knownKey = g.actorNamed(label);
            if (knownKey == null) knownKey = g.actorSpelled(label); // "Bashar Asad", "Walid el-Moallem"
            if (knownKey != null && from == to && styleAcronym(from)) return null;
            if (knownKey != null) {
                Gazetteer.Actor known = g.actors.get(knownKey);
                M m = new M(from, to, known.key(), known.type(), Gazetteer.Kind.ACTOR, Mention.Kind.ALIAS, false);
                add(m);
                return m;
            }
            if (documentName(from, to)) return null;
            EntityType have = newTypes.get(key);
            if (have != null) type = have;
            else if (g.actors.containsKey(key) || g.places.containsKey(key) || g.regions.containsKey(key)) key = key + "-" + type.name().toLowerCase(java.util.Locale.ROOT);
            newTypes.putIfAbsent(key, type);
            newLabels.putIfAbsent(key, label);
            M m = new M(from, to, key, type, null, Mention.Kind.NAME, false);
            add(m);
            return m;
        }

        // ------------------------------------------------------------ 3. coreference

        /** "Syrian Observatory for Human Rights (SOHR)": the acronym names the same entity, here and later. */
        void acronyms() {
            Map<String, M> defined = new HashMap<>();
            for (M m : new ArrayList<>(ms)) {
                if (m.soft || m.type == EntityType.PLACE || m.to + 1 >= w.size) continue;
                int k = m.to + 1;
                String gap = w.gap(m.to);
                if (!trim(gap).equals("(") || !acronymLike(k) || notName(k) || k + 1 < w.size && !w.gap(k).startsWith(")")) continue;
                // the initials may be those of the name in another language ("International Cycling Union (UCI)"): any
                // acronym nobody else owns names an organisation of several words
                boolean initials = w.norm[k].charAt(0) == w.norm[m.from].charAt(0) || w.norm[k].charAt(0) == Words.normalized(labelOf(m)).get(0).charAt(0);
                if (!initials && (m.type == EntityType.PERSON || m.type == EntityType.COUNTRY || m.to == m.from || claim[k] != null && !claim[k].soft
                        && claim[k].source != null)) continue;
                // the acronym read on its own as a new name ("IOPC said"): every mention of that name is the defined one
                if (claim[k] != null && claim[k].source == null && claim[k].from == k && claim[k].to == k && !claim[k].key.equals(m.key)) {
                    String own = claim[k].key;
                    for (M x : new ArrayList<>(ms)) if (x.key.equals(own)) drop(x);
                }
                if (claim[k] == null || claim[k].soft) {
                    if (claim[k] != null) drop(claim[k]);
                    add(new M(k, k, m.key, m.type, m.source, Mention.Kind.ALIAS, false));
                }
                defined.putIfAbsent(w.norm[k], m);
            }
            if (defined.isEmpty()) return;
            for (int i = 0; i < w.size; i++) {
                M m = defined.get(w.norm[i]);
                if (m != null && claim[i] != null && claim[i].source == null && claim[i].from == i && claim[i].to == i && !claim[i].key.equals(m.key)) drop(claim[i]);
                if (m != null && claim[i] == null && acronymLike(i)) add(new M(i, i, m.key, m.type, m.source, Mention.Kind.ALIAS, false));
            }
        }

        /**
         * "a columnist at the weekly Tovar", "the broadcaster Kanal Dva reported": "the", a lower-case media noun of
         * words-mentions MEDIA_NOUNS and one to three capitalised words no mention holds are that outlet, the classified form
         * an altLabel. Only words the tagger reads as proper nouns ("the radio Silence that followed" is no name). Not a
         * capitalised noun ("the Daily Mirror" is a name of its own), not a given name ("the newspaper John bought"), not
         * words the article writes in lower case. Not a name a verb or a lower-case noun follows (a relative clause with no
         * "that": "the network Ortega had built", "the network Verizon built"; a modifier: "the weekly Cabinet meeting").
         * After a noun common outside the media (words-mentions MEDIA_AMBIGUOUS: "network", "station", "weekly"), only with a
         * second media signal: another media noun before it ("the radio station Kanal Dva") or a media cue of words-mentions
         * MEDIA_CUES in the sentence ("an editor at the weekly Kornet"); "the gang used the station Kessa Junction" is none.
         */
        void classifiedOutlets() {
            for (int k = 1; k + 1 < w.size; k++) {
                if (w.capitalized(k) || claim[k] != null || !MEDIA_NOUNS.contains(w.norm[k])) continue;
                int d = k - 1;
                if (d >= 1 && MEDIA_NOUNS.contains(w.norm[d] + " " + w.norm[k])) d--;
                if (!w.norm[d].equals("the") || sentEnd[d] != sentEnd[k]) continue;
                int e = k;
                while (e + 1 < w.size && e - k < 3 && sentEnd[e + 1] == sentEnd[k] && trim(w.gap(e)).isEmpty() && w.gap(e).indexOf('\n') < 0
                        && w.capitalized(e + 1) && claim[e + 1] == null && !notName(e + 1) && !lowerSeen.contains(w.norm[e + 1])
                        && !lex.givenNames.contains(w.norm[e + 1]) && !lex.demonyms.containsKey(w.norm[e + 1]) && titleAt(e + 1, new Lexicon.Cue[1]) < 0
                        && letters(e + 1) > 1 && propn(e + 1)) e++;
                if (e == k || e + 1 < w.size && sentEnd[e + 1] == sentEnd[k] && trim(w.gap(e)).isEmpty() && w.capitalized(e + 1)) continue;
                if (e + 1 < w.size && sentEnd[e + 1] == sentEnd[k] && trim(w.gap(e)).isEmpty() && !w.capitalized(e + 1)
                        && ("VERB".equals(pos[e + 1]) || "AUX".equals(pos[e + 1]) || "NOUN".equals(pos[e + 1]))) continue;
                if (MEDIA_AMBIGUOUS.contains(w.norm[k]) && !(k > d + 1 && MEDIA_NOUNS.contains(w.norm[k - 1])) && !mediaCueIn(k)) continue;
                M m = newName(k + 1, e, EntityType.OUTLET);
                if (m != null && m.source == null) extraLabels.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(oneLine(text(d, e)));
                k = e;
            }
        }

        /** The sentence of word k holds a media cue of words-mentions MEDIA_CUES ("reported", "editor"). */
        boolean mediaCueIn(int k) {
            for (int j = k; j >= 0 && sentEnd[j] == sentEnd[k]; j--) if (MEDIA_CUES.contains(w.norm[j])) return true;
            for (int j = k + 1; j < w.size && sentEnd[j] == sentEnd[k]; j++) if (MEDIA_CUES.contains(w.norm[j])) return true;
            return false;
        }

        /**
         * "The state news agency, SNA, reported": an acronym set off by commas right after "the", at most two lower-case
         * modifiers and a media noun of words-mentions MEDIA_NOUNS ("news agency", "broadcaster", "channel") is that outlet,
         * here and wherever the article writes it again; the description is a mention of it too. An acronym the gazetteer
         * gives to an actor that is no outlet (an armed group with the same letters) yields to the outlet the article
         * describes. Not after any other noun ("the rebel group, SNA,"), not without the comma after it, not a capitalised
         * description (a name: "the Free Press, FP,"), not a list opening after the comma ("according to the newspaper, FBI,
         * CIA and NSA officials": the acronym must close the apposition, so a capitalised word, "and" or "or" after the
         * second comma rules it out). All appositions are found first and the mentions rewritten after, so that one does not
         * see another's rewrite.
         */
        void mediaAcronyms() {
            List<int[]> found = new ArrayList<>();
            for (int k = 3; k + 1 < w.size; k++) {
                if (!w.allCaps(k) || letters(k) < 2 || !trim(w.gap(k - 1)).equals(",") || !trim(w.gap(k)).equals(",") || sentEnd[k] != sentEnd[k - 1]) continue;
                if (sentEnd[k + 1] == sentEnd[k] && (w.capitalized(k + 1) || List.of("and", "or", "nor").contains(w.norm[k + 1]))) continue;
                if (claim[k] != null && (claim[k].type == EntityType.OUTLET || claim[k].source != Gazetteer.Kind.ACTOR || claim[k].to != k || claim[k].from != k)) continue;
                int head = k - 1, from = -1;
                String two = w.norm[head - 1] + " " + w.norm[head];
                int words = MEDIA_NOUNS.contains(two) ? 2 : MEDIA_NOUNS.contains(w.norm[head]) ? 1 : 0;
                if (words == 0) continue;
                int x = head - words, mods = 0;
                while (x >= 0 && mods < 2 && !w.norm[x].equals("the") && !w.capitalized(x) && claim[x] == null && sentEnd[x] == sentEnd[k]) { x--; mods++; }
                if (x < 0 || !w.norm[x].equals("the") || sentEnd[x] != sentEnd[k]) continue;
                from = x;
                boolean lower = true;
                for (int y = from + 1; y <= head; y++) if (w.capitalized(y) || claim[y] != null) lower = false;
                if (lower) found.add(new int[] {k, from, head});
            }
            for (int[] f : found) {
                int k = f[0], from = f[1], head = f[2];
                if (claim[k] != null && (claim[k].type == EntityType.OUTLET || claim[k].source != Gazetteer.Kind.ACTOR)) continue; // an earlier one took it
                String label = w.text.substring(w.begin[k], w.end[k]);
                String key = Ids.slug(label);
                if (g.actors.containsKey(key) || g.places.containsKey(key) || g.regions.containsKey(key)) key = key + "-outlet";
                newTypes.putIfAbsent(key, EntityType.OUTLET);
                newLabels.putIfAbsent(key, label);
                String gazetteerKey = claim[k] == null ? null : claim[k].key;
                for (int i = 0; i < w.size; i++) {
                    if (!w.norm[i].equals(w.norm[k]) || !w.allCaps(i)) continue;
                    if (claim[i] != null && (claim[i].from != i || claim[i].to != i || !claim[i].key.equals(gazetteerKey))) continue;
                    if (claim[i] != null) drop(claim[i]);
                    add(new M(i, i, key, EntityType.OUTLET, null, Mention.Kind.NAME, false));
                }
                add(new M(from, head, key, EntityType.OUTLET, null, Mention.Kind.DESCRIPTION, false));
                extraLabels.computeIfAbsent(key, z -> new LinkedHashSet<>()).add(oneLine(text(from, k)));
            }
        }

        /**
         * "Volunteers for the Defence of the Homeland (VDP)": capitalised words the gazetteer does not know, linked by "of",
         * "for", "the", "on", right before an acronym in parentheses, are an organisation (the acronym then names it too).
         * Not a person's name (no given name first).
         */
        void definedNames() {
            for (int k = 2; k + 1 < w.size; k++) {
                if (!trim(w.gap(k - 1)).equals("(") || !w.allCaps(k) || letters(k) < 2 || !w.gap(k).startsWith(")") || claim[k - 1] != null) continue;
                int s = k - 1, caps = 0;
                while (s >= 0 && claim[s] == null && (s == k - 1 || !sentStart[s + 1]) && (w.capitalized(s) && !w.allCaps(s) || ORG_LINKS.contains(w.norm[s]) && !w.capitalized(s))
                        && (s == k - 1 || trim(w.gap(s)).isEmpty() && w.gap(s).indexOf('\n') < 0)) {
                    if (w.capitalized(s)) caps++;
                    s--;
                }
                s++;
                while (s < k - 1 && !w.capitalized(s)) s++; // "the", "of" open no name
                if (caps < 3 || !w.capitalized(s) || notName(s) || lex.givenNames.contains(w.norm[s]) || sentStart[s] && !propn(s) && !"NOUN".equals(pos[s])) continue;
                newName(s, k - 1, EntityType.ORGANIZATION);
            }
        }

        /** "IOPC", "FAMa", "MoD": two or more capitals in a short word that starts with one. */
        boolean acronymLike(int k) {
            if (w.allCaps(k)) return true;
            int len = w.end[k] - w.begin[k], caps = 0;
            if (len > 6 || !w.capitalized(k) || letters(k) == 0) return false;
            for (int c = w.begin[k]; c < w.end[k]; c++) if (Character.isUpperCase(w.text.charAt(c))) caps++;
            return caps >= 2;
        }

        /**
         * "Northwind" or "Northwind Energy" after "Northwind Energy Ltd": a company named with its legal form is named by
         * the words before it, and by its first word alone when that word is no common word, place or demonym.
         */
        void companies() {
            Map<String, M> byFirst = new HashMap<>();
            Map<String, Set<String>> shorter = new HashMap<>();
            for (M m : ms) {
                if (m.source != null || m.type != EntityType.ORGANIZATION || m.to - m.from < 1 || !lex.corporate.contains(w.norm[m.to])) continue;
                String bare = oneLine(text(m.from, m.to - 1));
                if (w.norm[m.from].equals("the")) continue;
                extraLabels.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(bare);
                shorter.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(bare);
                int f = m.from;
                if (lowerSeen.contains(w.norm[f]) || notName(f) || lex.demonyms.containsKey(w.norm[f]) || lex.placeWords.contains(w.norm[f])
                        || isOrgHead(f) || letters(f) < 3 || lex.givenNames.contains(w.norm[f])) continue;
                M other = byFirst.putIfAbsent(w.norm[f], m);
                if (other != null && !other.key.equals(m.key)) byFirst.put(w.norm[f], null);
            }
            if (byFirst.isEmpty()) return;
            for (int i = 0; i < w.size; i++) {
                M m = byFirst.get(w.norm[i]);
                if (m == null || claim[i] != null || !w.capitalized(i) || echo[i]) continue;
                if (i + 1 < w.size && joins(i) && nameLike(i + 1)) continue;
                if (i > 0 && joins(i - 1) && w.capitalized(i - 1) && !sentStart[i] && trim(w.gap(i - 1)).isEmpty()) continue;
                add(new M(i, i, m.key, m.type, m.source, Mention.Kind.ALIAS, false));
            }
        }

        /** "Dillon" after "Ryan Dillon": the surname alone is the same person. */
        void surnames() {
            Map<String, M> bySurname = new HashMap<>();
            Map<String, M> byFirst = new HashMap<>();
            Set<String> ambiguous = new java.util.HashSet<>();
            for (M m : ms) {
                if (m.type != EntityType.PERSON || m.to == m.from && m.kind == Mention.Kind.ALIAS) continue;
                String label = m.source == Gazetteer.Kind.ACTOR ? g.actors.get(m.key).label() : newLabels.get(m.key);
                List<String> lw = Words.normalized(label);
                if (lw.size() < 2) continue;
                String last = lw.get(lw.size() - 1);
                M other = bySurname.putIfAbsent(last, m);
                if (other != null && !other.key.equals(m.key)) ambiguous.add(last);
                // "Lin" after "Lin Jian", "Kim" after "Kim Yo-jong": names written surname first are referred to by their first word
                if (m.source == null && lw.size() == 2) {
                    String first = lw.get(0);
                    M f = byFirst.putIfAbsent(first, m);
                    if (f != null && !f.key.equals(m.key)) ambiguous.add(first);
                }
            }
            for (var en : byFirst.entrySet()) {
                if (bySurname.containsKey(en.getKey())) ambiguous.add(en.getKey());
                else bySurname.put(en.getKey(), en.getValue());
            }
            for (int i = 0; i < w.size; i++) {
                M m = bySurname.get(w.norm[i]);
                // "Fallon" after "Brian Fallon": the surname alias of a gazetteer person not named here is the article's person
                if (claim[i] != null && !claim[i].soft && !(m != null && lonePersonAlias(claim[i], i) && !claim[i].key.equals(m.key))) continue;
                if (m == null || ambiguous.contains(w.norm[i]) || !w.capitalized(i)) continue;
                if (i + 1 < w.size && joins(i) && nameLike(i + 1)) continue;
                if (claim[i] != null) drop(claim[i]);
                add(new M(i, i, m.key, m.type, m.source, Mention.Kind.ALIAS, false));
            }
        }

        /** A one-word gazetteer alias of a person ("Fallon"). */
        boolean lonePersonAlias(M c, int i) {
            return c.from == i && c.to == i && c.source == Gazetteer.Kind.ACTOR && c.type == EntityType.PERSON;
        }

        /**
         * "Lynch" or "Wendy Gramm" after (or before) "Loretta Lynch" or "Wendy Lee Gramm": a shorter form of a person the
         * article names in full is that person. A one-word person name the article never completes is dropped: a lone
         * surname cannot tell two people apart across articles, and a lone capitalised word is seldom a name.
         */
        void persons() {
            List<M> full = new ArrayList<>();
            for (M m : ms) if (m.type == EntityType.PERSON && m.kind != Mention.Kind.TITLE && Words.normalized(labelOf(m)).size() >= 2) full.add(m);
            for (M m : new ArrayList<>(ms)) {
                if (m.type != EntityType.PERSON || m.source != null || m.kind == Mention.Kind.TITLE) continue;
                List<String> lw = Words.normalized(labelOf(m));
                M target = null;
                boolean ambiguous = false;
                for (M f : full) {
                    if (f.key.equals(m.key) || target != null && target.key.equals(f.key)) continue;
                    List<String> fw = Words.normalized(labelOf(f));
                    if (fw.size() <= lw.size() || !fw.get(fw.size() - 1).equals(lw.get(lw.size() - 1)) || !fw.containsAll(lw)) continue;
                    if (target != null) ambiguous = true;
                    target = f;
                }
                if (target != null && !ambiguous) {
                    drop(m);
                    add(new M(m.from, m.to, target.key, target.type, target.source, Mention.Kind.ALIAS, false));
                } else if (lw.size() == 1) {
                    drop(m);
                }
            }
        }

        /**
         * "Luxembourg Foreign Minister said", "the Iraqi defence minister": a country or demonym before an office (capitalised,
         * or of two words or more) with no name after it is the person holding it: the nearest person of the article with
         * that office, else an unnamed office-holder named by the phrase. The country stays mentioned.
         */
        void countryTitles() {
            List<M> sorted = new ArrayList<>(ms);
            sorted.sort(Comparator.comparingInt(x -> x.from));
            for (M c : sorted) {
                if (c.type != EntityType.COUNTRY || c.kind == Mention.Kind.METONYM || c.to + 1 >= w.size) continue;
                int k = c.to + 1;
                if (!joins(c.to) || !trim(w.gap(c.to)).isEmpty() && !acronymDot(c.to) || claim[k] != null) continue;
                if (c.from > 0 && !sentStart[c.from] && (w.norm[c.from - 1].equals("a") || w.norm[c.from - 1].equals("an"))) continue;
                Lexicon.Cue[] kind = new Lexicon.Cue[1];
                int t = titleAt(k, kind);
                if (t < 0 || kind[0] != Lexicon.Cue.ROLE || followedByName(t) || !w.capitalized(t) && t == k) continue;
                if (t + 1 < w.size && w.norm[t + 1].equals("s") && (w.gap(t).equals("'") || w.gap(t).equals("’"))) continue;
                boolean free = true;
                for (int x = k; x <= t; x++) if (claim[x] != null) free = false;
                if (!free) continue;
                String head = w.norm[t];
                java.util.function.Predicate<M> holds = x -> x.type == EntityType.PERSON && roleHas(x.key, head) && servesIn(x.key, c.key);
                M ref = appositionPerson(c.from);
                if (ref == null) ref = nearest(sorted, c.from, holds);
                if (ref == null) for (M m : sorted) if (m.from > t && holds.test(m)) { ref = m; break; }
                // "Prime Minister Ada Norell said … The Ruritanian prime minister added": with no holder tied to the
                // country, the one person named earlier with that office and tied to no country at all holds it (none or
                // several such: a new office-holder as before)
                if (ref == null) {
                    M only = null;
                    boolean several = false;
                    for (M m : sorted) {
                        if (m.from >= c.from) break;
                        if (m.type != EntityType.PERSON || !roleHas(m.key, head)) continue;
                        // (a country written next to the name ties the person: to this one, "Keir Starmer, the British
                        // prime minister"; to another, "Mark Rutte of the Netherlands")
                        Set<String> near = countriesNear(sorted, m);
                        if (!near.contains(c.key) && (!near.isEmpty() || servesAnyCountry(m.key))) continue;
                        if (only != null && !only.key.equals(m.key)) several = true;
                        only = m;
                    }
                    if (!several) ref = only;
                }
                if (ref != null) {
                    add(new M(c.from, t, ref.key, ref.type, ref.source, Mention.Kind.TITLE, false));
                    continue;
                }
                boolean wasClaimed = claim[c.from] == c;
                M p = newName(c.from, t, EntityType.PERSON);
                if (p != null && !ms.contains(c)) ms.add(c);
                else if (p == null && wasClaimed && claim[c.from] == null) add(c);
                if (p != null && p.source == null) {
                    String country = c.key;
                    roles.put(p.key, new RoleInfo(text(k, t), true, List.of(country)));
                }
            }
        }

        /** "Kurt Volker, the former U.S. special envoy": the person a phrase starting at word i is set off after, or null. */
        M appositionPerson(int i) {
            int x = i - 1;
            while (x >= 0 && !sentStart[x + 1] && APPOSITION_LEAD.contains(w.norm[x]) && trim(w.gap(x)).isEmpty()) x--;
            if (x < 0 || x + 1 > i || sentStart[x + 1] || !commaGap(x) || x + 1 == i && !trim(w.gap(x)).equals(",")) return null;
            M p = claim[x];
            return p != null && p.type == EntityType.PERSON && p.to == x ? p : null;
        }

        /** The person belongs to some country, directly or through a body (as read here or in the gazetteer). */
        boolean servesAnyCountry(String person) {
            List<String> via = new ArrayList<>(roleOf(person).memberOf());
            Gazetteer.Actor ac = g.actors.get(person);
            if (ac != null) via.addAll(ac.memberOf());
            for (String o : via) {
                if (isCountry(o)) return true;
                Gazetteer.Actor body = g.actors.get(o);
                if (body != null) for (String b : body.memberOf()) if (isCountry(b)) return true;
                Set<String> mo = newMemberOf.get(o);
                if (mo != null) for (String b : mo) if (isCountry(b)) return true;
            }
            return false;
        }

        /** A country is mentioned in the person's sentence within six words before or four after ("Dutch Prime Minister X", "X of the Netherlands"). */
        Set<String> countriesNear(List<M> sorted, M p) {
            Set<String> out = new java.util.TreeSet<>();
            for (M c : sorted) {
                if (c.type != EntityType.COUNTRY || c.to < p.from - 6 || c.from > p.to + 4 || c.from >= p.from && c.to <= p.to) continue;
                boolean sameSentence = true;
                for (int k = Math.min(c.from, p.from) + 1; k <= Math.max(c.to, p.to) && sameSentence; k++) if (sentStart[k]) sameSentence = false;
                if (sameSentence) out.add(c.key);
            }
            return out;
        }

        boolean isCountry(String key) {
            Gazetteer.Actor a = g.actors.get(key);
            return a != null && a.type() == EntityType.COUNTRY;
        }

        /** The person belongs to the country, directly or through one of its bodies (as read here or in the gazetteer). */
        boolean servesIn(String person, String country) {
            List<String> via = new ArrayList<>(roleOf(person).memberOf());
            Gazetteer.Actor ac = g.actors.get(person);
            if (ac != null) via.addAll(ac.memberOf());
            for (String o : via) {
                if (o.equals(country)) return true;
                Gazetteer.Actor body = g.actors.get(o);
                if (body != null && body.memberOf().contains(country)) return true;
                Set<String> mo = newMemberOf.get(o);
                if (mo != null && mo.contains(country)) return true;
            }
            return false;
        }

        /**
         * "The army said", "accused the army of": with no army named before, the armed forces of the country the article
         * mentions most (the earliest on a tie), keyed as "&lt;demonym&gt; armed forces"; null when it names no country.
         */
        M countryArmy(int from, int to) {
            Map<String, Integer> count = new HashMap<>();
            Map<String, Integer> first = new HashMap<>();
            for (M m : ms) {
                if (m.type != EntityType.COUNTRY || m.soft || m.source != Gazetteer.Kind.ACTOR) continue;
                count.merge(m.key, 1, Integer::sum);
                first.merge(m.key, m.from, Math::min);
            }
            String country = null;
            for (String c : count.keySet()) {
                if (country == null || count.get(c) > count.get(country) || count.get(c).equals(count.get(country)) && first.get(c) < first.get(country)) country = c;
            }
            String demonym = country == null ? null : lex.demonymOf.get(country);
            if (demonym == null) return null;
            String label = demonym + " armed forces";
            String known = g.actorNamed(label);
            if (known != null) {
                Gazetteer.Actor ac = g.actors.get(known);
                return new M(from, to, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.DESCRIPTION, false);
            }
            String key = Ids.slug(label);
            newTypes.putIfAbsent(key, EntityType.ORGANIZATION);
            newLabels.putIfAbsent(key, label);
            newMemberOf.computeIfAbsent(key, y -> new LinkedHashSet<>()).add(country);
            return new M(from, to, key, EntityType.ORGANIZATION, null, Mention.Kind.DESCRIPTION, false);
        }

        /**
         * "the state attorney general's office said", "the regional prosecutor's office", "the Prime Minister's office": "the",
         * at most one lower-case modifier, an office holder's title of the lexicon (ROLE), its possessive and a head of
         * words-mentions TITLE_OFFICES is the body that office holder runs, one organisation labelled without "the" (the
         * form with "the" an altLabel). Not a named holder's office ("Smith's office", "the minister Jo Bell's office": no
         * title right before the possessive), not "his lawyer's office" (no "the"), not a longer noun phrase
         * ("the governor's office building"), not an office whose words another mention already holds.
         */
        void titleOffices() {
            for (int k = 3; k < w.size; k++) {
                if (!TITLE_OFFICES.contains(w.norm[k]) || claim[k] != null || !possessiveAt(k - 2) || sentEnd[k - 2] != sentEnd[k]) continue;
                if (k + 1 < w.size && sentEnd[k + 1] == sentEnd[k] && trim(w.gap(k)).isEmpty() && !w.capitalized(k + 1) && "NOUN".equals(pos[k + 1])) continue;
                Lexicon.Cue[] c = new Lexicon.Cue[1];
                int t = titleEndingAt(k - 2, c);
                if (t < 1 || c[0] != Lexicon.Cue.ROLE) continue;
                int from = t;
                if (from > 1 && !w.capitalized(from - 1) && !w.norm[from - 1].equals("the") && ("ADJ".equals(pos[from - 1]) || "NOUN".equals(pos[from - 1]))
                        && sentEnd[from - 1] == sentEnd[k]) from--;
                if (!w.norm[from - 1].equals("the") || sentEnd[from - 1] != sentEnd[k]) continue;
                if (!speaks(from - 1, k)) continue;
                boolean free = true;
                for (int x = from; x <= k && free; x++) if (claim[x] != null && (!claim[x].soft || claim[x].type == EntityType.PERSON)) free = false;
                for (int x = from - 1; x < k && free; x++) if (w.gap(x).indexOf('\n') >= 0) free = false;
                if (!free) continue;
                M m = newName(from, k, EntityType.ORGANIZATION);
                if (m != null && m.source == null) extraLabels.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(oneLine(text(from - 1, k)));
            }
        }

        /** "the minister", "the Ministry", "the terrorist group": the nearest earlier actor that fits. */
        void descriptions() {
            List<M> sorted = new ArrayList<>(ms);
            sorted.sort(Comparator.comparingInt(x -> x.from));
            for (int i = 0; i + 1 < w.size; i++) {
                if (claim[i] == null && w.capitalized(i) && bareTitle(sorted, i)) continue;
                if (!w.norm[i].equals("the") || claim[i] != null) continue;
                int k = i + 1;
                if (claim[k] != null) continue;
                Lexicon.Cue[] c = new Lexicon.Cue[1];
                if (ownersRole(sorted, i, k)) continue;
                int t = titleAt(k, c);
                if (t >= 0 && followedByName(t)) continue;
                if (t >= 0 && c[0] == Lexicon.Cue.ROLE) {
                    String head = w.norm[t];
                    M ref = nearest(sorted, i, x -> x.type == EntityType.PERSON && roleHas(x.key, head));
                    if (ref != null) add(new M(i, t, ref.key, ref.type, ref.source, Mention.Kind.TITLE, false));
                    continue;
                }
                if (lex.orgHeads.contains(w.norm[k]) && !followedByName(k)) {
                    String head = w.norm[k];
                    M ref = nearest(sorted, i, x -> x.type != EntityType.PERSON && x.type != EntityType.PLACE && !x.soft
                            && Words.normalized(labelOf(x)).contains(head));
                    if (ref == null && head.equals("army") && verbNear(k)) ref = countryArmy(i, k);
                    if (ref != null) add(new M(i, k, ref.key, ref.type, ref.source, Mention.Kind.DESCRIPTION, false));
                    continue;
                }
                int x = k;
                while (x < w.size && x - k < 3 && lex.groupAdj.contains(w.norm[x]) && claim[x] == null) x++;
                if (x > k && x < w.size && GROUP_NOUNS.contains(w.norm[x]) && !followedByName(x)) {
                    M ref = nearest(sorted, i, y -> (y.type == EntityType.ORGANIZATION || y.type == EntityType.GROUP) && !y.soft
                            && !stateBody(labelOf(y)));
                    if (ref != null) add(new M(i, x, ref.key, ref.type, ref.source, Mention.Kind.DESCRIPTION, false));
                }
            }
        }

        /**
         * "Attorney Ray Holloway, who represents the family, said … The family's lawyer said": "the", one lower-case noun, its
         * possessive and a lower-case role of the lexicon is the one person named before it whose role is that role or one of
         * its kind (words-mentions SAME_ROLE rows: a lawyer is an attorney). Not when two persons named before hold such a
         * role (which one is meant is not known), nor when a name follows ("the family's lawyer, Ann Roe"), nor "the
         * Family's Lawyer" (capitalised: a title of something).
         */
        boolean ownersRole(List<M> sorted, int i, int k) {
            if (w.capitalized(k) || !"NOUN".equals(pos[k]) || !possessiveAt(k) || k + 2 >= w.size || claim[k + 2] != null || w.capitalized(k + 2)) return false;
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            int t = titleAt(k + 2, c);
            if (t < 0 || c[0] != Lexicon.Cue.ROLE || followedByName(t) || t + 1 < w.size && commaGap(t) && w.capitalized(t + 1)) return false;
            String head = w.norm[t], owner = w.norm[k];
            Set<String> kin = sameRole(head);
            M ref = null;
            for (M m : sorted) {
                if (m.from >= i) break;
                if (m.type != EntityType.PERSON || ref != null && ref.key.equals(m.key) || !ownerNear(m, owner)) continue;
                boolean fits = false;
                for (String r : kin) if (roleHas(m.key, r)) fits = true;
                if (!fits) continue;
                if (ref != null) return true; // two holders: no link
                ref = m;
            }
            if (ref != null) add(new M(i, t, ref.key, ref.type, ref.source, Mention.Kind.DESCRIPTION, false));
            return ref != null;
        }

        /**
         * The owner noun of "the family's lawyer" is within eight words of mention m in its sentence ("Attorney Ray Holloway,
         * who represents the family", "a lawyer for the family, Ray Holloway"): m was introduced as that owner's. Not a
         * person named with no such owner ("Attorney General Marcus Hale said …. The defendant's lawyer said": the other
         * side's lawyer, unnamed).
         */
        boolean ownerNear(M m, String owner) {
            for (int j = Math.max(0, m.from - 8); j <= Math.min(w.size - 1, m.to + 8); j++) {
                if (sentEnd[j] != sentEnd[m.from] || j >= m.from && j <= m.to) continue;
                String n = w.norm[j];
                if (n.equals(owner) || n.equals(owner + "s") || owner.equals(n + "s")) return true;
            }
            return false;
        }

        /**
         * Words [from, to] speak: a reporting verb follows ("the prosecutor's office said"), or they are the source after
         * "according to" or the body after a spokesperson word and "for"/"of" ("a spokeswoman for the governor's office").
         */
        boolean speaks(int from, int to) {
            if (to + 1 < w.size && sentEnd[to + 1] == sentEnd[to] && isSpeech(to + 1)) return true;
            if (from < 2 || sentStart[from]) return false;
            if (afterAccordingTo(from)) return true;
            return (w.norm[from - 1].equals("for") || w.norm[from - 1].equals("of")) && SPOKES.contains(w.norm[from - 2]);
        }

        /** The role word and the words of its kind (words-mentions SAME_ROLE: "lawyer attorney counsel"). */
        Set<String> sameRole(String head) {
            return SAME_ROLE_KIN.getOrDefault(head, Set.of(head));
        }

        /**
         * "this new administration", "the current administration": with no administration named before it, the
         * administration of the leader the article names ("Trump" → the gazetteer's "Trump administration"), nearest first.
         */
        void administrations() {
            List<M> persons = new ArrayList<>();
            for (M m : ms) if (m.type == EntityType.PERSON && m.source == Gazetteer.Kind.ACTOR && m.kind != Mention.Kind.TITLE) persons.add(m);
            if (persons.isEmpty()) return;
            persons.sort(Comparator.comparingInt(x -> x.from));
            for (int k = 1; k < w.size; k++) {
                if (!w.norm[k].equals("administration") || w.capitalized(k) || claim[k] != null || followedByName(k)) continue;
                int d = k - 1;
                while (d > 0 && k - d < 3 && ADMINISTRATION_ADJ.contains(w.norm[d]) && claim[d] == null) d--;
                if (!(w.norm[d].equals("the") || w.norm[d].equals("this") || w.norm[d].equals("that")) || claim[d] != null) continue;
                String admin = null;
                M best = null;
                for (M p : persons) {
                    if (best != null && p.from > k) break;
                    List<String> lw = Words.normalized(g.actors.get(p.key).label());
                    String a2 = g.actorNamed(lw.get(lw.size() - 1) + " administration");
                    if (a2 != null) { admin = a2; best = p; }
                }
                if (admin == null) continue;
                Gazetteer.Actor ac = g.actors.get(admin);
                add(new M(d, k, ac.key(), ac.type(), Gazetteer.Kind.ACTOR, Mention.Kind.DESCRIPTION, false));
            }
        }

        /**
         * "the regime", "the rebels", "separatists": a lower-case collective noun, alone or after "the", is the nearest
         * actor named in the article (before it, else after it) whose gazetteer names end with that noun ("Assad regime",
         * "Houthi rebels"). Not a modifier of another noun ("regime change", "ceasefire regime").
         */
        void collectives() {
            List<M> sorted = new ArrayList<>(ms);
            sorted.sort(Comparator.comparingInt(x -> x.from));
            for (int k = 0; k < w.size; k++) {
                if (claim[k] != null || w.capitalized(k) || !lex.collectives.contains(w.norm[k])) continue;
                if (k > 0 && !sentStart[k] && trim(w.gap(k - 1)).isEmpty() && nominal(k - 1)) continue; // "ceasefire regime"
                if (k + 1 < w.size && joins(k) && trim(w.gap(k)).isEmpty() && nominal(k + 1) && !"ADJ".equals(pos[k + 1])) continue; // "regime change"
                String head = w.norm[k];
                java.util.function.Predicate<M> fits = x -> x.source == Gazetteer.Kind.ACTOR && !x.soft && x.type != EntityType.PERSON
                        && g.aliasHeads.getOrDefault(x.key, Set.of()).contains(head);
                M ref = nearest(sorted, k, fits);
                if (ref == null) for (M m : sorted) if (m.from > k && fits.test(m)) { ref = m; break; }
                boolean the = k > 0 && w.norm[k - 1].equals("the") && claim[k - 1] == null && (!sentStart[k] || sentStart[k - 1]);
                int from = the ? k - 1 : k;
                if (ref == null) {
                    // "the junta" with no actor named that way: the collective is an actor of its own
                    if (the && verbNear(k)) add(newCollective(from, k, w.norm[k]));
                    continue;
                }
                add(new M(from, k, ref.key, ref.type, ref.source, Mention.Kind.DESCRIPTION, false));
            }
        }

        /** Word k is the subject of a verb right after it, or the object of "accuse"/"blame"/"condemn" right before it ("the", "both the"). */
        boolean verbNear(int k) {
            if (verbAfter(k)) return true;
            int p = k - 1;
            if (p >= 0 && w.norm[p].equals("the")) p--;
            if (p >= 0 && w.norm[p].equals("both")) p--; // "accuse both the jihadists and …"
            if (p < 0 || sentStart[p + 1]) return false;
            return ACCUSING.contains(w.norm[p]);
        }

        /** A new actor described, not named, by words [from, to]: keyed and labelled by {@code label}. */
        M newCollective(int from, int to, String label) {
            String key = Ids.slug(label);
            if (g.actors.containsKey(key) || g.places.containsKey(key) || g.regions.containsKey(key)) key = key + "-group";
            newTypes.putIfAbsent(key, EntityType.GROUP);
            newLabels.putIfAbsent(key, label);
            return new M(from, to, key, newTypes.get(key), null, Mention.Kind.DESCRIPTION, false);
        }

        /**
         * "federal prosecutors alleged", "Republican lawmakers insist", "Harwick police said", "gunmen attacked": a lower-case
         * plural of the lexicon's ACTOR_NOUN, with at most one modifier before it (an adjective, a demonym, a place, a
         * party), as the subject of a verb or the object of "accused", is an actor described, not named.
         */
        void describedActors() {
            Map<String, M> seen = new HashMap<>();
            for (int k = 0; k < w.size; k++) {
                if (claim[k] != null || w.capitalized(k) && !sentStart[k] || !lex.actorNouns.contains(w.norm[k])) continue;
                M before = seen.get(w.norm[k]);
                if (before != null) { // "the gunmen" again: the same described actor
                    boolean the = k > 0 && w.norm[k - 1].equals("the") && claim[k - 1] == null;
                    add(new M(the ? k - 1 : k, k, before.key, before.type, null, Mention.Kind.DESCRIPTION, false));
                    continue;
                }
                if (!verbNear(k)) continue;
                int from = k;
                int p = k - 1;
                if (p >= 0 && !sentStart[k] && joins(p) && trim(w.gap(p)).isEmpty() && ("ADJ".equals(pos[p]) || "NOUN".equals(pos[p]) && !w.capitalized(p)
                        || w.capitalized(p) && (claim[p] == null
                        || claim[p].soft)) && !lex.notName.contains(w.norm[p]) && letters(p) > 2 && !QUANTIFIERS.contains(w.norm[p])
                        && !reportingWord(p) && !TIME_NOUNS.contains(w.norm[p])) {
                    from = p;
                    if (claim[p] != null) drop(claim[p]);
                }
                if (from == k && k > 0 && !sentStart[k] && nominal(k - 1) && trim(w.gap(k - 1)).isEmpty()) continue; // "riot police" is no actor here
                M m = newCollective(from, k, oneLine(text(from, k)));
                add(m);
                seen.put(w.norm[k], m);
            }
        }

        /**
         * Word i is a reporting verb written as a verb ("insisted", "claimed"), by its lemma: the verb of a
         * clause before the actor ("his family insisted police had …"), never its modifier.
         */
        boolean reportingWord(int i) {
            if (w.capitalized(i) && !sentStart[i] || lemma[i] == null) return false;
            String l = lemma[i].toLowerCase(java.util.Locale.ROOT);
            // (a verb's form, not a noun or adjective written like a base form: "state prosecutors", "worried residents")
            boolean verbForm = "VERB".equals(pos[i]) || !"ADJ".equals(pos[i]) && w.norm[i].endsWith("ed") && !w.norm[i].equals(l);
            return verbForm && (lex.speech.contains(l) || !CueLexicon.get().candidates(l).isEmpty());
        }

        boolean nominal(int i) { return switch (pos[i]) { case "NOUN", "ADJ", "PROPN", "NUM" -> true; default -> false; }; }

        /** "President said", "as Secretary told reporters": a capitalised office alone stands for the person holding it here. */
        boolean bareTitle(List<M> sorted, int i) {
            if (i > 0 && !sentStart[i] && (w.capitalized(i - 1) && joins(i - 1) || w.norm[i - 1].equals("a") || w.norm[i - 1].equals("an"))) return false;
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            int t = titleAt(i, c);
            if (t < 0 || c[0] != Lexicon.Cue.ROLE || followedByName(t) || !w.capitalized(t)) return false;
            for (int k = i; k <= t; k++) if (claim[k] != null) return false;
            if (t + 1 < w.size && joins(t) && w.norm[t + 1].equals("s") ) return false;
            String head = w.norm[t];
            M ref = nearest(sorted, i, x -> x.type == EntityType.PERSON && roleHas(x.key, head));
            if (ref == null) {
                for (M m : sorted) if (m.from > t && m.type == EntityType.PERSON && roleHas(m.key, head)) { ref = m; break; }
            }
            if (ref != null) add(new M(i, t, ref.key, ref.type, ref.source, Mention.Kind.TITLE, false));
            return true;
        }

        boolean followedByName(int t) {
            return t + 1 < w.size && joins(t) && (w.capitalized(t + 1) || w.norm[t + 1].equals("of") || w.norm[t + 1].equals("for"));
        }

        boolean stateBody(String label) {
            for (String s : Words.normalized(label)) if (STATE_HEADS.contains(s)) return true;
            return false;
        }

        M nearest(List<M> sorted, int before, java.util.function.Predicate<M> p) {
            M best = null;
            for (M m : sorted) {
                if (m.from >= before) break;
                if (p.test(m)) best = m;
            }
            return best;
        }

        String labelOf(M m) {
            if (m.source == Gazetteer.Kind.ACTOR) return g.actors.get(m.key).label();
            String l = newLabels.get(m.key);
            return l == null ? m.key : l;
        }

        boolean roleHas(String key, String head) {
            RoleInfo r = roleOf(key);
            if (r != null && r.role() != null && roleWords(r.role(), head)) return true;
            Gazetteer.Actor ac = g.actors.get(key);
            return ac != null && ac.role() != null && roleWords(ac.role(), head);
        }

        /**
         * Role holds head as whole words ("attorney" in "defence attorney"). Not an office headed by "general" unless head
         * is that office: "Attorney General" and "Solicitor General" are no attorney or solicitor.
         */
        boolean roleWords(String role, String head) {
            List<String> r = Words.normalized(role), h = List.of(head.split(" "));
            if (r.isEmpty() || java.util.Collections.indexOfSubList(r, h) < 0) return false;
            return !r.get(r.size() - 1).equals("general") || h.get(h.size() - 1).equals("general");
        }

        // ------------------------------------------------------------ 4. roles and affiliations

        RoleInfo roleOf(String key) {
            if (roles.containsKey(key)) return roles.get(key);
            String role = null;
            boolean office = false;
            Set<String> member = new LinkedHashSet<>();
            List<M> mine = new ArrayList<>();
            for (M m : ms) if (m.key.equals(key) && m.kind != Mention.Kind.TITLE) mine.add(m);
            mine.sort(Comparator.comparingInt(x -> x.from));
            for (M m : mine) {
                RoleInfo pre = before(m), post = after(m);
                for (RoleInfo r : new RoleInfo[] {post, pre}) {
                    if (r == null) continue;
                    member.addAll(r.memberOf());
                    if (r.role() != null && (role == null || r.office() && !office)) {
                        role = r.role();
                        office = r.office();
                    }
                }
            }
            member.remove(key);
            RoleInfo r = new RoleInfo(role, office, List.copyOf(member));
            roles.put(key, r);
            return r;
        }

        /** Titles and affiliations before the name core: "Syrian Foreign Minister Walid al-Moallem", "US Army Colonel Ryan Dillon". */
        RoleInfo before(M m) {
            String role = null;
            boolean office = false;
            List<String> member = new ArrayList<>();
            // titles inside the mention itself (an alias with its title)
            int p = m.from;
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            while (p < m.to) {
                String dem = lex.demonyms.get(w.norm[p]);
                if (dem != null) { member.add(dem); p++; continue; }
                int t = titleAt(p, c);
                if (t < 0 || t >= m.to) break;
                if (role == null || c[0] == Lexicon.Cue.ROLE && !office) {
                    role = text(p, t);
                    office = c[0] == Lexicon.Cue.ROLE;
                }
                p = t + 1;
            }
            // then backwards from the mention
            int k = m.from - 1;
            while (k >= 0 && !sentStart[k + 1] && sentEnd[k] == sentEnd[m.from]) {
                if (trim(w.gap(k)).length() > 0 && !trim(w.gap(k)).equals("-")) break;
                if (claim[k] != null && claim[k] != m) {
                    M o = claim[k];
                    if (o.type == EntityType.ORGANIZATION || o.type == EntityType.COUNTRY || o.source == Gazetteer.Kind.DEMONYM) {
                        member.add(o.key);
                    }
                    break;
                }
                int s = titleEndingAt(k, c);
                if (s < 0) {
                    String dem = lex.demonyms.get(w.norm[k]);
                    if (dem != null) member.add(dem);
                    break;
                }
                if (role == null || c[0] == Lexicon.Cue.ROLE && !office) {
                    role = text(s, k);
                    office = c[0] == Lexicon.Cue.ROLE;
                }
                k = s - 1;
            }
            return role == null && member.isEmpty() ? null : new RoleInfo(role, office, member);
        }

        /** An apposition after the name: ", spokesman for the US-led coalition", ", the Hezbollah leader". */
        RoleInfo after(M m) {
            int e = m.to;
            if (e + 1 >= w.size || sentEnd[e + 1] != sentEnd[e] || !trim(w.gap(e)).equals(",")) return null;
            int k = e + 1;
            List<String> member = new ArrayList<>();
            if (w.norm[k].equals("the") || w.norm[k].equals("a") || w.norm[k].equals("an")) k++;
            if (k < w.size && claim[k] != null && claim[k] != m && claim[k].type != EntityType.PERSON && claim[k].type != EntityType.PLACE) {
                member.add(claim[k].key);
                k = claim[k].to + 1;
                if (k < w.size && w.norm[k].equals("s") && (w.gap(k - 1).equals("'") || w.gap(k - 1).equals("’"))) k++;
            }
            if (k >= w.size || sentEnd[k] != sentEnd[e]) return null;
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            int t = titleAt(k, c);
            if (t < 0) return null;
            // "Hope Hicks, the president's assistant": the title is someone else's
            if (t + 1 < w.size && w.norm[t + 1].equals("s") && (w.gap(t).equals("'") || w.gap(t).equals("’"))) return null;
            String role = text(k, t);
            int x = t + 1;
            if (x < w.size && sentEnd[x] == sentEnd[e] && APPOSITION_PREPS.contains(w.norm[x])) {
                x++;
                if (x < w.size && w.norm[x].equals("the")) x++;
                if (x < w.size && claim[x] != null && claim[x].type != EntityType.PERSON && claim[x].type != EntityType.PLACE) {
                    member.add(claim[x].key);
                }
            }
            return new RoleInfo(role, c[0] == Lexicon.Cue.ROLE, member);
        }

        // ------------------------------------------------------------ names read apart from places

        /**
         * "Reps. Jim Jordan", "Chad Georgia": a one-word country or place right after a capitalised given name (one the
         * article never writes in lower case, so not "Will Iran …") is that person's surname.
         */
        boolean surnameAfterGivenName(Gazetteer.Target t, int from, int end) {
            if (from != end || from == 0 || t.kind() == Gazetteer.Kind.DEMONYM || sentStart[from]) return false;
            if (t.kind() == Gazetteer.Kind.ACTOR && g.actors.get(t.ref()).type() != EntityType.COUNTRY) return false;
            int p = from - 1;
            return w.capitalized(p) && !w.allCaps(p) && lex.givenNames.contains(w.norm[p]) && !lowerSeen.contains(w.norm[p])
                    && trim(w.gap(p)).isEmpty() && w.gap(p).indexOf('\n') < 0 && claim[p] == null && !lex.placeWords.contains(w.norm[p]);
        }

        /**
         * "professor Jordan Whitfield", "coach Israel Vellan": a one-word country's name right after a lower-case role title
         * and right before a capitalised word that can end a name is a given name, no country. Not "the envoy Jordan sent"
         * (no capitalised word after it), not "ambassador Jordan Embassy" (an organisation's head), not a capital word after
         * a comma ("the minister, Jordan, ..." reads the country).
         */
        boolean givenNameAfterRole(Gazetteer.Target t, int i) {
            if (g.actors.get(t.ref()).type() != EntityType.COUNTRY || i == 0 || sentStart[i] || i + 1 >= w.size) return false;
            if (w.capitalized(i - 1) || !trim(w.gap(i - 1)).isEmpty() || w.gap(i - 1).indexOf('\n') >= 0) return false;
            if (!trim(w.gap(i)).isEmpty() || w.gap(i).indexOf('\n') >= 0 || sentEnd[i + 1] != sentEnd[i]) return false;
            int k = i + 1;
            if (!w.capitalized(k) || w.allCaps(k) || isOrgHead(k) || notName(k) || lex.demonyms.containsKey(w.norm[k]) || lex.placeWords.contains(w.norm[k])
                    || letters(k) < 2) return false;
            Lexicon.Cue[] c = new Lexicon.Cue[1];
            return titleEndingAt(i - 1, c) >= 0 && c[0] == Lexicon.Cue.ROLE;
        }

        /** "O" of "O'Donnell", "D" of "D'Souza": a capital letter alone before an apostrophe and a capitalised word opens a surname. */
        boolean apostropheInitial(int i) {
            return letters(i) == 1 && w.capitalized(i) && i + 1 < w.size && (w.gap(i).equals("'") || w.gap(i).equals("’")) && w.capitalized(i + 1);
        }

        /** The last word of words [from, to] repeats the one before it ("Jeff Sessions Sessions"). */
        boolean doubledEnd(int from, int to) {
            return to - from >= 2 && w.norm[to].equals(w.norm[to - 1]) && w.capitalized(to) && trim(w.gap(to - 1)).isEmpty();
        }

        // ------------------------------------------------------------ outlets and bodies after "the"

        /** "he told the Standard.", "told the Daily Monitor that": "told the" before an unknown name that is no body's ("told the Senate") is an outlet. */
        boolean toldTheOutlet(int s, int e) {
            if (s < 2 || sentStart[s] || e - s > 3) return false;
            int p = s - 1;
            if (!w.norm[p].equals("the") || w.capitalized(p) || !trim(w.gap(p)).isEmpty()) return false;
            if (!w.norm[p - 1].equals("told") || w.capitalized(p - 1) || !trim(w.gap(p - 1)).isEmpty()) return false;
            boolean ends = e + 1 >= w.size || !trim(w.gap(e)).isEmpty() || w.norm[e + 1].equals("that") && !w.capitalized(e + 1);
            return ends && outletName(s, e);
        }

        /** "As the Free Beacon reported", "the Daily Monitor reported": "the" and an unknown name, no body's, as the subject of a verb of reporting is an outlet. */
        boolean reportingOutlet(int s, int e) {
            // "As the Free Beacon reported": the run may take in the words before "the"
            for (int k = s; k < e - 1 && k - s < 3; k++) if (w.norm[k].equals("the") && !w.capitalized(k)) return reportingOutlet(k + 1, e);
            if (s < 1 || e - s > 3 || e + 1 >= w.size || sentEnd[e] == e) return false;
            int p = s - 1;
            if (!w.norm[p].equals("the") || !trim(w.gap(p)).isEmpty() || w.capitalized(p) && !sentStart[p]) return false;
            // the subject, not inside a phrase of a preposition ("in the wake of the Uprising revealed"); "as" may open it
            if (p > 0 && !sentStart[p] && "ADP".equals(pos[p - 1]) && !w.norm[p - 1].equals("as")) return false;
            if (!trim(w.gap(e)).isEmpty() || w.capitalized(e + 1) || !lex.outletVerbs.contains(w.norm[e + 1])) return false;
            return outletName(s, e);
        }

        /** Words [s, e] may name an outlet: unclaimed, no person's given name first, no body's head, no place word, no common word. */
        boolean outletName(int s, int e) {
            if (lex.givenNames.contains(w.norm[s])) return false;
            for (int k = s; k <= e; k++) {
                if (hard(k) || s == e && notName(k) || lex.placeWords.contains(w.norm[k]) || lowerSeen.contains(w.norm[k])) return false;
                if (isOrgHead(k) && !lex.mediaHeads.contains(w.norm[k])) return false;
            }
            return newName(s, e, EntityType.OUTLET) != null;
        }

        /**
         * "Fox & Friends", "Johnson & Johnson": capitalised words joined by an ampersand are one name, an organisation (an
         * outlet after an outlet's cue), unless the gazetteer knows part of it; with a new organisation's name that ends in
         * the first word ("School of Forestry & Marine Studies").
         */
        void ampersandNames() {
            for (int i = 0; i + 1 < w.size; i++) {
                if (!trim(w.gap(i)).equals("&") || w.gap(i).indexOf('\n') >= 0 || sentEnd[i] != sentEnd[i + 1]) continue;
                if (!w.capitalized(i) || !w.capitalized(i + 1) || known(i) || known(i + 1) || titleCaseLine(i) || echo[i] || headingLine(i)) continue;
                // "Q&A", "R&D", "M&A": initials joined by an ampersand are an abbreviation, no name
                if (w.norm[i].length() < 2 || w.norm[i + 1].length() < 2) continue;
                int from = i, to = i + 1;
                while (from > 0 && i - from < 2 && joins(from - 1) && trim(w.gap(from - 1)).isEmpty() && w.capitalized(from - 1)
                        && !sentStart[from] && !known(from - 1) && !notName(from - 1)) from--;
                while (to + 1 < w.size && to - i < 3 && joins(to) && trim(w.gap(to)).isEmpty() && w.capitalized(to + 1) && !known(to + 1)) to++;
                if (sentStart[from] && !propn(from)) continue;
                // "the Varrow School of Forestry & Marine Studies": a new organisation's name ending in the first word goes on
                // through the ampersand (not a name the gazetteer knows, not a person)
                if (claim[from] != null && claim[from].source == null && claim[from].type == EntityType.ORGANIZATION && claim[from].from < from
                        && claim[from].to == from) from = claim[from].from;
                boolean outlet = from > 0 && (cueEndsAt(lex.outletCues, from - 1)
                        || w.norm[from - 1].equals("the") && from > 1 && cueEndsAt(lex.outletCues, from - 2));
                for (int k = from; k <= to; k++) if (claim[k] != null) drop(claim[k]);
                newName(from, to, outlet ? EntityType.OUTLET : EntityType.ORGANIZATION);
                i = to;
            }
        }

        /**
         * Word i stands on a short heading line: at most eight words, each capitalised or a number ("Washer & Dryer Machine",
         * "PART 2 – MINDSET & ATTITUDES", "Energy & Environment – 59%"), a section's title, not a sentence. Not a line with
         * a lower-case word ("Dorn & Pell said on Monday ..."), not a line that is only the pair (word i, "&", word i + 1),
         * not a pair the text names again elsewhere.
         */
        boolean headingLine(int i) {
            int from = lineStart(i), n = 0;
            for (int k = from; k < w.size; k++) {
                if (++n > 8 || !w.capitalized(k) && !Character.isDigit(w.text.charAt(w.begin[k]))) return false;
                if (newlineAfter(k)) break;
            }
            // a line that is only the pair "Dorn & Pell" is the firm's name (a list of advisers, one per line); a heading that
            // names a pair the article names again in running text is about that firm ("Orlov & Haldane Fined")
            if (n <= 2) return false;
            String pair = w.text.substring(w.begin[i], w.end[i + 1]);
            int at = -1;
            while ((at = w.text.indexOf(pair, at + 1)) >= 0) if (at != w.begin[i]) return false;
            return true;
        }


        /**
         * "Regulators fined Barclays on Monday. The bank admitted …", "Equifax was hacked. The firm disclosed …": "the" and a
         * business or club noun (words-mentions REFERRED_HEADS) opening a clause refers back to the nearest capitalised
         * word before it, within its sentence and the two before; when that word is a one-word name the gazetteer does not
         * know ({@link #loneName}), it is an organisation (an outlet for a media noun), and the noun phrase and its later
         * copies are mentions of it. A named body nearer to the noun leaves it as it is.
         */
        void referredNames() {
            for (int k = 1; k < w.size; k++) {
                if (!REFERRED_HEADS.contains(w.norm[k]) || w.capitalized(k) || claim[k] != null) continue;
                int i = k - 1;
                if (!w.norm[i].equals("the") || claim[i] != null || sentEnd[i] != sentEnd[k] || !trim(w.gap(i)).isEmpty()) continue;
                if (!opensClause(i, k)) continue;
                int j = referredName(i);
                if (j < 0) continue;
                M m = newName(j, j, MEDIA_NOUNS.contains(w.norm[k]) ? EntityType.OUTLET : EntityType.ORGANIZATION);
                if (m == null || !m.type.isActor() || m.type == EntityType.PERSON || m.type == EntityType.COUNTRY) continue;
                add(new M(i, k, m.key, m.type, m.source, Mention.Kind.DESCRIPTION, false));
                for (int x = j + 1; x < w.size; x++) {
                    if (claim[x] == null && w.norm[x].equals(w.norm[j]) && w.capitalized(x) && alone(x)) add(new M(x, x, m.key, m.type, m.source, Mention.Kind.ALIAS, false));
                }
            }
        }

        /** "the bank" of words [i, k] is a clause's subject (a verb follows, an adverb between) or the source after "according to". */
        boolean opensClause(int i, int k) {
            if (afterAccordingTo(i)) return true;
            int x = k + 1;
            if (x < w.size && sentEnd[x] == sentEnd[k] && "ADV".equals(pos[x]) && trim(w.gap(k)).isEmpty()) x++;
            return x < w.size && sentEnd[x] == sentEnd[k] && trim(w.gap(x - 1)).isEmpty() && !w.capitalized(x) && ("VERB".equals(pos[x]) || "AUX".equals(pos[x]));
        }

        /**
         * The word the definite noun phrase opened at word i refers back to: the nearest capitalised word before it in its
         * sentence and the two before, when it is a one-word name ({@link #loneName}); -1 when none is, or when a named
         * organisation, group or outlet comes nearer. Persons and places are passed over.
         */
        int referredName(int i) {
            int sentences = 0;
            for (int x = i - 1; x >= 0; x--) {
                if (sentStart[x + 1] && ++sentences > 2) return -1;
                if (w.gap(x).indexOf('\n') >= 0 && sentences > 1) return -1;
                M c = claim[x];
                if (c != null) {
                    if (namedBody(c)) return -1;
                    x = c.from;
                    continue;
                }
                if (w.capitalized(x) && referable(x)) {
                    if (orgBefore(x)) return -1;
                    // "Kessex sued Quorra. The company said …": a one-word name leading the sentence is its subject, the likelier referent
                    int f = x;
                    while (f > 0 && !sentStart[f]) f--;
                    if (f < x && referable(f)) {
                        for (int y = f + 1; y < x; y++) if ("VERB".equals(pos[y])) return f;
                    }
                    return x;
                }
            }
            return -1;
        }

        /**
         * A named organisation, group or outlet comes before word x in its sentence ("The Orvane Group bought Kessa. The
         * company said …": the company is more likely the buyer that led the sentence).
         */
        boolean orgBefore(int x) {
            for (int y = x - 1; y >= 0 && sentEnd[y] == sentEnd[x]; y--) if (claim[y] != null && namedBody(claim[y])) return true;
            return false;
        }

        /** A firm claim of a named organisation, group or outlet. */
        boolean namedBody(M c) {
            return !c.soft && (c.type == EntityType.ORGANIZATION || c.type == EntityType.GROUP || c.type == EntityType.OUTLET);
        }

        /** Word x can be the one-word name a "the company" refers back to: a lone name that is no holiday or other common name. */
        boolean referable(int x) {
            return loneName(x) && !NOT_REFERRED.contains(w.norm[x]) && !lex.notPerson.contains(w.norm[x]);
        }

        /** Word x stands alone: no capitalised word joined to it on either side. */
        boolean alone(int x) {
            if (x > 0 && !sentStart[x] && joins(x - 1) && trim(w.gap(x - 1)).isEmpty() && w.capitalized(x - 1)) return false;
            return !(x + 1 < w.size && joins(x) && trim(w.gap(x)).isEmpty() && nameLike(x + 1));
        }

        /**
         * Word x can be a one-word name: a proper noun (or inside a sentence a capitalised noun) of three letters or more,
         * alone, that the article never writes in lower case, that is no common capitalised word (months, days), given name,
         * demonym, place word or organisation head, not after an article ("the iPhone") or "in" (a place), and not in a
         * title-case line.
         */
        boolean loneName(int x) {
            if (letters(x) < 3 || echo[x] || !alone(x) || lowerSeen.contains(w.norm[x]) || notName(x) || lex.givenNames.contains(w.norm[x])
                    || lex.demonyms.containsKey(w.norm[x]) || lex.placeWords.contains(w.norm[x]) || isOrgHead(x) || titleCaseLine(x)) return false;
            if (sentStart[x]) {
                if (!propn(x)) return false;
                // "Fans/PROPN attacked …": a plural in -s opening a sentence is a name only if the article writes it capitalised inside a sentence too
                if (w.norm[x].endsWith("s") && !w.norm[x].endsWith("ss")) {
                    boolean inside = false;
                    for (int y = 0; y < w.size && !inside; y++) if (!sentStart[y] && w.norm[y].equals(w.norm[x]) && w.capitalized(y)) inside = true;
                    if (!inside) return false;
                }
            } else {
                if (!propn(x) && !"NOUN".equals(pos[x])) return false;
                String before = w.norm[x - 1];
                if (Set.of("the", "a", "an", "in", "this", "that", "its", "their", "his", "her").contains(before)) return false;
                // (not a preposition's object: "marched through Dalbury", "fired from Ostrava" are places as often as not)
                if ("ADP".equals(pos[x - 1])) return false;
            }
            return true;
        }

        /** Word k is claimed by a name the gazetteer knows, or by a place. */
        boolean known(int k) { return claim[k] != null && claim[k].source != null; }

        /**
         * "the Free Beacon", "the Kenya Medical Association": a body or outlet written after "the" is known under that
         * form too, as readers and annotators write it.
         */
        void theLabels() {
            for (M m : ms) {
                if (m.from == 0 || m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.TITLE || m.kind == Mention.Kind.PASSING) continue;
                if (m.type != EntityType.ORGANIZATION && m.type != EntityType.OUTLET && m.type != EntityType.GROUP) continue;
                int p = m.from - 1;
                // "the region's State Security Ministry": an owner named by a lower-case noun and its possessive stays in one label
                if (m.from >= 3 && possessiveAt(m.from - 2) && !w.capitalized(m.from - 2) && "NOUN".equals(pos[m.from - 2]) && w.norm[m.from - 3].equals("the")
                        && sentEnd[m.from - 3] == sentEnd[m.from] && w.capitalized(m.from) && trim(w.gap(m.from - 3)).isEmpty()) {
                    extraLabels.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(oneLine(w.text.substring(w.begin[m.from - 3], span(m.from, m.to).end())));
                    continue;
                }
                if (!w.norm[p].equals("the") || !trim(w.gap(p)).isEmpty() || sentEnd[p] != sentEnd[m.from] || !w.capitalized(m.from)) continue;
                extraLabels.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(oneLine(w.text.substring(w.begin[p], span(m.from, m.to).end())));
            }
        }

        /**
         * "The Civic Watch Coalition said … The coalition said": a gazetteer alias made of one common noun ("the coalition")
         * stands for the organisation the article itself names with that head noun (in its name or right after it: "the
         * Ak Tash observer coalition"), and for the gazetteer's actor only when the article names no other. "the opposition
         * Popular Unity party … the opposition said": a side noun (SIDE_NOUNS) written before the name of exactly one
         * organisation stands for it when it later stands alone after "the".
         */
        boolean bareAlias(M m) {
            return m.source == Gazetteer.Kind.ACTOR && m.to - m.from <= 1 && w.norm[m.from].equals("the") == (m.to > m.from) && !w.capitalized(m.to);
        }

        void bareHeads() {
            Map<String, M> byHead = new HashMap<>();
            Set<String> ambiguous = new java.util.HashSet<>();
            Map<String, M> bySide = new HashMap<>();
            for (M m : ms) {
                if (m.type != EntityType.ORGANIZATION && m.type != EntityType.GROUP || m.kind == Mention.Kind.PASSING) continue;
                if (!bareAlias(m)) {
                    String head = w.norm[m.to];
                    int k = m.to;
                    // lower-case nouns right after the name: "Ak Tash observer coalition"
                    while (k + 1 < w.size && k - m.to < 2 && joins(k) && trim(w.gap(k)).isEmpty() && !w.capitalized(k + 1) && "NOUN".equals(pos[k + 1])) head = w.norm[++k];
                    M prior = byHead.putIfAbsent(head, m);
                    if (prior != null && !prior.key.equals(m.key)) ambiguous.add(head);
                }
                // "the opposition NAME": a side noun right before the name
                int p = m.from - 1;
                if (p >= 1 && SIDE_NOUNS.contains(w.norm[p]) && !w.capitalized(p) && trim(w.gap(p)).isEmpty() && joins(p)) {
                    M prior = bySide.putIfAbsent(w.norm[p], m);
                    if (prior != null && !prior.key.equals(m.key)) ambiguous.add("side:" + w.norm[p]);
                }
            }
            for (M m : new ArrayList<>(ms)) {
                if (!bareAlias(m)) continue;
                String head = w.norm[m.to];
                M named = byHead.get(head);
                if (named == null || named.key.equals(m.key) || ambiguous.contains(head)) continue;
                drop(m);
                add(new M(m.from, m.to, named.key, named.type, named.source, Mention.Kind.ALIAS, false));
            }
            for (Map.Entry<String, M> e : bySide.entrySet()) {
                if (ambiguous.contains("side:" + e.getKey())) continue;
                M named = e.getValue();
                for (int k = 1; k < w.size; k++) {
                    if (!w.norm[k].equals(e.getKey()) || w.capitalized(k) || claim[k] != null || claim[k - 1] != null || !w.norm[k - 1].equals("the")
                            || !trim(w.gap(k - 1)).isEmpty()) continue;
                    // the noun alone, not a modifier: "the opposition said", not "the opposition bloc"
                    if (k + 1 < w.size && joins(k) && trim(w.gap(k)).isEmpty() && ("NOUN".equals(pos[k + 1]) || "PROPN".equals(pos[k + 1]) || "ADJ".equals(pos[k + 1]))) continue;
                    add(new M(k - 1, k, named.key, named.type, named.source, Mention.Kind.ALIAS, false));
                }
            }
        }

        // ------------------------------------------------------------ picture credits

        /**
         * "(Photo: Reuters/Jane Roe)", "(REUTERS/Jane Roe/Reuters)", "Image: AFP": the agency and photographer of a picture
         * credit are no actors of the story.
         */
        void pictureCredits() {
            for (M m : new ArrayList<>(ms)) if (m.type != EntityType.PLACE && inCredit(m.from, m.to)) drop(m);
        }

        boolean inCredit(int from, int to) {
            for (int k = from - 1; k >= 0 && from - k <= 4; k--) {
                if (w.gap(k).indexOf('\n') >= 0) break;
                if (lex.pictureCredits.contains(w.norm[k]) && trim(w.gap(k)).startsWith(":")) return true;
            }
            boolean slash = from > 0 && w.gap(from - 1).equals("/") && w.capitalized(from - 1)
                    || to + 1 < w.size && w.gap(to).equals("/") && w.capitalized(to + 1);
            if (!slash) return false;
            // in parentheses on its line: "( REUTERS/Jonathan Roe )"
            int line = w.text.lastIndexOf('\n', w.begin[from]) + 1;
            String before = w.text.substring(line, w.begin[from]);
            return before.lastIndexOf('(') > before.lastIndexOf(')');
        }

        /**
         * "the 'Fake News' churned out", "a so-called “Truth Front”": a name the gazetteer does not know, standing alone in
         * quotation marks and not after a noun that introduces it ("the newspaper “Izvestia”"), is a phrase quoted, no actor.
         */
        void quotedPhrases() {
            for (M m : new ArrayList<>(ms)) {
                if (m.source != null || m.from == 0 || m.to + 1 >= w.size || m.kind != Mention.Kind.NAME) continue;
                String before = trim(w.gap(m.from - 1)), after = trim(w.gap(m.to));
                if (before.isEmpty() || after.isEmpty() || "'\"“‘«".indexOf(before.charAt(before.length() - 1)) < 0
                        || "'\"”’»".indexOf(after.charAt(0)) < 0) continue;
                int p = m.from - 1;
                if ("NOUN".equals(pos[p]) || propn(p) || claim[p] != null) continue;
                drop(m);
            }
        }


        /**
         * "read Dana Orlov's “Kessa Rovers Gives the League What It Pays For”": a quotation on one line of four or more
         * words, at least three quarters of them capitalised (short words of TITLE_SMALL aside), is the title of an article,
         * book or film; a name the gazetteer does not know inside it is part of the title, no actor. Not a quoted sentence
         * ("“Kessa Rovers will win the league,” she said": mostly lower case), not a name quoted alone (quotedPhrases), not
         * a known name inside a title (the gazetteer's), not a quotation running over a line.
         */
        void quotedTitles() {
            for (int k = 1; k < w.size; k++) {
                // an opening mark: white space before it, the word right after it ("read “Kessa …", not the closing ',” said')
                String open = w.gap(k - 1);
                if (open.length() < 2 || "\"“".indexOf(open.charAt(open.length() - 1)) < 0 || !Character.isWhitespace(open.charAt(open.length() - 2))) continue;
                int j = k, words = 0, caps = 0;
                String close = "";
                for (; j < w.size && j - k < 30; j++) {
                    if (Character.isLetter(w.text.charAt(w.begin[j])) && !TITLE_SMALL.contains(w.norm[j])) {
                        words++;
                        if (w.capitalized(j)) caps++;
                    }
                    // the text after word j up to the next word (the text's end after the last word)
                    close = w.gap(j);
                    if (close.indexOf('\n') >= 0 || close.indexOf('”') >= 0 || close.indexOf('"') >= 0) break;
                }
                if (j >= w.size) continue;
                int q = Math.max(close.indexOf('”'), close.indexOf('"')), nl = close.indexOf('\n');
                if (q < 0 || nl >= 0 && nl < q) continue; // no closing mark on the line
                if (!titleCased(words, caps) || !titleCue(k, j)) { k = j; continue; }
                for (int x = k; x <= j; x++) {
                    M m = claim[x];
                    if (m != null && m.source == null && m.kind == Mention.Kind.NAME && m.from >= k && m.to <= j) drop(m);
                }
                k = j;
            }
        }

        /**
         * The quotation [k, j] in title case is a work's title: a possessive or a word of TITLE_CUES right before it ("Dana
         * Orlov's “...”", "an article headlined “...”"), or, after no introducing noun or name, a capitalised verb inside
         * that no mention covers ("“Chamber of Shipping Gives ...”"). Not a name quoted after its noun ("the group “Kessa
         * Popular Resistance Front”", "the firm “Dorn Pell Holdings”"), not a quoted list of names ("“Marta Ortega, Petra
         * Haldane and Dana Orlov.”": every word a mention's).
         */
        boolean titleCue(int k, int j) {
            String before = w.text.substring(Math.max(0, w.begin[k] - 12), w.begin[k]).replaceAll("[\\s\"“]+$", "");
            if (before.endsWith("'s") || before.endsWith("’s") || TITLE_CUES.contains(w.norm[k - 1])) return true;
            if ("NOUN".equals(pos[k - 1]) || propn(k - 1) || claim[k - 1] != null) return false;
            for (int x = k; x <= j; x++) if (w.capitalized(x) && claim[x] == null && ("VERB".equals(pos[x]) || "AUX".equals(pos[x]))) return true;
            return false;
        }

        // ------------------------------------------------------------ countries named in passing

        /**
         * "arrested in Spain", "cocaine in the United States and Europe", "cells across France, Belgium and Spain": a
         * country named right after a setting preposition (perhaps with "the"), or listed after one so named, is only where
         * something happens; "Swiss francs", "a Lebanese banker": a demonym modifying a lower-case noun that is no act or
         * agent of a state names a nationality or origin. Such a mention is kind PASSING. Not a possessive ("in Iran's
         * programme"), nor a modifier of the noun after it ("in U.S. custody"), nor a demonym before an act of the state
         * ("Israeli strikes", "Iranian envoys").
         */
        void settings() {
            List<M> sorted = new ArrayList<>(ms);
            sorted.sort(Comparator.comparingInt((M x) -> x.from).thenComparingInt(x -> x.to));
            M prev = null;
            for (M m : sorted) {
                boolean country = m.source == Gazetteer.Kind.ACTOR && m.type == EntityType.COUNTRY && !m.soft
                        && (m.kind == Mention.Kind.NAME || m.kind == Mention.Kind.ALIAS);
                boolean demonym = m.source == Gazetteer.Kind.DEMONYM && m.kind == Mention.Kind.DESCRIPTION;
                if (!country && !demonym) continue;
                boolean setting = country && (settingBefore(m.from) || prev != null && listedAfter(prev, m)) && !modifies(m.to);
                if (setting || demonym && passingModifier(m.to)) m.kind = Mention.Kind.PASSING;
                prev = setting ? m : null;
            }
        }

        /** Word e modifies, with only a space between, a lower-case noun (perhaps after adjectives) that is no act or agent of a state. */
        boolean passingModifier(int e) {
            if (!modifies(e) || w.capitalized(e + 1) || claim[e + 1] != null) return false;
            int k = e + 1;
            while (k < sentEnd[e] && k - e < 3 && "ADJ".equals(pos[k]) && !w.capitalized(k + 1) && joins(k) && trim(w.gap(k)).isEmpty()) k++;
            if (!"NOUN".equals(pos[k])) return false;
            // the whole compound: "drug enforcement agents"
            while (k < sentEnd[e] && k - e < 4 && "NOUN".equals(pos[k + 1]) && !w.capitalized(k + 1) && joins(k) && trim(w.gap(k)).isEmpty()) k++;
            for (int x = e + 1; x <= k; x++) if (stateAct(x)) return false;
            return true;
        }

        /** Word k is an act or agent of a state, in the singular or plural ("strikes", "authorities", "forces"). */
        boolean stateAct(int k) {
            String n = w.norm[k];
            if (lex.stateActs.contains(n) || lemma[k] != null && lex.stateActs.contains(lemma[k].toLowerCase(java.util.Locale.ROOT))) return true;
            if (n.endsWith("ies") && lex.stateActs.contains(n.substring(0, n.length() - 3) + "y")) return true;
            return n.endsWith("s") && (lex.stateActs.contains(n.substring(0, n.length() - 1)) || n.endsWith("es") && lex.stateActs.contains(n.substring(0, n.length() - 2)));
        }

        /** Word i follows a setting preposition ("in", "across"), perhaps with "the", in its sentence and with only spaces between. */
        boolean settingBefore(int i) {
            int k = i - 1;
            if (k >= 0 && !sentStart[i] && w.norm[k].equals("the") && trim(w.gap(k)).isEmpty()) k--;
            return k >= 0 && sentEnd[k] == sentEnd[i] && trim(w.gap(k)).isEmpty() && lex.setting.contains(w.norm[k])
                    && !"PROPN".equals(pos[k]);
        }

        /** Mention m comes right after p in a list: only a comma, "and" or "or" between. */
        boolean listedAfter(M p, M m) {
            if (m.from <= p.to || sentEnd[p.to] != sentEnd[m.from]) return false;
            int words = m.from - p.to - 1;
            if (words > 1 || words == 1 && !w.norm[p.to + 1].equals("and") && !w.norm[p.to + 1].equals("or")) return false;
            for (int k = p.to; k < m.from; k++) {
                String gap = trim(w.gap(k));
                if (!gap.isEmpty() && !gap.equals(",") && !(k == p.to && acronymDot(k) && gap.equals("."))) return false;
            }
            return true;
        }

        /** The words after word e, with only a space between, go on the phrase: a possessive, a noun or a capitalised word. */
        boolean modifies(int e) {
            if (e + 1 >= w.size || sentEnd[e] != sentEnd[e + 1]) return false;
            String gap = w.gap(e);
            if ((gap.equals("'") || gap.equals("’")) && w.norm[e + 1].equals("s")) return true;
            if (!trim(gap).isEmpty() && !(acronymDot(e) && trim(gap).equals("."))) return false;
            if (gap.indexOf('\n') >= 0) return false;
            return w.capitalized(e + 1) || "NOUN".equals(pos[e + 1]) || "PROPN".equals(pos[e + 1]) || "ADJ".equals(pos[e + 1]);
        }

        // ------------------------------------------------------------ 5. entities

        /**
         * "the Ruritanian Interior Ministry", "Ruritania's Interior Ministry", "the Interior Ministry of Ruritania": one body
         * of a polity the gazetteer does not know, written with its demonym, its possessive or "of", is one actor (the "of"
         * form its label, each form as written an alternative label). Only new organisation names ending in a state body's
         * or a posted body's head, only when two of the forms are in the article, and a demonym only when it is the polity's
         * name with an adjective ending ("Ruritania" → "Ruritanian", "Zemblan" → "Zemblani"): "the Harvard Medical School"
         * and "Harvard's Medical School" are no polity's body, and "the Interior Ministry" alone is left as it is.
         */
        void sameBodies() {
            Map<String, String> polityOf = new HashMap<>();  // key -> "polity|rest"
            Map<String, String> ofKey = new HashMap<>();     // "polity|rest" -> key of the "of" form
            Map<String, Set<String>> group = new LinkedHashMap<>();
            Map<String, String> possessiveForm = new HashMap<>();
            for (M m : ms) {
                if (m.source != null || m.type != EntityType.ORGANIZATION || m.kind != Mention.Kind.NAME) continue;
                int from = w.norm[m.from].equals("the") ? m.from + 1 : m.from;
                int to = m.to;
                if (from >= to || !w.capitalized(to) || !(STATE_HEADS.contains(w.norm[to]) || POSTED_HEADS.contains(w.norm[to]))) {
                    // "Interior Ministry of Ruritania": the head before "of" and one capitalised word
                    int of = -1;
                    for (int k = from + 1; k < to; k++) if (w.norm[k].equals("of") && !w.capitalized(k)) of = k;
                    if (of < 0 || of + 1 != to && !(of + 2 == to && w.norm[of + 1].equals("the")) || !w.capitalized(to) || claim[to] != m) continue;
                    if (!(STATE_HEADS.contains(w.norm[of - 1]) || POSTED_HEADS.contains(w.norm[of - 1]))) continue;
                    String id = w.norm[to] + "|" + oneLine(text(from, of - 1)).toLowerCase(java.util.Locale.ROOT);
                    polityOf.put(m.key, id);
                    ofKey.putIfAbsent(id, m.key);
                    group.computeIfAbsent(id, x -> new LinkedHashSet<>()).add(m.key);
                    continue;
                }
                for (int k = from; k <= to; k++) if (!w.capitalized(k) || k > from && !trim(w.gap(k - 1)).isEmpty()) { from = -1; break; }
                if (from < 0) continue;
                // "Ruritania's Interior Ministry": the body right after an unknown polity's possessive
                if (from == m.from && from >= 3 && w.norm[from - 1].equals("s") && (w.gap(from - 2).equals("'") || w.gap(from - 2).equals("’"))
                        && trim(w.gap(from - 1)).isEmpty() && w.capitalized(from - 2) && (claim[from - 2] == null || claim[from - 2].soft)
                        && !lex.givenNames.contains(w.norm[from - 2])) {
                    String id = w.norm[from - 2] + "|" + oneLine(text(from, to)).toLowerCase(java.util.Locale.ROOT);
                    polityOf.put(m.key, id);
                    group.computeIfAbsent(id, x -> new LinkedHashSet<>()).add(m.key);
                    possessiveForm.put(m.key, oneLine(text(from - 2, to)));
                    continue;
                }
                // "Ruritanian Interior Ministry": an unknown demonym-shaped word, then the body
                if (from < to && claim[from] == m && !lex.demonyms.containsKey(w.norm[from])) {
                    String dem = w.norm[from];
                    String rest = oneLine(text(from + 1, to)).toLowerCase(java.util.Locale.ROOT);
                    polityOf.put(m.key, "?" + dem + "|" + rest);
                }
            }
            // demonyms: matched to a polity seen in an "of" or possessive form
            for (Map.Entry<String, String> en : new ArrayList<>(polityOf.entrySet())) {
                String v = en.getValue();
                if (v == null || !v.startsWith("?")) continue;
                String dem = v.substring(1, v.indexOf('|')), rest = v.substring(v.indexOf('|') + 1);
                for (String id : new ArrayList<>(group.keySet())) {
                    String polity = id.substring(0, id.indexOf('|'));
                    if (id.substring(id.indexOf('|') + 1).equals(rest) && demonymOfName(dem, polity)) group.get(id).add(en.getKey());
                }
            }
            for (Map.Entry<String, Set<String>> en : group.entrySet()) {
                Set<String> keys = en.getValue();
                if (keys.size() < 2) continue;
                String target = ofKey.getOrDefault(en.getKey(), keys.iterator().next());
                for (String k : keys) {
                    if (possessiveForm.containsKey(k)) extraLabels.computeIfAbsent(target, x -> new LinkedHashSet<>()).add(possessiveForm.get(k));
                    if (k.equals(target)) continue;
                    for (M m : new ArrayList<>(ms)) {
                        if (!m.key.equals(k) || m.source != null) continue;
                        drop(m);
                        add(new M(m.from, m.to, target, m.type, null, m.kind, m.soft));
                    }
                    Set<String> xl = extraLabels.remove(k);
                    if (xl != null) extraLabels.computeIfAbsent(target, x -> new LinkedHashSet<>()).addAll(xl);
                    Set<String> mo = newMemberOf.remove(k);
                    if (mo != null) newMemberOf.computeIfAbsent(target, x -> new LinkedHashSet<>()).addAll(mo);
                }
            }
        }

        /** An adjective of a place's name: "ruritanian" of "ruritania", "zemblani" of "zemblan", "freedonian" of "freedonia". */
        boolean demonymOfName(String dem, String name) {
            if (name.length() < 4) return false;
            String stem = name.endsWith("a") || name.endsWith("o") || name.endsWith("e") ? name.substring(0, name.length() - 1) : name;
            for (String end : DEMONYM_ENDINGS) {
                if (dem.equals(name + end) || dem.equals(stem + end)) return true;
            }
            return false;
        }

        Article build() {
            ms.sort(Comparator.comparingInt((M x) -> x.from).thenComparingInt(x -> x.to));
            Map<String, Entity> out = new LinkedHashMap<>();
            Map<String, Set<String>> surfaces = new HashMap<>();
            List<Mention> mentions = new ArrayList<>();
            for (M m : ms) {
                if (staffSlugs.contains(m.key)) continue;
                mentions.add(new Mention(span(m.from, m.to), m.key, m.kind));
                if (m.kind != Mention.Kind.TITLE && m.kind != Mention.Kind.PRONOUN) {
                    surfaces.computeIfAbsent(m.key, x -> new LinkedHashSet<>()).add(oneLine(text(m.from, m.to)));
                }
                if (out.containsKey(m.key)) continue;
                Entity e;
                if (m.source == Gazetteer.Kind.PLACE) {
                    e = g.placeEntity(m.key);
                } else if (m.source == Gazetteer.Kind.REGION) {
                    e = g.regionEntity(m.key);
                } else if (m.source == Gazetteer.Kind.ACTOR || m.source == Gazetteer.Kind.DEMONYM) {
                    e = g.actorEntity(m.key);
                } else {
                    e = Entity.of(m.key, m.type, newLabels.get(m.key));
                    Set<String> mo = newMemberOf.get(m.key);
                    if (mo != null) e = e.withMemberOf(List.copyOf(mo));
                }
                out.put(m.key, e);
            }
            // roles and affiliations of persons
            for (Map.Entry<String, Entity> en : new ArrayList<>(out.entrySet())) {
                Entity e = en.getValue();
                if (e.type() != EntityType.PERSON) continue;
                RoleInfo r = roleOf(e.key());
                Set<String> member = new LinkedHashSet<>(r.memberOf());
                member.addAll(e.memberOf());
                e = e.withMemberOf(List.copyOf(member));
                if (r.role() != null && (r.office() || e.role() == null)) e = e.withRole(r.role());
                en.setValue(e);
            }
            // surface forms seen
            for (Map.Entry<String, Entity> en : out.entrySet()) {
                Set<String> s = surfaces.get(en.getKey());
                Entity prior = a.entity(en.getKey());
                Set<String> alts = new LinkedHashSet<>(en.getValue().altLabels());
                if (prior != null) alts.addAll(prior.altLabels());
                if (s != null) alts.addAll(s);
                alts.addAll(extraLabels.getOrDefault(en.getKey(), Set.of()));
                en.setValue(en.getValue().withAltLabels(List.copyOf(alts)));
            }
            // entities the mentioned ones point to: affiliations, regions, countries
            Map<String, Entity> extra = new LinkedHashMap<>();
            for (Entity e : out.values()) {
                List<String> refs = new ArrayList<>(e.memberOf());
                if (e.region() != null) refs.add(e.region());
                if (e.country() != null) refs.add(e.country());
                for (String r : refs) {
                    if (out.containsKey(r) || extra.containsKey(r) || a.entity(r) != null) continue;
                    if (g.actors.containsKey(r)) extra.put(r, g.actorEntity(r));
                    else if (g.regions.containsKey(r)) {
                        Entity re = g.regionEntity(r);
                        extra.put(r, re);
                        if (re.country() != null && !out.containsKey(re.country()) && a.entity(re.country()) == null) {
                            extra.putIfAbsent(re.country(), g.actorEntity(re.country()));
                        }
                    }
                }
            }
            List<Entity> added = new ArrayList<>(out.values());
            added.addAll(extra.values());
            return a.withMentions(mentions, added);
        }
    }
}
