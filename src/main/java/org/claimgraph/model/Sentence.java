package org.claimgraph.model;

/** A sentence of the body. */
public record Sentence(Span span) {
    public Sentence {
        if (span == null) throw new IllegalArgumentException("span required");
    }
}
