package org.claimgraph.model;

/**
 * A stretch of the body that refers to an entity: a name, an alias, a title, a pronoun resolved by
 * coreference, or a metonym ("Washington" for the United States).
 *
 * @param span      where
 * @param entityKey the entity referred to (a key in {@link Article#entities()})
 * @param kind      how it refers
 */
public record Mention(Span span, String entityKey, Kind kind) {
    /**
     * How a mention refers. PASSING: a country named in passing, taking no part in what happens: as its setting
     * ("arrested in Spain") or as the nationality or origin of something else ("Swiss francs", "a Lebanese banker"). Still a mention: the article names it, so cg:mentions links it.
     */
    public enum Kind { NAME, ALIAS, TITLE, PRONOUN, METONYM, DESCRIPTION, PASSING }

    public Mention {
        if (span == null || entityKey == null || kind == null) throw new IllegalArgumentException("span, entity, kind required");
    }
}
