package org.claimgraph.model;

/**
 * A reader comment kept out of the body.
 *
 * @param id      stable within the article ("c1", "c2", … in document order)
 * @param author  the commenter's name as written
 * @param text    the comment text
 * @param replyTo the id of the comment it answers, or null for a top-level comment
 */
public record Comment(String id, String author, String text, String replyTo) {
    public Comment {
        if (id == null || text == null) throw new IllegalArgumentException("comment id and text required");
    }
}
