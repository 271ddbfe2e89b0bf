package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.model.Article;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Sentence;
import org.claimgraph.model.Span;
import org.claimgraph.model.Token;

/**
 * Sentences (never across paragraphs), tokens with UPOS tags and lemmas, from OpenNLP.
 * Offsets are into the body.
 */
final class NlpAnnotator implements Annotator {
    private final Nlp nlp;

    NlpAnnotator(Nlp nlp) { this.nlp = nlp; }

    @Override public String name() { return "nlp"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.PARAGRAPHS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.SENTENCES, Layer.TOKENS); }

    private static final java.util.Map<String, String> ABBREVIATIONS = new java.util.HashMap<>();
    static {
        for (String[] r : LexiconFile.rows("abbreviations.tsv", true)) ABBREVIATIONS.put(r[0].strip(), r.length > 1 ? r[1].strip() : "always");
    }

    /** Given names (lexicon/given-names.txt), as written: before an initial they make "Chris W." part of a name. */
    private static final Set<String> GIVEN_NAMES = new java.util.HashSet<>();
    static {
        for (String[] r : LexiconFile.rows("given-names.txt", false)) GIVEN_NAMES.add(r[0].strip());
    }

    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");

    /**
     * The sentence model's sentences with its mistaken breaks joined. A break is the model's mistake
     * when the next sentence starts with a lower-case letter (edited text never does: "Sen. Bob Corker,
     * R-Tenn., | said", "“Why did you go back?” | a reporter asked", "the “U.S. | weapons"); after a
     * title ("Sen. | Ben Cardin") or an abbreviation before a number ("Jan. | 18"); and after a
     * middle initial before a capitalised word ("Chris W. | Cox", "Mr. M. | Venkaiah Naidu", ", V. |
     * Stiviano") — an initial is taken for one when it follows a given name, a title, another initial,
     * a comma or nothing, so that "Plan B. | The" stays two sentences.
     */
    static List<opennlp.tools.util.Span> joinAbbreviations(String text, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            if (!out.isEmpty()) {
                opennlp.tools.util.Span prev = out.get(out.size() - 1);
                int next = s.getStart();
                while (next < s.getEnd() && Character.isWhitespace(text.charAt(next))) next++;
                if (next < s.getEnd() && mistakenBreak(text, prev, text.charAt(next))) {
                    out.set(out.size() - 1, new opennlp.tools.util.Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean mistakenBreak(String text, opennlp.tools.util.Span prev, char next) {
        if (Character.isLowerCase(next)) return true;
        int[] w = lastWordAt(text, prev.getStart(), prev.getEnd());
        String last = text.substring(w[0], w[1]);
        String when = ABBREVIATIONS.get(last);
        if ("always".equals(when) || "number".equals(when) && Character.isDigit(next)) return true;
        if (!INITIAL.matcher(last).matches() || !Character.isUpperCase(next)) return false;
        int e = w[0];
        while (e > prev.getStart() && text.charAt(e - 1) == ' ') e--;
        if (e == prev.getStart() || text.charAt(e - 1) == ',') return true;
        int[] before = lastWordAt(text, prev.getStart(), e);
        String word = text.substring(before[0], before[1]);
        return GIVEN_NAMES.contains(word) || "always".equals(ABBREVIATIONS.get(word)) || INITIAL.matcher(word).matches();
    }

    /** [begin, end) of the last word of text[from, to) (after a space, '(' or an opening quote). */
    private static int[] lastWordAt(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        int b = e;
        while (b > from && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(' && text.charAt(b - 1) != '"' && text.charAt(b - 1) != '“') b--;
        return new int[] {b, e};
    }

    /**
     * A comma, full stop, semicolon, colon, question or exclamation mark the tagger called something else (a comma after
     * a number comes out SYM: "rose to 40/NUM ,/SYM state media reported") is PUNCT, as every other one is.
     */
    static void punctuationRepaired(String[] words, String[] tags) {
        for (int k = 0; k < words.length; k++) {
            if (!tags[k].equals("PUNCT") && words[k].length() == 1 && ",.;:?!".indexOf(words[k].charAt(0)) >= 0) tags[k] = "PUNCT";
        }
    }

    /** Tags that may follow a mistagged verb inside its clause ("rose 8 percent", "applies to everyone", "lies with"). */
    private static final Set<String> AFTER_VERB = Set.of("ADV", "ADP", "NUM", "DET", "PRON", "PART");
    /** Tags of the words of a noun phrase subject ("the monthly wage bill for teachers"). */
    private static final Set<String> IN_SUBJECT = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ");
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");
    /** The least probability of VERB, the model's own, for a word to be retagged. */
    static final double VERB_CHANCE = 0.1;
    /** The same for a word the tagger called an adverb: a content word right after a subject noun is seldom one. */
    static final double ADVERB_VERB_CHANCE = 0.05;

    /**
     * A finite verb the tagger took for a noun after a noun ("the wage bill rose/NOUN 8 percent", "the rule of law
     * applies/NOUN to everyone", "the blame lies/NOUN with"): the tagger weighs the tag before so heavily that a noun-verb
     * homograph after a noun comes out a noun, and the clause is left with no verb. Retagged VERB (with its verb lemma)
     * when all of these hold:
     * <ul>
     * <li>the model itself gives VERB a probability of at least {@value #VERB_CHANCE} ({@value #ADVERB_VERB_CHANCE} for a
     * word it called an adverb, not one in -ly: "the price of bread rose/ADV 12 percent");</li>
     * <li>the word before is a noun heading a subject noun phrase that opens the clause: at the sentence start, after a
     * quotation mark, comma, colon, "that", a subordinator or a verb that takes a content clause ("said the wage bill
     * rose");</li>
     * <li>the word agrees with that noun as a verb: a past form with any subject, an -s form with a singular one, a
     * bare form with a plural one;</li>
     * <li>the word after can follow a verb (not a comma: "The government spokesman, NAME") or ends the sentence, and the
     * rest of the clause has no verb but an infinitive ("the tax cuts fail/NOUN to help workers").</li>
     * </ul>
     * Must NOT retag: a noun with a verb later in its clause ("the price increase was small"), the object of a verb that
     * takes no clause ("threatened the normalisation process in the region"), a noun inside a prepositional phrase
     * ("in the stock market crash of 1929"), a noun before an apposition, a capitalised word.
     */
    static void verbsRepaired(Nlp nlp, String[] words, String[] tags, String[] lemmas) {
        int n = words.length;
        for (int k = 1; k < n; k++) {
            // (an adverb too, not one in -ly: "the average price of bread rose/ADV 12 percent")
            boolean adverb = tags[k].equals("ADV") && !words[k].endsWith("ly");
            if (!tags[k].equals("NOUN") && !adverb || !(tags[k - 1].equals("NOUN") || tags[k - 1].equals("PROPN"))) continue;
            String w = words[k];
            if (!Character.isLowerCase(w.charAt(0)) || w.endsWith("ing")) continue;
            boolean last = k + 2 == n && tags[k + 1].equals("PUNCT") && ".!?".contains(words[k + 1]);
            if (!last && (k + 1 == n || !AFTER_VERB.contains(tags[k + 1]))) continue;
            // the subject: a noun phrase back to where the clause opens (hyphenated words inside it: "cross-border trade")
            int b = k - 1;
            // (and possessive pronouns: "all of our exports comply/ADV with")
            while (b > 0 && (IN_SUBJECT.contains(tags[b - 1]) || words[b - 1].equals("-") || POSSESSIVES.contains(words[b - 1].toLowerCase(java.util.Locale.ROOT)))
                    && !words[b - 1].equalsIgnoreCase("that")) b--;
            if (!(tags[b].equals("DET") || tags[b].equals("ADJ") || tags[b].equals("NOUN") || tags[b].equals("PROPN") || tags[b].equals("NUM")
                    || POSSESSIVES.contains(words[b].toLowerCase(java.util.Locale.ROOT)))) continue;
            if (b > 0 && !opensClause(words[b - 1], tags[b - 1], nlp)) continue;
            if (!agrees(w, words[k - 1], tags[k - 1], nlp)) continue;
            // ("two government vessels": after a number the -s word is the plural head of the phrase)
            if (w.endsWith("s") && counted(words, tags, b, k)) continue;
            // no verb in the rest of the clause
            boolean verb = false;
            for (int j = k + 1; j < n && !tags[j].equals("PUNCT") && !tags[j].equals("SCONJ") && !tags[j].equals("CCONJ"); j++) {
                // (an infinitive is no verb of the clause: "the tax cuts fail/NOUN to help workers")
                if ((tags[j].equals("VERB") || tags[j].equals("AUX")) && !(words[j - 1].equalsIgnoreCase("to") && tags[j - 1].equals("PART"))) { verb = true; break; }
            }
            if (verb || nlp.probability(words, tags, k, "VERB") < (adverb ? ADVERB_VERB_CHANCE : VERB_CHANCE)) continue;
            tags[k] = "VERB";
            lemmas[k] = nlp.lemma(w, "VERB");
        }
    }

    /**
     * "The general/ADJ said", "The accused/VERB denied": an adjective or past participle between "the" opening a clause
     * and a finite verb is the subject's head, a noun. Not "the elected officials" (a noun follows), nor "the reported
     * attack was".
     */
    static void nominalsRepaired(Nlp nlp, String[] words, String[] tags, String[] lemmas) {
        for (int k = 1; k + 1 < words.length; k++) {
            boolean participle = tags[k].equals("VERB") && words[k].endsWith("ed");
            if (!(tags[k].equals("ADJ") || participle) || !words[k - 1].equalsIgnoreCase("the") || !Character.isLowerCase(words[k].charAt(0))) continue;
            if (!(tags[k + 1].equals("VERB") || tags[k + 1].equals("AUX")) || words[k + 1].equalsIgnoreCase(lemmas[k + 1]) && !tags[k + 1].equals("AUX")) continue;
            if (k - 1 > 0 && !opensClause(words[k - 2], tags[k - 2], nlp)) continue;
            tags[k] = "NOUN";
            lemmas[k] = nlp.lemma(words[k].toLowerCase(java.util.Locale.ROOT), "NOUN");
        }
    }

    /**
     * "Amnesty/ADJ International/ADJ accused/ADJ security forces of torturing …": a past form of an accusing cue of the cue
     * lexicon (one word) read as an adjective right after a capitalised word (a name the tagger read as a proper noun or
     * an adjective), with the start of a noun phrase or "that" after it and "of" or "for" later in the sentence, is that
     * verb. Must NOT retag a participle before its noun after a determiner or a
     * lower-case adjective ("the alleged plot", "a widely reported claim"), nor one before a preposition ("a man accused of
     * theft").
     */
    static void reportingPastRepaired(Nlp nlp, String[] words, String[] tags, String[] lemmas) {
        int n = words.length;
        for (int k = 1; k + 2 < n; k++) {
            String w = words[k];
            if (!tags[k].equals("ADJ") || !w.endsWith("ed") || !Character.isLowerCase(w.charAt(0))) continue;
            String prev = tags[k - 1];
            if (!((prev.equals("PROPN") || prev.equals("ADJ")) && Character.isUpperCase(words[k - 1].charAt(0)))) continue;
            String t = tags[k + 1];
            if (!(t.equals("DET") || t.equals("NOUN") || t.equals("PROPN") || t.equals("PRON") || words[k + 1].equalsIgnoreCase("that"))) continue;
            boolean ofFor = false;
            for (int j = k + 2; j < n; j++) if (words[j].equalsIgnoreCase("of") || words[j].equalsIgnoreCase("for")) ofFor = true;
            if (!ofFor) continue;
            String lemma = nlp.lemma(w.toLowerCase(java.util.Locale.ROOT), "VERB");
            boolean fits = false;
            for (CueLexicon.Cue c : CueLexicon.get().candidates(lemma)) if (c.words().size() == 1 && c.accuses()) fits = true;
            if (!fits) continue;
            tags[k] = "VERB";
            lemmas[k] = lemma;
        }
    }

    /** The word, read as a verb, agrees with the noun before it: a past form with any, an -s form with a singular, a bare form with a plural. */
    private static boolean agrees(String word, String noun, String nounTag, Nlp nlp) {
        String w = word.toLowerCase(java.util.Locale.ROOT), lemma = nlp.lemma(w, "VERB");
        boolean plural = nounTag.equals("NOUN") && noun.endsWith("s") && !noun.endsWith("ss");
        if (!lemma.equals(w) && !w.endsWith("s")) return true; // "rose", "fell", "climbed"
        if (w.endsWith("s") && !w.endsWith("ss") && !lemma.equals(w)) return !plural; // "lies", "remains"
        return lemma.equals(w) && plural; // "increase", "comply"
    }

    /** A number other than one counts the nouns of words[b, k) after their last preposition ("two asylum seekers"). */
    private static boolean counted(String[] words, String[] tags, int b, int k) {
        for (int j = k - 1; j >= b && !tags[j].equals("ADP"); j--) {
            if (tags[j].equals("NUM") && !words[j].equalsIgnoreCase("one") && !words[j].equals("1")) return true;
        }
        return false;
    }

    /** The word before a subject opens its clause: a quotation mark, comma or colon, "that", a subordinator, or a verb that takes a content clause. */
    private static boolean opensClause(String word, String tag, Nlp nlp) {
        if (tag.equals("PUNCT")) return word.equals(",") || word.equals(":") || "\"“‘'«".contains(word);
        if (tag.equals("SCONJ") || word.equalsIgnoreCase("that")) return true;
        if (!tag.equals("VERB")) return false;
        for (CueLexicon.Cue c : CueLexicon.get().candidates(nlp.lemma(word, "VERB"))) if (c.clause() && c.words().size() == 1) return true;
        return false;
    }

    @Override
    public Article annotate(Article a) {
        String body = a.body();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span p : a.paragraphs()) {
            String para = p.of(body);
            for (opennlp.tools.util.Span s : joinAbbreviations(para, nlp.sentences.sentPosDetect(para))) {
                int sb = p.begin() + s.getStart(), se = p.begin() + s.getEnd();
                // trim
                while (sb < se && Character.isWhitespace(body.charAt(sb))) sb++;
                while (se > sb && Character.isWhitespace(body.charAt(se - 1))) se--;
                if (se <= sb) continue;
                sentences.add(new Sentence(new Span(sb, se)));
                String sent = body.substring(sb, se);
                Nlp.Tokens tokenized = nlp.tokenize(sent);
                int n = tokenized.size();
                if (n == 0) continue;
                String[][] tagged = nlp.tagAndLemmatize(tokenized);
                punctuationRepaired(tokenized.words(), tagged[0]);
                verbsRepaired(nlp, tokenized.words(), tagged[0], tagged[1]);
                nominalsRepaired(nlp, tokenized.words(), tagged[0], tagged[1]);
                reportingPastRepaired(nlp, tokenized.words(), tagged[0], tagged[1]);
                int[] tb = tokenized.begin(), te = tokenized.end();
                for (int i = 0; i < n; i++) {
                    tokens.add(new Token(new Span(sb + tb[i], sb + te[i]), tagged[0][i], tagged[1][i]));
                }
            }
        }
        return a.withSentences(sentences).withTokens(tokens);
    }
}
