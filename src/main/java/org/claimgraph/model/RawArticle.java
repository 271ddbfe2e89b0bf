package org.claimgraph.model;

/**
 * One record as a reader found it: the text (for HTML, the main-content text the reader extracted,
 * paragraphs separated by blank lines) and whatever metadata the format carries.
 *
 * @param id     the record id: the file name without extension, or the record's id field
 * @param source where it came from
 * @param format the format it was read as ("txt", "html", "jsonl", "csv")
 * @param text   the text, not yet cleaned
 * @param meta   metadata from the record itself
 */
public record RawArticle(String id, Source source, String format, String text, ArticleMeta meta) {
    public RawArticle {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id required");
        if (source == null || format == null || text == null) throw new IllegalArgumentException("source, format, text required");
        if (meta == null) meta = ArticleMeta.EMPTY;
    }
}
