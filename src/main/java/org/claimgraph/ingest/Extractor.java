package org.claimgraph.ingest;

import org.apache.jena.riot.system.StreamRDF;
import org.claimgraph.annotate.Annotators;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.map.RdfMapper;
import org.claimgraph.model.Article;
import org.claimgraph.model.RawArticle;

/**
 * Extraction of one article: clean, annotate, map. A pure function of the record (plus the
 * read-only resources the annotators loaded once), so it runs in parallel.
 */
public final class Extractor {
    private final Cleaner cleaner;
    private final Annotators annotators;
    private final RdfMapper mapper;

    public Extractor(Cleaner cleaner, Annotators annotators, RdfMapper mapper) {
        this.cleaner = cleaner;
        this.annotators = annotators;
        this.mapper = mapper;
    }

    /** The standard extractor. */
    public static Extractor standard() { return new Extractor(new Cleaner(), Annotators.standard(), new RdfMapper()); }

    public Article extract(RawArticle raw) {
        return annotators.annotate(cleaner.clean(raw));
    }

    public void map(Article a, StreamRDF sink) { mapper.map(a, sink); }
}
