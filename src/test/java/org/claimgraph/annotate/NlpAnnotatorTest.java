package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Sentence;
import org.claimgraph.model.Source;
import org.claimgraph.model.Span;
import org.claimgraph.model.Token;
import org.junit.jupiter.api.Test;

class NlpAnnotatorTest {
    static final Annotators NLP = Annotators.of(List.of(new ParagraphAnnotator(), new NlpAnnotator(Nlp.get())));

    static Article annotate(String body) {
        return NLP.annotate(Article.of("t", Source.file("t.txt"), body, ArticleMeta.EMPTY, List.of()));
    }

    @Test
    void sentencesStayInsideParagraphsAndTokensCarryUposTagsAndLemmas() {
        String body = "Moallem told Lavrov that Washington uses the coalition. He stressed it twice\n\nThe ministry denied the accusations.";
        Article a = annotate(body);
        assertTrue(a.has(Layer.SENTENCES) && a.has(Layer.TOKENS));
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size(), s.toString());
        for (Sentence x : s) {
            boolean inside = a.paragraphs().stream().anyMatch(p -> p.contains(x.span()));
            assertTrue(inside, "sentence " + x + " inside a paragraph");
        }
        Token told = a.tokens().stream().filter(t -> a.text(t.span()).equals("told")).findFirst().orElseThrow();
        assertEquals("VERB", told.pos());
        assertEquals("tell", told.lemma());
        Token denied = a.tokens().stream().filter(t -> a.text(t.span()).equals("denied")).findFirst().orElseThrow();
        assertEquals("deny", denied.lemma());
        assertEquals(new Span(0, 7), a.tokens().get(0).span());
        Token lavrov = a.tokens().get(2);
        assertEquals("Lavrov", a.text(lavrov.span()));
        assertEquals("PROPN", lavrov.pos());
    }

    @Test
    void rejectsAPipelineWhoseRequirementsAreUnmet() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Annotators.of(List.of(new NlpAnnotator(Nlp.get()))));
        assertTrue(e.getMessage().contains("'nlp' requires layer PARAGRAPHS"), e.getMessage());
    }
}
