package org.claimgraph.annotate;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.PartialDate;
import org.claimgraph.model.Source;

/** The standard pipeline, up to claims and events, on a test text. */
final class ClaimsTestSupport {
    private ClaimsTestSupport() {}

    static final Annotators PIPE = Annotators.standard();

    static Article annotate(String body, String published) {
        ArticleMeta meta = published == null ? ArticleMeta.EMPTY : ArticleMeta.EMPTY.withIssued(PartialDate.parse(published));
        return PIPE.annotate(Article.of("t1", Source.file("t1.txt"), body, meta, List.of()));
    }

    static Article annotate(String body) { return annotate(body, null); }

    static String show(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Attribution p : a.attributions()) {
            sb.append(a.entity(p.speaker()).label()).append(' ').append(p.stance()).append(" cue=")
                    .append(p.cue() == null ? null : a.text(p.cue())).append(" :: ").append(a.text(p.content())).append('\n');
        }
        return sb.toString();
    }
}
