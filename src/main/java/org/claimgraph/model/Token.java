package org.claimgraph.model;

/** A token of the body with its Universal Dependencies part-of-speech tag (UPOS: PROPN, VERB, NOUN, …) and lemma. */
public record Token(Span span, String pos, String lemma) {
    public Token {
        if (span == null) throw new IllegalArgumentException("span required");
    }
}
