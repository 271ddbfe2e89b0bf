package org.claimgraph.model;

/** A token of the body with its part-of-speech tag (Penn or UD, as the model gives) and lemma. */
public record Token(Span span, String pos, String lemma) {
    public Token {
        if (span == null) throw new IllegalArgumentException("span required");
    }
}
