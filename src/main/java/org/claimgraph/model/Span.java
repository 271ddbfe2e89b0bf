package org.claimgraph.model;

/** A half-open character range {@code [begin, end)} into an article body. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() { return end - begin; }

    public boolean contains(Span other) { return begin <= other.begin && other.end <= end; }

    public boolean overlaps(Span other) { return begin < other.end && other.begin < end; }

    /** The text this span covers in {@code body}. */
    public String of(String body) { return body.substring(begin, end); }

    /** Checks that this span lies within a text of the given length. */
    public Span checkWithin(int length) {
        if (end > length) {
            throw new IllegalArgumentException("span [" + begin + ", " + end + ") beyond text length " + length);
        }
        return this;
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
