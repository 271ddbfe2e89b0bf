package org.claimgraph.annotate;

/** An annotator failed on an article; the message names the annotator and the article. */
public class AnnotationException extends RuntimeException {
    public AnnotationException(String message, Throwable cause) { super(message, cause); }

    public AnnotationException(String message) { super(message); }
}
