package org.claimgraph.annotate;

import java.util.Set;

import org.claimgraph.model.Article;
import org.claimgraph.model.Layer;

/**
 * One annotation step. It declares the layers it needs and the layers it fills; the pipeline
 * checks these when it is built. Annotating is a pure function of the article (plus read-only
 * resources loaded once), safe to call from many threads.
 */
public interface Annotator {
    /** A short name, used in errors and listings. */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    /** Returns a new article with the provided layers filled; never changes the body. */
    Article annotate(Article article);
}
