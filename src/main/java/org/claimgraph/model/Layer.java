package org.claimgraph.model;

/** The annotation layers an annotator may require or provide. */
public enum Layer {
    /** Paragraph spans of the body. */
    PARAGRAPHS,
    /** Sentence spans. */
    SENTENCES,
    /** Tokens with POS tags and lemmas. */
    TOKENS,
    /** Outlet, cited sources and staff resolved to entities. */
    SOURCES,
    /** Actor and place mentions with their entities. */
    MENTIONS,
    /** Attributed claims. */
    ATTRIBUTIONS,
    /** Events, and claims linked to them. */
    EVENTS
}
