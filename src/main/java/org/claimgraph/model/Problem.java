package org.claimgraph.model;

/** A record that could not be processed: where, and why. */
public record Problem(Source source, String stage, String reason) {
    public Problem {
        if (source == null || reason == null) throw new IllegalArgumentException("source and reason required");
    }

    public String message() { return source.location() + ": " + (stage == null ? "" : stage + ": ") + reason; }

    @Override
    public String toString() { return message(); }
}
