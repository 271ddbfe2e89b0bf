package org.claimgraph.annotate;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Source;

/** TEMPORARY development helper: annotates the text given as argument and prints tokens and claims. */
public final class DevOne {
    public static void main(String[] args) {
        Annotators pipe = Annotators.of(List.of(new ParagraphAnnotator(), new NlpAnnotator(Nlp.get()), new SourcesAnnotator(),
                TestMentions.get(), new AttributionAnnotator()));
        Article a = pipe.annotate(Article.of("dev", Source.file("dev.txt"), args[0], ArticleMeta.EMPTY, List.of()));
        StringBuilder sb = new StringBuilder();
        for (var t : a.tokens()) sb.append(a.text(t.span())).append('/').append(t.pos()).append('/').append(t.lemma()).append(' ');
        System.out.println(sb);
        for (var m : a.mentions()) System.out.println("M " + a.text(m.span()) + " -> " + m.entityKey());
        for (Attribution p : a.attributions()) System.out.println("A " + a.entity(p.speaker()).label() + " " + p.stance() + " cue=" + (p.cue() == null ? null : a.text(p.cue())) + " conf=" + p.confidence() + " t=" + p.targets() + " r=" + p.relays() + " :: " + a.text(p.content()) + (p.quote() == null ? "" : " || Q: " + a.text(p.quote())));
    }
}
