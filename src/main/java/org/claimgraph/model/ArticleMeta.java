package org.claimgraph.model;

import java.util.List;

/**
 * Metadata of an article as the record or its page gives it, before any resolution to graph nodes.
 *
 * @param title      the headline, or null
 * @param issued     publication date at the precision given, or null
 * @param outlet     the publishing outlet's name as written (byline, masthead, og:site_name, record field), or null
 * @param url        the canonical URL, or null
 * @param authors    author names
 * @param translators translator names
 * @param cites      upstream sources named in a byline ("Agencies", "Breakingnews.sy")
 */
public record ArticleMeta(String title, PartialDate issued, String outlet, String url,
                          List<String> authors, List<String> translators, List<String> cites) {
    public static final ArticleMeta EMPTY = new ArticleMeta(null, null, null, null, List.of(), List.of(), List.of());

    public ArticleMeta {
        authors = List.copyOf(authors == null ? List.of() : authors);
        translators = List.copyOf(translators == null ? List.of() : translators);
        cites = List.copyOf(cites == null ? List.of() : cites);
    }

    public ArticleMeta withTitle(String t) { return new ArticleMeta(t, issued, outlet, url, authors, translators, cites); }

    public ArticleMeta withIssued(PartialDate d) { return new ArticleMeta(title, d, outlet, url, authors, translators, cites); }

    public ArticleMeta withOutlet(String o) { return new ArticleMeta(title, issued, o, url, authors, translators, cites); }

    public ArticleMeta withUrl(String u) { return new ArticleMeta(title, issued, outlet, u, authors, translators, cites); }

    public ArticleMeta withAuthors(List<String> a) { return new ArticleMeta(title, issued, outlet, url, a, translators, cites); }

    public ArticleMeta withTranslators(List<String> t) { return new ArticleMeta(title, issued, outlet, url, authors, t, cites); }

    public ArticleMeta withCites(List<String> c) { return new ArticleMeta(title, issued, outlet, url, authors, translators, c); }
}
