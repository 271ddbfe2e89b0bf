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

    /**
     * The sentence model's sentences with the breaks after a title ("Sen. | Ben Cardin") or after
     * an abbreviation before a number ("Jan. | 18") joined: such a break is the model's mistake.
     */
    static List<opennlp.tools.util.Span> joinAbbreviations(String text, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
        for (opennlp.tools.util.Span s : spans) {
            if (!out.isEmpty()) {
                opennlp.tools.util.Span prev = out.get(out.size() - 1);
                String when = ABBREVIATIONS.get(lastWord(text, prev));
                int next = s.getStart();
                while (next < s.getEnd() && Character.isWhitespace(text.charAt(next))) next++;
                if ("always".equals(when) || "number".equals(when) && next < s.getEnd() && Character.isDigit(text.charAt(next))) {
                    out.set(out.size() - 1, new opennlp.tools.util.Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static String lastWord(String text, opennlp.tools.util.Span s) {
        int e = s.getEnd();
        while (e > s.getStart() && Character.isWhitespace(text.charAt(e - 1))) e--;
        int b = e;
        while (b > s.getStart() && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(' && text.charAt(b - 1) != '"' && text.charAt(b - 1) != '“') b--;
        return text.substring(b, e);
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
                opennlp.tools.util.Span[] ts = nlp.tokenizePos(sent);
                if (ts.length == 0) continue;
                String[] words = new String[ts.length];
                for (int i = 0; i < ts.length; i++) words[i] = ts[i].getCoveredText(sent).toString();
                String[][] tagged = nlp.tagAndLemmatize(words);
                for (int i = 0; i < ts.length; i++) {
                    tokens.add(new Token(new Span(sb + ts[i].getStart(), sb + ts[i].getEnd()), tagged[0][i], tagged[1][i]));
                }
            }
        }
        return a.withSentences(sentences).withTokens(tokens);
    }
}
