package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.model.Article;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Span;

/** Paragraphs: runs of text separated by blank lines (or single newlines), trimmed. */
final class ParagraphAnnotator implements Annotator {
    private static final Pattern PARA = Pattern.compile("[^\\n]+");

    @Override public String name() { return "paragraphs"; }

    @Override public Set<Layer> requires() { return Set.of(); }

    @Override public Set<Layer> provides() { return Set.of(Layer.PARAGRAPHS); }

    @Override
    public Article annotate(Article a) {
        List<Span> out = new ArrayList<>();
        Matcher m = PARA.matcher(a.body());
        while (m.find()) {
            int b = m.start(), e = m.end();
            while (b < e && Character.isWhitespace(a.body().charAt(b))) b++;
            while (e > b && Character.isWhitespace(a.body().charAt(e - 1))) e--;
            if (e > b) out.add(new Span(b, e));
        }
        return a.withParagraphs(out);
    }
}
