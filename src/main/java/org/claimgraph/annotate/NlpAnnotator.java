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

    @Override
    public Article annotate(Article a) {
        String body = a.body();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span p : a.paragraphs()) {
            String para = p.of(body);
            for (opennlp.tools.util.Span s : nlp.sentences.sentPosDetect(para)) {
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
