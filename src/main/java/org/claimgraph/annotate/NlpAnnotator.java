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
                int[] tb = tokenized.begin(), te = tokenized.end();
                for (int i = 0; i < n; i++) {
                    tokens.add(new Token(new Span(sb + tb[i], sb + te[i]), tagged[0][i], tagged[1][i]));
                }
            }
        }
        return a.withSentences(sentences).withTokens(tokens);
    }
}
